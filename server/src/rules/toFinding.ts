// A rule's report as a finding: the rule's id and default severity filled in,
// and fixes given as a function made when first read.
import type { Finding, Fix } from '../core/finding';
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

/** `fixes` made on first reading, then kept as a plain property (a spread or a clone reads it like any other). */
function withLazyFixes(finding: Finding, make: () => readonly Fix[]): void {
  Object.defineProperty(finding, 'fixes', {
    configurable: true,
    enumerable: true,
    get() {
      const fixes = make();
      Object.defineProperty(finding, 'fixes', { value: fixes, configurable: true, enumerable: true, writable: false });
      return fixes;
    },
  });
}
