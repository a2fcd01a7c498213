// A page that is itself the notice of one piece of work ("【メンテナンス告知】2026/03/18 (水) 深夜に…を実施いたします",
// a payment company's maintenance relayed with its 日時 and 影響, "Scheduled maintenance: Tuesday, 9 June 2026"): it
// tells of a change at the day and hour it names, so it owes no lead time of its own. change-notice asks a policy
// how far ahead customers are told, not the notice that policy would send. Read per document, from two signs that
// stand on different lines of such a page: a line announcing the work, and the dated window it runs in.
import { wordGaps } from '../core/wordGaps';

/** The work a notice announces. */
const WORK = /メンテナンス|保守作業|計画停止|システム停止|切替作業|移行作業|\bmaintenance\b|\bupgrade\b|\bmigration\b/i;
/** A line that announces the work itself, not the policy of announcing: a notice's title, or "we will perform". */
const ANNOUNCING =
  wordGaps(/告知|お知らせ|ご案内|ご連絡|実施いたします|実施します|を行います|行いますので|予定しております|\bnotice\b|\bannouncement\b|\bscheduled\b|\bwe\s{1,3}will\s{1,3}(?:perform|carry\s{1,3}out|be\s{1,3}performing|upgrade|migrate)\b|\bwill\s{1,3}(?:be\s{1,3}performed|be\s{1,3}carried\s{1,3}out|take\s{1,3}place)\b/i);
/** A promise about notices in general ("事前に告知します", "announced in advance") is a policy's, not a notice's. */
const POLICY = wordGaps(/事前|予め|あらかじめ|までに(?:告知|通知|お知らせ|ご案内|ご連絡)|\bin\s{1,3}advance\b|\bbeforehand\b|\bprior\s{1,3}notice\b|\bdays?\s{1,3}(?:before|prior|ahead)\b/i);

const D = '[0-9０-９]';
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** One day named in full: with its year, or with its weekday. */
const DAY = new RegExp(
  String.raw`(?:19|20)${D}{2}\s?(?:年\s?${D}{1,2}\s?月\s?${D}{1,2}\s?日|[/.-]${D}{1,2}[/.-]${D}{1,2})|${D}{1,2}\s?月\s?${D}{1,2}\s?日\s?[(（][月火水木金土日]|\b(?:${MONTHS})\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:${MONTHS})\.?,?\s{1,2}\d{4}\b`,
  'i',
);
/** An hour of that day. */
const HOUR = new RegExp(String.raw`${D}{1,2}\s?[:：]\s?${D}{2}|${D}{1,2}\s?時|\b\d{1,2}\s?(?:am|pm)\b`, 'i');

/**
 * The text names a day in full: a sentence telling of a change with the day it takes effect ("当社より2025年6月20日より
 * 適用される当該変更点について事前にお知らせ致します", "配信エラーの自動停止処理 仕様変更のお知らせ - 2021.11.26") is the
 * notice of that one change, not a policy on notices.
 */
export function namesDay(text: string): boolean {
  return DAY.test(text);
}

/** What one text (a title, a section's title and body) holds of the two signs. */
export interface AnnouncementSigns {
  readonly announces: boolean;
  readonly window: boolean;
  /** It promises notice ahead of changes in general: a policy, whatever else it holds. */
  readonly policy: boolean;
}

export function announcementSigns(text: string): AnnouncementSigns {
  const lines = text.split('\n');
  let announces = false;
  let window = false;
  let policy = false;
  lines.forEach((line, i) => {
    const short = line.slice(0, 400);
    if (POLICY.test(short) && WORK.test(short)) policy = true;
    else if (WORK.test(short) && ANNOUNCING.test(short)) announces = true;
    // The hour on the day's line, or on the next ("Date: 9 June 2026" over "Time: 22:00-01:00 UTC").
    if (DAY.test(short) && (HOUR.test(short) || HOUR.test((lines[i + 1] ?? '').slice(0, 400)))) window = true;
  });
  return { announces, window, policy };
}

// Cautions for the customer: "ご注意事項", "注意点", "Important notes", "Things to know before…".
const CAUTIONS = wordGaps(/注意事項|ご注意|注意点|留意事項|\bimportant\s{1,3}notes?\b|\bthings\s{1,3}to\s{1,3}(?:know|note|check)\b|\bbefore\s{1,3}(?:the|your)\s{1,3}(?:maintenance|migration|upgrade)\b/i);

/**
 * A title that names one piece of work and the cautions it brings ("基盤変更メンテナンスご注意事項", "Important notes on the
 * platform migration"): a page sent with that work, telling the customer what to check for it, as a dated notice does.
 */
export function isCautionsOnOneWork(title: string): boolean {
  return WORK.test(title) && CAUTIONS.test(title) && !POLICY.test(title);
}

// Told after the work: an apology for it, a report on it, its completion ("臨時メンテナンスに関するお詫び", "…実施のご報告",
// "Post-incident report: emergency maintenance", "Maintenance completed").
const AFTER_THE_FACT = wordGaps(/お詫び|おわび|ご報告|実施報告|(?:完了|終了)(?:の|した|いたしました|しました)?(?:お知らせ|ご案内|ご報告)?$|\bapolog|\bpost-?(?:mortem|incident)\b|\b(?:incident|outage)\s{1,3}report\b|\b(?:completed|resolved)\b/i);

/**
 * A title that tells of one piece of work after it happened ("【重要】臨時メンテナンスに関するお詫び", "Emergency maintenance on
 * 9 June: what happened"): an emergency is done before anyone can be told, and the page reports it; it promises no lead
 * time, as a dated notice does not.
 */
export function isReportAfterTheWork(title: string): boolean {
  return WORK.test(title) && AFTER_THE_FACT.test(title) && !POLICY.test(title);
}

/** The texts of one document together are the notice of one dated piece of work, and promise nothing in general. */
export function isDatedAnnouncement(signs: readonly AnnouncementSigns[]): boolean {
  return signs.some((s) => s.announces) && signs.some((s) => s.window) && !signs.some((s) => s.policy);
}
