// What the prose reader reports: a phrase of the input, exact to the UTF-16
// code unit, with what it means once normalised.
import type { NoticeKind } from './noticeKinds';
import type { Range } from './sentences';

export type FactKind = 'duration' | 'generations' | 'frequency' | 'vague' | 'immediate' | 'indefinite';

export type Topic =
  | 'deletion'
  | 'data-return'
  | 'backup-frequency'
  | 'backup-retention'
  | 'log-retention'
  | 'incident-notification'
  | 'change-notice'
  | 'data-location'
  | 'governing-law'
  | 'clock-source'
  | 'encryption-in-transit'
  | 'encryption-at-rest'
  | 'other';

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** The bound a period is ("at least", "within", "up to", "about"), or else where it lies from the event ("after", "before"). */
export type Qualifier = 'at-least' | 'within' | 'after' | 'before' | 'about' | 'up-to';

export interface Frequency {
  readonly every: number;
  readonly unit: Exclude<Unit, 'minute'>;
  /** Time of day, 24-hour "HH:MM", when one is given ("毎日午前3時" → "03:00"). */
  readonly at?: string;
}

/** What a vague phrase leaves open: a length ("一定期間"), a deadline ("速やかに") or a cadence ("定期的に"). */
export type Vagueness = 'period' | 'deadline' | 'frequency';

export interface Fact {
  readonly kind: FactKind;
  /** [start, end) in the input, in UTF-16 code units. */
  readonly start: number;
  readonly end: number;
  /** Exactly input.slice(start, end). */
  readonly text: string;
  /** Days for a duration (a month is 30 days, a year 365; for a range, the upper bound), a count for generations. */
  readonly value?: number;
  /** The duration in hours too, when it was written in hours or minutes. */
  readonly hours?: number;
  readonly unit?: Unit;
  /** The number as written (30 for "30日"; for a range, the upper bound). */
  readonly amount?: number;
  /** A range ("30〜60日"): both bounds, in the same scale as `value`. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Counted in business days ("5営業日", "5 business days"); `value` is then a lower bound in calendar days. */
  readonly businessDays?: boolean;
  readonly qualifier?: Qualifier;
  /** "before" or "after" an event, also when `qualifier` holds a bound ("at least 30 days in advance"). */
  readonly relation?: 'before' | 'after';
  readonly frequency?: Frequency;
  readonly vagueness?: Vagueness;
  readonly topic?: Topic;
  /**
   * For log retention: a kind of catalog/logKinds.ts, "described" (a log the text describes but does not name: "…に関するログ"),
   * "named" (a log the catalog does not know, named by its own noun: "Endpoint logs", 「ビルドログ」), or "general".
   */
  readonly logKind?: string;
  /** For log retention, when the sentence names several kinds as one subject ("監査ログ、アクセスログ及び操作ログは1年間"): all of them, `logKind` among them. */
  readonly logKinds?: readonly string[];
  /** For an incident notice, the kind of promise its clause or sentence names (a report to an authority, a written report, a breach, an outage). */
  readonly notice?: NoticeKind;
  /** The sentence states a duty of the customer's ("お客様は速やかに当社へ連絡してください"), not a commitment of the provider's. */
  readonly customerDuty?: boolean;
  /** The topic came from the section's subject, not from a word in the fact's own sentence. */
  readonly inferred?: boolean;
  /** Inferred from an end of the contract in the fact's own sentence ("解約後", "after termination"), not from the section. */
  readonly anchored?: boolean;
  readonly sentence: Range;
}

/** What a pattern reads from one match, before topics and sentences are known. */
export type Reading = Omit<Fact, 'start' | 'end' | 'text' | 'topic' | 'logKind' | 'logKinds' | 'notice' | 'anchored' | 'customerDuty' | 'inferred' | 'sentence'>;

/**
 * One pattern of the reader. `read` returns undefined to drop a match that
 * the pattern alone cannot rule out ("十分" is "enough", not ten minutes).
 * A `claim` pattern marks text that is no fact (dates, versions, ids) so
 * that no later pattern reads a period into it.
 */
export interface Matcher {
  readonly regex: RegExp;
  readonly read: (m: RegExpExecArray) => Reading | 'claim' | undefined;
}

/** Days per unit: the same scale as pinned facts ("6m" is 180 days). */
export const DAYS: Record<Unit, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
