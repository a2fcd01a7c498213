// The server as an editor sees it: spawned, spoken to over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { yaml } from '../helpers/annotations';
import { VALID } from '../fixtures/minimal';

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
      body: Backups run daily.
`;

describe('push diagnostics (client without pull support)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  test('a broken document gets exact, coded, linked diagnostics', async () => {
    client.open('file:///ws/broken.wp.yaml', BROKEN);
    const diagnostics = await client.diagnostics('file:///ws/broken.wp.yaml', 1);
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
    client.change('file:///ws/broken.wp.yaml', 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, text: 'service' }]);
    const diagnostics = await client.diagnostics('file:///ws/broken.wp.yaml', 2);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['invalid-value 6:9']);
  });

  test('a burst of edits is validated at the newest version', async () => {
    const uri = 'file:///ws/burst.wp.yaml';
    client.open(uri, VALID);
    await client.diagnostics(uri, 1);
    for (let version = 2; version <= 30; version++) {
      client.change(uri, version, [{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } }, text: 'x' }]);
    }
    assert.deepEqual(await client.diagnostics(uri, 30), []);
  });

  test('a valid document gets an empty list', async () => {
    client.open('file:///ws/valid.wp.yaml', VALID);
    assert.deepEqual(await client.diagnostics('file:///ws/valid.wp.yaml', 1), []);
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
      const uri = `file:///ws/${name}.wp.yaml`;
      client.open(uri, text);
      const diagnostics = await client.diagnostics(uri, 1);
      assert.ok(diagnostics.length > 0, `${name} gets at least one diagnostic`);
    }
    client.open('file:///ws/after.wp.yaml', VALID);
    assert.deepEqual(await client.diagnostics('file:///ws/after.wp.yaml', 1), []);
  });

  test('a 10 MB whitepaper is checked, then edited, and the server stays responsive', async () => {
    const uri = 'file:///ws/huge.wp.yaml';
    const section = '  - title: Backup\n    controls: [12.3.1]\n    body: |\n      Backups run daily and are kept for 7 generations in a second region.\n';
    const text = VALID + section.repeat(Math.ceil(10_000_000 / section.length));
    client.open(uri, text);
    assert.deepEqual(await client.diagnostics(uri, 1, 60_000), []);
    client.change(uri, 2, [{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 13 } }, text: 'Saas' }]);
    assert.deepEqual((await client.diagnostics(uri, 2, 60_000)).map((d) => d.code), ['invalid-value']);
    client.close(uri);
  });

  test('closing a document clears its diagnostics', async () => {
    const cleared = client.nextDiagnostics('file:///ws/broken.wp.yaml');
    client.close('file:///ws/broken.wp.yaml');
    assert.deepEqual(await cleared, []);
  });
});

describe('pull diagnostics (client with pull support)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ pull: true, locale: 'ja' })));
  after(() => client.stop());

  test('answers textDocument/diagnostic in the client language, and "unchanged" when nothing changed', async () => {
    const uri = 'file:///ws/pull.wp.yaml';
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
});
