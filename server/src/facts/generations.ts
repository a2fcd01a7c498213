// Backup generations: "7世代", "七世代", "最大14世代", "7 generations", "the
// last 7 generations", "30 backup generations". The value is the count.
import type { Matcher, Reading } from './fact';
import { EN_NUMBER, GAP, NUMBER, SP, parseNumber, phrases } from './numbers';
import { qualify } from './qualifiers';

const JA = new RegExp(String.raw`(?:(最大で?|最低|少なくとも|直近|最新|過去)${SP})?(${NUMBER})${SP}世代(?:分|前)?(以上|以内|まで)?`, 'g');
const EN = new RegExp(
  String.raw`\b(?:(${phrases('the last', 'the latest', 'the most recent', 'the previous', 'up to', 'at least', 'a maximum of', 'a minimum of', 'last', 'latest')})${GAP})?(${EN_NUMBER})${GAP}(?:(?:backup|snapshot)${GAP})?generations?\b`,
  'gi',
);

function reading(count: number | undefined, before: string | undefined, after: string | undefined): Reading | undefined {
  if (count === undefined || count === 0) return undefined;
  const { qualifier } = qualify(before, after);
  return { kind: 'generations', value: count, amount: count, ...(qualifier ? { qualifier } : {}) };
}

export const GENERATIONS: readonly Matcher[] = [
  { regex: JA, read: (m) => reading(parseNumber(m[2]), m[1], m[3]) },
  { regex: EN, read: (m) => reading(parseNumber(m[2]), m[1], undefined) },
];
