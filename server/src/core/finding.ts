// What rules report: offsets into the source text, never editor positions.
import type { MessageData } from './locale';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RelatedSpan extends Span {
  readonly messageId: string;
  readonly data?: MessageData;
}

export interface Finding extends Span {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: MessageData;
  readonly severity: Severity;
  readonly related?: readonly RelatedSpan[];
}

export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    related: finding.related?.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
  };
}
