// Periods: "30日以内", "最低1年間", "６か月", "三十日経過後", "30〜60日", "5営業日",
// "within 30 days", "for at least one year", "thirty (30) days", "a 90-day
// period", "2 weeks in advance", "48 hours' beforehand", "7+ days in advance" (seven at least). Values are in days (a month is 30, a year
// 365); a range counts as its upper bound.
import { DAYS, type Matcher, type Reading, type Unit } from './fact';
import { EN_NUMBER, GAP, NUMBER, SP, WORD, parseNumber } from './numbers';
import { EN_AFTER, EN_ANCHOR, EN_BEFORE, JA_AFTER, JA_BEFORE, qualify } from './qualifiers';
import { wordGaps } from '../core/wordGaps';

// Each unit with the words it must not be followed by: "日" of "日付", "年" of
// "年度", "分" of "3分の1" and "分析" are not periods.
const JA_UNIT = [
  '分間?(?!の|割|析|類|散|離|岐|担|布|配|量|子|解|別|野|か[りるれらっ])',
  '時間(?!帯|外|割|軸|差|給)',
  '営業日',
  '日間?(?!付|目|曜|本|中|あたり|当たり|につき|平均)',
  '週間(?!目)',
  '週(?=前|後|以内|以上|経過|分)',
  '[かヶカヵケ箇]月間?(?!目)',
  '年半',
  '年間?(?![0-9０-９]{1,2}月|[一二三四五六七八九十]{1,2}月|目|度|生|代|版|号|次|金|齢|収|率|初|末|頭|中)',
].join('|');

const RANGE = '[〜~～\\-－–]';

const JA = new RegExp(
  String.raw`(?:(${JA_BEFORE})${SP})?(${NUMBER})(?:${SP}(${JA_UNIT})?${SP}${RANGE}${SP}(${NUMBER}))?${SP}(${JA_UNIT})(${JA_AFTER})?`,
  'g',
);
const JA_HALF_YEAR = new RegExp(String.raw`(?:(${JA_BEFORE})${SP})?半年間?(${JA_AFTER})?`, 'g');

const EN_UNIT = String.raw`(?:minute|min|hour|hr|day|week|month|year|yr)s?`;
// The notice a period measures, between it and the event it is counted back from: "48 hours' notice prior to the work",
// "30 days' written notice before the change". The period is still a lead time.
const NOTICE = String.raw`(?:(?:advance|written|prior)\s{1,3})?(?:notice|notification)`;
// Contracts write a number twice, either way round: "ninety (90) days", "10 (ten) business days".
const EN = wordGaps(new RegExp(
  String.raw`(?:\b(${EN_BEFORE})${GAP})?(?:(${WORD})\s{0,2}\((\d{1,6})\)|(?<![\d.,])(\d{1,6})\s{0,2}\(${WORD}\)|(${EN_NUMBER}|\ban?\b))\+?(?:(?:\s{0,2}[-–~]\s{0,2}|${GAP}(?:to|and)${GAP})(${EN_NUMBER}))?(?:${GAP}|-)(?:(business|working|calendar)${GAP})?(${EN_UNIT})\b(?:['’]?${GAP}(${EN_AFTER})\b|(?=['’]?${GAP}(?:${NOTICE}${GAP})?(${EN_ANCHOR})\b)|)`,
  'gi',
));

function unitOf(word: string): Unit | undefined {
  if (/^分/.test(word) || /^min/i.test(word)) return 'minute';
  if (/^時間/.test(word) || /^h/i.test(word)) return 'hour';
  if (/^(?:営業)?日/.test(word) || /^day/i.test(word)) return 'day';
  if (/^週/.test(word) || /^week/i.test(word)) return 'week';
  if (/月/.test(word) || /^month/i.test(word)) return 'month';
  if (/^年/.test(word) || /^y/i.test(word)) return 'year';
  return undefined;
}

/** Days in `amount` of `unit`, dividing rather than multiplying by a fraction so that 15 minutes is exactly 15/1440. */
function days(amount: number, unit: Unit): number {
  if (unit === 'minute') return amount / 1440;
  if (unit === 'hour') return amount / 24;
  return amount * DAYS[unit];
}

function reading(amount: number, unit: Unit, lower: number | undefined, lowerUnit: Unit, before: string | undefined, after: string | undefined, business: boolean): Reading {
  const lowerDays = lower === undefined ? undefined : days(lower, lowerUnit);
  const upper = lower !== undefined && lowerDays! > days(amount, unit) ? lower : amount;
  const upperUnit = upper === amount ? unit : lowerUnit;
  const value = days(upper, upperUnit);
  // Built by assignment: a long text holds many periods, and spreading optional parts into each is slow.
  const result: { -readonly [K in keyof Reading]: Reading[K] } = Object.assign({ kind: 'duration' as const, value, unit: upperUnit, amount: upper }, qualify(before, after));
  if (upperUnit === 'hour') result.hours = upper;
  if (upperUnit === 'minute') result.hours = upper / 60;
  if (lowerDays !== undefined) result.range = { min: Math.min(lowerDays, value), max: value };
  if (business) result.businessDays = true;
  return result;
}

const readJapanese = (m: RegExpExecArray): Reading | undefined => {
  const [, before, first, firstUnit, second, unitWord, after] = m;
  const unit = unitOf(unitWord);
  const amount = parseNumber(second ?? first);
  const lower = second === undefined ? undefined : parseNumber(first);
  if (unit === undefined || amount === undefined || (second !== undefined && lower === undefined)) return undefined;
  // "十分" is "enough", "一分" a share: kanji minutes only count with 間 or a qualifier.
  if (unit === 'minute' && !/[0-9０-９]/.test(second ?? first) && !unitWord.endsWith('間') && after === undefined) return undefined;
  const half = unitWord === '年半' ? 0.5 : 0;
  return reading(amount + half, unit, lower, (firstUnit && unitOf(firstUnit)) || unit, before, after, unitWord === '営業日');
};

const readHalfYear = (m: RegExpExecArray): Reading => reading(6, 'month', undefined, 'month', m[1], m[2], false);

const readEnglish = (m: RegExpExecArray): Reading | undefined => {
  const [, before, word, digitsInParens, digitsBeforeWord, number, second, business, unitWord, trailing, anchor] = m;
  const after = trailing ?? anchor;
  const unit = unitOf(unitWord);
  const article = number !== undefined && /^an?$/i.test(number);
  // "a day" alone is mostly "once a day", "24 hours a day": only with a qualifier ("within a day", "a year after").
  if (unit === undefined || (article && before === undefined && after === undefined)) return undefined;
  const first = article ? 1 : parseNumber(digitsInParens ?? digitsBeforeWord ?? number ?? word);
  const amount = second === undefined ? first : parseNumber(second);
  if (first === undefined || amount === undefined) return undefined;
  return reading(amount, unit, second === undefined ? undefined : first, unit, before, after, business !== undefined && !/calendar/i.test(business));
};

// A deadline by the calendar: "翌営業日までに連絡", "当日中に通知", "by the next business day", "within 24h".
const DAY_DEADLINE = wordGaps(/(翌営業日|翌日|当日)(?:中|まで)|\b(?:by|on|within)\s{1,3}the\s{1,3}(next|same)\s{1,3}(business\s{1,3}|working\s{1,3})?day\b/gi);
const readDayDeadline = (m: RegExpExecArray): Reading => reading(1, 'day', undefined, 'day', undefined, 'まで', m[1] === '翌営業日' || m[3] !== undefined);
const HOURS_SHORT = wordGaps(/\bwithin\s{1,3}(\d{1,3})\s?h\b/gi);
const readHoursShort = (m: RegExpExecArray): Reading | undefined => {
  const amount = parseNumber(m[1]);
  return amount === undefined ? undefined : reading(amount, 'hour', undefined, 'hour', 'within', undefined, false);
};

export const DURATIONS: readonly Matcher[] = [
  { regex: DAY_DEADLINE, read: readDayDeadline },
  { regex: HOURS_SHORT, read: readHoursShort },
  { regex: JA, read: readJapanese },
  { regex: JA_HALF_YEAR, read: readHalfYear },
  { regex: EN, read: readEnglish },
];
