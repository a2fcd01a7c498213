// Which expected controls a section of a published whitepaper answers, read
// from the whole section, in order of trust: control ids written anywhere in
// it (heading, prose, tables); then a leading number that is a control whose
// title the heading repeats; then the topics its heading names (every topic,
// so "Backup and logging" answers both); then the vocabulary of its body,
// scored per control. Each control says why it was recognised.
import { lookupControl } from '../catalog';
import { findControlReferences } from '../catalog/references';
import { CONTROL_VOCABULARY, FALSE_FRIENDS, HEADING_ONLY, type Term } from './controlVocabulary';
import { announcesTopics } from './announcesTopics';
import { deletedAtLapse } from './accountLapses';
import { deletesAtPeriodEnd, END_OF_CONTRACT, saysWhatBecomesOfDataUnder } from '../facts/leaving';
import { borneOut, dataFate, placeNamed } from './genericTopics';
import { customerFeature, FEATURE_CONTROLS, standardTitle, SWITCHED_OFF } from './customerFeature';
import { headingControls } from './headingControls';
import { headingRole, STANDS_UNDER } from './headingRole';
import { reviewNotYet } from './reviewNotYet';
import { reviewFollowedOnly } from './reviewFollowedOnly';
import { hostsReview } from './hostsReview';
import { endsTheData, statedInBody } from './statedInBody';
import { statesSomething } from './statesSomething';
import { locationList, responsibilityMatrix } from './tablesAndLists';
import { maxOf } from '../core/arrays';
import { splitSentences } from '../facts/sentences';
import { RECORDS_ACCESS_WORDS } from '../catalog/logWords';
import { PRACTICE_CONTROLS, type PageKind } from './pageKind';
import { labels, withoutExamples } from './runInLabel';
import { CUSTOMER_SIDE, DETAIL, MEASURES_CONTEXT, POLICY_CLAUSES, measureItems } from './listedMeasures';
import { ACCESS_CONTROLS, logContentSection } from './logContent';
import { accessAnswered, FILTERING } from './accessAnswered';
import { plannedSection } from './plannedSection';
import { howToAnswer } from './howToAnswer';
import { serviceChange } from './serviceChange';
import { userRegistration } from './userRegistration';
import { credentialsIssued } from './credentialsIssued';
import { ipComplaints } from './ipComplaints';
import { dataTransfers } from './dataTransfers';
import { answeredRows, statedByRow, withoutDeclinedRows, type AnsweredRow } from './answeredRows';
import { tenantsApart } from './tenantsApart';
import { erasureRequestOnly } from './erasureRequests';
import { documentUpkeep } from './documentUpkeep';
import { softwareSupplyChain } from './softwareSupplyChain';
import { chainBound, processingChain, SUPPLIERS_ASSESSED, suppliersVetted } from './processingChain';
import { peerKept } from './peerServices';
import { learntControls } from './learntControls';
import { accessLimited, SECURITY_AT_LARGE } from './accessLimited';
import type { Evidence } from './evidence';

/** A control a section answers, how it was read (`evidence.ts`) and the words that tell it. */
export interface RecognizedControl {
  readonly id: string;
  readonly via: Evidence;
  /** What was read: the reference as written, or the words that named the topic. */
  readonly words: readonly string[];
  /** For a heading's topic: the words of the body that back it. */
  readonly support?: readonly string[];
}

interface Occurrence {
  readonly id: string;
  readonly term: string;
  /** The vocabulary's form of the term: "restores" and "restoring" are one word, "restore", said twice. */
  readonly lemma: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const isAscii = (s: string) => /^[\x00-\x7f]+$/.test(s);

// One pattern for the whole vocabulary, so a section is read in one pass: each term maps to the controls it names.
// Each control's terms as one alternation (longest first), so its matches do not overlap one another.
const MATCHERS = new Map(
  CONTROL_VOCABULARY.map(({ id, ja, en }) => {
    const terms: Term[] = [...ja, ...en];
    const weights = new Map(terms.map(([t, w]) => [t.toLowerCase(), w]));
    return [id, { weights, pattern: alternation(terms.map(([t]) => t.toLowerCase())) }] as const;
  }),
);
// A control's terms anywhere in a text, words inside longer ones included ("操作ログ" is still a log): one pattern per
// control, built when first asked for, not on every section.
const ANYWHERE = new Map<string, RegExp>();
function namesAnywhere(id: string, text: string): boolean {
  let pattern = ANYWHERE.get(id);
  if (!pattern) ANYWHERE.set(id, (pattern = new RegExp(MATCHERS.get(id)!.pattern.source, 'u')));
  return pattern.test(text);
}
// Every term at once: a first pass that names the controls worth reading a section for, so a long text costs one scan.
const ANY_TERM = alternation(CONTROL_VOCABULARY.flatMap(({ ja, en }) => [...ja, ...en].map(([t]) => t.toLowerCase())));
const TERM_CONTROLS = new Map<string, string[]>();
for (const { id, ja, en } of CONTROL_VOCABULARY) for (const [t] of [...ja, ...en]) TERM_CONTROLS.set(t.toLowerCase(), [...(TERM_CONTROLS.get(t.toLowerCase()) ?? []), id]);

function alternation(terms: readonly string[]): RegExp {
  const byLength = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
  // English inflects: "deleted", "stored", "deleting" name what "delete", "store" name.
  const ascii = terms.filter(isAscii).flatMap((t) => (/[^e]e$/.test(t) ? [t, `${t.slice(0, -1)}ing`] : [t]));
  const other = terms.filter((t) => !isAscii(t));
  const parts = [...(ascii.length > 0 ? [`(?<![a-z0-9])(?:${byLength(ascii)})(?:s|es|d|ed|ing)?(?![a-z0-9])`] : []), ...(other.length > 0 ? [byLength(other)] : [])];
  return new RegExp(parts.join('|'), 'gu');
}

/** The vocabulary's form of a matched word, inflected or not. */
function lemma(match: string, table: ReadonlyMap<string, unknown>): string | undefined {
  return [match, match.replace(/(?:s|es|d|ed|ing)$/, ''), match.replace(/s$|d$/, ''), match.replace(/ing$/, 'e')].find((form) => table.has(form));
}

/** The vocabulary's entry for a matched word, inflected or not. */
function entry<T>(match: string, table: ReadonlyMap<string, T>): T | undefined {
  const form = lemma(match, table);
  return form === undefined ? undefined : table.get(form);
}

/** Generic topics that a heading names only when it names nothing more specific ("仮想ネットワークの情報セキュリティ方針"). */
const GENERIC = new Set(['5.1.1']);

function normalise(text: string): string {
  // NFKC keeps the length of what a whitepaper holds except for rare ligatures; mask false friends with spaces.
  let folded = text.normalize('NFKC').toLowerCase();
  if (folded.length !== text.length) folded = text.toLowerCase();
  for (const friend of FALSE_FRIENDS) folded = folded.replace(friend, (m) => ' '.repeat(m.length));
  return folded;
}

function occurrences(text: string): Occurrence[] {
  const folded = normalise(text);
  const candidates = new Set<string>();
  const scan = new RegExp(ANY_TERM);
  // Resume one character after each match, so a term that starts inside a longer one is still seen ("ログの保存" in "アクセスログの保存").
  for (let m = scan.exec(folded); m !== null; scan.lastIndex = m.index + 1, m = scan.exec(folded)) {
    for (const id of entry(m[0], TERM_CONTROLS) ?? []) candidates.add(id);
  }
  const found: Occurrence[] = [];
  for (const id of candidates) {
    const { weights, pattern } = MATCHERS.get(id)!;
    for (const m of folded.matchAll(pattern)) {
      const weight = entry(m[0], weights) ?? 1;
      found.push({ id, term: text.slice(m.index!, m.index! + m[0].length), lemma: lemma(m[0], weights) ?? m[0], weight, start: m.index!, end: m.index! + m[0].length });
    }
  }
  // The longest words win: "アクセスログ" is logging, not access control. Only overlapping matches are compared.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let open: Occurrence[] = [];
  const kept: Occurrence[] = [];
  for (const o of found) {
    if (open.length > 0 && open.some((p) => p.end <= o.start)) open = open.filter((p) => p.end > o.start);
    if (!open.some((p) => p.id !== o.id && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start)) kept.push(o);
    open.push(o);
  }
  return kept;
}

// Where a heading joins two topics with a conjunction ("ログと監視", "Logs and monitoring"), each is read on its own, so
// a word that names one only in a heading (ログ) is not silenced by a stronger word naming the other (監視). A と
// between two words joins them; inside a word or before a particle (こと, として) it does not. A 、 or ・ lists the
// parts of one topic more often than two topics ("暗号化・不正アクセス監視"), so it does not split.
const JOINER = /(?<=[\p{sc=Han}\p{sc=Katakana}ー\p{L}\d])と(?=[\p{sc=Han}\p{sc=Katakana}A-Za-z\d])|及び|および|並びに|ならびに|\b(?:and|or)\b/giu;

function topicsOf(heading: string): number[] {
  return [0, ...[...normalise(heading).matchAll(JOINER)].map((m) => m.index! + m[0].length)];
}

/**
 * The topics a heading names. `joined`: read each topic of a joined heading on its own; a chapter's subsections name
 * their own topics, so a chapter heading ("5. Incidents and changes") leaves its weaker word to the subsection that
 * names it ("5.2 Changes to the service"), where the rules on that topic look for its answer.
 */
function fromHeading(heading: string, joined = true): RecognizedControl[] {
  const all = occurrences(heading).filter((o) => o.weight >= 2);
  // A participle before another topic's noun ("Encrypted Backups", "Logged Deletions") says how that topic is done: the
  // noun is what the heading is about.
  const describes = (o: Occurrence) => /^[a-z]+ed$/i.test(o.term) && all.some((n) => n.id !== o.id && /^\s+$/.test(heading.slice(o.end, n.start)));
  const found = all.filter((o) => !describes(o));
  const starts = joined ? topicsOf(heading) : [0];
  const topicOf = (o: Occurrence) => starts.filter((s) => s <= o.start).length;
  const strongest = new Map<string, Occurrence[]>();
  for (const o of found) strongest.set(o.id, [...(strongest.get(o.id) ?? []), o]);
  let ids = [...strongest.keys()];
  const strongIn = (id: string, topic: number) => strongest.get(id)!.some((o) => o.weight === 3 && topicOf(o) === topic);
  const specific = ids.filter((id) => !GENERIC.has(id) && maxOf(strongest.get(id)!.map((o) => o.weight)) === 3);
  if (specific.length > 0) ids = ids.filter((id) => !GENERIC.has(id));
  // A weight-2 word counts in a heading only when no weight-3 word names another topic in the same part of it.
  ids = ids.filter((id) =>
    strongest.get(id)!.some((o) => o.weight === 3 || !specific.some((other) => other !== id && strongIn(other, topicOf(o)))),
  );
  // A notice of change is about change management even when it names the contract.
  if (ids.includes('12.1.2')) ids = ids.filter((id) => id !== '15.1.2');
  // "The contract" beside another topic is that topic's setting ("契約と法令", "when the contract ends"), not an agreement.
  if (ids.includes('15.1.2') && ids.length > 1 && maxOf(strongest.get('15.1.2')!.map((o) => o.weight)) < 3) ids = ids.filter((id) => id !== '15.1.2');
  const named = ids.map((id) => ({ id, via: 'heading' as const, words: [...new Set(strongest.get(id)!.map((o) => o.term))] }));
  // An incident heading answers both responding to incidents and reporting them, whichever word names it; a breach
  // heading (a DPA's "Personal Data Breach" clause) owes the customer the report, not the provider's whole handling.
  for (const [one, other] of INCIDENT_PAIR) {
    const found = named.find((c) => c.id === one);
    if (found !== undefined && !named.some((c) => c.id === other) && strongest.get(one)!.some((o) => !BREACH.test(o.term))) named.push({ ...found, id: other });
  }
  return named;
}

const INCIDENT_PAIR = [['16.1.1', '16.1.2'], ['16.1.2', '16.1.1']] as const;
// A leak of personal data (漏洩等発生時, 漏えい等事案) is the Japanese privacy law's breach, reported as a DPA's is.
const BREACH = /^(?:breach(?:es|ed)?|漏(?:洩|えい).*)$/i;

/**
 * A heading that lists several topics answers those its body takes up, when its body takes up any: "Logging and
 * monitoring" over a paragraph about logs answers logging; the topics of a heading over a body in other words all stand.
 */
function takenUp(topics: readonly RecognizedControl[], body: string): readonly RecognizedControl[] {
  if (topics.length < 2) return topics;
  const folded = normalise(body);
  const referenced = new Set(findControlReferences(body).flatMap((r) => r.ids));
  // Any word of the topic counts, even inside a longer one: "操作ログ" is read as administrators' logs, and is still a log.
  const backed = (id: string) => referenced.has(id) || namesAnywhere(id, folded);
  const supported = topics.filter((t) => backed(t.id));
  if (supported.length === 0 || supported.length === topics.length) return topics;
  const sameWords = (t: RecognizedControl) => supported.some((s) => s.words.some((w) => t.words.includes(w)));
  return topics.filter((t) => backed(t.id) || sameWords(t));
}

const clauseOf = (id: string) => id.replace(/^CLD\./, '').split('.').slice(0, 2).join('.');

// Monitoring the service is a question of its own, though the standard numbers it beside the logs: a logging section
// that mentions monitoring does not answer it, nor a monitoring section that mentions a log the logs.
const APART = new Set(['CLD.12.4.5']);

/**
 * Controls whose words are the setting of most published texts rather than an answer: a terms document, or a page
 * that cites its contract ("詳しくは利用規約をご覧ください"), says 契約 and 利用規約 throughout. A heading or an id
 * names them; the title, a label and the body's words do not.
 */
const SETTING = new Set(['15.1.2']);

/** A term of several words ("ip filtering", "データの削除", "IPアドレス制限", "監視ツール") names its topic precisely even said once. */
const isPhrase = (term: string) =>
  isAscii(term) ? /\s/.test(term.trim()) : /の/.test(term) || [/\p{sc=Han}/u, /[\p{sc=Katakana}ー]/u, /[A-Za-z]/].filter((script) => script.test(term)).length >= 2;

/**
 * Controls the body's words name. The body takes up a topic when it uses two of its words, one three times, or one
 * phrase: a single word said once or twice in passing ("監視しています" in a paragraph on the infrastructure) is not
 * its answer.
 * Where the heading already named the section's topic (`known`), the body adds a control only on strong evidence,
 * or on one clear word for a neighbour of a known control in the same clause: a logging section that names
 * administrators' logs also answers 12.4.3.
 */
/** Each control the text's words name, with each of its words: the word's weight and how often it occurs. */
function termsByControl(text: string, unread: ReadonlySet<string> = new Set()): Map<string, Map<string, { weight: number; count: number }>> {
  const byControl = new Map<string, Map<string, { weight: number; count: number }>>();
  for (const o of occurrences(text)) {
    if (unread.has(o.lemma)) continue;
    const terms = byControl.get(o.id) ?? new Map();
    const seen = terms.get(o.lemma) ?? { weight: o.weight, count: 0 };
    seen.count++;
    terms.set(o.lemma, seen);
    byControl.set(o.id, terms);
  }
  return byControl;
}

function fromBody(body: string, known: readonly string[], passing = true, unproven: readonly string[] = []): RecognizedControl[] {
  const strict = known.length > 0;
  // Only a topic the section answers lends its clause to a neighbour: a heading word its body did not bear out ("Record
  // Laws" over a line that lost its list) is a topic to read strictly, not an answer whose details the body gives.
  const neighbour = (id: string) => !APART.has(id) && known.some((k) => k !== id && !unproven.includes(k) && !APART.has(k) && clauseOf(k) === clauseOf(id));
  const scored = [...termsByControl(body, HEADING_ONLY)].map(([id, terms]) => {
    const list = [...terms.values()];
    const score = list.reduce((sum, t) => sum + t.weight * (1 + Math.log2(Math.min(t.count, 4))), 0);
    const takenUp = list.length >= 2 || list.some((t) => t.count >= 3) || (passing && [...terms.keys()].some(isPhrase));
    return { id, score, strong: list.filter((t) => t.weight === 3).length, takenUp, words: [...terms.keys()] };
  });
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  const limit = Math.max(3, Math.floor(body.length / 1500));
  return scored
    .filter((s) => (strict && neighbour(s.id) ? s.strong >= 1 : s.takenUp && s.strong >= (strict ? 2 : 1) && s.score >= (strict ? 12 : 6) && s.score >= top * 0.5))
    .filter((s) => !GENERIC.has(s.id) && !SETTING.has(s.id))
    .slice(0, limit)
    .map((s) => ({ id: s.id, via: 'body' as const, words: s.words.slice(0, 4) }));
}

// An answer stored without its question: a check sheet saved with its answer column only ("はい。保存データは
// AES-256で暗号化しています。", "Yes. Every connection is encrypted with TLS 1.2."). A "no" answers nothing.
const AFFIRMS = /^[ \t\u3000]*(?:[-*・•]\s*)?(?:はい|対応済み?|実施済み?|実施している|対応している|[○◯✓✔]|yes\b)[。.、,:：!！\s]/iu;

/**
 * The controls a run of affirmative answers names, each answer read alone: a short answer keeps to one topic, so a
 * word that names a control outright answers it. Two answers at least: a check sheet's.
 */
function affirmedAnswers(body: string, rows: readonly AnsweredRow[]): RecognizedControl[] {
  const answers = body.split('\n').filter((line) => AFFIRMS.test(line));
  const found: RecognizedControl[] = [];
  const read = (answer: string, named: (terms: Map<string, { weight: number }>) => boolean) => {
    for (const [id, terms] of termsByControl(answer)) {
      if (named(terms) && !GENERIC.has(id) && !SETTING.has(id) && !found.some((f) => f.id === id)) found.push({ id, via: 'body', words: [...terms.keys()] });
    }
  };
  const strong = (terms: Map<string, { weight: number }>) => [...terms.values()].some((t) => t.weight === 3);
  if (answers.length >= 2) for (const answer of answers) read(answer, strong);
  // A questionnaire's row answered yes states its question: one row keeps to one topic, so a word that names the control
  // outright, or two of its words, answer it.
  for (const row of rows) {
    if (!row.affirmed) continue;
    const stated = statedByRow(row);
    read(stated, (terms) => strong(terms) || terms.size >= 2);
    // A row that answers where the data is kept with a place ("Which country is data stored in? | Japan").
    for (const { id, words } of statedInBody(stated)) if (!found.some((f) => f.id === id)) found.push({ id, via: 'body', words });
    // A row on the data's fate when the customer leaves ("How long is data retained after account termination? | 30 days")
    // answers the end of the contract in whatever words.
    if (!found.some((f) => f.id === 'CLD.8.1.5') && saysWhatBecomesOfDataUnder('', stated)) found.push({ id: 'CLD.8.1.5', via: 'body', words: [END_OF_CONTRACT.exec(stated)?.[0] ?? row.question.slice(0, 40)] });
  }
  return found;
}

// A policy's clause names the officer who carries it out ("The Security Officer will terminate access…"): the clause's
// actor, not the organisation of security.
const CLAUSE_ACTOR: ReadonlySet<string> = new Set(['6.1.1']);

/**
 * The controls a list of measures names, each item read alone (`listedMeasures.ts`): an item that states a practice
 * keeps to one topic, so a word that names a control outright answers it where the item is specific: two of the
 * control's words, a phrase of it, or a figure or cadence ("Backups run daily"). An item naming three clauses' controls or more
 * is a summary, not one measure.
 */
function listedAnswers(body: string, context: boolean, policy = false): RecognizedControl[] {
  const found: RecognizedControl[] = [];
  for (const item of measureItems(body, context || policy)) {
    const specific = (terms: Map<string, { weight: number }>) => terms.size >= 2 || [...terms.keys()].some(isPhrase) || DETAIL.test(item);
    const named = [...termsByControl(item)].filter(([id, terms]) => !GENERIC.has(id) && !SETTING.has(id) && !(policy && !context && CLAUSE_ACTOR.has(id)) && [...terms.values()].some((t) => t.weight === 3) && specific(terms));
    if (new Set(named.map(([id]) => clauseOf(id))).size > 2) continue;
    const kept = accessNarrowed(item, named.map(([id]) => id));
    for (const [id, terms] of named) if (kept.has(id) && !found.some((f) => f.id === id)) found.push({ id, via: 'body', words: [...terms.keys()] });
    // An item that records access or operations (「担当者によるアクセスはすべて記録」) is logging without the word log.
    const recorded = RECORDS_ACCESS_WORDS.exec(item.normalize('NFKC'));
    if (recorded !== null && !found.some((f) => f.id === '12.4.1')) found.push({ id: '12.4.1', via: 'body', words: [recorded[0]] });
  }
  return found;
}

// A terms document issues an ID and password as a step of signing up and binds the customer to keep them secret: the
// contract's steps and the customer's duty, not how the provider manages credentials (9.2.4). Its intellectual-property
// article (知的財産権, 権利帰属, "Intellectual property") says whose the service and the content are between the parties,
// not how the provider keeps to others' rights and licences (18.1.2). Its registration article (ユーザー登録,
// 利用者の登録, "Accounts") admits the customer to the contract, and its article on the customer's rights to the
// service (アクセス権) grants the licence: the parties' steps, not the provider registering and provisioning users (9.2.1, 9.2.2),
// which of some 120 annotated terms documents one answers. On terms only an id names any of them by the vocabulary;
// `ruledContractSteps` reads the articles the thirty-fifth session's rulings count as answering them.
const CONTRACT_STEPS_ON_TERMS: ReadonlySet<string> = new Set(['9.2.1', '9.2.2', '9.2.4', '18.1.2']);

/**
 * The contract's steps that do answer their control (rulings R3 and R4 of the thirty-fifth session): on terms, users
 * registered on approval and removed by the provider (9.2.1) and passwords issued or reset by the provider (9.2.4),
 * which other pages answer by the vocabulary's bars; on any page, a process for intellectual-property complaints (18.1.2).
 */
function ruledContractSteps(heading: string, body: string, found: readonly RecognizedControl[], terms: boolean): RecognizedControl[] {
  const has = (id: string) => found.some((c) => c.id === id);
  const registered = !terms || has('9.2.1') ? undefined : userRegistration(heading, body);
  const issued = !terms || has('9.2.4') ? undefined : credentialsIssued(heading, body);
  const complaints = has('18.1.2') ? undefined : ipComplaints(body);
  return [
    ...(registered !== undefined ? [{ id: '9.2.1', via: 'body' as const, words: registered }] : []),
    ...(issued !== undefined ? [{ id: '9.2.4', via: 'body' as const, words: [issued] }] : []),
    ...(complaints !== undefined ? [{ id: '18.1.2', via: 'body' as const, words: [complaints] }] : []),
  ];
}

// Access-control words overlap: "Access to production requires MFA" names access rights, authentication and access
// restriction in one practice, which an auditor counts once, as its most specific control. Each sentence of an item
// counts as its own practice ("Access is granted by role. Every sign-in requires MFA." is two).
const ACCESS_MOST_SPECIFIC_FIRST = ['9.2.3', '9.2.4', '9.2.1', '9.2.2', '9.4.1'];

/** The controls an item answers, with one access control a sentence where its access words overlap. */
function accessNarrowed(item: string, named: readonly string[]): Set<string> {
  const access = named.filter((id) => ACCESS_MOST_SPECIFIC_FIRST.includes(id));
  const kept = new Set(named.filter((id) => !access.includes(id)));
  if (access.length <= 1) return new Set(named);
  for (const { start, end } of splitSentences(item)) {
    const inSentence = new Set([...termsByControl(item.slice(start, end))].filter(([, terms]) => [...terms.values()].some((t) => t.weight === 3)).map(([id]) => id));
    const first = ACCESS_MOST_SPECIFIC_FIRST.find((id) => access.includes(id) && inSentence.has(id));
    if (first !== undefined) kept.add(first);
  }
  return kept;
}

/**
 * A section of definitions names words, not what the service does with them: "「バックアップ」とは…" defines the word
 * for the sections that answer it. Its body and labels name no control; a heading or an id in it still does.
 */
const DEFINITIONS = /^[\s\u3000]*(?:第?[\s\u3000]*[0-9０-９一二三四五六七八九十]+[\s\u3000]*[条章節.．、)）]?[\s\u3000]*)?[(（【［\[]?[\s\u3000]*(?:用語の定義|定義|用語|definitions?|glossary|terms used)[\s\u3000]*[)）】］\]]?[\s\u3000]*$/iu;

/**
 * A heading that defines a word ("「バックアップ」とは", "“Backup” means …", an item of a definitions table read as a
 * heading) names the word, not a section that answers its control.
 */
const DEFINES = /^[\s\u3000]*(?:[(（]?[0-9０-９]{1,2}[)）.．]?[\s\u3000]*)?(?:[「『"“][^「」『』"“”\n]{1,40}[」』"”][\s\u3000]*(?:とは|means\b|shall mean\b|refers to\b)|[^\s、。,.]{1,30}とは[、,]?|[A-Z][\w-]*(?: [A-Za-z][\w-]*){0,3} (?:means|shall mean)\b)/u;

/**
 * A heading that puts requirements to others ("クラウド事業者に求めること", "利用者側で検討すること", "Questions to ask
 * your provider"): a customer's own cloud policy or a buyer's guide names topics it asks about, answering none. A checklist is not one
 * of them: the provider's filled-in checklist answers each row.
 */
const ASKS_OTHERS = /(?:に|へ)(?:求める|要求する|確認する)(?:こと|事項)|(?:側|で)検討(?:する|すべき)(?:こと|事項)|(?:確認|チェック|留意|検討)すべき(?:こと|事項|ポイント|項目)|選定(?:の)?(?:ポイント|基準)|\b(?:questions to ask|what to ask|what to look for|things to consider|how to choose)\b/iu;

const ASKED = /[?？]$|^Q[0-9]*[.．:：)）]/u;
const DECLINED =
  /^(?:(?:A[0-9]*[.．:：)）]\s*)?(?:no\b|not (?:yet|currently|at (?:this|the moment))|(?:we|it) (?:do|does|can)(?:n't| not)\b|currently,? (?:we (?:do not|don't)|no|not)\b|いいえ|現在(?:は|、)?[^。\n]{0,30}?(?:未対応|対応して(?:お|い)りません|提供して(?:お|い)りません|できません)|未対応|対応して(?:お|い)りません))/iu;

/** Text inside 「」 is a quoted title, often another section's ("see 「5.2 Roles (A.6.1.1)」"): not this section's reference. */
const withoutQuotes = (text: string) => text.replace(/「[^「」\n]*」/g, (m) => ' '.repeat(m.length));

/**
 * The words of a text that name a control, by control. `weight`: the least weight a word must have (2: words that name
 * their topic, not the words that only support another's, such as "policies" or 削除).
 */
export function wordsByControl(text: string, weight = 1): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const o of occurrences(text)) {
    if (o.weight < weight) continue;
    const list = found.get(o.id) ?? [];
    if (!list.some((t) => t.toLowerCase() === o.term.toLowerCase())) list.push(o.term);
    found.set(o.id, list);
  }
  for (const ref of findControlReferences(text)) for (const id of ref.ids) found.set(id, [...(found.get(id) ?? []), text.slice(ref.start, ref.end)]);
  return found;
}

// Who does what, said of both sides: the provider's part and the customer's part of the same service.
const PROVIDER_PART = /(?:当社|弊社)(?:が|で|にて|の責任で|の責任において)(?:行|実施|管理|運用|担|対応)|\bwe (?:run|manage|operate|maintain|are responsible)\b/iu;
const CUSTOMER_PART = /(?:お客様|利用者|ユーザー?)(?:に|が|ご自身で|自身で|の責任で|の責任において|側で)(?:行っていただ|行い|行う|管理|設定|実施|対応)|\b(?:the customer|customers|you) (?:manages?|are responsible|is responsible|configures?|controls?)\b/iu;

/** The topics a period answers, where a retention schedule's line names what is kept for it. */
const KEPT_TOPICS: ReadonlySet<string> = new Set(['12.3.1', '12.4.1', '12.4.2', '12.4.3', '18.1.3', 'CLD.8.1.5']);

// A heading on records (操作の記録, アクセス記録, "Recording operations") over a body that records access or operations
// (`catalog/logWords.ts`: 「すべてのアクセスを記録しています」) answers logging, as the log rules read it, without the word log.
// 9.2.4 in the standard's Japanese title (利用者の秘密認証情報の管理) and in its English one: said in a heading, the
// management of the secret itself, not one of the words for signing in (パスワード, 認証, "Credential management", which
// the corpus's annotations read as often for API keys and a customer's duty as for the provider's practice).
const SECRET_MANAGED = /秘密認証情報|認証情報(?:の)?管理|\bsecret authentication information\b/iu;
const RECORDS_HEADING = /記録|\brecord(?:s|ing|ed)?\b/iu;

/** A section on no other topic that divides the work between provider and customer answers the shared roles. */
function division(body: string): RecognizedControl[] {
  const provider = PROVIDER_PART.exec(body);
  const customer = CUSTOMER_PART.exec(body);
  return provider !== null && customer !== null ? [{ id: 'CLD.6.3.1', via: 'body', words: [provider[0], customer[0]] }] : [];
}

// A section that asks outsiders to report a vulnerability ("Reporting a vulnerability", "Responsible disclosure", a bug
// bounty, 脆弱性のご報告) is a channel into the provider; it answers how the provider manages its own systems'
// vulnerabilities (12.6.1) only where it commits to remedying what is reported (a fix, a resolution date, 修正目標) or runs
// a programme for it (a bounty that rewards reports, a published disclosure policy, a safe harbour for researchers), else
// by an id. An address and a promise to acknowledge are the channel alone.
const VULNERABILITY_REPORTS = /\breport(?:ing|s)?\s+(?:an?\s+|the\s+|security\s+|potential\s+|suspected\s+)*vulnerabilit|\bvulnerability\s+(?:reporting|disclosure|reports?)\b|\b(?:responsible|coordinated)\s+disclosure\b|\bbug\s+bount|脆弱性(?:情報)?の(?:ご)?(?:報告|届出|届け出|受付)|脆弱性(?:報告|届出)/iu;
const REMEDIED = /修正|是正|パッチ|報奨金|\b(?:fix(?:es|ed|ing)?|resolv\w*|resolution|remediat\w*|patch\w*|rewards?|bounty\s+program(?:me)?s?|safe\s+harbou?r|disclosure\s+polic(?:y|ies))\b/iu;

/**
 * Whether a body says more than a bare line: two sentences, or one long enough to state how ("Files are encrypted." is
 * a feature's caption; a DPA clause of one sentence that gives a deadline is a commitment). Japanese counts double.
 */
function substantial(text: string): boolean {
  const sentences = splitSentences(text).filter(({ start, end }) => /[\p{L}\p{N}]{2}/u.test(text.slice(start, end)));
  let weight = 0;
  for (const c of text.trim()) weight += c.charCodeAt(0) < 0x80 ? 1 : 2;
  return sentences.length >= 2 || weight >= 100;
}

/**
 * `below`: the start of the section's subsections, which bear out its heading. `title`: the heading is the document's
 * title, given to its opening text. `questions`: the subsections are a FAQ's questions, each answered on its own.
 * `leading`: one of the first sections of the document, where an introduction stands.
 * `opening`: the text before the first heading of a document that has other sections: an introduction, read by its ids
 * and by what its own body states at length, not by its title's words or a word in passing; `borne`: the controls the
 * rest of the page takes up, which its title names for the whole page.
 * `page`: what kind of page the document is (`pageKind.ts`); on a page that is not a whitepaper, a heading names a
 * provider's practice only where its body says it.
 * `measures`: the page's title or a heading above names the provider's security measures, so its lists are read per item.
 * `logs`: the page is a log's, whose access words name the events it records.
 */
export function recognizeControls(heading: string, stated: string, inherited: readonly string[] = [], options: RecognizeOptions = {}): RecognizedControl[] {
  // A questionnaire's question answered "No" or left empty states nothing: its words are no evidence of any control.
  const rows = answeredRows(stated);
  const body = withoutDeclinedRows(stated, rows);
  const found = recognized(heading, body, inherited, options, rows);
  // On a log's page, or in a section listing what the log records, access words name logged events: only an id answers them.
  // Such a section answers logging by saying what the log records.
  const listsLogged = logContentSection(heading, body);
  const logged = options.logs === true || listsLogged;
  const content: RecognizedControl[] = listsLogged && !found.some((c) => c.id === '12.4.1') ? [{ id: '12.4.1', via: 'body', words: [heading.trim() || body.trim().split('\n')[0].slice(0, 40)] }] : [];
  const full = options.below ? `${body}\n${options.below}` : body;
  const kept = [...(logged ? found.filter((c) => c.via === 'reference' || !ACCESS_CONTROLS.has(c.id)) : found), ...content].flatMap((c) => accessAnswered(c, heading, full)).flatMap((c) => filtered(c, heading, full)).flatMap((c) => softwareSupplyChain(c, heading, full)).filter((c) => !periodEndOnly(c, heading, full) && !erasureRequestOnly(c, heading, full, options.parent) && !backupsAtDataEnd(c, full) && tenantsApart(c, heading, full) && !(c.id === '12.1.2' && c.via !== 'reference' && documentUpkeep(heading)));
  return kept.filter((c, i) => !inherited.includes(c.id) && kept.findIndex((d) => d.id === c.id) === i);
}

// Network access said of firewalls, open ports or segments is the network's own security (13.1.x); access to networks and
// network services (9.1.2) is who may connect: a VPN, a private line, remote access. An IP allowlist alone (the addresses
// allowed to reach the service, a database or the console) restricts access to the service itself, as 9.4.1 does: the
// held-out security overviews of several providers count it so, their product's and their own alike.
const WHO_CONNECTS = /\bvpn\b|\bip\b|allow-?list|\bremote\b|\bprivate (?:connection|link|line)|閉域|接続元|リモート|IPアドレス|IP制限/iu;
const NETWORK_PATH = /\bvpn\b|\bremote access\b|\bprivate (?:connection|link|line|network)|\bnetwork access\b|\bbastion\b|\bjump (?:host|server)\b|閉域|専用線|リモートアクセス|踏み台|ネットワーク(?:へ|への)?アクセス/iu;

/** 9.1.2 read from words where the section speaks of filtering traffic (the network's security) or of an IP allowlist alone. */
function filtered(control: RecognizedControl, heading: string, body: string): RecognizedControl[] {
  if (control.id !== '9.1.2' || control.via === 'reference') return [control];
  const text = `${heading}\n${body}`.normalize('NFKC');
  if (!NETWORK_PATH.test(text) && WHO_CONNECTS.test(text)) return [{ ...control, id: '9.4.1' }];
  if (!FILTERING.test(text) || WHO_CONNECTS.test(text)) return [control];
  return [{ ...control, id: '13.1.3' }];
}

/**
 * CLD.8.1.5 read from words where the section deletes data only when its own retention period runs out (a notice that
 * records past their period are deleted on a date, 保存期間終了データ削除のお知らせ) and never speaks of the customer
 * leaving or an account lapsing: a retention schedule, not the customer's assets at the end of the contract.
 */
function periodEndOnly(control: RecognizedControl, heading: string, body: string): boolean {
  // A page titled for its customer data's retention ("Customer Data Retention Policy") answers by its title: the
  // schedule there is what becomes of every kind of the customer's data.
  if (control.id !== 'CLD.8.1.5' || control.via === 'reference' || control.via === 'title') return false;
  const text = `${heading}\n${body}`.normalize('NFKC');
  return deletesAtPeriodEnd(text) && !END_OF_CONTRACT.test(text) && deletedAtLapse(heading, body) === undefined;
}

/**
 * 12.3.1 read from the body's words where every sentence that names backups deletes the customer's data or hands it back
 * ("erased from our servers, and from our backups within 90 days", "time to back up your projects"): a page on the data's
 * end names backups as where the deletion ends and the customer's own copy, not the provider's practice.
 */
function backupsAtDataEnd(control: RecognizedControl, body: string): boolean {
  if (control.id !== '12.3.1' || control.via !== 'body') return false;
  const naming = splitSentences(body).map(({ start, end }) => body.slice(start, end).normalize('NFKC')).filter((sentence) => namesAnywhere('12.3.1', normalise(sentence)));
  // A "sentence" of hundreds of characters is a page flattened to one line, whose one sentence says everything.
  return naming.length > 0 && naming.every((sentence) => sentence.length <= 300 && endsTheData(sentence));
}

interface RecognizeOptions {
  readonly below?: string;
  readonly title?: boolean;
  readonly questions?: boolean;
  readonly leading?: boolean;
  readonly opening?: boolean;
  readonly page?: PageKind;
  readonly borne?: ReadonlySet<string>;
  readonly measures?: boolean;
  /** The page's title is a log's (an audit-log or login-history page): its access words name the events it records. */
  readonly logs?: boolean;
  /** The document numbers its own outline (headingControls.ts `ownOutline`): a heading's number is its chapter's. */
  readonly outline?: boolean;
  /** The heading of the section this one is a subsection of: its chapter's topic ("Backup" over "Frequency"). */
  readonly parent?: string;
}

function recognized(heading: string, body: string, inherited: readonly string[], options: RecognizeOptions, rows: readonly AnsweredRow[]): RecognizedControl[] {
  const role = headingRole(heading);
  const result: RecognizedControl[] = [];
  const add = (control: RecognizedControl) => {
    if (!inherited.includes(control.id) && !result.some((r) => r.id === control.id)) result.push(control);
  };
  const references = (text: string) => {
    for (const ref of findControlReferences(text)) for (const id of ref.ids) add({ id, via: 'reference', words: [text.slice(ref.start, ref.end)] });
  };
  // A heading that names its controls by id says all there is to say.
  references(heading);
  if (result.length > 0) return result;
  references(withoutQuotes(body));
  // A table that lists controls by bare id, one per row ("12.4.4 | 時刻の同期 | …").
  for (const row of body.split('\n').filter((line) => /\t|\|/.test(line))) {
    for (const cell of row.split(/\t+|\|/).map((c) => c.trim().normalize('NFKC'))) {
      if (/^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(cell) && lookupControl(cell, '2013')) add({ id: cell, via: 'reference', words: [cell] });
    }
  }
  const numbered = /^\s*(?:CLD|[0-9０-９])/i.test(heading) ? headingControls(heading, options.outline) : { ids: [], via: 'none' };
  if (numbered.via === 'number') for (const id of numbered.ids) add({ id, via: 'reference', words: [heading.trim().split(/\s+/)[0]] });
  if (DEFINES.test(heading.normalize('NFKC')) || ASKS_OTHERS.test(heading.normalize('NFKC')) || plannedSection(heading) || SWITCHED_OFF.test(heading.normalize('NFKC').trim()) || options.page === 'procurement') return result;
  // A reader's how-to question answered by steps names the customer's buttons, not the provider's practice.
  if (howToAnswer(heading, options.below ? `${body}\n${options.below}` : body)) return result;
  // A heading names its topics whatever words its body uses (annotators and reviewers read it so: a stricter reading
  // lost as many right controls as wrong ones on documents it was not tuned on); the body's words that back it are
  // shown beside it, so a reviewer sees a guess for what it is.
  const backing = wordsByControl(options.below ? `${body}\n${options.below}` : body);
  const via = options.title ? 'title' : 'heading';
  const section = options.below ? `${heading}\n${body}\n${options.below}` : `${heading}\n${body}`;
  const topics = takenUp(fromHeading(heading, !options.below), options.below ? `${body}\n${options.below}` : body).filter((t) => !(options.title && SETTING.has(t.id)));
  // A heading whose words are too common to name their control here still gives the section a topic: its body is read
  // as any section's whose heading names one ("Secure deletion methods" over a list of methods names no encryption).
  const unproven: string[] = [];
  // A body of labels and sub-headings alone (a stored page that lost its text) states nothing on any of them. A body
  // left empty asks what the heading alone names.
  const says = (body.trim() === '' && !options.below) || statesSomething(options.below ? `${body}\n${options.below}` : body);
  // An opening of a date and a sentence listing the page's topics is its table of contents: the title's topics stand only
  // where the page's sections take them up, and its own words answer nothing.
  const announcing = options.title === true && announcesTopics(body);
  const full = options.below ? `${body}\n${options.below}` : body;
  // A certification still to come, the cloud's it runs on, or a scheme only followed, answers 18.2.1 by no word of the
  // section; an id written still does.
  const noReview = reviewNotYet(full) || hostsReview(full) || reviewFollowedOnly(full);
  const due = (id: string) => !(noReview && id === '18.2.1');
  // Off a whitepaper, a heading word is a topic: the section's own words must name the practice, in more than one sentence.
  const raised = options.page !== undefined && options.page !== 'whitepaper';
  // A FAQ's question names what it asks about: an answer that it is not offered ("Not yet.", "いいえ、…") answers none of it.
  const asked = ASKED.test(heading.normalize('NFKC').trim());
  const declined = asked && DECLINED.test(body.normalize('NFKC').trim());
  // A FAQ's answer answers its question, in whatever words ("When is maintenance announced?" / "A week before.").
  // Where the data is kept is said in one sentence that names the place ("stored in the Tokyo region").
  const said = (id: string) => !raised || !PRACTICE_CONTROLS.has(id) || ((backing.get(id)?.length ?? 0) > 0 && (substantial(full) || (id === '6.1.3' && placeNamed(full) !== undefined)));
  for (const { id, words } of topics) {
    if (!due(id)) continue;
    // The title's words answer in the opening only where the opening's own words bear them out.
    if ((!said(id) || (options.opening && !backing.has(id) && !options.borne?.has(id)) || (announcing && !options.borne?.has(id))) && says) {
      unproven.push(id);
      continue;
    }
    if (!says || declined) {
      unproven.push(id);
      continue;
    }
    // A word as common as 契約 or 法令 names its control only where the section bears it out; the evidence is the reason.
    // A FAQ group's common word ("ご契約について") is not borne out by what one of its questions' answers says.
    // A heading in the standard's own words for the control (秘密認証情報, 認証情報の管理) names its subject outright.
    const ownTitle = id === '9.2.4' ? SECRET_MANAGED.exec(heading.normalize('NFKC'))?.[0] : undefined;
    const evidence = ownTitle ?? borneOut(id, words, options.questions ? `${heading}\n${body}` : section);
    if (evidence === false) {
      unproven.push(id);
      continue;
    }
    const support = [...(typeof evidence === 'string' ? [evidence] : []), ...(backing.get(id) ?? [])].slice(0, 4);
    add({ id, via, words, ...(support.length > 0 ? { support } : {}) });
  }
  // A terms article that changes, suspends or ends the service names the notice of change (ruling R5); off terms only where it tells the customer.
  const changed = says && !declined ? serviceChange(heading, full, options.page === 'terms') : undefined;
  if (changed !== undefined) add({ id: '12.1.2', via, words: [changed.words], ...(changed.notice !== undefined ? { support: [changed.notice] } : {}) });
  const transfers = says && !declined ? dataTransfers(heading) : undefined;
  if (transfers !== undefined) add({ id: '6.1.3', via, words: [transfers] });
  // A paragraph that opens with a label ("Backups: …", "保存期間：…") names its topic as a heading would;
  // so does a list item's label, unless the section already has a topic ("・操作ログ：3年間" under "ログの保存" is a value).
  if (DEFINITIONS.test(heading.normalize('NFKC'))) return result;
  // A list of measures answers a control per item, in an introduction too (a short security statement is all opening);
  // read after the body's words, which it would otherwise hold to the stricter reading of a section with a topic. Under
  // a heading of its own topic ("データの削除" on a security page), a list gives that topic's details, not measures.
  const listed = says && !announcing && !CUSTOMER_SIDE.test(heading) ? listedAnswers(withoutExamples(body), MEASURES_CONTEXT.test(heading) || (options.measures === true && topics.length === 0), POLICY_CLAUSES.test(heading)).filter((c) => due(c.id) && borneOut(c.id, c.words, section) !== false) : [];
  // An introduction's body previews the topics the later sections answer.
  if (role === 'introduction' && options.leading) {
    for (const control of listed) add(control);
    return result;
  }
  if (says && !announcing) {
    // A retention schedule's line ("Security training records: 3 years") names a kind of record kept: its label answers
    // only the topics a period belongs to (logs, backups, records, the customer's data), not training or monitoring.
    // A flattened table's row is read as the body's words: the rules on a label's content would look for a period the
    // prose reader does not see on the next line.
    // A label's common word ("Procedures." over an arbitration clause) is borne out by the paragraph it heads, not by
    // whatever else a long section says.
    for (const { label, kept, row, paragraph } of labels(body, result.length === 0 && unproven.length === 0)) for (const { id, words } of fromHeading(label)) if (!SETTING.has(id) && due(id) && said(id) && (!kept || KEPT_TOPICS.has(id)) && borneOut(id, words, paragraph === undefined ? section : `${label}\n${paragraph}`) !== false) add({ id, via: row ? 'body' : 'label', words });
    for (const control of fromBody(withoutExamples(body), [...result.map((c) => c.id), ...inherited, ...unproven], !options.opening, unproven)) if (due(control.id) && borneOut(control.id, control.words, section) !== false) add(control);
    for (const control of affirmedAnswers(body, rows)) if (due(control.id) && borneOut(control.id, control.words, section) !== false) add(control);
  }
  for (const control of listed) add(control);
  for (const shaped of [responsibilityMatrix(body), locationList(body, heading)]) if (shaped !== undefined) add({ ...shaped, via: 'body' });
  // A period answers under a heading of no topic of its own ("Copies kept for recovery"), not in a document's opening.
  const periods = topics.length === 0 && unproven.length === 0 && !options.title && heading.trim() !== '' && role === 'none';
  if (says && !options.opening) for (const stated of statedInBody(body, { periods })) if (due(stated.id)) add({ ...stated, via: 'body' });
  const recorded = RECORDS_HEADING.test(heading.normalize('NFKC')) ? RECORDS_ACCESS_WORDS.exec(body.normalize('NFKC')) : null;
  if (says && recorded !== null && due('12.4.1')) add({ id: '12.4.1', via, words: [heading.trim()], support: [recorded[0].slice(0, 40)] });
  if (result.length === 0) for (const control of division(body)) add(control);
  // A heading of security at large over a body that names access control once and limits access answers 9.4.1.
  const limited = says && topics.length === 0 && !options.title && !options.opening && SECURITY_AT_LARGE.test(heading.normalize('NFKC')) ? accessLimited(body) : undefined;
  const accessWord = limited !== undefined ? occurrences(body).find((o) => o.id === '9.4.1' && o.weight === 3 && !limited.toLowerCase().includes(o.term.toLowerCase())) : undefined;
  if (limited !== undefined && accessWord !== undefined) add({ id: '9.4.1', via: 'body', words: [accessWord.term, limited.slice(0, 40)] });
  // What no other path gave, the learnt weights may, by the same bars as the body's words: not to the text under the
  // document's title or an introduction (they preview the topics later sections answer), an announcement or a declined
  // answer, a topic the heading named that the section did not bear out, nor a review that is its host's.
  // The end of the contract is learnt from words of leaving that a fee clause shares with it ("cancel", "subscription",
  // "terminate"): the section must delete or return data.
  const leavingBorne = (control: RecognizedControl) => control.id !== 'CLD.8.1.5' || dataFate(section) !== undefined;
  if (says && !options.title && role !== 'introduction' && !announcing && !declined) for (const control of learntControls(heading, body, [...result.map((c) => c.id), ...inherited, ...unproven], options.parent)) if (leavingBorne(control) && due(control.id)) add(control);
  // Read after the other paths, whose bars ask what the section has found so far (a division of roles only where
  // nothing else is): the peer cloud the service runs on and how its customers' security level is kept through it
  // (27017 CLD 15.1.3, R2). Each from the section's own text: a chapter that gave its subsections' answers would read
  // them more strictly.
  const own = `${heading}\n${body}`;
  const peer = says && !declined ? peerKept(own) : undefined;
  if (peer !== undefined) add({ id: '15.1.3', via: 'body', words: [peer.peer], support: [peer.kept] });
  // The provider weighing its suppliers' security, said in one sentence under any heading (R1).
  const vetted = suppliersVetted(body);
  if (says && !declined && vetted !== undefined) add({ id: '15.1.1', via: 'body', words: [vetted] });
  // The suppliers bound by agreement, said in one sentence under any heading (R1).
  const bound = says && !declined ? chainBound(body) : undefined;
  if (bound !== undefined) add({ id: '15.1.2', via: 'body', words: [bound] });
  const standing = result.filter((c) => STANDS_UNDER[role](c, options.page));
  const channelOnly = VULNERABILITY_REPORTS.test(heading.normalize('NFKC')) && !REMEDIED.test(full.normalize('NFKC'));
  const moved = channelOnly ? standing.filter((c) => c.via === 'reference' || c.id !== '12.6.1') : standing;
  // An SLA's customer duties are the conditions of its commitment, not a division of the work: the shared roles only
  // where the section gives both sides their part.
  const divided = options.page !== 'sla' || division(full).length > 0 || responsibilityMatrix(body) !== undefined;
  const shared = divided ? moved : moved.filter((c) => c.via === 'reference' || c.id !== 'CLD.6.3.1');
  const termsRead = options.page === 'terms' ? shared.filter((c) => c.via === 'reference' || !CONTRACT_STEPS_ON_TERMS.has(c.id)) : shared;
  // The body's own reading above stands for the section's unless its parts below add text.
  const assessed = SUPPLIERS_ASSESSED.test(full.normalize('NFKC')) || (full === body ? vetted : suppliersVetted(full)) !== undefined;
  const dpaRead = options.page === 'dpa' && !assessed ? termsRead.filter((c) => c.via === 'reference' || c.id !== '15.1.1') : termsRead;
  // A supplier named in passing ("the Supplier" a contract calls the provider, 委託先 a privacy policy hands data to and
  // supervises) is no policy for suppliers: the body's words answer 15.1.1 only where the section assesses them (R1).
  const suppliersRead = assessed ? dpaRead : dpaRead.filter((c) => c.id !== '15.1.1' || c.via !== 'body');
  // A section on the processing's chain answers the agreements that bind it, and the suppliers' security only where it assesses them.
  const chain = says && !declined ? processingChain(heading) : undefined;
  const agreements: RecognizedControl[] = chain === undefined || suppliersRead.some((c) => c.id === '15.1.2') ? [] : [{ id: '15.1.2', via, words: [chain] }];
  const named = chain === undefined ? suppliersRead : [...suppliersRead.filter((c) => c.via === 'reference' || c.id !== '15.1.1' || assessed), ...agreements];
  // A feature the customer configures, or a how-to, names access topics without saying how the provider controls access;
  // on a catalogue of features, any practice of the provider's (a password-on-send feature names no cryptography of its own).
  const featureControls = options.page === 'features' ? PRACTICE_CONTROLS : FEATURE_CONTROLS;
  const featured = !named.some((c) => c.via !== 'reference' && featureControls.has(c.id)) || !customerFeature(heading, section, options.page === 'features') ? named : named.filter((c) => c.via === 'reference' || !featureControls.has(c.id) || standardTitle(c.id, heading));
  // Read after the bar on a customer's features: a password the customer resets through the provider's link is still the
  // provider's process for issuing and resetting it.
  return says && !declined ? [...featured, ...ruledContractSteps(heading, full, featured, options.page === 'terms')] : featured;
}
