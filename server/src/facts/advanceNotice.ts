// A promise to tell customers ahead of a change without saying how far ahead: "Maintenance windows are announced in
// advance", "仕様変更は事前にお知らせします". The sentence is the author's own commitment, so it owes its lead time
// wherever it stands: change-notice puts its finding on it, and the importer keeps that finding on a section it
// read as 12.1.2 only from body words. One vocabulary for both: what change-notice asks of a section is what this
// reads in a sentence. The patterns carry no g flag: callers test them.
import { extractFacts } from './extractFacts';
import { splitSentences } from './sentences';
import type { Fact } from './fact';
import { wordGaps } from '../core/wordGaps';
import { namesDay } from './datedAnnouncement';
import { changeKinds, sameKindOfChange, type ChangeKind } from './changeKinds';

/** Changes the customer lives through: maintenance, upgrades, releases. A section named for one owes the lead time when it announces. */
export const PLANNED_WORK = /メンテナンス|バージョンアップ|アップグレード|\bmaintenances?\b|\bupgrades?\b|\breleases?\b/i;
/** Updates: of the software, a change like the others, or of an incident's status ("Status updates", "Update frequency" on an incident page). */
export const UPDATES = /アップデート|\bupdates?\b/i;
/** What makes a section headed by updates one on an incident's status, not on changes to the service. */
export const INCIDENT_STATUS = wordGaps(/インシデント|障害|\bincidents?\b|\boutages?\b|\bbreach(?:es)?\b|\bstatus\s{1,3}page\b/i);
export const MAINTENANCE = new RegExp(`${PLANNED_WORK.source}|${UPDATES.source}`, 'i');
// Telling in plain words, as a notice is told ("We will let you know if the window changes", "make customers aware",
// "alert you"): the same telling as "notify".
const PLAIN_TELLING = String.raw`\blet\s{1,3}(?:you|customers?|users?|clients?|them|everyone)\s{1,3}know\b|\bmake\s{1,3}(?:you|customers?|users?|clients?|them)\s{1,3}aware\b|\balert\s{1,3}(?:you|customers?|users?|clients?)\b`;
// The words of a notice ("お知らせ", "announce", "notify"), and those of telling in general ("連絡", "inform", "post"): one
// vocabulary, of which a maintenance section needs the first and any telling the second.
const NOTICE_WORDS = String.raw`お知らせ|通知|告知|周知|案内|予告|\bannounc|\bnotice\b|\bnotif|${PLAIN_TELLING}`;
// "Information" is a thing, not the telling of it ("protected health information"), and a post-incident review posts nothing;
// "warnings" an upgrade may show are things too.
const TELLING_WORDS = String.raw`${NOTICE_WORDS}|連絡|掲載|アナウンス|\binform(?:s|ed|ing)?\b|\bcommunicat|\bpublish(?:es|ed|ing)?\b|\bpost(?:s|ed)?\b(?!-)|\btold\b|\btell(?:s|ing)?\b|\bwarn(?!ings?\b)`;
// Money paid ahead ("may submit monthly charges, in advance to your chosen payment method", "billed monthly in advance",
// 「利用料金を事前にお支払い」) is prepayment, not word ahead of a change: the words that follow "in advance" then are none.
const NOT_PAID = String.raw`(?<!\b(?:charg|bill|pa(?:y|id)|invoic|fee|prepa)\w{0,8}\b[^.;\n]{0,40})`;
const NOT_PAYMENT = String.raw`(?!に?(?:お?支払|請求|決済|入金))`;
// "In advance" alone tells of a change ahead ("maintenance windows are scheduled in advance" is read as announced).
const IN_ADVANCE = String.raw`事前${NOT_PAYMENT}|${NOT_PAID}\bin\s{1,3}advance\b`;
/** Telling of a change: what makes a maintenance section one that owes the lead time. */
export const ANNOUNCED = wordGaps(new RegExp(`${IN_ADVANCE}|${NOTICE_WORDS}`, 'i'));
// In one sentence the wording may be wider than a section's heading and its subject: "計画停止は事前にご連絡します",
// downtime in either language ("ダウンタイムが予想される場合は事前通知"); 更新 is "update" as アップデート is. The end of
// the service itself is the last change the customer lives through (「本サービスの提供を終了する場合、事前に通知します」), and
// a stop of the service is planned downtime by another name (「本サービスの停止または中断を行う場合は、予めその旨を通知」,
// "we may suspend the service with prior notice"); a customer's account suspended is no change to the service.
const CHANGE = wordGaps(new RegExp(
  String.raw`${MAINTENANCE.source}|変更|改定|改訂|保守|更新|リリース|計画停止|ダウンタイム|(?:サービス|提供)(?:等)?(?:の(?:全部|一部|提供))?(?:を|の)?(?:終了|廃止)|(?:サービス|提供)(?:の(?:全部|一部)(?:又は|または|もしくは)?(?:全部|一部)?)?(?:を|の)?(?:一時的(?:に|な)?)?(?:停止|中断|中止|休止)|\bchanges?\b|\bdowntime\b|\bservice\s{1,3}breaks?\b|\bdiscontinu|\b(?:suspend|interrupt)(?:s|ed|ing)?\s{1,3}(?:all\s{1,3}or\s{1,3}part\s{1,3}of\s{1,3})?(?:the|our|this)\s{1,3}services?\b|\bservice\s{1,3}(?:suspensions?|interruptions?)\b|\b(?:suspensions?|interruptions?)\s{1,3}of\s{1,3}(?:the\s{1,3}|our\s{1,3})?services?\b`,
  'i',
));
// Told before the work, in any order of the words: "as announced by the provider prior to the Services becoming Unavailable".
const TOLD_BEFORE = String.raw`\b(?:announc|notif|inform|communicat)\w{0,6}\s{1,3}(?:[\w-]+\s{1,3}){0,4}?(?:prior\s{1,3}to|before)\s{1,3}(?:the\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:becom|start|begin|tak|maintenance|change|work|upgrade|downtime|outage)`;
const AHEAD = wordGaps(new RegExp(String.raw`${IN_ADVANCE}|予め|あらかじめ|予告|\bbeforehand\b|\bahead\s{1,3}of\s{1,3}time\b|\b(?:advance|prior)\s{1,3}notice\b|${TOLD_BEFORE}`, 'i'));
// Telling of work still to come is telling ahead, though no "in advance" says so: "customers are notified about upcoming
// maintenance", "we inform you of scheduled outages", 「メンテナンスの予定をお知らせします」. Not a lead time's sign for a
// period ("scheduled maintenance lasts up to 4 hours" counts no notice back from the work): only for a promise to tell.
const COMING = wordGaps(
  /\b(?:scheduled|planned|upcoming|forthcoming)\s{1,3}(?:(?:and|or)\s{1,3}\w+\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:maintenances?|downtimes?|outages?|changes?|upgrades?|updates?|releases?|works?)\b|\bbefore\s{1,3}(?:it|they|the\s{1,3}(?:change|maintenance|work|upgrade|update)s?)\s{1,3}(?:happens?|takes?\s{1,3}place|begins?|starts?|occurs?)\b|(?:メンテナンス|変更|停止|作業|更新)(?:の)?予定|予定(?:している|されている|された|の)(?:メンテナンス|変更|停止|作業|更新)/i,
);
/** Told ahead: "in advance" said, or the change told of is still to come. */
const toldAhead = (sentence: string) => AHEAD.test(sentence) || COMING.test(sentence);
/** Telling customers at all: what makes a change something a lead time is owed for (an internal patching routine tells no one). */
export const TOLD = wordGaps(new RegExp(`${IN_ADVANCE}|${TELLING_WORDS}`, 'i'));

/**
 * A period in `sentence` is a lead time of notice before a change to what customers use: the sentence names a change and
 * counts the period back from it, or says the notice comes ahead. A credit limit moved "on three days' prior written
 * notice" is a change of no service, and "confirm receipt of the switching notice within three working days" or "pay
 * within 24 hours of such notice" count forward from a notice: neither is the notice period two statements could disagree on.
 */
export function isLeadTimeOfChange(sentence: string, relation: string | undefined): boolean {
  return CHANGE.test(sentence) && (relation === 'before' || AHEAD.test(sentence)) && !WITHOUT_NOTICE.test(sentence);
}

/**
 * The sentence announces a change ahead of time and the prose reader finds no period in it ("48 hours' notice", "one
 * week prior"). `facts` are what the reader found in it, when a section's reading is at hand; else it reads the sentence.
 */
export function announcesWithoutLeadTime(sentence: string, facts?: readonly Pick<Fact, 'kind'>[]): boolean {
  return CHANGE.test(sentence) && toldAhead(sentence) && TOLD.test(sentence) && !(facts ?? extractFacts(sentence)).some((fact) => fact.kind === 'duration');
}

// Changes made with no notice ("subject to change without prior notice", 「予告なく変更」): no promise to tell.
const WITHOUT_NOTICE = wordGaps(/\bwithout\s{1,3}(?:any\s{1,3})?(?:prior\s{1,3}|advance\s{1,3}|further\s{1,3})?notice\b|予告なく|予告なし|通知(?:を)?(?:する(?:こと)?)?なく|通知なし|断りなく/i);
// A word of telling itself, not only of "ahead": 「事前同意を求める」 (consent asked before a change) tells no one of it.
const TELLS = wordGaps(new RegExp(TELLING_WORDS, 'i'));

// A change made only once the customer agrees (「取得データの範囲を変更する場合は、事前にお客様に通知し、同意を得る」, "we will
// obtain your prior consent before changing …"): the customer's consent, not a lead time, is what protects them. A change
// the customer is deemed to accept by using the service on (「変更に同意したものとみなします」) still owes one.
const WITH_CONSENT = wordGaps(/(?:同意|承諾|了承)(?:を)?(?:得|いただ|頂)|\b(?:obtain|obtains|obtaining|seek|seeks|seeking|get|gets)\s{1,3}(?:the\s{1,3}customer['’]s\s{1,3}|your\s{1,3}|their\s{1,3})?(?:prior\s{1,3}|explicit\s{1,3}|written\s{1,3}|express\s{1,3})*consent\b|\bwith\s{1,3}(?:the\s{1,3}customer['’]s|your|their)\s{1,3}(?:prior\s{1,3}|explicit\s{1,3}|written\s{1,3}|express\s{1,3})*consent\b/i);

/**
 * "The Company may upgrade the Services. The Company will notify you of such operations in advance.": a sentence that
 * follows one naming a change on the same line speaks of that change, as a heading names it for its items.
 */
function followsChange(text: string, ranges: readonly { start: number; end: number }[], i: number): boolean {
  return i > 0 && !text.slice(ranges[i - 1].end, ranges[i].start).includes('\n') && CHANGE.test(text.slice(ranges[i - 1].start, ranges[i - 1].end));
}

/**
 * Some sentence of `text` promises to tell customers of a change ahead of time with no lead time: the author's own
 * promise, which owes its lead time wherever it stands. Under a heading that names the change ("Service Interruption",
 * 「提供の中断」) a list item need not name it again: "2. The Company will notify Users in advance whenever reasonably
 * practicable" is that interruption's notice.
 */
export function announcesSomewhereWithoutLeadTime(text: string, title = ''): boolean {
  const headedByChange = title !== '' && CHANGE.test(title) && !INCIDENT_STATUS.test(title);
  if (!AHEAD.test(text) && !COMING.test(text)) return false;
  const ranges = splitSentences(text);
  const afterChange = (i: number) => followsChange(text, ranges, i);
  return ranges.some(({ start, end }, i) => {
    const sentence = text.slice(start, end);
    if (!TELLS.test(sentence) || WITHOUT_NOTICE.test(sentence) || WITH_CONSENT.test(sentence) || namesDay(sentence)) return false;
    return announcesWithoutLeadTime(sentence) || ((headedByChange || afterChange(i)) && !CHANGE.test(sentence) && AHEAD.test(sentence) && !extractFacts(sentence).some((fact) => fact.kind === 'duration'));
  });
}

// Telling the provider's own people is no notice to the customer: a change meeting, the board that approves changes, an
// officer ("reviewed, communicated and closed during the next change meeting", 「変更管理会議で共有」).
const TO_OWN_PEOPLE = wordGaps(/会議|委員会|\bmeetings?\b|\b(?:change\s{1,3})?advisory\s{1,3}boards?\b|\bCAB\b|\bC[TEIS]O\b|\bmanagement\s{1,3}(?:team|meetings?)\b/i);

// The provider's own control over its changes (P7: silent): a change reviewed, merged or exempt from the review ("Changes
// to update dependencies, publish documentation … are exempt from this policy", "Employees must notify others prior to making
// changes … over Slack") is work on its code, told to no customer.
const CHANGE_CONTROL = wordGaps(/\bexempt\s{1,3}from\b|\bpull\s{1,3}requests?\b|\b(?:code|peer|second)\s{1,3}reviews?\b|\bmerg(?:e|es|ed|ing)\b|\bapproved\s{1,3}by\s{1,3}(?:another|a\s{1,3}second)\b|\bnotify\s{1,3}others\b|\b(?:employees?|staff|engineers?|developers?)\s{1,3}(?:must|shall|should)\s{1,3}(?:notify|inform|announce)\b|コードレビュー|プルリクエスト/i);
// Telling once the work has begun or ended ("you will receive an email notification when the upgrade is finished", "notify
// you by email when maintenance starts and ends", 「完了後にお知らせします」) is no word ahead of it, unless the sentence
// also tells ahead (「可能な場合は事前に、困難な場合は事後速やかに通知します」).
const TOLD_AFTER = wordGaps(
  /\bwhen\s{1,3}(?:the\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:is|are|has|have)\s{1,3}(?:been\s{1,3})?(?:finished|completed?|done|over)\b|\bwhen\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:starts?|begins?)\s{1,3}and\s{1,3}(?:ends?|finishes)\b|\bafter\s{1,3}(?:the\s{1,3})?(?:change|upgrade|maintenance|update|work)s?\s{1,3}(?:is|are|has|have)\b|(?:完了|終了)(?:後|した(?:際|とき|時|ら))|事後/i,
);
/** The sentence tells of a change only once it is under way or done, or is the provider's own control over its changes. */
const notTellingAhead = (sentence: string) => CHANGE_CONTROL.test(sentence) || (TOLD_AFTER.test(sentence) && !toldAhead(sentence));

/**
 * Some sentence of a section tells the customer of a change: in the same words, or, under a heading that names the change
 * ("Scheduled maintenance" over "Customers are notified in advance by email") or after a sentence that names it, in words
 * of a notice. A section read as
 * 12.1.2 whose telling is of something else ("All communication between services is encrypted" under "System Protection
 * and Maintenance", an audit log's "publisher gating" setting) promised no notice of a change. Not a change made with no
 * notice ("事前に通知することなく変更できる" promises none), nor word passed among the provider's own people, nor the
 * notice of one dated change.
 */
export function tellsCustomersOfChange(title: string, body: string): boolean {
  const headedByChange = CHANGE.test(title);
  if (!TOLD.test(body)) return false;
  const ranges = splitSentences(body);
  return ranges.some(({ start, end }, i) => {
    const sentence = body.slice(start, end);
    return (CHANGE.test(sentence) ? TOLD : headedByChange || followsChange(body, ranges, i) ? ANNOUNCED : undefined)?.test(sentence) === true && !WITHOUT_NOTICE.test(sentence) && !TO_OWN_PEOPLE.test(sentence) && !notTellingAhead(sentence) && !namesDay(sentence);
  });
}

/**
 * The sentence tells of a change and the prose reader finds no period in it, whether or not it says "in advance": a
 * notice hedged ("email notifications may be sent with details about the change", 「事前に通知するよう努めます」,
 * "only if necessary") still leaves open how long before the change it comes. A change made with no notice promises none.
 */
export function tellsOfChangeWithoutLeadTime(sentence: string, facts?: readonly Pick<Fact, 'kind'>[]): boolean {
  return CHANGE.test(sentence) && TELLS.test(sentence) && !WITHOUT_NOTICE.test(sentence) && !WITH_CONSENT.test(sentence) && !TO_OWN_PEOPLE.test(sentence) && !notTellingAhead(sentence) && !(facts ?? extractFacts(sentence)).some((fact) => fact.kind === 'duration');
}

// change-notice asks this of the same sections' joined body on every edit: read once per body (the sections an edit
// did not touch give the same text), the few bodies of one document kept.
const READ_BODIES = 32;
const readBodies = new Map<string, ReturnType<typeof readLeadTimesAndPromises>>();
function leadTimesAndPromises(body: string): ReturnType<typeof readLeadTimesAndPromises> {
  const kept = readBodies.get(body);
  if (kept) return kept;
  const read = readLeadTimesAndPromises(body);
  if (readBodies.size >= READ_BODIES) readBodies.delete(readBodies.keys().next().value!);
  readBodies.set(body, read);
  return read;
}

/** The sentences of `body` that give a lead time of a change, those that promise notice of one without it, and the kind of each. */
function readLeadTimesAndPromises(body: string) {
  const ranges = splitSentences(body);
  const sentences = ranges.map(({ start, end }) => body.slice(start, end));
  // A sentence that names no kind takes the kind of the sentence before it on its line (the item's "保守…のため本サービスを
  // 一時停止できます。可能な場合は事前に通知します").
  const kindOf = (i: number): ReadonlySet<ChangeKind> => {
    const own = changeKinds(sentences[i]);
    return own.size > 0 || i === 0 || body.slice(ranges[i - 1].end, ranges[i].start).includes('\n') ? own : changeKinds(sentences[i - 1]);
  };
  // The sentence before names the change and tells of it nothing itself ("…一時停止できます。可能な場合は事前に通知します"); after a
  // lead time of its own, "ただし…予告が困難な場合はこの限りではありません" is its exception, no second promise.
  const onLineOfChange = (i: number) =>
    i > 0 && !body.slice(ranges[i - 1].end, ranges[i].start).includes('\n') && CHANGE.test(sentences[i - 1]) && !TELLS.test(sentences[i - 1]);
  const leads: ReadonlySet<ChangeKind>[] = [];
  const promises: ReadonlySet<ChangeKind>[] = [];
  sentences.forEach((sentence, i) => {
    const change = CHANGE.test(sentence);
    if (!change && !(AHEAD.test(sentence) && onLineOfChange(i))) return;
    const facts = extractFacts(sentence);
    if (change && facts.some((f) => f.kind === 'duration' && !f.customerDuty && (f.topic === 'change-notice' || isLeadTimeOfChange(sentence, f.relation)))) leads.push(kindOf(i));
    else if (change ? tellsOfChangeWithoutLeadTime(sentence, facts) : TELLS.test(sentence) && !WITHOUT_NOTICE.test(sentence) && !WITH_CONSENT.test(sentence) && !facts.some((f) => f.kind === 'duration'))
      promises.push(kindOf(i));
  });
  return { leads, promises };
}

/**
 * Every promise of `body` that tells of a change without a lead time ("合理的な予告期間を設けて通知します") is answered by a
 * lead time `body` gives for the same kind of change: the article's "30日前までに通知" of ending the service leaves its
 * maintenance stop without one. A body with no lead time sentence of its own (its period read from a table) is taken at its word.
 */
export function promisesAnsweredInKind(body: string): boolean {
  const { leads, promises } = leadTimesAndPromises(body);
  return leads.length === 0 || promises.every((kinds) => leads.some((given) => sameKindOfChange(kinds, given)));
}

/** The kinds of change the promises of `body` without a lead time are for ("material changes" names none). */
export function promisedKinds(body: string): ReadonlySet<ChangeKind> {
  return new Set(leadTimesAndPromises(body).promises.flatMap((kinds) => [...kinds]));
}
