// The server's requests for published whitepapers and the reviewer's outputs,
// over stdio as VS Code sends them: "Check a Published Whitepaper…", "Import
// Whitepaper" for PDF/Word/HTML, "Export to Word" and "Export Gap Report".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { ImportResultMessage } from '../../protocol/import';
import { CHECK_PUBLISHED_METHOD, EXPORT_DOCX_METHOD, GAP_REPORT_METHOD, IMPORT_PUBLISHED_METHOD, type BinaryResult, type CheckPublishedResult } from '../../protocol/published';
import { readDocumentBytes } from '../../server/src/read/readDocument';
import { LspClient } from '../helpers/lspClient';
import { pdfWithoutText } from '../helpers/tinyPdf';

const FIXTURES = join(__dirname, '..', 'fixtures', 'formats');
const file = (name: string) => ({ fileName: name, uri: `file:///ws/${name}`, data: readFileSync(join(FIXTURES, name)).toString('base64') });

describe('published whitepapers in the editor', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'ja' });
  });
  after(() => client.stop());

  test('checkPublished: the extracted text, findings on it saying the page and line, and the reviewer page', async () => {
    // The first of these requests also loads the server's bundle of readers and writers (dist/publishedRequests.js) and
    // starts PDF.js: on a busy machine that is more than the usual 10 s of patience for a hang.
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, file('layout.ja.pdf'), 30_000);
    assert.ok(result.ok);
    assert.ok(result.text.startsWith('サンプル文書箱 セキュリティホワイトペーパー\n\n1. 本書について\n'));
    const vague = result.findings.find((f) => f.ruleId === 'vague-period')!;
    assert.equal(result.text.slice(vague.start, vague.end), '一定期間');
    assert.equal(vague.where, '2ページ 34行目');
    assert.match(vague.message, /「一定期間」/);
    assert.match(result.html, /^<!doctype html>/i);
    assert.match(result.html, /wp-review/);
    // The reviewer page names the same place in the original, not a line of the imported YAML.
    assert.match(result.html, /「一定期間」[^<]*<span class="wp-where">\(2ページ 34行目\)<\/span>/);
  });

  test('checkPublished on a text file: the reviewer page names the line of the text, not of the imported YAML', async () => {
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, file('layout.ja.txt'));
    assert.ok(result.ok);
    const line = result.text.split('\n').findIndex((l) => l.includes('一定期間')) + 1;
    assert.match(result.html, new RegExp(`「一定期間」[^<]*<span class="wp-where">\\(${line}行目\\)</span>`));
  });

  test('checkPublished on a web page: Problems names the line and column of the words in the page source, as the reviewer page does', async () => {
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, file('layout.ja.html'));
    assert.ok(result.ok);
    const vague = result.findings.find((f) => f.ruleId === 'vague-period')!;
    assert.equal(result.text.slice(vague.start, vague.end), '一定期間');
    const source = readFileSync(join(FIXTURES, 'layout.ja.html'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('一定期間'));
    assert.match(vague.where!, new RegExp(`^${line + 1}行${source[line].indexOf('一定期間') + 1}列目`));
    assert.ok(result.html.includes(`<span class="wp-where">(${vague.where})</span>`));
  });

  test('checkPublished: hovering a heading says which controls its section was read as answering, and why', async () => {
    const text = 'サンプル帳 セキュリティについて\n\nバックアップ\n\nお客様のデータは毎日バックアップを取得し、別の拠点に保管しています。\n\n概要\n\nデータはすべて国内で保管しています。障害の際にはバックアップから復元します。バックアップの内容は暗号化しています。\n';
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, { fileName: 'notes.txt', uri: 'file:///ws/notes.txt', data: Buffer.from(text).toString('base64') });
    assert.ok(result.ok);
    const hoverOf = (heading: string) => result.headings.find((h) => result.text.slice(h.start, h.end) === heading)?.hover;
    assert.match(hoverOf('バックアップ')!, /\*\*12\.3\.1\*\* 情報のバックアップ: 見出しの語 「バックアップ」。本文の裏付け 「バックアップ」/);
    // Backups named in passing under another heading: the reviewer is told no finding is made about their content.
    assert.match(hoverOf('概要')!, /本文の語/);
    assert.doesNotMatch(hoverOf('バックアップ')!, /本文の語のみ/);
    // And what the whole text was read as, which decides what its sections are asked for.
    assert.match(hoverOf('バックアップ')!, /ホワイトペーパー・セキュリティ開示資料として読みました\(“セキュリティ”\)/);
  });

  test('checkPublished: a section recognised only by the learnt body words says so in its hover', async () => {
    // The Japanese twin says its control outright in one sentence (import/tenantsApart.ts), read before the learnt words.
    const text = readFileSync(join(__dirname, '..', '..', 'eval', 'fixtures', 'fx-en-learnt-body-words.txt'));
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, { fileName: 'learnt.txt', uri: 'file:///ws/learnt.txt', data: text.toString('base64') });
    assert.ok(result.ok);
    const hover = result.headings.find((h) => result.text.slice(h.start, h.end) === '2. Customer environments')?.hover;
    assert.match(hover!, /\*\*CLD\.9\.5\.1\*\*[^\n]*: 本文の語（学習） 「/);
  });

  test('checkPublished on a scanned PDF: the reason, in the editor’s language', async () => {
    const result = await client.request<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, { fileName: 'scan.pdf', uri: 'file:///ws/scan.pdf', data: Buffer.from(pdfWithoutText()).toString('base64') });
    assert.deepEqual(result, { ok: false, message: 'この PDF には文字情報がありません(スキャンした画像?)。先に OCR(文字認識)をかけてください' });
  });

  test('importPublished turns a Word file into the source format', async () => {
    const result = await client.request<ImportResultMessage>(IMPORT_PUBLISHED_METHOD, file('layout.en.docx'));
    assert.match(result.yaml, /- title: "3\. Information backup \(A\.12\.3\.1\)"\n\s+controls: \[12\.3\.1\]/);
  });

  test('exportDocx and gapReport for the open whitepaper', async () => {
    const uri = 'file:///ws/printed.ja.wp.yaml';
    client.open(uri, readFileSync(join(FIXTURES, 'printed.ja.wp.yaml'), 'utf8'));
    await client.diagnostics(uri, 1);
    const docx = await client.request<BinaryResult>(EXPORT_DOCX_METHOD, { textDocument: { uri } });
    assert.ok(docx.ok);
    const read = await readDocumentBytes(Buffer.from(docx.data, 'base64'), 'out.docx');
    assert.ok(read.blocks.some((b) => b.kind === 'heading' && b.title === 'CLD.8.1.5 契約終了時のデータの扱い'));

    const report = await client.request<BinaryResult>(GAP_REPORT_METHOD, { textDocument: { uri }, format: 'xlsx' });
    assert.ok(report.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(report.data, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.name, 'printed.ja.wp.yaml');
    assert.equal(sheet.getCell('A1').value, '管理策 (2013)');
    const md = await client.request<BinaryResult>(GAP_REPORT_METHOD, { file: file('layout.en.html'), format: 'md' });
    assert.ok(md.ok);
    assert.match(Buffer.from(md.data, 'base64').toString('utf8'), /\| 12\.4\.1 \| イベントログ取得 \| 記載に不足あり \|/);
  });
});
