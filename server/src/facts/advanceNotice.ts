// A promise to tell customers ahead of a change without saying how far ahead: "Maintenance windows are announced in
// advance", "仕様変更は事前にお知らせします". The sentence is the author's own commitment, so it owes its lead time
// wherever it stands: change-notice puts its finding on it, and the importer keeps that finding on a section it
// read as 12.1.2 only from body words. One vocabulary for both: what change-notice asks of a section is what this
// reads in a sentence. The patterns carry no g flag: callers test them.
import { extractFacts } from './extractFacts';
import type { Fact } from './fact';
import { wordGaps } from '../core/wordGaps';

/** Changes the customer lives through: maintenance, upgrades, releases. A section named for one owes the lead time when it announces. */
export const PLANNED_WORK = /メンテナンス|バージョンアップ|アップグレード|\bmaintenance\b|\bupgrades?\b|\breleases?\b/i;
/** Updates: of the software, a change like the others, or of an incident's status ("Status updates", "Update frequency" on an incident page). */
export const UPDATES = /アップデート|\bupdates?\b/i;
/** What makes a section headed by updates one on an incident's status, not on changes to the service. */
export const INCIDENT_STATUS = wordGaps(/インシデント|障害|\bincidents?\b|\boutages?\b|\bbreach(?:es)?\b|\bstatus\s{1,3}page\b/i);
export const MAINTENANCE = new RegExp(`${PLANNED_WORK.source}|${UPDATES.source}`, 'i');
/** Telling of a change: what makes a maintenance section one that owes the lead time. */
export const ANNOUNCED = wordGaps(/事前|予告|告知|周知|お知らせ|通知|案内|\bannounc|\bnotice\b|\bnotif|\bin\s{1,3}advance\b/i);
// In one sentence the wording may be wider than a section's heading and its subject: "計画停止は事前にご連絡します".
const CHANGE = new RegExp(String.raw`${MAINTENANCE.source}|変更|改定|改訂|保守|リリース|計画停止|\bchanges?\b|\bdowntime\b`, 'i');
const AHEAD = wordGaps(/事前|予め|あらかじめ|予告|\bin\s{1,3}advance\b|\bbeforehand\b|\bahead\s{1,3}of\s{1,3}time\b|\b(?:advance|prior)\s{1,3}notice\b/i);
const TOLD = new RegExp(String.raw`${ANNOUNCED.source}|連絡|掲載|アナウンス|\binform|\bcommunicat|\bpublish|\bpost(?:s|ed)?\b`, 'i');

/**
 * The sentence announces a change ahead of time and the prose reader finds no period in it ("48 hours' notice", "one
 * week prior"). `facts` are what the reader found in it, when a section's reading is at hand; else it reads the sentence.
 */
export function announcesWithoutLeadTime(sentence: string, facts?: readonly Pick<Fact, 'kind'>[]): boolean {
  return CHANGE.test(sentence) && AHEAD.test(sentence) && TOLD.test(sentence) && !(facts ?? extractFacts(sentence)).some((fact) => fact.kind === 'duration');
}
