// The hostile probe's server cases, replayed over stdio against the bundled
// server: a large file that made a rule overflow the stack is reported, not
// shown clean; devices and FIFOs in the workspace do not stop the server; a
// line of 100,000 spaces, a 100,000-character control id and a deeply nested
// flow collection get answers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import { HEADER_EN, VALID } from '../fixtures/minimal';
import { LspClient } from '../helpers/lspClient';
import { bigBackupWhitepaper } from './documents';

describe('the server under hostile documents', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wp27017-hostile-'));
    writeFileSync(join(folder, 'good.wp.yaml'), VALID);
    symlinkSync('/dev/zero', join(folder, 'zero.wp.yaml'));
    execFileSync('mkfifo', [join(folder, 'pipe.wp.yaml')]);
    client = await LspClient.start({ workspaceFolder: folder });
  });
  after(() => client.stop());

  test('the 4.7 MB backup file is reported, not shown clean, and answers hovers from its one analysis', async () => {
    const uri = pathToFileURL(join(folder, 'big.wp.yaml')).href;
    client.open(uri, bigBackupWhitepaper());
    const diagnostics = await client.diagnostics(uri, 1, 60_000);
    assert.ok(diagnostics.length > 0, 'never an empty report');
    for (let i = 0; i < 3; i++) await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 6 } }, 30_000);
    client.close(uri);
  });

  test('workspace symbols skip a symlink to /dev/zero and a FIFO, and list the rest', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' }, 20_000);
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri.replace(/.*\//, '')]), [['Backup (12.3.1)', 'good.wp.yaml']]);
  });

  test('Check All Whitepapers answers for the files it can read, and the server keeps answering', async () => {
    const uris = ['zero.wp.yaml', 'pipe.wp.yaml', 'good.wp.yaml'].map((f) => pathToFileURL(join(folder, f)).href);
    const result = await client.request<{ files: { uri: string }[] }>('wp27017/checkFiles', { uris }, 20_000);
    assert.deepEqual(result.files.map((f) => f.uri.replace(/.*\//, '')), ['good.wp.yaml']);
    await client.request('textDocument/hover', { textDocument: { uri: uris[2] }, position: { line: 0, character: 0 } });
  });

  test('a top-level line of 100,000 spaces and a 100,000-character control id get diagnostics and hovers', async () => {
    const spaces = pathToFileURL(join(folder, 'spaces.wp.yaml')).href;
    client.open(spaces, `${VALID}x${' '.repeat(100_000)}y\n`);
    const id = pathToFileURL(join(folder, 'id.wp.yaml')).href;
    client.open(id, `${HEADER_EN}sections:\n  - title: Backup\n    controls: ["${'1'.repeat(100_000)}"]\n    body: Backups run daily.\n`);
    assert.ok((await client.diagnostics(spaces, 1, 20_000)).length > 0);
    assert.ok((await client.diagnostics(id, 1, 20_000)).some((d) => d.code === 'control-unknown'));
    for (let i = 0; i < 5; i++) await client.request('textDocument/hover', { textDocument: { uri: spaces }, position: { line: 14, character: 50_000 + i } });
  });

  test('a hover on a flow collection nested 30,000 deep is answered, and the server lives on', async () => {
    // V8 used to abort the whole process here: the hover re-parsed the nesting until a regular expression ran out of stack.
    const deep = pathToFileURL(join(folder, 'deep.wp.yaml')).href;
    client.open(deep, `whitepaper: ${'['.repeat(30_000)}${']'.repeat(30_000)}`);
    assert.ok((await client.diagnostics(deep, 1, 20_000)).length > 0);
    await client.request('textDocument/hover', { textDocument: { uri: deep }, position: { line: 0, character: 20 } });
    const good = pathToFileURL(join(folder, 'good.wp.yaml')).href;
    client.open(good, VALID);
    await client.diagnostics(good, 1);
  });
});
