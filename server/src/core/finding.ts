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
  /**
   * The model object (a claim, a fact) the place belongs to, when it lies in another segment than the finding: a
   * finding kept with its segment is then reported with the place where that object is now (analyze/placeFindings.ts).
   */
  readonly of?: { readonly span: Span };
}

/** Replace `start..end` with `text` (an insertion when start === end). */
export interface TextEdit extends Span {
  readonly text: string;
}

/** A way to resolve a finding: its title is one of the rule's messages, filled with `data`. */
export interface Fix {
  readonly messageId: string;
  readonly data?: MessageData;
  readonly edits: readonly TextEdit[];
  /** The fix that is clearly right: Ctrl+. and "fix all" apply it. */
  readonly preferred?: boolean;
}

export interface Finding extends Span {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: MessageData;
  readonly severity: Severity;
  readonly related?: readonly RelatedSpan[];
  readonly fixes?: readonly Fix[];
}

export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  const shifted: { -readonly [K in keyof Finding]: Finding[K] } = { ...finding, start: finding.start + by, end: finding.end + by };
  if (finding.related) shifted.related = finding.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
  if (finding.fixes) shifted.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  return shifted;
}
