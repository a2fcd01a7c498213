// Cadences and times of day: "毎日午前3時", "日次", "1日2回", "週1回", "2時間おき",
// "daily at 03:00", "every 6 hours", "twice a day", "on a weekly basis".
// Normalised to { every, unit, at }: "1日2回" is every 12 hours.
import type { Frequency, Matcher, Reading } from './fact';
import { EN_NUMBER, GAP, NUMBER, SP, parseNumber } from './numbers';
import { wordGaps } from '../core/wordGaps';

type Cadence = Frequency['unit'];

// A time of day: 午前3時, 15時30分, 3時半, 3:00, ３：００.
const KANJI_HOUR = '[〇一二三四五六七八九十]{1,3}';
const JA_TIME = String.raw`(?:(?:午前|午後|AM|PM|ＡＭ|ＰＭ|深夜|夜間|早朝)${SP})?(?:(?:[0-9０-９]{1,2}|${KANJI_HOUR})時(?!間)(?:(?:[0-9０-９]{1,2}|${KANJI_HOUR})分|半)?|[0-9０-９]{1,2}[:：][0-9０-９]{2})(?:${SP}(?:頃|ごろ))?`;
const JA_AT = String.raw`(?:${SP}[（(]${SP}${JA_TIME}${SP}[)）]|${SP}の?${JA_TIME})?`;
const EN_TIME = String.raw`(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b))?|midnight\b|noon\b)(?:\s?\(?(?:UTC|JST|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?`;
const EN_AT = String.raw`(?:${GAP}at${GAP}${EN_TIME})?`;

// The hour and minute of a Japanese time, built once, as every other pattern here, not on every call.
const JA_HOUR = new RegExp(String.raw`(午前|午後|AM|PM|ＡＭ|ＰＭ|深夜|夜間|早朝)?${SP}([0-9０-９]{1,2}|${KANJI_HOUR})時(?!間)(?:([0-9０-９]{1,2}|${KANJI_HOUR})分|(半))?`);

/** "03:00" from any of the time forms above; midnight for 深夜0時, and 午後/p.m. move to the afternoon. */
function timeOf(text: string): string | undefined {
  const ja = JA_HOUR.exec(text);
  const colon = /([0-9０-９]{1,2})[:：]([0-9０-９]{2})(?:\s?(a\.m\.|p\.m\.|am(?![a-z])|pm(?![a-z])))?/i.exec(text);
  const en = /\b(\d{1,2})\s?(a\.m\.|p\.m\.|am|pm)(?![a-z])|\b(midnight|noon)\b/i.exec(text);
  let hour: number | undefined;
  let minute = 0;
  let half: string | undefined;
  if (ja) {
    hour = parseNumber(ja[2]);
    minute = ja[4] ? 30 : ja[3] ? (parseNumber(ja[3]) ?? 0) : 0;
    half = ja[1];
  } else if (colon) {
    hour = parseNumber(colon[1]);
    minute = parseNumber(colon[2]) ?? 0;
    half = colon[3];
  } else if (en) {
    if (en[3]) return en[3].toLowerCase() === 'noon' ? '12:00' : '00:00';
    hour = Number(en[1]);
    half = en[2];
  }
  if (hour === undefined) return undefined;
  const afternoon = half !== undefined && /午後|PM|ＰＭ|p\.?m/i.test(half);
  const morning = half !== undefined && /午前|AM|ＡＭ|a\.?m/i.test(half);
  if (afternoon && hour < 12) hour += 12;
  if (morning && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return undefined;
  return `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function cadenceOf(word: string): Cadence | undefined {
  if (/時間|^h/i.test(word)) return 'hour';
  if (/日|^d|^n|night/i.test(word)) return 'day';
  if (/週|^w/i.test(word)) return 'week';
  if (/月|^mon/i.test(word)) return 'month';
  if (/年|^y|^ann/i.test(word)) return 'year';
  return undefined;
}

/** `count` times per `unit`, as an interval in the next smaller unit when that reads better ("1日2回" → every 12 hours). */
function perUnit(count: number, unit: Cadence, span = 1): Frequency {
  if (count <= 1) return { every: span / count, unit };
  const smaller: Record<Cadence, [Cadence, number] | undefined> = { hour: undefined, day: ['hour', 24], week: ['day', 7], month: ['day', 30], year: ['month', 12] };
  const step = smaller[unit];
  return step ? { every: (span * step[1]) / count, unit: step[0] } : { every: span / count, unit };
}

/** A frequency fact; `timed` is the matched text when the pattern may carry a time of day. */
function frequency(frequency: Frequency, timed?: string): Reading {
  const at = timed === undefined ? undefined : timeOf(timed);
  return { kind: 'frequency', frequency: at ? { ...frequency, at } : frequency };
}

// 毎日, 日次, 毎週(日曜日), 毎月, 毎時, 毎年, 隔日…, with a time of day or a count ("毎日2回") after it.
const JA_NAMED = new RegExp(
  String.raw`(毎日|毎晩|毎朝|毎夜|日次|デイリー|毎週|週次|ウィークリー|毎月|月次|マンスリー|毎時間?|毎年|年次|隔日|隔週|隔月|四半期(?:ごと|毎|に[1１一][回度])|半年(?:ごと|毎|に[1１一][回度]))(?:${SP}の?[日月火水木金土]曜日?)?(?:${SP}(${NUMBER})${SP}回)?${JA_AT}`,
  'g',
);
const NAMED: Record<string, Frequency> = {
  毎日: { every: 1, unit: 'day' }, 毎晩: { every: 1, unit: 'day' }, 毎朝: { every: 1, unit: 'day' }, 毎夜: { every: 1, unit: 'day' }, 日次: { every: 1, unit: 'day' }, デイリー: { every: 1, unit: 'day' },
  毎週: { every: 1, unit: 'week' }, 週次: { every: 1, unit: 'week' }, ウィークリー: { every: 1, unit: 'week' },
  毎月: { every: 1, unit: 'month' }, 月次: { every: 1, unit: 'month' }, マンスリー: { every: 1, unit: 'month' },
  毎時: { every: 1, unit: 'hour' }, 毎時間: { every: 1, unit: 'hour' }, 毎年: { every: 1, unit: 'year' }, 年次: { every: 1, unit: 'year' },
  隔日: { every: 2, unit: 'day' }, 隔週: { every: 2, unit: 'week' }, 隔月: { every: 2, unit: 'month' },
};
const readJapaneseNamed = (m: RegExpExecArray): Reading | undefined => {
  const base = NAMED[m[1]] ?? (m[1].startsWith('四半期') ? { every: 3, unit: 'month' as const } : { every: 6, unit: 'month' as const });
  const count = m[2] === undefined ? 1 : parseNumber(m[2]);
  if (count === undefined || count === 0) return undefined;
  return frequency(count === 1 ? base : perUnit(count, base.unit, base.every), m[0]);
};

// 1日1回, 1日に2回, 週1回, 月に1回, 年1回以上, 3時間に1回.
const JA_COUNT = new RegExp(
  String.raw`(?:(${NUMBER})${SP}(日|週間|[かヶカヵケ箇]月|年|時間)|(週|月|年))(?:に|あたり|当たり)?${SP}(${NUMBER})${SP}[回度](?:以上)?`,
  'g',
);
const readJapaneseCount = (m: RegExpExecArray): Reading | undefined => {
  const span = m[1] === undefined ? 1 : parseNumber(m[1]);
  const unit = cadenceOf(m[2] ?? m[3]);
  const count = parseNumber(m[4]);
  if (span === undefined || unit === undefined || count === undefined || count === 0) return undefined;
  return frequency(perUnit(count, unit, span));
};

// A count over a slash, as schedules and SLA tables write it: 1回/1日, 1回/日, 2回／週.
const JA_SLASH = new RegExp(String.raw`(${NUMBER})${SP}[回度]${SP}[/／]${SP}(?:(${NUMBER})${SP})?(日|週間?|[かヶカヵケ箇]?月|年|時間)`, 'g');
const readJapaneseSlash = (m: RegExpExecArray): Reading | undefined => {
  const count = parseNumber(m[1]);
  const span = m[2] === undefined ? 1 : parseNumber(m[2]);
  const unit = cadenceOf(m[3]);
  if (span === undefined || unit === undefined || count === undefined || count === 0) return undefined;
  return frequency(perUnit(count, unit, span));
};

// 2時間おき, 30分ごと, 6時間毎, 3日間隔.
const JA_INTERVAL = new RegExp(String.raw`(${NUMBER})${SP}(分|時間|日|週間|[かヶカヵケ箇]月|年)(?:おき|置き|ごと|毎(?![日週月年時晩朝夜])|間隔)`, 'g');
const readJapaneseInterval = (m: RegExpExecArray): Reading | undefined => {
  const amount = parseNumber(m[1]);
  if (amount === undefined || amount === 0) return undefined;
  if (m[2] === '分') return frequency({ every: amount / 60, unit: 'hour' });
  const unit = cadenceOf(m[2]);
  return unit && frequency({ every: amount, unit });
};

// daily, nightly, weekly, every day, each week, on a monthly basis, every 6 hours, every other day.
const EN_UNIT = '(hour|day|night|week|month|quarter|year)s?';
const EN_NAMED = wordGaps(new RegExp(
  String.raw`(?:\bat${GAP}${EN_TIME}${GAP})?(?:\b(daily|nightly|weekly|monthly|hourly|yearly|annually|quarterly|semi-?annually)\b|\b(?:every|each)${GAP}(?:(other)${GAP}|(${EN_NUMBER})${GAP})?${EN_UNIT}\b|\bon${GAP}an?${GAP}(daily|nightly|weekly|monthly|hourly|yearly|annual|quarterly)${GAP}basis\b)${EN_AT}`,
  'gi',
));
const EN_WORDS: Record<string, Frequency> = {
  daily: { every: 1, unit: 'day' }, nightly: { every: 1, unit: 'day' }, weekly: { every: 1, unit: 'week' }, monthly: { every: 1, unit: 'month' },
  hourly: { every: 1, unit: 'hour' }, yearly: { every: 1, unit: 'year' }, annually: { every: 1, unit: 'year' }, annual: { every: 1, unit: 'year' },
  quarterly: { every: 3, unit: 'month' }, semiannually: { every: 6, unit: 'month' }, 'semi-annually': { every: 6, unit: 'month' },
};
const readEnglishNamed = (m: RegExpExecArray): Reading | undefined => {
  const word = (m[1] ?? m[5])?.toLowerCase();
  if (word) return frequency(EN_WORDS[word], m[0]);
  const unitWord = m[4].toLowerCase();
  const count = m[2] ? 2 : m[3] ? parseNumber(m[3]) : 1;
  if (count === undefined || count === 0) return undefined;
  if (unitWord === 'quarter') return frequency({ every: 3 * count, unit: 'month' }, m[0]);
  const unit = cadenceOf(unitWord);
  return unit && frequency({ every: count, unit }, m[0]);
};

// once a day, once a night, twice per week, 3 times a month, every 30 minutes.
const EN_COUNT = wordGaps(new RegExp(
  String.raw`\b(?:(once|twice|thrice)|(${EN_NUMBER})${GAP}times)${GAP}(?:a|an|per|each|every)${GAP}(hour|day|night|week|month|year)\b${EN_AT}|\bevery${GAP}(${EN_NUMBER})${GAP}min(?:ute)?s?\b`,
  'gi',
));
const readEnglishCount = (m: RegExpExecArray): Reading | undefined => {
  if (m[4] !== undefined) {
    const minutes = parseNumber(m[4]);
    return minutes ? frequency({ every: minutes / 60, unit: 'hour' }) : undefined;
  }
  const count = m[1] ? { once: 1, twice: 2, thrice: 3 }[m[1].toLowerCase() as 'once'] : parseNumber(m[2]);
  const unit = cadenceOf(m[3]);
  if (count === undefined || count === 0 || unit === undefined) return undefined;
  return frequency(perUnit(count, unit), m[0]);
};

// "15-minute intervals", "at 4-hour intervals", "at intervals of 6 hours": the English of 「2時間間隔」, a cadence; read as a
// length it would be a backup retention that one class of a schedule gives as 15 minutes and another as 4 hours.
const EN_INTERVAL = wordGaps(new RegExp(
  String.raw`\b(${EN_NUMBER})(?:-|${GAP})(min(?:ute)?|hour|day|week|month)s?${GAP}intervals?\b|\bintervals?${GAP}of${GAP}(${EN_NUMBER})${GAP}(min(?:ute)?|hour|day|week|month)s?\b`,
  'gi',
));
const readEnglishInterval = (m: RegExpExecArray): Reading | undefined => {
  const amount = parseNumber(m[1] ?? m[3]);
  const unitWord = (m[2] ?? m[4]).toLowerCase();
  if (amount === undefined || amount === 0) return undefined;
  if (unitWord.startsWith('min')) return frequency({ every: amount / 60, unit: 'hour' });
  const unit = cadenceOf(unitWord);
  return unit && frequency({ every: amount, unit });
};

// Backups taken continuously ("backed up continuously", "continuous backups", "real-time incremental backups",
// 「継続的にバックアップ」): the shortest cadence there is, the answer to how often with no interval to name, and never a
// retention. Only said of the backups themselves: "we continuously update our code and regularly back up the data" gives
// the backups no cadence. (リアルタイム is left out: Japanese pages use it of watching a backup run, or of one not offered.)
const BACKUP_NOUN = String.raw`(?:back(?:s|ed)?[ -]?ups?|snapshots?|replicat\w*)\b`;
const CONTINUOUS = wordGaps(new RegExp(
  String.raw`\b(?:continuous(?:ly)?|real[-\s]?time)\b(?=\s{1,3}(?:(?:incremental|full|differential|automatic|automated)\s{1,3})?${BACKUP_NOUN})|(?<=\b(?:backed\s{1,3}up|replicated|snapshotted)\s{1,3})continuously\b|継続的に(?=バックアップ|複製|レプリケーション)`,
  'gi',
));
const readContinuous = (): Reading => ({ kind: 'frequency' });

export const FREQUENCIES: readonly Matcher[] = [
  { regex: CONTINUOUS, read: readContinuous },
  { regex: JA_NAMED, read: readJapaneseNamed },
  { regex: JA_COUNT, read: readJapaneseCount },
  { regex: JA_SLASH, read: readJapaneseSlash },
  { regex: JA_INTERVAL, read: readJapaneseInterval },
  { regex: EN_COUNT, read: readEnglishCount },
  { regex: EN_INTERVAL, read: readEnglishInterval },
  { regex: EN_NAMED, read: readEnglishNamed },
];
