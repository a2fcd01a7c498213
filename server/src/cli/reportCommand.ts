// `wp27017 report FILE…`: the reviewer's gap report, one row per expected
// control with the question to send the provider, as xlsx (needs -o), CSV or
// Markdown (stdout unless -o), in the reviewer's language (--lang, $LANG).
import { writeFileSync } from 'node:fs';
import { kindOfPath } from '../analyze/documentKind';
import type { Locale } from '../core/locale';
import { gapReportCsv, gapReportMarkdown, gapReportXlsx } from '../report/formatGapReport';
import { gapReport } from '../report/gapReport';
import { analyzeInputs, type CheckOptions } from './analyzeInputs';

export type ReportFormat = 'xlsx' | 'csv' | 'md';

export async function reportCommand(inputs: readonly string[], options: CheckOptions, format: ReportFormat, locale: Locale, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const result = analyzeInputs(inputs, options, err);
  if (!result) return 2;
  const reports = result.files.filter((f) => kindOfPath(f.path).name === 'whitepaper').map((f) => gapReport(f, locale));
  if (reports.length === 0) {
    err('wp27017: no whitepaper to report on\n');
    return 2;
  }
  try {
    if (format === 'xlsx') writeFileSync(options.output!, await gapReportXlsx(reports, locale));
    else {
      const text = format === 'csv' ? gapReportCsv(reports, locale) : gapReportMarkdown(reports, locale);
      if (options.output && options.output !== '-') writeFileSync(options.output, text);
      else out(text);
    }
  } catch (error) {
    err(`wp27017: cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  if (options.output && options.output !== '-') err(`wp27017: wrote ${options.output}\n`);
  return result.unreadable ? 2 : 0;
}
