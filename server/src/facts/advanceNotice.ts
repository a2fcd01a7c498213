// A promise to tell customers ahead of a change without saying how far ahead: "Maintenance windows are announced in
// advance", "仕様変更は事前にお知らせします". The sentence is the author's own commitment, so it owes its lead time
// wherever it stands: change-notice puts its finding on it, and the importer keeps that finding on a section it
// read as 12.1.2 only from body words. The pattern carries no g flag: callers test it.

const CHANGE = /変更|改定|改訂|メンテナンス|保守|バージョンアップ|アップデート|アップグレード|リリース|計画停止|\bchanges?\b|\bmaintenance\b|\bupgrades?\b|\bupdates?\b|\breleases?\b|\bdowntime\b/i;
const AHEAD = /事前|予め|あらかじめ|予告|\bin\s{1,3}advance\b|\bbeforehand\b|\bahead\s{1,3}of\s{1,3}time\b|\b(?:advance|prior)\s{1,3}notice\b/i;
const TOLD = /通知|連絡|告知|周知|案内|お知らせ|掲載|アナウンス|予告|\bannounc|\bnotif|\bnotice\b|\binform|\bcommunicat|\bpublish|\bpost(?:s|ed)?\b/i;
// A lead time the sentence gives itself ("30日前", "at least 7 days in advance").
const LEAD_TIME = /[0-9０-９一二三四五六七八九十]+\s{0,2}(?:営業日|日|週間|か月|ヶ月|カ月|時間)|\b\d+\s{0,2}(?:business\s{1,3})?(?:days?|weeks?|months?|hours?)\b|\b(?:one|two|three|four|five|seven|ten|fourteen|thirty)\s{1,3}(?:days?|weeks?|months?)\b/i;

/** The sentence announces a change ahead of time and gives no lead time. */
export function announcesWithoutLeadTime(sentence: string): boolean {
  return CHANGE.test(sentence) && AHEAD.test(sentence) && TOLD.test(sentence) && !LEAD_TIME.test(sentence);
}

