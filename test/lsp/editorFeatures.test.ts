// Outline and hover, asked of the spawned server as an editor asks them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InsertTextFormat, type CompletionItem, type DocumentSymbol, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { COVERAGE_METHOD, type CoverageResult } from '../../protocol/coverage';
import { IMPORT_METHOD, type ImportResultMessage } from '../../protocol/import';
import { RENDER_METHOD, type RenderResult } from '../../protocol/render';
import { EXPORT_PDF_METHOD, type ExportPdfResult } from '../../protocol/exportPdf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { yaml } from '../helpers/annotations';

const DOC = yaml`
  whitepaper: 1
  lang: en
  title: Example Cloud Security Whitepaper
  service:
    name: Example Cloud
    provider: Example Inc.
    model: SaaS
  sections:
    - title: Operations security
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily.
        - title: Event logging
          controls: [12.4.1, 12.4.3]
          body: Logs are kept for one year.
`;

describe('editor features', () => {
  let client: LspClient;
  const uri = 'file:///ws/features.wp.yaml';
  before(async () => {
    client = await LspClient.start({ locale: 'en' });
    client.open(uri, DOC);
    await client.diagnostics(uri, 1);
  });
  after(() => client.stop());

  test('the outline lists top-level keys and nested sections with their controls', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['whitepaper', 'lang', 'title', 'service', 'sections']);
    const sections = symbols[4];
    const tree = (s: DocumentSymbol): unknown => ({ name: s.name, detail: s.detail, children: (s.children ?? []).map(tree) });
    assert.deepEqual(sections.children!.map(tree), [
      {
        name: 'Operations security',
        detail: undefined,
        children: [
          { name: 'Backup', detail: '12.3.1', children: [] },
          { name: 'Event logging', detail: '12.4.1, 12.4.3', children: [] },
        ],
      },
    ]);
    const backup = sections.children![0].children![0];
    assert.deepEqual(backup.selectionRange, { start: { line: 10, character: 15 }, end: { line: 10, character: 21 } });
    assert.ok(sections.range.end.line >= 15, 'the sections key contains its items');
  });

  test('hovering a key shows its schema title and description', async () => {
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    const markdown = (result.contents as MarkupContent).value;
    assert.match(markdown, /^\*\*[^*]+\*\* · `model`\n\n/);
    assert.match(markdown, /Allowed values: `IaaS`, `PaaS`, `SaaS`/);
    assert.deepEqual(result.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 7 } });
  });

  test('hovering a phrase the checker read shows what it understood', async () => {
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 15, character: 36 } });
    assert.equal((result.contents as MarkupContent).value, '**log retention**: 1 year');
    assert.deepEqual(result.range, { start: { line: 15, character: 28 }, end: { line: 15, character: 40 } });
  });

  test('hovering inside a section item resolves through the section schema', async () => {
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 10 } });
    assert.match((result.contents as MarkupContent).value, /· `controls`/);
  });

  test('hover follows the client language', async () => {
    const ja = await LspClient.start({ locale: 'ja' });
    try {
      ja.open(uri, DOC);
      const result = await ja.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
      assert.match((result.contents as MarkupContent).value, /指定できる値: `IaaS`, `PaaS`, `SaaS`/);
    } finally {
      await ja.stop();
    }
  });

  test('completion offers the keys a section lacks, as snippets with docs', async () => {
    const doc = 'file:///ws/complete.wp.yaml';
    client.open(doc, 'whitepaper: 1\nservice:\n  name: A\n  \n');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc }, position: { line: 3, character: 2 } });
    assert.deepEqual(items.map((i) => i.label), ['provider', 'model', 'platform', 'url']);
    const model = items.find((i) => i.label === 'model')!;
    assert.equal(model.insertText, 'model: ${1|IaaS,PaaS,SaaS|}$0');
    assert.equal(model.insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(model.detail);
  });

  test('completion of a fact value offers the forms it takes', async () => {
    const doc = 'file:///ws/facts.wp.yaml';
    client.open(doc, 'whitepaper: 1\nsections:\n  - title: Backup\n    facts:\n      backup.retention: \n');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc }, position: { line: 4, character: 24 } });
    assert.deepEqual(items.map((i) => i.label), ['30d', '72h', '6m', '2y', 'immediate', 'indefinite']);
  });

  test('completion of control ids replaces the id typed so far, and marks covered controls', async () => {
    const doc = 'file:///ws/controls.wp.yaml';
    const text = DOC.replace('controls: [12.3.1]', 'controls: [12.3.1, 12.4.]');
    client.open(doc, text);
    // A covered control is marked once the document has been checked, as a user sees it after the first diagnostics.
    await client.diagnostics(doc, 1, 30_000);
    const line = text.split('\n').findIndex((l) => l.includes('12.4.]'));
    const character = text.split('\n')[line].indexOf(']');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc }, position: { line, character } });
    const logging = items.find((i) => i.label === '12.4.1')!;
    assert.deepEqual(logging.textEdit, { range: { start: { line, character: character - 5 }, end: { line, character } }, newText: '12.4.1' });
    assert.match(items.find((i) => i.label === '12.3.1')!.detail!, /✓$/);
  });

  test('wp27017/coverage answers with the coverage rows, titles in the client language and editor ranges', async () => {
    const result = await client.request<CoverageResult>(COVERAGE_METHOD, { textDocument: { uri } });
    assert.ok(result);
    assert.equal(result.expected, 44);
    assert.equal(result.answered, 3, '12.3.1, 12.4.1 and 12.4.3');
    const backup = result.items.find((i) => i.id === '12.3.1')!;
    assert.deepEqual({ status: backup.status, title: backup.title, ids2022: backup.ids2022 }, { status: 'covered', title: 'Information backup', ids2022: ['8.13'] });
    assert.deepEqual(backup.places, [{ label: 'Backup', range: { start: { line: 11, character: 19 }, end: { line: 11, character: 25 } } }]);
    const clock = result.items.find((i) => i.id === '12.4.4')!;
    assert.equal(clock.status, 'missing');
    const endOfLogging = { line: 15, character: '        body: Logs are kept for one year.'.length };
    assert.deepEqual(clock.gapAt, { start: endOfLogging, end: endOfLogging }, 'where its section would be written: after the Event logging section');
  });

  test('wp27017/render answers the preview with the open text, and a whole file for Export to HTML', async () => {
    const preview = await client.request<RenderResult>(RENDER_METHOD, { textDocument: { uri }, review: false });
    assert.ok(preview);
    assert.equal(preview.title, 'Example Cloud Security Whitepaper');
    assert.equal(preview.version, 1);
    assert.match(preview.html, /^<main class="wp-doc" lang="en" data-review="false">/);
    assert.match(preview.html, /<h3 data-line="10">Backup<\/h3>/);
    const review = await client.request<RenderResult>(RENDER_METHOD, { textDocument: { uri }, review: true });
    assert.match(review!.html, /data-rule="control-missing"/);
    const file = await client.request<RenderResult>(RENDER_METHOD, { textDocument: { uri }, review: false, standalone: true });
    assert.match(file!.html, /^<!DOCTYPE html>[\s\S]*<style>[\s\S]*<\/style>/);
    assert.equal(await client.request<RenderResult>(RENDER_METHOD, { textDocument: { uri: 'file:///ws/closed.wp.yaml' }, review: false }), null);
  });

  test('wp27017/exportPdf prints the text the server holds, unsaved edits included; a URI that is no file is refused', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wp27017-pdf-test-'));
    try {
      const target = pathToFileURL(join(folder, 'paper.pdf')).href;
      assert.deepEqual(await client.request<ExportPdfResult>(EXPORT_PDF_METHOD, { textDocument: { uri }, review: true, target }, 120_000), { ok: true });
      const pdf = readFileSync(join(folder, 'paper.pdf')).toString('latin1');
      assert.ok(pdf.startsWith('%PDF-'));
      const refused = await client.request<ExportPdfResult>(EXPORT_PDF_METHOD, { textDocument: { uri }, review: false, target: 'untitled:paper.pdf' });
      assert.deepEqual(refused, { ok: false, message: 'the PDF can only be written to a file on this machine' });
      const closed = await client.request<ExportPdfResult>(EXPORT_PDF_METHOD, { textDocument: { uri: 'file:///ws/closed.wp.yaml' }, review: false, target });
      assert.deepEqual(closed, { ok: false, message: 'the whitepaper to export is not open' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('wp27017/import turns a published text into the source format', async () => {
    const result = await client.request<ImportResultMessage>(IMPORT_METHOD, { text: 'Example Notes\n\n<Backup>\nBackups run daily.\n', fileName: 'notes.txt' });
    assert.equal(result.sections, 1);
    assert.match(result.yaml, /^  - title: "Backup"\n    controls: \[12\.3\.1\] # 12\.3\.1 heading words: Backup \(body: Backups\)\n    body: \|\n      Backups run daily\.$/m);
  });

  test("wp27017/import reads a page's source saved as text as the page it is", async () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'formats', 'page-source.ja.txt'), 'utf8');
    const result = await client.request<ImportResultMessage>(IMPORT_METHOD, { text, fileName: 'security.txt' });
    assert.deepEqual([...result.yaml.matchAll(/^\s*- title: "(.*)"$/gm)].map((m) => m[1]).slice(-3), ['バックアップ', 'アクセス制御', 'ログの管理']);
    assert.doesNotMatch(result.yaml, /php|endif|<h2/);
  });

  test('no hover on blank space', async () => {
    assert.equal(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 0 } }), null);
  });
});
