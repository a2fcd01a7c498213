// The gap report as a reviewer opens it: an Excel workbook (one sheet per
// whitepaper, and a summary comparing them when there are several), CSV
// (one table, a File column first, with a BOM so Excel reads Japanese) or
// Markdown (a table per whitepaper). exceljs loads on first use: most runs never write a workbook.
import type ExcelJS from 'exceljs';
import type { Locale } from '../core/locale';
import { COLUMNS, STATUS_LABELS, type GapReport, type GapRow, type GapStatus } from './gapReport';

const FILLS: Record<GapStatus, string> = { answered: 'FFE2F0D9', 'answered-with-gaps': 'FFFFF2CC', 'not-applicable': 'FFEDEDED', missing: 'FFF8CBAD' };

function cells(row: GapRow, locale: Locale): string[] {
  return [row.id, row.ids2022.join(', '), row.title, STATUS_LABELS[row.status][locale], row.where.join('\n'), row.findings.join('\n'), row.question];
}

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

/** Every control any of the reports expects, in the order they list them; each report's row for it, if any. */
function compared(reports: readonly GapReport[]): { row: GapRow; per: (GapRow | undefined)[] }[] {
  const seen = new Map<string, GapRow>();
  for (const report of reports) for (const row of report.rows) if (!seen.has(row.id)) seen.set(row.id, row);
  return [...seen.values()].map((row) => ({ row, per: reports.map((r) => r.rows.find((x) => x.id === row.id)) }));
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name, and no two alike. */
function sheetNames(reports: readonly GapReport[]): string[] {
  const used = new Set<string>();
  return reports.map((report) => {
    const stem = baseName(report.path).replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'whitepaper';
    let name = stem;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem.slice(0, 27)}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export async function gapReportXlsx(reports: readonly GapReport[], locale: Locale): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'wp27017';
  const names = sheetNames(reports);
  if (reports.length > 1) {
    const sheet = workbook.addWorksheet(COLUMNS.summary[locale], { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
    sheet.columns = [
      { header: COLUMNS.control[locale], width: 14 },
      { header: COLUMNS.control2022[locale], width: 10 },
      { header: COLUMNS.title[locale], width: 44 },
      ...names.map((name) => ({ header: name, width: Math.max(16, Math.min(30, name.length + 2)) })),
    ];
    const rows = compared(reports);
    for (const { row, per } of rows) {
      const added = sheet.addRow([row.id, row.ids2022.join(', '), row.title, ...per.map((r) => (r ? STATUS_LABELS[r.status][locale] : ''))]);
      per.forEach((r, k) => {
        if (r) added.getCell(4 + k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[r.status] } };
      });
    }
    sheet.addRow([COLUMNS.answered[locale], '', '', ...reports.map((r) => `${r.answered}/${r.expected}`)]).font = { bold: true };
    styleSheet(sheet, 3 + reports.length, rows.length + 1);
  }
  reports.forEach((report, index) => {
    const sheet = workbook.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    sheet.columns = [
      { header: COLUMNS.control[locale], width: 14 },
      { header: COLUMNS.control2022[locale], width: 10 },
      { header: COLUMNS.title[locale], width: 36 },
      { header: COLUMNS.status[locale], width: 18 },
      { header: COLUMNS.where[locale], width: 40 },
      { header: COLUMNS.findings[locale], width: 60 },
      { header: COLUMNS.question[locale], width: 70 },
    ];
    for (const row of report.rows) {
      const added = sheet.addRow(cells(row, locale));
      added.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[row.status] } };
    }
    styleSheet(sheet, 7, report.rows.length + 1);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Usable as it opens: a bold header that stays in view, filters on every column, text wrapped at the top of each cell. */
function styleSheet(sheet: ExcelJS.Worksheet, columns: number, rows: number): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: columns } };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function gapReportCsv(reports: readonly GapReport[], locale: Locale): string {
  const header = [COLUMNS.file, COLUMNS.control, COLUMNS.control2022, COLUMNS.title, COLUMNS.status, COLUMNS.where, COLUMNS.findings, COLUMNS.question].map((c) => c[locale]);
  const lines = [header, ...reports.flatMap((report) => report.rows.map((row) => [report.path, ...cells(row, locale)]))];
  return `\ufeff${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const mdCell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function gapReportMarkdown(reports: readonly GapReport[], locale: Locale): string {
  const out: string[] = [];
  if (reports.length > 1) {
    out.push(`# ${COLUMNS.summary[locale]}`, '');
    out.push(`| ${[COLUMNS.control[locale], COLUMNS.title[locale], ...reports.map((r) => mdCell(baseName(r.path)))].join(' | ')} |`);
    out.push(`| ${['---', '---', ...reports.map(() => '---')].join(' | ')} |`);
    for (const { row, per } of compared(reports)) out.push(`| ${[row.id, mdCell(row.title), ...per.map((r) => (r ? STATUS_LABELS[r.status][locale] : ''))].join(' | ')} |`);
    out.push(`| **${COLUMNS.answered[locale]}** | | ${reports.map((r) => `**${r.answered}/${r.expected}**`).join(' | ')} |`, '');
  }
  for (const report of reports) {
    out.push(`## ${mdCell(report.title)} (${mdCell(baseName(report.path))})`, '');
    out.push(locale === 'ja' ? `期待される管理策 ${report.expected} 件のうち ${report.answered} 件に回答。` : `${report.answered} of ${report.expected} expected controls answered.`, '');
    out.push(`| ${[COLUMNS.control, COLUMNS.title, COLUMNS.status, COLUMNS.where, COLUMNS.findings, COLUMNS.question].map((c) => c[locale]).join(' | ')} |`);
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const row of report.rows) out.push(`| ${[row.id, row.title, STATUS_LABELS[row.status][locale], row.where.join('\n'), row.findings.join('\n'), row.question].map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
