// `wp27017 coverage`: one table per whitepaper (both ids, title, status,
// where it is answered), or JSON with the same rows for scripts.
import type { Localized, Locale } from '../core/locale';
import type { Coverage, CoverageRow } from '../coverage/coverage';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maxOf } from '../core/arrays';
import type { SourcePlace } from '../read/block';
import { describePlace } from '../read/describePlace';

export interface CoverageFile {
  readonly path: string;
  readonly text: string;
  readonly locale: Locale;
  readonly coverage: Coverage;
  /** For a PDF, Word file or web page: where an offset of `text` sits in the original. */
  readonly place?: (offset: number) => SourcePlace | undefined;
}

const STATUS: Record<CoverageRow['status'], Localized> = {
  covered: { en: 'covered', ja: '記載あり' },
  'to-write': { en: 'to write', ja: '未記入' },
  'not-applicable': { en: 'not applicable', ja: '適用除外' },
  missing: { en: 'missing', ja: '記載なし' },
  dropped: { en: 'not expected', ja: '対象外(設定)' },
};

const SEVERITY: Record<string, Localized> = {
  error: { en: 'error', ja: 'エラー' },
  warning: { en: 'warning', ja: '警告' },
  info: { en: 'info', ja: '情報' },
};

/** Columns line up in a terminal: East Asian wide characters take two cells. */
function width(text: string): number {
  let cells = 0;
  for (const char of text) cells += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return cells;
}

function pad(text: string, cells: number): string {
  return text + ' '.repeat(Math.max(0, cells - width(text)));
}

const toWrite = (coverage: Coverage) => coverage.rows.filter((row) => row.status === 'to-write').length;

/** The line a place is on: in a web page's source where the reader kept it, else in the text. */
function lineOf(document: TextDocument, offset: number, place?: (offset: number) => SourcePlace | undefined): number {
  return place?.(offset)?.sourceLine ?? document.positionAt(offset).line + 1;
}

export function formatCoverageText(files: readonly CoverageFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    const { coverage, locale } = file;
    const document = TextDocument.create('file:///x', 'yaml', 0, file.text);
    out.push(
      locale === 'ja'
        ? `${file.path}: ${coverage.expected}件中${coverage.answered}件に回答${toWrite(coverage) ? `、${toWrite(coverage)}件が未記入` : ''}(${coverage.profile} のプロファイル、${coverage.numbering}年版の番号)`
        : `${file.path}: ${coverage.answered}/${coverage.expected} answered${toWrite(coverage) ? `, ${toWrite(coverage)} to write` : ''} (${coverage.profile} profile, ${coverage.numbering} numbering)`,
    );
    const rows = coverage.rows.map((row) => {
      const status = STATUS[row.status][locale] + (row.severity ? ` (${SEVERITY[row.severity][locale]})` : '');
      const where =
        row.status === 'covered' || row.status === 'to-write'
          ? row.places.map((p) => `${p.label} (${describePlace(file.place?.(p.span.start), locale) ?? (locale === 'ja' ? `${lineOf(document, p.span.start, file.place)}行` : `line ${lineOf(document, p.span.start, file.place)}`)})`).join('; ')
          : row.reason ?? '';
      const ids2022 = row.ids2022.filter((id) => id !== row.id).join(', ');
      return [row.id, ids2022, row.title[locale], status, where];
    });
    const widths = [0, 1, 2, 3].map((c) => maxOf(rows.map((r) => width(r[c])), 0));
    for (const row of rows) out.push(`  ${row.slice(0, 4).map((cell, c) => pad(cell, widths[c])).join('  ')}  ${row[4]}`.trimEnd());
    out.push('');
  }
  return `${out.join('\n')}`;
}

export function formatCoverageJson(files: readonly CoverageFile[]): string {
  return `${JSON.stringify(
    {
      files: files.map((file) => {
        const document = TextDocument.create('file:///x', 'yaml', 0, file.text);
        return {
          path: file.path,
          numbering: file.coverage.numbering,
          profile: file.coverage.profile,
          answered: file.coverage.answered,
          expected: file.coverage.expected,
          controls: file.coverage.rows.map((row) => ({
            id: row.id,
            ids2022: row.ids2022,
            title: row.title[file.locale],
            status: row.status,
            severity: row.severity,
            reason: row.reason,
            places: row.places.map((p) => ({ label: p.label, line: lineOf(document, p.span.start, file.place), ...(file.place ? { where: describePlace(file.place(p.span.start), file.locale) } : {}) })),
          })),
        };
      }),
    },
    null,
    2,
  )}\n`;
}
