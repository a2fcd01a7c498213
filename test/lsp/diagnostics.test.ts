// The server as an editor sees it: spawned, spoken to over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { yaml } from '../helpers/annotations';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';

// Real files under a folder whose .wp27017.yaml turns coverage off: the server finds it as it would in a workspace.
const WS = pathToFileURL(workspaceWithoutCoverage()).href;

const BROKEN = yaml`
  whitepaper: 1
  lang: en
  title: Example Cloud Security Whitepaper
  servce:
    name: Example Cloud
    provider: Example Inc.
    model: Saas
  sections:
    - title: Backup
      body: Backups run daily and are kept for 7 days.
`;

describe('push diagnostics (client without pull support)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  test('a broken document gets exact, coded, linked diagnostics', async () => {
    client.open(`${WS}/broken.wp.yaml`, BROKEN);
    const diagnostics = await client.diagnostics(`${WS}/broken.wp.yaml`, 1);
    const unknown = diagnostics.find((d) => d.code === 'unknown-key');
    assert.ok(unknown, JSON.stringify(diagnostics, null, 2));
    assert.deepEqual(unknown.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } });
    assert.equal(unknown.message, 'Unknown key "servce" in the top level. Did you mean "service"?');
    assert.equal(unknown.source, 'wp27017');
    assert.equal(unknown.severity, DiagnosticSeverity.Error);
    assert.match(unknown.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/unknown-key\.md$/);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['missing-key', 'unknown-key']);
  });

  test('an incremental edit that fixes the key clears its diagnostic', async () => {
    client.change(`${WS}/broken.wp.yaml`, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, text: 'service' }]);
    const diagnostics = await client.diagnostics(`${WS}/broken.wp.yaml`, 2);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['invalid-value 6:9']);
  });

  test('a burst of edits is validated at the newest version', async () => {
    const uri = `${WS}/burst.wp.yaml`;
    client.open(uri, VALID);
    await client.diagnostics(uri, 1);
    for (let version = 2; version <= 30; version++) {
      client.change(uri, version, [{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } }, text: 'x' }]);
    }
    assert.deepEqual(await client.diagnostics(uri, 30), []);
  });

  test('a valid document gets an empty list', async () => {
    client.open(`${WS}/valid.wp.yaml`, VALID);
    assert.deepEqual(await client.diagnostics(`${WS}/valid.wp.yaml`, 1), []);
  });

  test('hostile documents get diagnostics and the server keeps answering', async () => {
    const hostile = {
      empty: '',
      binary: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)).toString('latin1'),
      deep: `whitepaper: ${'['.repeat(30_000)}${']'.repeat(30_000)}`,
      proto: `${VALID}__proto__: {x: 1}\n`,
      tabs: 'whitepaper: 1\n\tlang: en\n',
    };
    for (const [name, text] of Object.entries(hostile)) {
      const uri = `${WS}/${name}.wp.yaml`;
      client.open(uri, text);
      const diagnostics = await client.diagnostics(uri, 1);
      assert.ok(diagnostics.length > 0, `${name} gets at least one diagnostic`);
    }
    client.open(`${WS}/after.wp.yaml`, VALID);
    assert.deepEqual(await client.diagnostics(`${WS}/after.wp.yaml`, 1), []);
  });

  test('a 10 MB whitepaper is checked, then edited, and the server stays responsive', async () => {
    const uri = `${WS}/huge.wp.yaml`;
    const section = '  - title: Backup details\n    body: |\n      Backups run daily and are kept for 7 generations in a second region.\n';
    const text = VALID + section.repeat(Math.ceil(10_000_000 / section.length));
    client.open(uri, text);
    assert.deepEqual(await client.diagnostics(uri, 1, 60_000), []);
    client.change(uri, 2, [{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 13 } }, text: 'Saas' }]);
    assert.deepEqual((await client.diagnostics(uri, 2, 60_000)).map((d) => d.code), ['invalid-value']);
    client.close(uri);
  });

  test('an edit that changes nothing a user sees publishes nothing; diagnostics carry no document version', async () => {
    const uri = `${WS}/quiet.wp.yaml`;
    client.open(uri, BROKEN);
    const diagnostics = await client.diagnostics(uri, 1);
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.data === undefined));
    const next = client.nextDiagnostics(uri, 1500);
    client.change(uri, 2, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '# reviewed\n' }]);
    await assert.rejects(next, /no diagnostics/);
    const moved = client.nextDiagnostics(uri);
    client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# draft\n' }]);
    assert.deepEqual((await moved).map((d) => d.range.start.line), diagnostics.map((d) => d.range.start.line + 1), 'a line above moves every diagnostic: published');
  });

  test('closing a document clears its diagnostics', async () => {
    const cleared = client.nextDiagnostics(`${WS}/broken.wp.yaml`);
    client.close(`${WS}/broken.wp.yaml`);
    assert.deepEqual(await cleared, []);
  });
});

describe('a client that shows only the message', () => {
  test('gets no related information and no rule links', async () => {
    const client = await LspClient.start({ locale: 'ja', richDiagnostics: false });
    try {
      const uri = `${WS}/plain.wp.yaml`;
      client.open(uri, `${VALID}  - title: Backup again\n    controls: [12.3.1]\n    body: Backups are checked weekly.\n`);
      const duplicate = (await client.diagnostics(uri, 1)).find((d) => d.code === 'control-duplicate');
      assert.ok(duplicate);
      assert.equal(duplicate.relatedInformation, undefined);
      assert.equal(duplicate.codeDescription, undefined);
    } finally {
      await client.stop();
    }
  });
});

describe('workspace configuration', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  test('a change to .wp27017.yaml re-validates open whitepapers at once', async () => {
    const folder = workspaceWithoutCoverage();
    const uri = `${pathToFileURL(folder).href}/paper.wp.yaml`;
    client.open(uri, VALID.replace('model: SaaS', 'model: Saas'));
    assert.deepEqual((await client.diagnostics(uri, 1)).map((d) => `${d.code}:${d.severity}`), ['invalid-value:1']);
    writeFileSync(join(folder, '.wp27017.yaml'), 'rules:\n  control-missing: off\n  invalid-value: info\n');
    const next = client.nextDiagnostics(uri);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${pathToFileURL(folder).href}/.wp27017.yaml`, type: 2 }] });
    assert.deepEqual((await next).map((d) => `${d.code}:${d.severity}`), ['invalid-value:3']);
  });

  test('without a config, coverage gaps appear with the weight of the service model', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wp27017-bare-'));
    const uri = `${pathToFileURL(folder).href}/paper.wp.yaml`;
    client.open(uri, VALID);
    const diagnostics = await client.diagnostics(uri, 1);
    const deletion = diagnostics.find((d) => d.message.startsWith('CLD.8.1.5 '));
    assert.equal(deletion?.code, 'control-missing');
    assert.equal(deletion?.severity, DiagnosticSeverity.Error);
  });
});

describe('checking files from disk', () => {
  test('wp27017/checkFiles returns diagnostics for files no editor has open, and skips unreadable ones', async () => {
    const client = await LspClient.start({ locale: 'en' });
    try {
      const folder = workspaceWithoutCoverage();
      writeFileSync(join(folder, 'a.wp.yaml'), VALID.replace('title: Example', 'titel: Example'));
      const uri = pathToFileURL(join(folder, 'a.wp.yaml')).href;
      const result = await client.request<{ files: { uri: string; diagnostics: { code: string }[] }[] }>('wp27017/checkFiles', {
        uris: [uri, pathToFileURL(join(folder, 'missing.wp.yaml')).href],
      });
      assert.deepEqual(result.files.map((f) => ({ uri: f.uri, codes: f.diagnostics.map((d) => d.code).sort() })), [{ uri, codes: ['missing-key', 'unknown-key'] }]);
    } finally {
      await client.stop();
    }
  });
});

describe('fact rules over the protocol', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'ja' })));
  after(() => client.stop());

  test('conflicting log retention: one diagnostic per statement, each pointing at the other', async () => {
    const uri = `${WS}/logs.wp.yaml`;
    const text = [
      'whitepaper: 1',
      'lang: ja',
      'title: サンプル',
      'service: {name: サンプル, provider: 株式会社サンプル, model: SaaS}',
      'sections:',
      '  - title: ログ',
      '    controls: [12.4.1]',
      '    body: |',
      '      ログは180日間保存します。',
      '  - title: 記録の保護',
      '    controls: [18.1.3]',
      '    body: |',
      '      ログは2年間保存します。',
      '',
    ].join('\n');
    client.open(uri, text);
    const conflicts = (await client.diagnostics(uri, 1)).filter((d) => d.code === 'log-retention-consistency');
    assert.deepEqual(
      conflicts.map((d) => ({ at: `${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`, related: d.relatedInformation!.map((r) => `${r.location.range.start.line}:${r.location.range.start.character} ${r.message}`) })),
      [
        { at: '8:9-14', related: ['12:9 別の記載:「2年間」'] },
        { at: '12:9-12', related: ['8:9 別の記載:「180日間」'] },
      ],
    );
    assert.equal(conflicts[0].message, 'ここではログの保存期間が「180日間」ですが、同じログについて他の箇所では「2年間」とされています。1つにそろえてください。');
  });
});

describe('pull diagnostics (client with pull support)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ pull: true, locale: 'ja' })));
  after(() => client.stop());

  test('answers textDocument/diagnostic in the client language, and "unchanged" when nothing changed', async () => {
    const uri = `${WS}/pull.wp.yaml`;
    client.open(uri, BROKEN);
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    const unknown = first.items!.find((d) => d.code === 'unknown-key')!;
    assert.equal(unknown.message, '最上位に不明なキー「servce」があります。「service」の誤りではありませんか。');
    const second = await client.pull(uri, first.resultId);
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
    client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, text: 'service' }]);
    const third = await client.pull(uri, first.resultId);
    assert.equal(third.kind, 'full');
    assert.deepEqual(third.items!.map((d) => d.code), ['invalid-value']);
  });

  test('answers "unchanged" after an edit that changes nothing a user sees', async () => {
    const uri = `${WS}/typing.wp.yaml`;
    client.open(uri, BROKEN);
    const first = await client.pull(uri);
    client.change(uri, 2, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '# reviewed\n' }]);
    assert.deepEqual(await client.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    client.change(uri, 3, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, text: 'service' }]);
    const fixed = await client.pull(uri, first.resultId);
    assert.equal(fixed.kind, 'full');
    assert.deepEqual(fixed.items!.map((d) => d.code), ['invalid-value']);
  });
});
