// Backup generations: "7世代", "七世代", "最大14世代", "7 generations", "the
// last 7 generations", "30 backup generations". The value is the count.
import type { Matcher, Reading } from './fact';
import { EN_NUMBER, GAP, NUMBER, SP, parseNumber, phrases } from './numbers';
import { qualify } from './qualifiers';
import { wordGaps } from '../core/wordGaps';

const JA = new RegExp(String.raw`(?:(最大で?|最低|少なくとも|直近|最新|過去)${SP})?(${NUMBER})${SP}世代(?:分|前)?(以上|以内|まで)?`, 'g');
const EN = wordGaps(new RegExp(
  String.raw`\b(?:(${phrases('the last', 'the latest', 'the most recent', 'the previous', 'up to', 'at least', 'a maximum of', 'a minimum of', 'last', 'latest')})${GAP})?(${EN_NUMBER})${GAP}(?:(?:backup|snapshot)${GAP})?generations?\b`,
  'gi',
));

// A count under a label that names the unit ("保存世代:7", "世代数 3", "Copies kept: 14", the value alone on the next
// line): a spec sheet's backup block. The number must end its line, so "保存世代:7日分" stays a duration.
const LABEL_JA = String.raw`(?:バックアップ)?(?:(?:保存|保持|保管)世代(?:数)?|世代数|(?:保存|保持|保管)(?:件数|数))`;
const LABEL_EN = String.raw`(?:(?:backup\s{1,3})?generations(?:\s{1,3}(?:kept|retained))?|number\s{1,3}of\s{1,3}(?:generations|copies|backups)(?:\s{1,3}(?:kept|retained))?|(?:copies|backups|snapshots)\s{1,3}(?:kept|retained)|retained\s{1,3}(?:copies|backups|generations))`;
const LABELLED = wordGaps(new RegExp(
  String.raw`(?<=(?:^|\n)[ \t\u3000]*(?:[-*•・■□◆◇▪]\s{0,2})?\*{0,2}(?:${LABEL_JA}|${LABEL_EN})\*{0,2}(?:[ \t\u3000]{0,3}[:：][ \t\u3000]{0,3}|[ \t\u3000]{1,3}|[ \t\u3000]{0,3}\r?\n(?:[ \t\u3000]{0,3}\r?\n){0,2}[ \t\u3000]{0,3}))(${NUMBER})(?=[ \t\u3000]{0,3}(?:\r?\n|$))`,
  'gi',
));

// A count of copies kept, with no word "generation": "retain 4 weekly copies", "we keep seven daily, four weekly and
// twelve monthly backups", "the 14 most recent are kept", "the last 30 snapshots are retained", "the seven most recent copies are always on hand", "直近3回分". Only the
// number is matched, so a cadence after it ("daily") is still read as the backups' frequency; a count of copies with
// no keeping word and no recency ("stored in 3 copies", "2 daily backups are taken") is how many, not how long.
const COPIES = String.raw`(?:back\s?ups|snapshots|copies|versions|restore\s{1,3}points|recovery\s{1,3}points)`;
const CADENCE = String.raw`(?:daily|nightly|hourly|weekly|monthly|yearly|annual|full|incremental)`;
const KEPT_COUNT = wordGaps(new RegExp(
  String.raw`(?<=\b(?:keep|keeps|kept|retain|retains|retained|hold|holds|store|stores|maintain|maintains|preserve|preserves)${GAP}(?:(?:the|up${GAP}to|at${GAP}least|a${GAP}maximum${GAP}of)${GAP})?(?:(?:last|latest|previous|most${GAP}recent)${GAP})?)(${EN_NUMBER})(?=${GAP}(?:(?:(?:most${GAP}recent|latest|previous)${GAP})?(?:${CADENCE}|backup|snapshot)${GAP})?${COPIES}\b|${GAP}${CADENCE}\b[^.\n]{0,60}?\b${COPIES}\b)`,
  'gi',
));
const RECENT_KEPT = wordGaps(new RegExp(
  String.raw`(?<=\bthe${GAP}(?:(?:last|latest|previous)${GAP})?)(${EN_NUMBER})(?=(?:${GAP}most${GAP}recent)?(?:${GAP}(?:${CADENCE}${GAP})?(?:${COPIES}|ones|backup${GAP}copies))?${GAP}(?:are|is|will${GAP}be|get)${GAP}(?:(?:always|still)${GAP})?(?:kept|retained|stored|held|preserved|available|on${GAP}hand)\b)`,
  'gi',
));
// Copies counted by the nights or days they were taken: "seven consecutive nights of backups are retained", "14 days'
// worth of snapshots are kept". The count of nights is how many copies are kept.
const NIGHTS_KEPT = wordGaps(new RegExp(
  String.raw`\b(${EN_NUMBER})(?=${GAP}(?:(?:consecutive|successive|most${GAP}recent|previous|last)${GAP})?nights?['’]?${GAP}(?:worth${GAP})?of${GAP}(?:${COPIES}|backup${GAP}data)\b[^.\n]{0,20}?\b(?:kept|retained|stored|held|preserved)\b)`,
  'gi',
));
const RECENT_JA = new RegExp(String.raw`(?<=(?:直近|最新|過去)の?${SP})(${NUMBER})(?=${SP}(?:回|個|件|つ)(?:分|の?(?:バックアップ|スナップショット)))`, 'g');

function reading(count: number | undefined, before: string | undefined, after: string | undefined): Reading | undefined {
  if (count === undefined || count === 0) return undefined;
  const { qualifier } = qualify(before, after);
  return { kind: 'generations', value: count, amount: count, ...(qualifier ? { qualifier } : {}) };
}

export const GENERATIONS: readonly Matcher[] = [
  { regex: JA, read: (m) => reading(parseNumber(m[2]), m[1], m[3]) },
  { regex: EN, read: (m) => reading(parseNumber(m[2]), m[1], undefined) },
  { regex: LABELLED, read: (m) => reading(parseNumber(m[1]), undefined, undefined) },
  { regex: KEPT_COUNT, read: (m) => reading(parseNumber(m[1]), undefined, undefined) },
  { regex: RECENT_KEPT, read: (m) => reading(parseNumber(m[1]), undefined, undefined) },
  { regex: RECENT_JA, read: (m) => reading(parseNumber(m[1]), undefined, undefined) },
  { regex: NIGHTS_KEPT, read: (m) => reading(parseNumber(m[1]), undefined, undefined) },
];
