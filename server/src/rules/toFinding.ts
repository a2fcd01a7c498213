// A rule's report as a finding: the rule's id and default severity filled in,
// and fixes given as a function made when first read.
import { withLazyFixes, type Finding } from '../core/finding';
import type { Report, Rule } from './rule';

export function toFinding(rule: Rule, report: Report<string>): Finding {
  // Written out, not spread: document rules make thousands of findings on every edit.
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: rule.id,
    data: report.data ?? {},
    start: report.start,
    end: report.end,
    messageId: report.messageId,
    severity: report.severity ?? rule.severity,
  };
  if (report.related) finding.related = report.related;
  if (typeof report.fixes === 'function') withLazyFixes(finding, report.fixes);
  else if (report.fixes) finding.fixes = report.fixes;
  return finding;
}
