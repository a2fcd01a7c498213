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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `fixes` made by `make` when first read (a code action, `--fix`, the JSON report), then kept as a plain property of
 * the object it was read on; a copy of the finding made with `copyFinding` stays as lazy as the finding.
 */
export function withLazyFixes(finding: Finding, make: () => readonly Fix[] | undefined): void {
  Object.defineProperty(finding, 'fixes', {
    configurable: true,
    enumerable: true,
    get(this: Finding) {
      const fixes = make();
      Object.defineProperty(this, 'fixes', { value: fixes, configurable: true, enumerable: true, writable: false });
      return fixes;
    },
  });
}

/**
 * `finding` moved by `by`, with `severity`. Its fixes are not read (a spread would read them, and make a rule's
 * deferred fixes on every analysis): the copy's are the finding's, moved when first read.
 */
function copyFinding(finding: Finding, by: number, severity: Severity, related = finding.related): Finding {
  // Written out, not spread: an edit moves up to a thousand findings.
  const copy: Mutable<Finding> = { ruleId: finding.ruleId, data: finding.data, start: finding.start + by, end: finding.end + by, messageId: finding.messageId, severity };
  if (related) copy.related = by === 0 || related !== finding.related ? related : related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
  if ('fixes' in finding) {
    withLazyFixes(copy, () => (by === 0 ? finding.fixes : finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }))));
  }
  return copy;
}

export function shiftFinding(finding: Finding, by: number): Finding {
  return by === 0 ? finding : copyFinding(finding, by, finding.severity);
}

/** `finding` with other related places, its fixes still unread. */
export function withRelated(finding: Finding, related: readonly RelatedSpan[]): Finding {
  return copyFinding(finding, 0, finding.severity, related);
}

/** `finding` with another severity (a configuration's), its fixes still unread. */
export function withSeverity(finding: Finding, severity: Severity): Finding {
  return finding.severity === severity ? finding : copyFinding(finding, 0, severity);
}
