// Reads whitepaper prose (Japanese and English) for the facts a reviewer
// looks for: periods, generations, frequencies, "immediately",
// "indefinitely", and vague wording where a number is owed. Each fact keeps
// its exact range in the input and a topic from its sentence.
//
// Patterns run in order and each claims the characters it matched: what is
// no fact (dates, versions, ids) first, then vague wording ("without undue
// delay" before "without delay"), then the rest, so that "1日1回" is a
// frequency and not a day. Every pattern is bounded (see numbers.ts), so
// matching is linear in the input.
import { toReader } from './advice';
import { DURATIONS } from './durations';
import type { Fact, Matcher, Reading } from './fact';
import { FREQUENCIES } from './frequencies';
import { GENERATIONS } from './generations';
import { IMMEDIATE } from './immediate';
import { INDEFINITE } from './indefinite';
import { NON_FACTS } from './nonFacts';
import { outline } from './outline';
import { splitSentences, type Range } from './sentences';
import { tableCells, type TableCell } from './tableCells';
import { indexTopics, lentTopic, topicOf, topicOfCell, topicOfHeading, type Subject } from './topics';
import { VAGUE } from './vague';
import { wordGaps } from '../core/wordGaps';

const MATCHERS: readonly Matcher[] = [...NON_FACTS, ...VAGUE, ...INDEFINITE, ...IMMEDIATE, ...FREQUENCIES, ...GENERATIONS, ...DURATIONS];

interface Found extends Reading {
  readonly start: number;
  readonly end: number;
}

// A template's placeholder around a number ("{72}hours", "[30] days", "<<14>> days", 「【24】時間」, 「〔30〕日」): the number
// and its unit as written, once the brackets are read as spaces (same length, so every offset stays).
const PLACEHOLDER = /[{\[<【〔［｛＜]{1,2}[ \t]?(?=[0-9０-９]{1,6}[ \t]?[}\]>】〕］｝＞]{1,2}[ \t]?[A-Za-z\u3040-\u30ff\u4e00-\u9fff])|(?<=[{\[<【〔［｛＜][ \t]?[0-9０-９]{1,6}[ \t]?)[}\]>】〕］｝＞]{1,2}(?=[ \t]?[A-Za-z\u3040-\u30ff\u4e00-\u9fff])/g;

function unbracketed(text: string): string {
  return text.includes('{') || text.includes('[') || text.includes('<') || /[【〔［｛＜]/.test(text) ? text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)) : text;
}

function match(original: string): Found[] {
  const text = unbracketed(original);
  const found: Found[] = [];
  const claimed = new Uint8Array(text.length);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (claimed[i]) return false;
    return true;
  };
  for (const { regex, read } of MATCHERS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const reading = read(m);
      if (reading === undefined) continue;
      claimed.fill(1, start, end);
      // Object.assign, not spread: readings differ in shape, and spreading them is several times slower on long inputs.
      if (reading !== 'claim') found.push(Object.assign({ start, end }, reading));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * All facts in `text`, in order. `subject` is what the section is about
 * (from its heading or controls, see topicOfHeading); a fact whose own
 * sentence names no topic takes it, marked `inferred`.
 */
export function extractFacts(text: string, subject?: Subject): Fact[] {
  const found = match(text);
  if (found.length === 0) return [];
  const sentences = splitSentences(text);
  const parentOf = outline(text);
  const cellOf = text.includes('|') ? tableCells(text) : () => undefined;
  let next = 0;
  // Facts and sentences are both in order: walk them together.
  const placed = found.map((fact) => {
    while (next < sentences.length - 1 && sentences[next].end <= fact.start) next++;
    const sentence = sentences[next] ?? { start: 0, end: text.length };
    const cell = cellOf(fact.start);
    return { fact, sentence, parent: parentOf(sentence.start), cell, also: cell ? [cell.label, cell.header].filter((r) => r !== undefined) : [] };
  });
  const index = indexTopics(text, scannedRanges(placed));
  const ownRow = rowsOfTheirOwn(text, placed);
  const dutyOf = customerDuties(text);
  const earlier = promisesBefore(text);
  return placed.map(({ fact, sentence, parent, cell }) => {
    const { refused, refusedBy, ...read } = cell ? topicOfCell(index, fact, cell, sentence) : topicOf(index, fact, sentence, parent);
    // The section's subject fills a gap, and outranks a guess from 解約 alone. A sentence refused for a word of
    // another subject ("変更" in a section on deletion) still belongs to the section's.
    const open = (read.topic === 'other' && (!refused || (refusedBy !== undefined && subject !== undefined && refusedBy !== subject))) || read.inferred;
    // "…as soon as possible. We guarantee this will be within 72 hours.": a sentence that refers back gives the time of
    // the promise just made, in words of its own as plain as naming it again.
    // Refused for naming the incident without a notice ("これは事故の判明から24時間以内に行います"), it still times the notice before.
    const referred = open || refused ? earlier.lend(sentence, fact, refused ? refusedBy : undefined) : undefined;
    const lending = open && !referred && subject !== undefined && !((subject === 'backup' || subject === 'log') && ownRow(cell)) ? lentTopic(subject, fact) : undefined;
    // A section on deleting lends its own topic to "解約後一定期間": the sentence's end of contract still says what it is.
    // "At once" on the customer leaving ("removed immediately when the account is closed") is that leaving's timing,
    // whatever the section is about: a backup section's subject would make it a cadence of backups.
    const lent = lending && !(read.anchored && (lending.topic === read.topic || fact.kind === 'immediate')) ? lending : undefined;
    const owed = dutyOf(sentence, parent);
    const duty = owed.start <= fact.start && fact.end <= owed.end ? { customerDuty: true } : {};
    const reading = Object.assign(fact, { text: text.slice(fact.start, fact.end) }, referred ?? (lent ? Object.assign(lent, { inferred: true }) : read), duty, { sentence }) as Fact;
    earlier.saw(reading);
    return reading;
  });
}

/**
 * A table whose rows say by their label what each period is about ("| Workspace database backups | 35 days |") is a
 * schedule of several kinds: a row whose label names none of the subjects ("| Invoices | 7 years |") is about that
 * label's thing, and a backup or log section does not lend it its backups or logs (a data retention section's rows
 * are still the customer data it keeps). Tables are told apart by their header row.
 */
function rowsOfTheirOwn(text: string, placed: readonly { cell: TableCell | undefined }[]): (cell: TableCell | undefined) => boolean {
  const labelOf = (cell: TableCell) => (cell.label ? text.slice(cell.label.start, cell.label.end).trim() : '');
  // A header row that names the subject ("| Log type | Retention |") makes every row one of its kinds.
  const headerRow = (at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  const schedules = new Set<number>();
  for (const { cell } of placed) {
    if (cell?.header && cell.label && !schedules.has(cell.header.start) && topicOfHeading(labelOf(cell)) !== undefined && topicOfHeading(headerRow(cell.header.start)) === undefined) schedules.add(cell.header.start);
  }
  if (schedules.size === 0) return () => false;
  return (cell) => cell?.header !== undefined && schedules.has(cell.header.start) && /[\p{L}]/u.test(labelOf(cell)) && topicOfHeading(labelOf(cell)) === undefined;
}

// A sentence that opens by pointing back at the promise before it: "This will be within 72 hours", "We guarantee this
// happens within…", "That is done within…", 「これは24時間以内に行います」「その期間は…」.
const REFERS_BACK =
  wordGaps(/^\s{0,3}(?:(?:and\s{1,3})?(?:we\s{1,3}(?:guarantee|promise|commit|aim|ensure|undertake)(?:\s{1,3}that)?\s{1,3}))?(?:this|that|it|which)\s{1,3}(?:will|shall|is|happens|takes|occurs|must|would|should)\b|^\s{0,3}(?:これ|それ|この(?:通知|連絡|報告|期間)|当該(?:通知|連絡|報告))(?:は|を|も)/i);
// What a promise made in one sentence and timed in the next can be: a notice, a deletion, a return of the data.
const CARRIED: ReadonlySet<Fact['topic']> = new Set<Fact['topic']>(['incident-notification', 'change-notice', 'deletion', 'data-return']);

/**
 * The topic a fact takes from the sentence just before its own, when its sentence refers back and names none: fed the
 * facts in order (`saw`), it keeps only the last sentence's promise.
 */
function promisesBefore(text: string) {
  let last: { sentence: Range; topic: Fact['topic']; notice?: Fact['notice'] } | undefined;
  return {
    lend(sentence: Range, fact: Pick<Fact, 'kind' | 'vagueness'>, refusedBy?: string): Pick<Fact, 'topic' | 'notice'> | undefined {
      if (!last || (refusedBy !== undefined && refusedBy !== last.topic) || last.sentence.end > sentence.start || !/^\s*$/.test(text.slice(last.sentence.end, sentence.start))) return undefined;
      // A time, not a cadence: "This is checked daily" says how often, which no promise of a notice or deletion is.
      if (fact.kind === 'frequency' || fact.kind === 'generations' || fact.vagueness === 'frequency') return undefined;
      if (!REFERS_BACK.test(text.slice(sentence.start, sentence.end))) return undefined;
      return last.notice ? { topic: last.topic, notice: last.notice } : { topic: last.topic };
    },
    saw(fact: Fact): void {
      if (CARRIED.has(fact.topic) && !fact.customerDuty) last = { sentence: fact.sentence, topic: fact.topic, notice: fact.notice };
    },
  };
}

// Who owes what: a condition the customer meets ("entitled to a credit, provided Customer notifies Acme within 24 hours"),
// the customer as the sentence's subject (also as a numbered clause of terms: "3. 登録利用者は…通知するものと
// します", or after the markup of a page kept as its source: "<li>利用者は…"), a report to the provider (terms' "the User must
// notify the Company within 30 days" of a changed address, the provider named as terms name it), or a list item under "お客様".
// The recipient of confidential information (「受領者は…遅滞なく返還又は破棄」, "the receiving party shall promptly…") is
// either party under a confidentiality clause: its duty is no commitment of the provider's to its customers.
// A DPA's controller (data exporter, 委託者) is the customer (ruling Q6): "The Controller shall notify the Processor within
// 10 days" is the customer's period.
// "Customer data is deleted…", "User accounts are…", "Customer notification within 24 hours": the customer's things (or the
// notice owed to them) as the subject are what the provider acts on.
const CUSTOMER_FIRST = wordGaps(/^(?:<[^<>\n]{0,80}>\s{0,2}){0,4}(?:[-*•・●○■◆▪]\s{0,2}|[0-9０-９]{1,2}[.．)）]\s{0,2}|[(（][0-9０-９]{1,2}[)）]\s{0,2})?(?:お客様|(?:登録)?利用者|会員|ユーザー?|契約者|クラウドサービスカスタマ|受領者|被開示者|(?:the\s{1,3})?customers?|(?:the\s{1,3})?users?|(?:the\s{1,3})?(?:recipient|receiving\s{1,3}party)|(?:the\s{1,3})?(?:data\s{1,3})?controllers?|(?:the\s{1,3})?data\s{1,3}exporters?|委託者|you)(?:側|自身)?(?:は|が|にて|の責任|,|\s)(?!\s{0,2}(?:data|information|content|files|records|accounts?|logs?|personal|backups?|notifications?|notices?)\b)/i);
const TO_PROVIDER = wordGaps(/(?:当社|弊社|(?:お問い?合わせ|サポート)?窓口)(?:へ|に|まで)[^。\n]{0,12}?(?:連絡|通知|報告|申請|提出|届け?出|申し出|問い合わせ)|\bprovided\s{1,3}(?:that\s{1,3})?(?:the\s{1,3})?(?:customers?|users?|you|licensees?|subscribers?)\s{1,3}(?:notif(?:y|ies)|informs?|submits?|requests?|claims?)\b|\b(?:notify|inform|contact|tell|report\s{1,3}to)\s{1,3}(?:us|(?:the\s{1,3})?(?:data\s{1,3})?(?:processor|importer))\b(?!['’])|\b(?:users?|customers?|you|licensees?|subscribers?)\b[^.\n]{0,30}?\b(?:must|shall|is\s{1,3}required\s{1,3}to|are\s{1,3}required\s{1,3}to)\s{1,3}(?:\w+ly\s{1,3})?(?:notify|inform|report\s{1,3}to)\s{1,3}the\s{1,3}(?:company|provider|vendor|licensor)\b/i);
// "Your data is retained for a defined period, during which you can contact us to arrange an export": the customer may
// write, and owes nothing; the sentence is the provider's.
const MAY_ASK = wordGaps(/\b(?:you|customers?|users?)\s{1,3}(?:can|may)\s{1,3}(?:contact|notify|inform|tell|email|write\s{1,3}to)\s{1,3}us\b|(?:連絡|問い合わせ|申請|申し出)(?:いただけ|することができ|が可能)/i);
const PROVIDER_ACTS = /当社|弊社|\bwe\b|\bour\b/i;
// "The Customer agrees that within a reasonable time after termination, Acme shall delete…": what the customer agrees to
// is the clause after "that", whoever acts in it; only a clause the customer acts in again ("…agrees that it will notify…")
// stays the customer's duty.
const AGREES_THAT = wordGaps(/^[^.;:]{0,80}?\b(?:acknowledges?|agrees?|accepts?|understands?|consents?|recogni[sz]es?|(?:is|are)\s{1,3}aware)(?:\s{1,3}and\s{1,3}(?:acknowledges?|agrees?|accepts?|understands?))?\s{1,3}that\b/i);
const CUSTOMER_ACTS_AGAIN = wordGaps(/^\s{0,3},?\s{0,3}(?:it|they|he|she|you|(?:the\s{1,3})?(?:customers?|users?|clients?|subscribers?))\b/i);
const PROVIDER_SUBJECT = wordGaps(/(?:当社|弊社|受託者)(?:は|が|では|にて|において)|\bwe\b|\b(?:data\s{1,3})?(?:processor|importer)\s{1,3}(?:shall|will|must)\b/i);
// What the customer can do, or what is done for them ("Customers are notified"), is the provider's promise.
// "You should receive a notice within 24 hours" is what the provider sends, said from the reader's side.
// "Customers are required to report …", "are expected to" is a duty again.
const ABILITY =
  wordGaps(/でき|可能|\bcan\b|\bmay\b|^\W{0,3}(?:the\s{1,3})?(?:customers?|users?|you)\s{1,3}(?:(?:should|will|would)\s{1,3})?(?:are|is|will\s{1,3}be|shall\s{1,3}be|be\s{1,3}(?:notified|informed|told|contacted|alerted)|get|receive|hear)\b(?!\s{1,3}(?:required|expected|obliged|obligated|asked|requested|responsible)\b)/i);
// A sentence of advice to the reader (advice.ts) that also states what the provider keeps, deletes or notifies
// ("保存されるため…お勧めします") still holds the provider's promise.
const PROVIDER_STATES =
  wordGaps(/当社|弊社|(?:保存|保管|保持|削除|消去|通知)(?:され|いたし|します|しま)|\bwe\b(?!\s{1,3}(?:strongly\s{1,3})?(?:recommend|suggest|advise|encourage)\b)|\b(?:is|are|will\s{1,3}be)\s{1,3}(?:kept|retained|stored|deleted|removed|purged|notified)\b/i);

/** The sentence only advises the reader, or invites a trial (whatever else it names) without the provider speaking in it. */
function readerTold(sentence: string): boolean {
  const told = toReader(sentence);
  return (told.trial && !PROVIDER_ACTS.test(sentence)) || (told.advises && !PROVIDER_STATES.test(sentence));
}

// An instruction to the reader ("速やかにご連絡ください", "Please promptly rotate the key"): the deadline is the reader's.
// A request is one too: 「速やかにご連絡いただくようお願いします」.
// "Please note that some data may persist in backups for a limited period" asks only to be read: what it states stays the
// provider's.
const INSTRUCTION = wordGaps(/(?:て|で)(?:ください|下さい)|(?:いただく|いただける|頂く)よう(?:お願い|願い)|\bplease\b(?!\s{1,3}(?:note|be\s{1,3}aware)\b)/i);
// "Customers and their data are removed within 30 days": a thing of theirs done to, with no duty word, is the provider's act.
const DONE_TO = wordGaps(/\b(?:is|are|will\s{1,3}be)\s{1,3}(?:kept|retained|stored|deleted|removed|purged|erased|notified|informed)\b/i);
const DUTY = wordGaps(/\b(?:must|should|shall|need\s{1,3}to|are\s{1,3}required|is\s{1,3}required|responsible|ensure)\b/i);
const CUSTOMER_ITEM = /^[ \t\u3000]*(?:[-*•・●○■◆▪]\s{0,2})?(?:お客様|利用者|クラウドサービスカスタマ|customers?|users?)(?:の(?:役割|責任|責務)|側|の実施事項)?\s{0,2}[::]?\s{0,2}$/i;

const NO_DUTY: Range = { start: 0, end: 0 };

/**
 * For each sentence, the part whose facts are duties of the customer's, not commitments of the provider's.
 * Read once per sentence: a long sentence with many facts costs one pass.
 */
function customerDuties(text: string): (sentence: Range, parent: Range | undefined) => Range {
  let last: Range | undefined;
  let duty = NO_DUTY;
  return (sentence, parent) => {
    if (sentence === last) return duty;
    last = sentence;
    const words = text.slice(sentence.start, sentence.end);
    if ((TO_PROVIDER.test(words) && !MAY_ASK.test(words)) || (parent && CUSTOMER_ITEM.test(text.slice(parent.start, parent.end)))) duty = sentence;
    else if (readerTold(words) || (INSTRUCTION.test(words) && !PROVIDER_STATES.test(words))) duty = sentence;
    else if (CUSTOMER_FIRST.test(words) && !ABILITY.test(words) && !(DONE_TO.test(words) && !DUTY.test(words))) {
      // "お客様は…、当社は30日以内に…": from the provider as a subject on, the sentence is the provider's again; the provider
      // only named ("ユーザーは、当社から求められた場合は遅滞なく…返却しなければなりません") leaves the duty the customer's.
      const provider = words.search(PROVIDER_SUBJECT);
      const agreed = AGREES_THAT.exec(words);
      const agreedTo = agreed && !CUSTOMER_ACTS_AGAIN.test(words.slice(agreed[0].length)) ? agreed[0].length : -1;
      const end = provider === -1 ? agreedTo : agreedTo === -1 ? provider : Math.min(provider, agreedTo);
      duty = { start: sentence.start, end: end === -1 ? sentence.end : sentence.start + end };
    } else duty = NO_DUTY;
    return duty;
  };
}

/** The sentences holding facts, the list items above them and the labels and headers of their table cells, merged: all that topics are read from. */
function scannedRanges(placed: readonly { sentence: Range; parent?: Range; also: readonly Range[] }[]): Range[] {
  const ranges = placed.flatMap(({ sentence, parent, also }) => (parent ? [sentence, parent, ...also] : [sentence, ...also])).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push({ ...range });
  }
  return merged;
}
