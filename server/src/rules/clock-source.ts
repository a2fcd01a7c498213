// 12.4.4: customers correlating their logs with the provider's need the time source.
import { statedFactRule, statesWords } from './statedFact';
import { wordGaps } from '../core/wordGaps';

// A named source, or the platform's time service: "クラウド基盤が提供する時刻同期サービス" names where the time comes from.
// A time zone or scale alone (「日本標準時(JST)で時刻同期」, "synchronised to UTC") says in what time the clocks run, not
// where they take it from.
const CLOCK = wordGaps(/NTP|タイムサーバ|時刻サーバ|時刻同期サーバ|時刻(?:同期|配信)?サービス|GPS|原子時計|NICT|情報通信研究機構|time server|time source|(?<![-\w])time\s{1,3}(?:sync(?:hroni[sz]ation)?\s{1,3})?service|Time Sync|chrony|atomic clock|stratum/i);

// A time-stamp on a document (an accredited time-stamping authority, an e-signature's time) proves when a file existed;
// it says nothing of the clocks the systems keep, and a section about it owes no time source.
const DOCUMENT_TIMESTAMP = wordGaps(/認定タイムスタンプ|タイムスタンプ(?:の)?付与|タイムスタンプ局|時刻認証|電子署名|電子契約|\btime[-\s]?stamp(?:ing)?\s{1,3}authorit|\bTSA\b|\btrusted\s{1,3}time[-\s]?stamps?\b|\b(?:e-?|electronic\s{1,3}|digital\s{1,3})signatures?\b|\bqualified\s{1,3}time[-\s]?stamps?\b/i);
// The systems' own clocks: what a section must speak of to owe their source when it also speaks of time-stamped documents.
const SYSTEM_CLOCKS = /時刻(?:を|の)?同期|システム(?:の)?時刻|サーバー?(?:の)?時刻|\bNTP\b|\bclocks?\b|\bsynchroni[sz]/i;

// Fenced code (a log record's JSON, a table's SQL): a "timestamp" field there says what a record holds, not how the
// systems keep their clocks.
const FENCED_CODE = /^[ \t]*(?:```|~~~)[^\n]*\n[\s\S]*?^[ \t]*(?:```|~~~)[ \t]*$/gm;
// Words of time keeping in the prose or heading: a section read as 12.4.4 only from a record's field owes no source.
const TIME_TALK = wordGaps(/時刻|時計|同期|クロック|タイムスタンプ|タイムゾーン|標準時|\bNTP\b|\bclocks?\b|\btime[-\s]?(?:stamps?|zones?|sync\w*|sources?|servers?|services?)\b|\btimestamps?\b|\bsynchroni[sz]\w*|\bUTC\b|\bJST\b/i);

// A field of a record listed with what it holds ("- **Timestamp**: when the action occurred (ISO 8601 format)", "- `time`:
// …"): what an audit log entry shows, not how the systems keep their clocks.
const FIELD_ITEM = /^[ \t]*(?:[-*•・]|\d{1,2}\.)[ \t]+(?:\*\*|`)?[^\n*`:：]{1,40}?(?:\*\*|`)?[ \t]*[:：][^\n]*/gm;
// The hours a support desk answers in ("support response time windows are provided in GMT", 「受付時間：平日10時〜18時(JST)」):
// the time zone of people's working day, not of the systems' clocks.
const STAFFED_HOURS = wordGaps(/\bsupport\b|\bresponse\s{1,3}(?:times?|windows?)\b|\b(?:business|office|working)\s{1,3}hours\b|\b\d{1,2}\s?(?:am|pm)\s?[-–]\s?\d{1,2}\s?(?:am|pm)\b|営業時間|受付時間|対応時間|サポート/i);

/**
 * The text with what only looks like time keeping taken out: fenced code, a record's field list; nothing of a section on
 * a support desk's hours that never speaks of the systems' clocks.
 */
function timeKeepingWords(text: string): string {
  const words = text.replace(FENCED_CODE, '').replace(FIELD_ITEM, '');
  return STAFFED_HOURS.test(words) && !SYSTEM_CLOCKS.test(words) ? '' : words;
}

// The provider saying its systems' clocks are synchronised, in a sentence of any section ("…のシステムは日本標準時(JST)で
// 時刻同期を行い、管理しています", "All production systems keep their clocks synchronised to UTC").
const SYNCHRONISED =
  wordGaps(/時刻(?:を|の)?同期(?:を行|を実施|して|させ|し、|しています|しております|いたして)|\bclocks?\s{1,3}(?:(?:are|is)\s{1,3})?(?:kept\s{1,3})?synchroni[sz]ed\b|\bkeep\s{1,3}(?:their|its|the)\s{1,3}clocks?\s{1,3}synchroni[sz]ed\b|\btime[-\s]synchroni[sz]ed\b|\bsynchroni[sz]e[sd]?\s{1,3}(?:the\s{1,3}|their\s{1,3}|its\s{1,3}|all\s{1,3})?(?:system\s{1,3}|server\s{1,3})?clocks?\b/i);

export default statedFactRule({
  id: 'clock-source',
  controls: ['12.4.4'],
  headings: [{ title: wordGaps(/時刻(?:の)?同期|\bclock\s{1,3}sync|\btime\s{1,3}sync/i) }],
  description: {
    en: 'Clock synchronisation (12.4.4) is covered but the time source is not stated.',
    ja: 'クロックの同期(12.4.4)の記載に、同期先の時刻源がありません。',
  },
  missing: {
    en: '{id}: name the time source the systems synchronise to (e.g. "NTP servers of the cloud platform") and the time zone of timestamps.',
    ja: '{id}: システムが同期する時刻源(例:「クラウド基盤の NTP サーバ」)とタイムスタンプのタイムゾーンを書いてください。',
  },
  raisedBy: SYNCHRONISED,
  // The finding sits on the sentence that synchronises without naming a source.
  at: (sentence) => SYNCHRONISED.test(sentence) && !CLOCK.test(sentence),
  owedWhere: (text) => (!DOCUMENT_TIMESTAMP.test(text) || SYSTEM_CLOCKS.test(text)) && TIME_TALK.test(timeKeepingWords(text)),
  statement: { sentence: { en: 'Server clocks are synchronised with {todo}.', ja: 'サーバーの時刻は{todo}と同期しています。' }, key: 'clock.source' },
  states: statesWords(CLOCK, 'clock.source'),
});
