// Compiler-style lines (file:line:col: severity rule-id message), which
// editors and CI log viewers turn into links, then a one-line summary.
import type { Locale } from '../core/locale';
import type { FileReport } from './fileReport';

export function formatText(reports: readonly FileReport[], locale: Locale): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      lines.push(`${report.path}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${f.message}${f.where ? ` (${f.where})` : ''}`);
      for (const r of f.related) lines.push(`${report.path}:${r.line}:${r.column}: note ${f.ruleId} ${r.message}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const files = reports.length;
  lines.push(
    locale === 'ja'
      ? `${files}ファイルを検査: エラー${errors}件、警告${warnings}件、情報${infos}件`
      : `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
  );
  return `${lines.join('\n')}\n`;
}
