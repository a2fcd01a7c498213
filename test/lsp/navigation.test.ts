// Folding by section and Go to Symbol in Workspace, asked of the spawned
// server as an editor asks them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { FoldingRange, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { HEADER_EN } from '../fixtures/minimal';
import { LspClient } from '../helpers/lspClient';

const PAPER = `${HEADER_EN}sections:
  - title: Operations security
    sections:
      - title: Backup
        controls: [12.3.1]
        body: |
          Backups run daily.
          They are kept for 14 days.
        facts:
          backup.frequency: daily
          backup.retention: 14d
      - title: Event logging
        controls: [12.4.1]
        body: Logs are kept for one year.
`;

describe('navigation', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wp27017-nav-'));
    writeFileSync(join(folder, 'open.wp.yaml'), PAPER);
    mkdirSync(join(folder, 'team'));
    writeFileSync(join(folder, 'team', 'closed.wp.yaml'), PAPER.replace('Event logging', 'Audit trail').replace('Backup\n', 'Data backup\n'));
    mkdirSync(join(folder, 'node_modules'));
    writeFileSync(join(folder, 'node_modules', 'ignored.wp.yaml'), PAPER);
    client = await LspClient.start({ locale: 'en', workspaceFolder: folder });
    client.open(pathToFileURL(join(folder, 'open.wp.yaml')).href, PAPER);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('folding: every entry, section, body and facts block, each ending on its last written line', async () => {
    const uri = pathToFileURL(join(folder, 'open.wp.yaml')).href;
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const lines = PAPER.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const folds = ranges.map((r) => `${r.startLine}-${r.endLine}`).sort();
    const expect = [
      [at('sections:'), at('Logs are kept')],
      [at('- title: Operations'), at('Logs are kept')],
      [at('- title: Backup'), at('backup.retention')],
      [at('body: |'), at('They are kept')],
      [at('backup.frequency'), at('backup.retention')],
    ];
    for (const [start, end] of expect) assert.ok(folds.includes(`${start}-${end}`), `${start}-${end} in ${folds.join(' ')}`);
    assert.ok(!folds.some((f) => f.startsWith(`${at('service:')}-`)), 'a one-line entry does not fold');
  });

  test('definition and references of a control id: the sections that answer it, in either numbering, and not_applicable', async () => {
    const uri = pathToFileURL(join(folder, 'refs.wp.yaml')).href;
    const text = `${HEADER_EN}sections:
  - title: Backup
    controls: [12.3.1]
    body: Daily.
  - title: Backup copies abroad
    controls: ["8.13", 18.1.1]
    body: Copies go to a second region.
not_applicable:
  CLD.9.5.2: No virtual machines.
  12.3.1: Listed by mistake.
`;
    client.open(uri, text);
    const lines = text.split('\n');
    const at = (needle: string, line: string) => ({ line: lines.indexOf(line), character: lines[lines.indexOf(line)]!.indexOf(needle) + 1 });
    const where = (locations: Location[]) => locations.map((l) => `${l.range.start.line}:${l.range.start.character}`);
    const first = at('12.3.1', '    controls: [12.3.1]');
    const definitions = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: first });
    assert.deepEqual(where(definitions), [`${lines.indexOf('  - title: Backup copies abroad')}:11`], 'the other section, by its title');
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: first, context: { includeDeclaration: true } });
    assert.deepEqual(where(references), [`${first.line}:15`, `${lines.indexOf('    controls: ["8.13", 18.1.1]')}:15`, `${lines.indexOf('  12.3.1: Listed by mistake.')}:2`]);
    const without = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: first, context: { includeDeclaration: false } });
    assert.equal(without.length, 2);
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 2 } }), [], 'nothing under the cursor, nothing to go to');
  });

  test('workspace symbols: sections of open and closed whitepapers, found by title or control id', async () => {
    const byId = await client.request<SymbolInformation[]>('workspace/symbol', { query: '12.4.1' });
    assert.deepEqual(byId.map((s) => `${s.name} | ${s.containerName} | ${s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1)}`).sort(), [
      'Audit trail (12.4.1) | Operations security | closed.wp.yaml',
      'Event logging (12.4.1) | Operations security | open.wp.yaml',
    ]);
    const closed = byId.find((s) => s.name.startsWith('Audit trail'))!;
    assert.equal(closed.location.range.start.line, PAPER.split('\n').findIndex((l) => l.includes('Event logging')));
    const byTitle = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'data backup' });
    assert.deepEqual(byTitle.map((s) => s.name), ['Data backup (12.3.1)']);
  });

  test('an edit in an open whitepaper shows in workspace symbols at once, before it is saved', async () => {
    const uri = pathToFileURL(join(folder, 'open.wp.yaml')).href;
    const line = PAPER.split('\n').findIndex((l) => l.includes('title: Event logging'));
    client.change(uri, 2, [{ range: { start: { line, character: 15 }, end: { line, character: 28 } }, text: 'Log collection' }]);
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'log collection' });
    assert.deepEqual(found.map((s) => s.name), ['Log collection (12.4.1)']);
  });
});
