// Quick fixes as an editor uses them: ask for the actions of a diagnostic,
// apply the edit, send the change, and see what the server reports then.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { yaml } from '../helpers/annotations';
import { applyAction as apply, LspClient } from '../helpers/lspClient';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;

const BROKEN = yaml`
  whitepaper: 1
  lang: en
  title: Example Cloud Security Whitepaper
  servce:
    name: Example Cloud
    provider: Example Inc.
    model: SaaS
  numbering: "2031"
  sections:
    - title: 12.4.1 Backup
      controls: [12-3-1]
      body: Backups run daily and are kept for 7 generations.
`;

describe('quick fixes', () => {
  let client: LspClient;
  let version = 1;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  async function actionsFor(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  async function replaceText(uri: string, text: string): Promise<Diagnostic[]> {
    version++;
    client.change(uri, version, [{ text }]);
    return client.diagnostics(uri, version);
  }

  test('each fixable finding offers its fix; applying it removes the finding and adds none', async () => {
    const uri = `${WS}/fixes.wp.yaml`;
    client.open(uri, BROKEN, version);
    let text = BROKEN;
    let diagnostics = await client.diagnostics(uri, version);
    for (const code of ['unknown-key', 'invalid-value', 'control-unknown', 'title-numbering']) {
      const diagnostic = diagnostics.find((d) => d.code === code);
      assert.ok(diagnostic, `${code} is reported`);
      const [action] = await actionsFor(uri, [diagnostic]);
      assert.ok(action?.isPreferred, `${code} has a preferred fix`);
      text = apply(text, action);
      const after = await replaceText(uri, text);
      assert.ok(!after.some((d) => d.code === code), `${code} is fixed: ${JSON.stringify(after.map((d) => d.message))}`);
      assert.ok(after.length < diagnostics.length, 'no finding appears in its place');
      diagnostics = after;
    }
    assert.equal(
      text,
      BROKEN.replace('servce:', 'service:').replace('"2031"', '"2013"').replace('[12-3-1]', '[12.3.1]').replace('12.4.1 Backup', '12.3.1 Backup'),
    );
    assert.deepEqual(diagnostics.filter((d) => d.code !== 'missing-key'), []);
  });

  test('"fix all" applies every preferred fix at once', async () => {
    const uri = `${WS}/fix-all.wp.yaml`;
    client.open(uri, BROKEN, 1);
    const diagnostics = await client.diagnostics(uri, 1);
    const actions = await actionsFor(uri, diagnostics, ['source.fixAll.wp27017']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.wp27017']);
    const fixed = apply(BROKEN, actions[0]);
    assert.match(fixed, /^service:$/m);
    assert.match(fixed, /^numbering: "2013"$/m);
    assert.match(fixed, /controls: \[12\.3\.1\]/);
    assert.match(fixed, /title: 12\.4\.1 Backup/, 'the title can only be corrected once its control is known: a second "fix all" does it');
  });

  test('a missing control can be answered by a new section or declared not applicable', async () => {
    const folder = `${pathToFileURL(workspaceWithoutCoverage()).href}/../`;
    const uri = new URL('gaps/paper.wp.yaml', folder).href;
    client.open(uri, VALID, 1);
    const diagnostics = await client.diagnostics(uri, 1);
    const deletion = diagnostics.find((d) => d.code === 'control-missing' && d.message.startsWith('CLD.8.1.5 '))!;
    const actions = await actionsFor(uri, [deletion]);
    assert.deepEqual(actions.map((a) => a.title), [
      'Add a section for CLD.8.1.5',
      'Declare CLD.8.1.5 not applicable (then write why)',
      'Disable control-missing for this line (give a reason)',
    ]);
    const withSection = apply(VALID, actions[0]);
    assert.match(withSection, /\n  - title: "CLD\.8\.1\.5 Removal of cloud service customer assets"\n    controls: \[CLD\.8\.1\.5\]\n    body: \|\n      \[TODO\] Disclose: /);
    client.change(uri, 2, [{ text: withSection }]);
    const after = await client.diagnostics(uri, 2);
    assert.ok(!after.some((d) => d.message.startsWith('CLD.8.1.5 ')));
    assert.deepEqual(
      [...new Set(after.map((d) => d.code))].sort(),
      ['control-missing', 'deletion-policy', 'placeholder'],
      'what is new points at the skeleton left to fill in: its marker, and the deletion facts it still owes',
    );
    const withNa = apply(VALID, actions[1]);
    assert.ok(withNa.endsWith('not_applicable:\n  CLD.8.1.5: "[TODO: why it does not apply]"\n'));
    client.change(uri, 3, [{ text: withNa }]);
    const declared = await client.diagnostics(uri, 3);
    assert.deepEqual(declared.filter((d) => d.range.start.line >= withNa.split('\n').length - 3).map((d) => d.code), ['placeholder'], 'the reason is a string still to write');
  });

  test('a finding can be suppressed for its line; a suppression that silences nothing is reported and removable', async () => {
    const uri = `${WS}/suppress.wp.yaml`;
    const text = VALID.replace('model: SaaS', 'model: Saas');
    client.open(uri, text, 1);
    const diagnostic = (await client.diagnostics(uri, 1)).find((d) => d.code === 'invalid-value')!;
    const disable = (await actionsFor(uri, [diagnostic])).find((a) => a.title.startsWith('Disable invalid-value'))!;
    const suppressed = apply(text, disable).replace('-- \n', '-- our legacy value\n');
    assert.match(suppressed, /\n  # wp27017-disable-next-line invalid-value -- our legacy value\n  model: Saas\n/);
    client.change(uri, 2, [{ text: suppressed }]);
    assert.deepEqual(await client.diagnostics(uri, 2), []);
    const fixed = suppressed.replace('model: Saas', 'model: SaaS');
    client.change(uri, 3, [{ text: fixed }]);
    const unused = (await client.diagnostics(uri, 3)).find((d) => d.code === 'unused-suppression')!;
    assert.equal(unused.message, 'This suppression of invalid-value silences nothing any more; remove it.');
    const [remove] = await actionsFor(uri, [unused]);
    assert.equal(apply(fixed, remove), VALID);
  });

  test('a fix made when asked for (a new section for a missing control) is made for the text the request comes after, not the one its diagnostic was reported for', async () => {
    const folder = `${pathToFileURL(workspaceWithoutCoverage()).href}/../`;
    const uri = new URL('later/paper.wp.yaml', folder).href;
    client.open(uri, VALID, 1);
    const missing = (await client.diagnostics(uri, 1)).find((d) => d.code === 'control-missing' && d.message.startsWith('CLD.8.1.5 '))!;
    // A section added at the end, and the light bulb asked with the diagnostic of the text before it: the new section
    // then goes elsewhere (before the section just added) than where it went in that text (at the top).
    const added = '  - title: Access\n    controls: [9.1.1]\n    body: Access rights are reviewed every quarter.\n';
    const text = VALID + added;
    const end = VALID.split('\n').length - 1;
    client.change(uri, 2, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: added }]);
    const [addSection] = await actionsFor(uri, [missing], ['quickfix']);
    assert.equal(addSection?.title, 'Add a section for CLD.8.1.5', 'the finding is where it was');
    const change = addSection.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(change.textDocument.version, 2);
    const fresh = new URL('later/fresh.wp.yaml', folder).href;
    client.open(fresh, text, 1);
    const freshMissing = (await client.diagnostics(fresh, 1)).find((d) => d.code === 'control-missing' && d.message.startsWith('CLD.8.1.5 '))!;
    const [freshAdd] = await actionsFor(fresh, [freshMissing], ['quickfix']);
    assert.equal(apply(text, addSection), apply(text, freshAdd));
    const fixed = apply(text, addSection);
    assert.ok(fixed.indexOf('- title: Backup') < fixed.indexOf('- title: "CLD.8.1.5 ') && fixed.endsWith(added), fixed);
  });

  test('a diagnostic whose finding an edit has moved gets no fix; one the edit left in place gets its fix for the text as it is', async () => {
    const uri = `${WS}/stale.wp.yaml`;
    client.open(uri, BROKEN, 1);
    const diagnostics = (await client.diagnostics(uri, 1)).filter((d) => d.code === 'unknown-key');
    assert.ok(diagnostics.length > 0);
    client.change(uri, 2, [{ text: `# edited\n${BROKEN}` }]);
    await client.diagnostics(uri, 2);
    assert.deepEqual(await actionsFor(uri, diagnostics, ['quickfix']), [], 'a line above moved every finding');
    const appended = `${BROKEN}# edited\n`;
    client.change(uri, 3, [{ text: appended }]);
    await client.diagnostics(uri, 3);
    const [fix] = await actionsFor(uri, diagnostics, ['quickfix']);
    assert.ok(fix?.edit, 'the finding is where it was: its fix applies to the current text');
    assert.equal(fix.edit.documentChanges?.[0] && 'textDocument' in fix.edit.documentChanges[0] ? fix.edit.documentChanges[0].textDocument.version : undefined, 3);
  });
});
