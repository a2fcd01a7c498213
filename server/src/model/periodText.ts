// Writing a period back into a document: as a pinned facts value ("30d") or
// into a phrase of prose, where only the number and unit change so that the
// author's "within", "for", "以内" and "間" stay as written.
import type { TextEdit } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import type { Locale } from '../core/locale';

export type PeriodUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'generation';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

const CODE: Partial<Record<PeriodUnit, string>> = { hour: 'h', day: 'd', week: 'w', month: 'm', year: 'y' };
const FROM_CODE: Readonly<Record<string, PeriodUnit>> = { h: 'hour', d: 'day', w: 'week', m: 'month', y: 'year' };
const JA_WORD: Readonly<Record<PeriodUnit, string>> = { hour: '時間', day: '日', week: '週間', month: 'か月', year: '年', generation: '世代' };

/** The pinned form of a period ("30d"); generations pin as a bare number. */
export function periodCode(period: Period): string | number | undefined {
  if (period.unit === 'generation') return period.amount;
  const code = CODE[period.unit];
  return code && Number.isInteger(period.amount) ? `${period.amount}${code}` : undefined;
}

/** A pinned value read back as a period; undefined for "immediate", "indefinite" and anything else. */
export function parsePeriodCode(value: unknown, generations = false): Period | undefined {
  if (generations) return typeof value === 'number' && Number.isInteger(value) ? { amount: value, unit: 'generation' } : undefined;
  const match = /^(\d+)(h|d|w|m|y)$/.exec(String(value ?? '').trim());
  return match ? { amount: Number(match[1]), unit: FROM_CODE[match[2]!]! } : undefined;
}

export function periodWords(period: Period, lang: Locale): string {
  if (lang === 'ja') return `${period.amount}${JA_WORD[period.unit]}`;
  return `${period.amount} ${period.unit}${period.amount === 1 ? '' : 's'}`;
}

const JA_CORE = /(?:\d[\d,，.]*|[０-９]+)\s*(?:時間|営業日|日|週間|週|[かヶカヵケ箇]月|年|世代)/;
const EN_CORE = /\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)(?:\s*\(\d+\))?[\s-]+(?:business\s+|working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?|generations?)\b/i;

/** Rewrites the number and unit inside `span` of `text` to `period`, in the language the phrase is written in. */
export function rewritePeriod(text: SourceText, span: { start: number; end: number }, period: Period): TextEdit {
  const phrase = text.slice(span.start, span.end);
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(phrase);
  const core = (japanese ? JA_CORE : EN_CORE).exec(phrase);
  const words = periodWords(period, japanese ? 'ja' : 'en');
  if (!core) return { ...span, text: words };
  return { start: span.start + core.index, end: span.start + core.index + core[0].length, text: words };
}

/** The period a fact read from prose states, when it is a number of something. */
export function proseFactPeriod(fact: { readonly kind: string; readonly amount?: number; readonly unit?: string }): Period | undefined {
  if (fact.amount === undefined) return undefined;
  if (fact.kind === 'generations') return { amount: fact.amount, unit: 'generation' };
  if (fact.kind !== 'duration' || !fact.unit || !(fact.unit in JA_WORD)) return undefined;
  return { amount: fact.amount, unit: fact.unit as PeriodUnit };
}
