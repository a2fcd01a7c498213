// Several content changes in one didChange, as VS Code sends them for a
// multi-cursor edit (one change per cursor, the last place first), a snippet
// or a fix with several edits: the diagnostics the server reports after them
// are those of a fresh open of the same text, pushed and pulled.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertSnippetArgs } from '../../protocol/insertSnippet';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../scripts/generateWhitepaper.mjs';
import { yaml } from '../helpers/annotations';
import { LspClient } from '../helpers/lspClient';
import { expandSnippet } from '../helpers/snippets';
import { workspaceWithoutCoverage } from '../fixtures/minimal';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;

const GAPS = yaml`
  whitepaper: 1
  lang: en
  title: Example Archive Security Whitepaper
  service:
    name: Example Archive
    provider: Example Inc.
    model: Saas
  sections:
    - title: Backup
      controls: [12.3.1]
      body: |
        Backups run every night.
    - title: Logs
      controls: [12.4.1, 12.4.1, 12.9.9]
      body: Audit logs are kept for 2 years.
    - title: Audit trail
      controls: [12.4.3]
      body: Audit logs are kept for 180 days.
`;

const STARTS = [
  GAPS,
  readFileSync(join(__dirname, '..', '..', 'examples', 'flawed.ja.wp.yaml'), 'utf8'),
  (generateWhitepaper as (bytes: number, options: object) => string)(6000, { heavy: true, lang: 'en', seed: 8 }),
];

// What is typed or pasted at each cursor: letters, line breaks, ids, periods, a whole section.
const TYPED = ['x', '日本', '\n', '\r\n', ' ', ':', '- ', '12.4.1', ', 99.1', '90 days', '\n  - title: New\n    controls: [12.3.1]\n    body: Kept for 30 days.\n', ''];

/** A small deterministic generator, so that a failure names the round that made it. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One didChange's changes and the text after them. `cursors`: the same text at several places of the text before the
 * message, the last place first (each change's range is then also right for the text after the changes before it).
 * Otherwise each change is given on the text the previous one left, as a snippet and its adjustments are.
 */
function message(text: string, next: () => number, cursors: boolean): { changes: TextDocumentContentChangeEvent[]; text: string } {
  const count = 1 + Math.floor(next() * 4);
  const changes: TextDocumentContentChangeEvent[] = [];
  // The text as the server makes it: a place between CR and LF has no position, and the editor's ranges cannot name it.
  let document = TextDocument.create('file:///x', 'yaml', 0, text);
  const add = (change: TextDocumentContentChangeEvent) => {
    changes.push(change);
    document = TextDocument.update(document, [change], 0);
  };
  if (cursors) {
    const typed = TYPED[Math.floor(next() * TYPED.length)]!;
    const remove = Math.floor(next() * 3);
    const places = [...new Set(Array.from({ length: count }, () => Math.floor(next() * text.length)))].sort((a, b) => b - a);
    const before = document;
    let limit = text.length;
    for (const at of places) {
      add({ range: { start: before.positionAt(at), end: before.positionAt(Math.min(at + remove, limit)) }, text: typed });
      limit = at;
    }
    return { changes, text: document.getText() };
  }
  for (let i = 0; i < count; i++) {
    const typed = TYPED[Math.floor(next() * TYPED.length)]!;
    const at = Math.floor(next() * document.getText().length);
    add({ range: { start: document.positionAt(at), end: document.positionAt(at + Math.floor(next() * 6)) }, text: typed });
  }
  return { changes, text: document.getText() };
}

/** Diagnostics with the document's own address left out, so that two documents' can be compared. */
const comparable = (diagnostics: readonly Diagnostic[], uri: string) => JSON.parse(JSON.stringify(diagnostics).split(JSON.stringify(uri).slice(1, -1)).join('<uri>'));

for (const pull of [false, true]) {
  describe(`several changes in one didChange (${pull ? 'pull' : 'push'} diagnostics)`, () => {
    let client: LspClient;
    let fresh = 0;
    before(async () => (client = await LspClient.start({ locale: 'en', pull, snippetCommand: 'wp27017.insertSnippet' })));
    after(() => client.stop());

    async function diagnosticsOf(uri: string, version: number): Promise<Diagnostic[]> {
      if (!pull) return client.diagnostics(uri, version);
      const report = await client.pull(uri);
      assert.equal(report.kind, 'full');
      return report.items!;
    }

    /** What a fresh open of `text` reports, its own address left out. */
    async function freshly(text: string): Promise<unknown> {
      const other = `${WS}/fresh-${pull}-${++fresh}.wp.yaml`;
      client.open(other, text);
      const diagnostics = await diagnosticsOf(other, 1);
      client.close(other);
      return comparable(diagnostics, other);
    }

    test('multi-cursor edits and sequences of changes leave the diagnostics a fresh open of the text gives', async () => {
      for (const [s, start] of STARTS.entries()) {
        const uri = `${WS}/multi-${pull}-${s}.wp.yaml`;
        const next = random(100 + s);
        let text = start;
        let version = 1;
        client.open(uri, text, version);
        await diagnosticsOf(uri, version);
        for (let round = 0; round < 12; round++) {
          // One or two messages before the server is asked: their changes reach the analysis together.
          for (let m = next() < 0.3 ? 2 : 1; m > 0; m--) {
            const sent = message(text, next, next() < 0.5);
            text = sent.text;
            client.change(uri, ++version, sent.changes);
          }
          assert.deepEqual(comparable(await diagnosticsOf(uri, version), uri), await freshly(text), `start ${s}, round ${round}:\n${text}`);
        }
        client.close(uri);
      }
    });

    test('a fix run as a snippet, then edited at its tab stops in one message, reports what a fresh open does', async () => {
      const uri = `${WS}/snippet-${pull}.wp.yaml`;
      let text = GAPS;
      client.open(uri, text, 1);
      const problem = (await diagnosticsOf(uri, 1)).find((d) => d.code === 'backup-retention' && /retention/.test(d.message));
      assert.ok(problem, 'the backup section says nothing of retention');
      const fix = (await client.codeActions(uri, problem)).find((a) => a.command?.command === 'wp27017.insertSnippet');
      assert.ok(fix, 'the fix comes as the snippet command');
      const args = fix.command!.arguments![0] as InsertSnippetArgs;
      // As VS Code inserts it: the snippet with its defaults, in one change.
      const inserted = expandSnippet(args.snippet);
      const document = TextDocument.create(uri, 'yaml', 1, text);
      text = TextDocument.applyEdits(document, [{ range: args.range, newText: inserted }]);
      client.change(uri, 2, [{ range: args.range, text: inserted }]);
      const afterSnippet = await diagnosticsOf(uri, 2);
      assert.deepEqual(comparable(afterSnippet, uri), await freshly(text));
      assert.ok(!afterSnippet.some((d) => d.code === 'backup-retention' && /retention/.test(d.message)), 'the problem is gone');
      // Both markers typed over at once (a multi-cursor edit), the last first.
      const markers = [...text.matchAll(/\[TODO\]|TODO/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })).reverse();
      assert.equal(markers.length, 2);
      const edited = TextDocument.create(uri, 'yaml', 2, text);
      const changes = markers.map(({ start, end }) => ({ range: { start: edited.positionAt(start), end: edited.positionAt(end) }, text: '35 days' }));
      for (const { start, end } of markers) text = text.slice(0, start) + '35 days' + text.slice(end);
      client.change(uri, 3, changes);
      const typed = await diagnosticsOf(uri, 3);
      assert.deepEqual(comparable(typed, uri), await freshly(text));
      assert.ok(!typed.some((d) => d.code === 'placeholder'), 'no marker is left');
      client.close(uri);
    });
  });
}

