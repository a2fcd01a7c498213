// A report that leaves something out says so. A rule that throws on a document
// (a bug, or a document no one foresaw) costs that rule's findings, not the
// whole report: an empty report would read as "clean". A document with more
// findings than anyone reads gets the first ones and one finding for the rest.
// In the editor, a document whose analysis runs over its time budget gets one
// finding that says so instead of a report (lsp/workerPool.ts).
import type { Finding, Severity, Span } from '../core/finding';
import { defineRule, type Rule } from './rule';

const rule = defineRule({
  id: 'analysis-incomplete',
  severity: 'error',
  description: {
    en: 'The checker could not finish this document; part of the report is missing.',
    ja: '検査を最後まで行えず、結果の一部が欠けています。',
  },
  messages: {
    ruleFailed: {
      en: 'Rule {rule} failed on this document ({detail}); its findings are missing, the other rules are reported. Please report this.',
      ja: 'ルール {rule} がこの文書の検査に失敗しました({detail})。このルールの指摘は欠けていますが、他のルールの指摘は表示しています。不具合として報告してください。',
    },
    analysisFailed: {
      en: 'The checker failed on this document ({detail}); nothing else is reported. Please report this.',
      ja: 'この文書の検査に失敗しました({detail})。ほかの指摘は表示できません。不具合として報告してください。',
    },
    overBudget: {
      en: 'Checking this document took longer than {seconds} s and was stopped, so nothing else is reported. It is checked again when you edit it; a very long line, name or id is the usual cause, or split the file.',
      ja: 'この文書の検査が{seconds}秒を超えたため中断しました。ほかの指摘は表示できません。編集すると再び検査します。非常に長い行・名前・ID が主な原因です。ファイルの分割も検討してください。',
    },
    tooManyFindings: {
      en: '{count} more findings are left out; this report shows the first {limit}. Fix these, or split the file.',
      ja: 'ほかに{count}件の指摘を省略しました(最初の{limit}件のみ表示)。これらを直すか、ファイルを分割してください。',
    },
  },
});
export default rule;

/** A finding per document is plenty for a reader; 190,000 of them made a 113 MB message and froze the Problems panel. */
export const MAX_FINDINGS = 1000;

const MAX_DETAIL = 200;

function detailOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

export function ruleFailed(failed: Rule, error: unknown, span: Span): Finding {
  return { ruleId: rule.id, messageId: 'ruleFailed', data: { rule: failed.id, detail: detailOf(error) }, severity: rule.severity, ...span };
}

export function analysisFailed(error: unknown): Finding {
  return { ruleId: rule.id, messageId: 'analysisFailed', data: { detail: detailOf(error) }, severity: rule.severity, start: 0, end: 0 };
}

/** The whole report of a document whose analysis was stopped after `budgetMs`. */
export function overBudget(budgetMs: number): Finding {
  const seconds = Math.round(budgetMs / 100) / 10;
  return { ruleId: rule.id, messageId: 'overBudget', data: { seconds }, severity: rule.severity, start: 0, end: 0 };
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The more severe of two. */
export const worseOf = (a: Severity, b: Severity): Severity => (RANK[b] < RANK[a] ? b : a);

/** The one finding that stands for `count` left out past `limit`, the first at `start`, as severe as the worst of them. */
export function findingsLeftOut(count: number, severity: Severity, start: number, limit = MAX_FINDINGS): Finding {
  return { ruleId: rule.id, messageId: 'tooManyFindings', data: { count, limit }, severity, start, end: start };
}

/**
 * The first `limit` findings by position, and the first `limit` of those `first` picks (the syntax errors, which
 * the editor shows before the rest: the cap must not take one back), then one at the first left out, as severe as
 * the worst of them, so a CI run still fails on an error beyond the cap. `findings` must be sorted by position.
 */
export function capFindings(findings: readonly Finding[], limit = MAX_FINDINGS, first: (finding: Finding) => boolean = () => false): readonly Finding[] {
  if (findings.length <= limit) return findings;
  const kept: Finding[] = [];
  let firstKept = 0;
  let othersKept = 0;
  let left = 0;
  let leftAt = 0;
  let severity: Severity = 'info';
  for (const finding of findings) {
    const picked = first(finding);
    if (picked ? firstKept < limit : othersKept < limit) {
      kept.push(finding);
      if (picked) firstKept++;
      else othersKept++;
      continue;
    }
    if (left === 0) leftAt = finding.start;
    left++;
    severity = worseOf(severity, finding.severity);
  }
  if (left > 0) withLeftOut(kept, findingsLeftOut(left, severity, leftAt, limit));
  return kept;
}

/** `marker` into `report` (sorted by position) after every finding at or before its place. */
export function withLeftOut(report: Finding[], marker: Finding): void {
  let at = report.length;
  while (at > 0 && report[at - 1].start > marker.start) at--;
  report.splice(at, 0, marker);
}
