// `wp27017 report`: the reviewer's gap report opened as a reviewer would —
// the xlsx through exceljs, cell by cell; CSV and Markdown as text.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'formats');

describe('wp27017 report', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp27017-report-'));
    for (const name of ['layout.ja.pdf', 'layout.en.docx', 'printed.ja.wp.yaml']) copyFileSync(join(FIXTURES, name), join(dir, name));
  });

  test('xlsx: a summary sheet comparing the whitepapers, then one sheet each, usable as it opens', async () => {
    const run = wp27017(['report', 'layout.ja.pdf', 'printed.ja.wp.yaml', '--format', 'xlsx', '-o', 'gaps.xlsx', '--lang', 'ja'], dir);
    assert.equal(run.code, 0, run.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'gaps.xlsx'));
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['まとめ', 'layout.ja.pdf', 'printed.ja.wp.yaml']);

    const sheet = workbook.getWorksheet('layout.ja.pdf')!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['管理策 (2013)', '2022', '名称', '状態', '記載箇所', '指摘', '事業者への質問']);
    assert.equal(sheet.rowCount, 45, 'a header and one row per expected control');
    assert.equal(sheet.views[0].state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit: number }).ySplit, 1);
    assert.equal(String(sheet.autoFilter), 'A1:G45');
    assert.deepEqual(sheet.columns.map((c) => c.width), [14, 10, 36, 18, 40, 60, 70]);
    assert.equal(sheet.getRow(2).alignment?.wrapText, true);
    const byId = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => n > 1 && byId.set(String(row.getCell(1).value), row));

    const logging = byId.get('12.4.1')!;
    assert.equal(logging.getCell(2).value, '8.15');
    assert.equal(logging.getCell(4).value, '記載に不足あり');
    assert.equal(logging.getCell(5).value, '4. イベントログ (A.12.4.1) (2ページ 28行目)');
    assert.match(String(logging.getCell(6).value), /「一定期間」.*\[vague-period, 2ページ 34行目\]/);
    assert.equal(logging.getCell(7).value, '記録するイベント、お客様が参照できるログとその方法、ログの種類ごとの保存期間をご回答ください。');

    const deletion = byId.get('CLD.8.1.5')!;
    assert.equal(deletion.getCell(4).value, '記載あり');
    assert.equal(deletion.getCell(6).value, '');
    assert.equal(deletion.getCell(7).value, '', 'no question for a control answered without gaps');

    const incidents = byId.get('16.1.2')!;
    assert.equal(incidents.getCell(4).value, '記載なし');
    assert.match(String(incidents.getCell(7).value), /^お客様に影響するインシデントを、何時間以内に/);

    const printed = workbook.getWorksheet('printed.ja.wp.yaml')!;
    const na = printed.getRows(2, 44)!.find((r) => r.getCell(1).value === '11.2.7')!;
    assert.equal(na.getCell(4).value, '適用除外');
    assert.equal(na.getCell(5).value, '当社は物理的な機器を保有せず、クラウド基盤の事業者が処分します。');

    const summary = workbook.getWorksheet('まとめ')!;
    assert.deepEqual((summary.getRow(1).values as unknown[]).slice(1), ['管理策 (2013)', '2022', '名称', 'layout.ja.pdf', 'printed.ja.wp.yaml']);
    const last = summary.getRow(summary.rowCount);
    assert.deepEqual((last.values as unknown[]).slice(1), ['回答数', '', '', '5/44', '4/44']);
    const summaryDeletion = summary.getRows(2, 44)!.find((r) => r.getCell(1).value === 'CLD.6.3.1')!;
    assert.deepEqual([summaryDeletion.getCell(4).value, summaryDeletion.getCell(5).value], ['記載あり', '記載あり']);
  });

  test('CSV: one table with a file column, quoted where needed, with a BOM for Excel', () => {
    const { code, stdout } = wp27017(['report', 'layout.en.docx', '--format', 'csv'], dir);
    assert.equal(code, 0);
    const lines = stdout.split('\r\n');
    assert.equal(lines[0], '\ufeffFile,Control (2013),2022,Title,Status,Where answered,Findings,Question to the provider');
    assert.equal(lines.length, 46);
    assert.ok(lines.some((l) => l.startsWith('layout.en.docx,CLD.6.3.1,CLD.6.3.1,Shared roles and responsibilities in the cloud,Answered,2. Shared responsibilities (CLD.6.3.1) (paragraph 4),,')), lines.join('\n'));
  });

  test('Markdown by default, to stdout or -o; xlsx needs -o', () => {
    const md = wp27017(['report', 'layout.en.docx'], dir);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^## Sample Binder Security Whitepaper \(layout\.en\.docx\)\n\n5 of 44 expected controls answered\.\n\n\| Control \(2013\) \| Title \| Status \| Where answered \| Findings \| Question to the provider \|/);
    wp27017(['report', 'layout.en.docx', '--format', 'md', '-o', 'gaps.md'], dir);
    assert.equal(readFileSync(join(dir, 'gaps.md'), 'utf8'), md.stdout);
    const noOutput = wp27017(['report', 'layout.en.docx', '--format', 'xlsx'], dir);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /give -o report\.xlsx/);
  });
});
