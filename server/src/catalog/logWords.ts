// The words that call something a log, in Japanese and English: one vocabulary for the rules on logs, each reading
// it as widely as its question needs. Patterns carry no g flag: callers test them; the prose reader's subject is a
// source its index compiles with the flags it needs.
import { wordGaps } from '../core/wordGaps';

// The names every reading shares: a log, logging, an audit trail.
const AUDIT_TRAIL = String.raw`監査証跡`;
// ログ as a word of its own, not the middle of another katakana word (プログラム, プログラミング, ブログ, カタログ, ダイアログ,
// アナログ) nor signing in (ログイン, ログアウト, ログオン, ログオフ); logging (ロギング) holds no ログ of its own.
const LOG_KATAKANA = String.raw`(?<![ブタナア])ログ(?!イン|アウト|オン|オフ|ラ[ムミ])|ロギング`;
// Records as a log, not the records a backup regime keeps of itself ("daily backup records for the last 2 weeks"): those
// are the backups, and the period is theirs.
const RECORDS = String.raw`(?<!\bback[- ]?ups?\s{1,3})\brecords\b`;
const LOGGING = String.raw`\blogging\b|\baudit\s{1,3}trails?\b`;

/** A sentence that calls what it speaks of a log, and nothing wider ("Message records are deleted" is no log). */
export const CALLS_IT_A_LOG = wordGaps(new RegExp(String.raw`ログ|${AUDIT_TRAIL}|\blogs?\b|${LOGGING}`, 'i'));

// Access and operations recorded, a log by another name: 「すべてのアクセスを記録しています」, 「操作内容を記録」, "every access
// to customer data is recorded", "we record all administrative actions". A work report (「作業内容を記録し報告」) is not.
const RECORDS_ACCESS = String.raw`(?:アクセス|操作)[^。\n]{0,6}?記録(?!媒体)|\b(?:access(?:es)?|operations?|sign-?ins?|log-?ins?|administrative\s{1,3}actions?|configuration\s{1,3}changes?)\b[^.\n]{0,60}?\b(?:is|are)\s{1,3}(?:\w+\s{1,3})?recorded\b|\bwe\s{1,3}record\s{1,3}(?:all|every|each)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:access(?:es)?|operations?|sign-?ins?|log-?ins?|administrative\s{1,3}actions?|configuration\s{1,3}changes?)\b`;

/** Access and operations recorded without the word log. */
export const RECORDS_ACCESS_WORDS = wordGaps(new RegExp(RECORDS_ACCESS, 'i'));

/**
 * A text that describes logs: a history (履歴) counts, signing in (ログイン, "log in") does not; access or operations
 * recorded count too. `log-retention-missing` asks a period of a section that does.
 */
export const DESCRIBES_LOGS = wordGaps(new RegExp(String.raw`${LOG_KATAKANA}|${AUDIT_TRAIL}|履歴|\blogs?\b(?!\s{1,3}(?:in|on|out|into)\b)|${LOGGING}|${RECORDS_ACCESS}`, 'i'));

/**
 * A sentence that names a log, records (記録) and histories included; English records only when they say what they
 * record ("access records", "sign-in records"). `log-retention-consistency` compares the periods of such sentences.
 */
export const NAMES_LOG = wordGaps(new RegExp(
  String.raw`ログ|${AUDIT_TRAIL}|記録|履歴|\blogs?\b|${LOGGING}|\b(?:audit|access|event|activity|operations?|operator|sign-?in|log-?in|authentication|system|security|transaction|usage)\s{1,3}records\b`,
  'i',
));

/**
 * The prose reader's log subject (facts/topics.ts): what a period in the sentence may be the retention of. Records and
 * histories count; signing in (ログイン, "log in"), a プログラム, カタログ or ダイアログ, a backup's records and a recording
 * medium (記録媒体) do not.
 */
export const LOG_SUBJECT = String.raw`${LOG_KATAKANA}|${AUDIT_TRAIL}|記録(?!媒体)|履歴|\blogs?\b(?!\s{1,3}(?:in|on|out|into)\b)|${LOGGING}|${RECORDS}`;
