// Text that looks like a period to a pattern but is none: dates ("2026年4月1日"
// is not 2026 years, "4月1日" not one day), fiscal and era years, ISO dates,
// versions, control and chapter ids, money, percentages, round-the-clock
// service ("24時間365日", "24/7"), a moment in the past ("Updated 3 months ago") and the vague far end of a cadence's range. These are claimed first, so that no later
// pattern reads a period inside them.
import type { Matcher } from './fact';
import { phrases } from './numbers';
import { wordGaps } from '../core/wordGaps';

const D = '[0-9０-９]';
const K = '[〇一二三四五六七八九十元]';
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

const PATTERNS: readonly RegExp[] = [
  // Japanese dates: a four-digit or era year, with its month and day when given; 年度 is a fiscal year.
  new RegExp(String.raw`(?:(?:令和|平成|昭和|[RH])\s?(?:${D}{1,2}|${K}{1,3})|(?<!${D})(?:19|20|21)${D}{2})年(?:度|${D}{1,2}月(?:${D}{1,2}日)?|${K}{1,2}月(?:${K}{1,3}日)?)?`, 'g'),
  // A month and a day ("4月1日", "十二月三十一日"), or a day right after a month ("毎月1日", "翌月10日").
  new RegExp(String.raw`(?<![0-9０-９かヶカヵケ箇])(?:${D}{1,2}|${K}{1,2})月(?:${D}{1,2}|${K}{1,3})日(?!間)|(?<=月)(?:${D}{1,2}|${K}{1,3})日(?!間)`, 'g'),
  // Numeric dates: 2026-04-01, 2026/4/1, 2026.04.01, 4/1/2026.
  /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/g,
  // English dates: "April 1, 2026", "1 April 2026".
  new RegExp(String.raw`\b(?:(?:${MONTHS})\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}|\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:${MONTHS})\.?,?\s{1,2}\d{4})\b`, 'gi'),
  // Versions and dotted ids: "Version 2.0", "v1.2.3", "A.12.3.1", "CLD.8.1.5", "12.3.1".
  /\b(?:version|ver\.?|v)\s?\d{1,4}(?:\.\d{1,4}){1,3}\b|\b[A-Z]{1,4}\.\d{1,2}(?:\.\d{1,2}){0,3}\b|(?<![\d.])\d{1,2}(?:\.\d{1,2}){2,3}(?!\d|\.\d)/gi,
  // Money and percentages.
  /[¥￥$€£]\s?(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.\d{1,2})?|(?<![\d,])(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.\d{1,2})?\s?(?:万|億)?円|(?<![\d.])\d{1,6}(?:\.\d{1,3})?\s?(?:[%％]|percent\b)/gi,
  // Round-the-clock service is availability, not a period.
  wordGaps(new RegExp(String.raw`24\s?[/x×]\s?(?:7|365)|24時間[・/／\s]?365日|24時間(?=体制|監視|対応|稼働|受付|運用|有人|常時)|365日(?=24時間|体制|稼働|監視|対応|無休)|\b(?:${phrases('24 hours a day', '7 days a week', '365 days a year', 'around the clock')})\b`, 'gi')),
  // A moment in the past, as a page's "Updated 3 months ago" or 「3か月前に更新」 says it: when something happened, never a
  // period of a promise.
  wordGaps(/\b(?:(?:over|about|almost|nearly|more\s{1,3}than|less\s{1,3}than)\s{1,3})?(?:an?|one|two|three|four|five|six|\d{1,4})\s{1,3}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s{1,3}ago\b|(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})\s?(?:分|時間|日|週間|か月|ヶ月|カ月|ヵ月|年)前(?:に)?(?:更新|投稿|公開|作成)/gi),
  // The far end of a cadence given as a range ("every 30 minutes to a few hours"): how often, not how long.
  wordGaps(/(?<=\bevery\s{1,3}\d{1,4}\s{1,3}(?:minutes?|hours?|days?)\s{1,3})(?:to|or)\s{1,3}(?:a\s{1,3}few|several)\s{1,3}(?:minutes|hours|days)\b/gi),
];

export const NON_FACTS: readonly Matcher[] = PATTERNS.map((regex) => ({ regex, read: () => 'claim' as const }));
