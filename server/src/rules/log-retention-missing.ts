// Logging (12.4.1, 12.4.3, 18.1.3) without a retention period leaves the
// customer unable to plan investigations; each log kind named needs one,
// unless a period is given for logs in general.
import { LOG_KINDS } from '../catalog/logKinds';
import { splitSentences } from '../facts';
import { leftToDocument } from '../facts/deferral';
import type { ProseFact, SectionModel } from '../model/whitepaper';
import { allSections, factsFor, factsUnder, sectionsFor } from '../model/sectionsFor';
import type { Facts } from '../model/sectionsFor';
import { keptWith } from '../model/keptWith';
import { keptIndex } from '../model/keptIndex';
import { defineRule } from './rule';
import { retentionSetByCustomer } from './customerSetPeriod';
import { statementFix } from './statementFix';
import { bodyToSource, firstSentence, placeOf } from './subjectPlace';
import { CALLS_IT_A_LOG, DESCRIBES_LOGS, LOG_WORD, RECORDS_ACCESS_WORDS, USE_HISTORY } from '../catalog/logWords';
import { collectedLog, collectsInformation, CUSTOMERS_LOGS_TAKEN_IN, customerExports, EXPORTING, inPassing, loggedAsProperty, LOGS_IT, NO_LOGGING, PROVIDES_LOGS, statesProvidersLogs } from '../facts/providersLogs';
import type { WhitepaperModel } from '../model/whitepaper';
import type { Report } from './rule';
import type { Span } from '../core/finding';
import { wordGaps } from '../core/wordGaps';
import { definesTerm } from '../facts/commitmentOf';

const LOGGING = ['12.4.1', '12.4.3', '18.1.3'];
// Where the finding sits (ruling P1): on the statement that the provider keeps a log, one that names the log ("audit logs
// of every action are kept") before one that only says something is logged ("access is logged and allowed to a few"),
// and never first on one where "logged" is a property of another measure ("transfers are secure and are logged").
const ownLogStatement = (sentence: string) => statesProvidersLogs(sentence) && !loggedAsProperty(sentence);
const NAMES_ITS_LOG = { test: (text: string) => CALLS_IT_A_LOG.test(text) && splitSentences(text).some(({ start, end }) => { const sentence = text.slice(start, end); return CALLS_IT_A_LOG.test(sentence) && ownLogStatement(sentence); }) };
const STATES_ITS_LOGGING = { test: (text: string) => mayStateLogs(text) && splitSentences(text).some(({ start, end }) => ownLogStatement(text.slice(start, end))) };
/** The text has some word a statement of the provider's logs needs: read before its sentences are. */
const mayStateLogs = (text: string) => CALLS_IT_A_LOG.test(text) || LOGS_IT.test(text) || RECORDS_ACCESS_WORDS.test(text) || PROVIDES_LOGS.test(text);
// How long logs are kept: what a sentence that leaves it to another document must speak of ("kept as set out in the retention schedule").
const KEEPING = wordGaps(/保存|保管|保持|期間|\bretain|\bretention\b|\bkept\b|\bkeep|\bstored\b|\bhow\s{1,3}long\b/i);

/**
 * The section speaks of logs it keeps: a log word in a sentence that neither denies keeping them nor only has the
 * customer export them. Kept with the section.
 */
const describesLogs = keptWith((section: SectionModel): boolean => {
  const title = section.title ?? '';
  const body = factsUnder(section).body;
  const text = `${title}\n${body}`;
  if (!DESCRIBES_LOGS.test(text)) return false;
  if (!NO_LOGGING.test(text) && !EXPORTING.test(text) && !inPassing(text)) return true;
  // A heading is a noun phrase: "Exporting conversation logs" names the feature, not a log kept.
  const denied = NO_LOGGING.test(text);
  if (DESCRIBES_LOGS.test(title) && !denied && !EXPORTING.test(title)) return true;
  // Once the section says logging is not in place ("Monitoring and Logging: we do not use such tools yet"), its other
  // words of logging are talk of it ("logging can help detect incidents"); only a log the provider says it keeps counts.
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    if (denied) return statesProvidersLogs(sentence);
    return DESCRIBES_LOGS.test(sentence) && !NO_LOGGING.test(sentence) && !customerExports(sentence) && !inPassing(sentence);
  });
});

/** The section's heading or text has a word of logs at all: asked of every section answering 12.4.1 or 12.4.3 on every edit, kept with it. */
const mentionsLogs = keptWith((section: SectionModel): boolean => DESCRIBES_LOGS.test(`${section.title ?? ''}\n${factsUnder(section).body}`));

/** The log periods the sections answering logging state, vague ones left out: kept with their facts, gathered again only when those sections change. */
const periodsIn = keptWith((facts: Facts) => facts.prose.filter((f) => f.topic === 'log-retention' && f.kind !== 'vague'));

/** A sentence leaves how long logs are kept to another document by name: the period is stated there. */
const logPeriodLeftToDocument = (section: SectionModel): boolean =>
  splitSentences(section.body ?? '').some(({ start, end }) => {
    const sentence = section.body!.slice(start, end);
    return DESCRIBES_LOGS.test(sentence) && KEEPING.test(sentence) && leftToDocument(sentence);
  });

// What the rule reads from every section, on every edit: kept with the section, asked through the document's index.
// Whether the customer sets the log period, sends in their own logs, or the period is left to another document: one
// index, not three each read for every section.
const leavesOpen = keptIndex(
  (section: SectionModel) =>
    retentionSetByCustomer(section.body ?? '', DESCRIBES_LOGS) || CUSTOMERS_LOGS_TAKEN_IN.test(`${section.title ?? ''}\n${section.body ?? ''}`) || logPeriodLeftToDocument(section),
);
const logPeriodsStated = keptIndex((section: SectionModel) => section.prose.filter((f) => f.topic === 'log-retention' && !f.inferred && f.kind !== 'vague'));

/**
 * The log periods of `own` and of every section, asked one by one until one answers: not gathered into a list, which
 * on a whitepaper stating thousands of them was made anew on every edit to be asked whether one is general.
 */
function statedPeriods(document: WhitepaperModel, own: readonly ProseFact[]): (test: (fact: ProseFact) => boolean) => boolean {
  return (test) => {
    if (own.some(test)) return true;
    const stated = logPeriodsStated.in(document);
    const count = allSections(document).length;
    for (let i = 0; i < count; i++) if (stated(i).some(test)) return true;
    return false;
  };
}

/** A section says the customer sets the log period, sends in their own logs, or leaves the period to another document. */
function leavesLogPeriodOpen(document: WhitepaperModel): boolean {
  const open = leavesOpen.in(document);
  // Indexed loops here and below, no callback per section: they run over every section on every edit.
  const count = allSections(document).length;
  for (let i = 0; i < count; i++) if (open(i)) return true;
  return false;
}

export default defineRule({
  id: 'log-retention-missing',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'Logging is described (12.4.1, 12.4.3, 18.1.3) but no retention period is given for a log kind the text names.',
    ja: 'ログ(12.4.1、12.4.3、18.1.3)について記載があるのに、挙げられたログの保存期間の記載がありません。',
  },
  messages: {
    noRetention: {
      en: '{id}: logs are described but no retention period is given; say how long logs are kept.',
      ja: '{id}: ログについての記載がありますが、保存期間の記載がありません。ログの保存期間を書いてください。',
    },
    kindNoRetention: {
      en: '{id}: the {kind} is named but its retention period is not given.',
      ja: '{id}: {kind}が挙げられていますが、その保存期間の記載がありません。',
    },
    collectedNoRetention: {
      en: '{id}: the text says it collects logs but not how long they are kept; say how long logs are kept.',
      ja: '{id}: ログを取得すると書かれていますが、保存期間の記載がありません。ログの保存期間を書いてください。',
    },
    addRetention: { en: 'Add a sentence on how long logs are kept, and facts: {key}', ja: 'ログの保存期間を述べる一文と facts: {key} を追加' },
  },
  // Logging is often spread over several sections (what is logged, how long it is kept): they are read together.
  checkDocument(document, report) {
    const facts = factsFor(document, LOGGING);
    const { sections, pinned, body } = facts;
    if (sections.length === 0) {
      checkUnlabelled(document, report);
      return;
    }
    // A section on the protection of records (18.1.3) that never speaks of logs owes no log period. The set of sections
    // answering logging is made only for a section that does not (most sections answering it speak of logs).
    let logging: Set<SectionModel> | undefined;
    const answersLogging = (s: SectionModel) => (logging ??= new Set(['12.4.1', '12.4.3'].flatMap((id) => sectionsFor(document, id)))).has(s);
    const describing = sections.filter((s) => describesLogs(s) || (!mentionsLogs(s) && answersLogging(s)));
    if (describing.length === 0) {
      checkCollected(document, report);
      return;
    }
    if (leavesLogPeriodOpen(document)) return;
    const { section: first, span } = placeOf(document, describing, 'log', [NAMES_ITS_LOG, STATES_ITS_LOGGING, DESCRIBES_LOGS, LOGS_IT]);
    const id = first.controls.map((c) => c.id).join(', ');
    // A period stated in another section counts too (a published text puts it where it likes); a vague one is no period.
    const anyPeriod = statedPeriods(document, periodsIn(facts));
    if (!anyPeriod(() => true) && !pinned.some((f) => f.key.startsWith('log.retention'))) {
      // Where the sections answering logging only speak of logs ("secrets kept with audit trails enabled", a table row of
      // log words), the gap sits on a statement elsewhere that the provider keeps or collects them (ruling P1).
      const stated = describing.some((s) => NAMES_ITS_LOG.test(s.body ?? '') || STATES_ITS_LOGGING.test(s.body ?? ''));
      const elsewhere = stated ? undefined : statementOfLogs(document, { property: false });
      const at = elsewhere ?? { section: first, span, messageId: 'noRetention' as const };
      const fix = addRetentionFix(document, at.section);
      report({ ...at.span, messageId: at.messageId, data: { id }, fixes: [fix] });
      return;
    }
    if (anyPeriod((f) => !f.logKind || f.logKind === 'general') || pinned.some((f) => f.key === 'log.retention')) return;
    // A definition ("「履歴情報」とは…アクセスログ、操作履歴等の情報を指します") names kinds of log and keeps none of them.
    let kept: string | undefined;
    const keptBody = () => (kept ??= splitSentences(body).map(({ start, end }) => body.slice(start, end)).filter((s) => !definesTerm(s)).join('\n'));
    for (const { kind, label, words } of LOG_KINDS) {
      if (body.search(words) < 0 || keptBody().search(words) < 0) continue;
      // "Audit logs and access logs are kept for one year" covers both kinds it names; a kind named only after the
      // period ("…kept for 12 months; the audit logs can be downloaded") is not what the period is about.
      const covered = anyPeriod((f) => f.logKind === kind || f.logKinds?.includes(kind) || document.text.slice(f.sentence.start, f.span.end).search(words) >= 0);
      if (covered || pinned.some((f) => f.key === `log.retention.${kind}`)) continue;
      const sentence = { en: `The ${label.en} is kept for {todo} days.`, ja: `${label.ja}は{todo}日間保存します。` };
      const fix = statementFix('addRetention', document, first, { sentence, key: `log.retention.${kind}` }, { key: `log.retention.${kind}` });
      // The finding sits on the sentence that names the kind, where the reader sees which log is meant.
      const naming = { test: (text: string) => text.search(words) >= 0 };
      const named = describing.map((s) => firstSentence(document, s, naming)).find((found) => found !== undefined);
      report({ ...(named ?? span), messageId: 'kindNoRetention', data: { id, kind: label }, fixes: [fix] });
    }
  },
});

/** The fix that adds a sentence on the logs' period, with its fact, to `section`. */
const addRetentionFix = (document: WhitepaperModel, section: SectionModel) =>
  statementFix('addRetention', document, section, { sentence: { en: 'Logs are kept for {todo} days.', ja: 'ログは{todo}日間保存します。' }, key: 'log.retention' }, { key: 'log.retention' });

// A heading over the provider's own measures ("Security controls", "Our practices", 「セキュリティ対策」): its bullets are
// practices in noun phrases, with no verb to say who keeps what.
const MEASURES_TITLE = /対策|取り組み|管理策|\bsecurity\b|\bcontrols\b|\bmeasures\b|\bpractices\b|\bsafeguards\b/i;
// A chapter of measures whose parts are lists of them ("Technical and Organisational Measures" over "Integrity"); not a
// title on security as a whole, whose parts are anything a security page says.
const MEASURES_CHAPTER = /措置|対策|管理策|\bmeasures\b|\bsafeguards\b|\bTOMs?\b/i;
// Logging vendors named in a bullet ("uses logging and metrics observability providers") are no log the provider keeps,
// nor is a contents entry linking to a section ("- [Monitoring, logging, and alerting](#monitoring)").
const LOGGING_VENDORS = /\blogging\b[^.,;\n]{0,40}\b(?:providers?|vendors?|tools?|partners?)\b|^\s*[-*•・]\s*\[[^\]\n]*\]\(#/i;
// Logging named as a practice in one such bullet: "Continuous monitoring and logging for anomalies", "Audit logging of admin actions".
const LOGGING_ITEM = wordGaps(/^[ \t]*[-*•・]\s{1,3}[^\n]{0,80}(?:\blogging\b(?!\s{1,3}(?:in|into|on|out)\b)|\baudit\s{1,3}trails?\b|ログ(?:の)?(?:取得|記録|監視|管理|収集))/i);

/** A section's first sentence in which the provider says it keeps logs; kept with the section. */
const ownLogsIn = keptWith((section: SectionModel): { start: number; end: number } | undefined => {
  const body = section.body ?? '';
  if (!mayStateLogs(body)) return undefined;
  return splitSentences(body).find(({ start, end }) => statesProvidersLogs(body.slice(start, end)));
});

/** A section's first bullet that names logging as a practice, read where the section lists the provider's measures; kept with the section. */
const loggingItemIn = keptWith((section: SectionModel): { start: number; end: number } | undefined => {
  const body = section.body ?? '';
  if (!CALLS_IT_A_LOG.test(body)) return undefined;
  return splitSentences(body).find(({ start, end }) => {
    const sentence = body.slice(start, end);
    return LOGGING_ITEM.test(sentence) && !NO_LOGGING.test(sentence) && !customerExports(sentence) && !CUSTOMERS_LOGS_TAKEN_IN.test(sentence) && !LOGGING_VENDORS.test(sentence);
  });
});

/**
 * The sections that list the provider's measures: headed so ("Security controls"), or parts of a chapter headed so
 * ("Technical and Organizational Measures" over "Integrity" and "Availability"), whose bullets are practices too.
 */
function measuresLists(document: WhitepaperModel): Set<SectionModel> {
  const lists = new Set<SectionModel>();
  const walk = (sections: readonly SectionModel[], under: boolean) => {
    for (const section of sections) {
      if (under || MEASURES_TITLE.test(section.title ?? '')) lists.add(section);
      walk(section.sections, under || MEASURES_CHAPTER.test(section.title ?? ''));
    }
  };
  walk(document.sections, false);
  return lists;
}

/**
 * The first line of a section on the information the provider collects that names a log of the service's use (ruling
 * Q2): one that calls it a log before a history of use ("アクセスログ" before "ページ閲覧履歴"). Kept with the section.
 */
const collectedLogIn = keptWith((section: SectionModel): { start: number; end: number } | undefined => {
  const body = section.body ?? '';
  if (!LOG_WORD.test(body) && !USE_HISTORY.test(body)) return undefined;
  const sentences = splitSentences(body).map(({ start, end }) => ({ start, end, text: body.slice(start, end) }));
  const collects = collectsInformation(section.title ?? '', sentences.map(({ text }) => text));
  const lines = sentences.filter(({ text }) => collectedLog(text, collects));
  return lines.find(({ text }) => LOG_WORD.test(text)) ?? lines[0];
});

type LogStatement = { readonly section: SectionModel; readonly span: Span; readonly messageId: 'noRetention' | 'collectedNoRetention' };

/**
 * Where the provider says it keeps logs, in document order: a sentence of its own that names the log, then one that
 * says something is logged, then a line of the information it collects that names one (ruling Q2), and last one where
 * "logged" is a property of another measure (ruling P1).
 */
function statementOfLogs(document: WhitepaperModel, { property = true }: { readonly property?: boolean } = {}): LogStatement | undefined {
  const sections = allSections(document);
  const measures = measuresLists(document);
  const own = (s: SectionModel) => ownLogsIn(s) ?? (measures.has(s) ? loggingItemIn(s) : undefined);
  const said = (s: SectionModel) => { const range = own(s); return range === undefined ? undefined : (s.body ?? '').slice(range.start, range.end); };
  const at = (section: SectionModel, range: { start: number; end: number }, messageId: LogStatement['messageId']): LogStatement => ({ section, span: bodyToSource(document, section)(range), messageId });
  const named = sections.find((s) => { const text = said(s); return text !== undefined && CALLS_IT_A_LOG.test(text) && !loggedAsProperty(text); });
  if (named) return at(named, own(named)!, 'noRetention');
  const logged = sections.find((s) => { const text = said(s); return text !== undefined && !loggedAsProperty(text); });
  if (logged) return at(logged, own(logged)!, 'noRetention');
  const collected = sections.find((s) => collectedLogIn(s) !== undefined);
  if (collected) return at(collected, collectedLogIn(collected)!, 'collectedNoRetention');
  const passing = property ? sections.find((s) => own(s) !== undefined) : undefined;
  return passing && at(passing, own(passing)!, 'noRetention');
}

/** A text that answers no logging control in a section speaking of logs still owes the period of the logs it says it collects (ruling Q2). */
function checkCollected(document: WhitepaperModel, report: (r: Report<'noRetention' | 'kindNoRetention' | 'collectedNoRetention' | 'addRetention'>) => void): void {
  const statement = statementOfLogs(document);
  if (statement?.messageId !== 'collectedNoRetention') return;
  const stated = logPeriodsStated.in(document);
  const sections = allSections(document);
  // A period of a log or of a history of use answers; one of a feature's history ("履歴グラフ（90日）") does not.
  const ofLogs = (f: ProseFact) => { const sentence = document.text.slice(f.sentence.start, f.sentence.end); return LOG_WORD.test(sentence) || USE_HISTORY.test(sentence); };
  if (sections.some((s, i) => s.facts.some((f) => f.key.startsWith('log.retention')) || stated(i).some(ofLogs)) || leavesLogPeriodOpen(document)) return;
  const fix = addRetentionFix(document, statement.section);
  report({ ...statement.span, messageId: 'collectedNoRetention', data: { id: '12.4.1' }, fixes: [fix] });
}

/**
 * A text whose sections name none of the logging controls still owes the logs' period once it says, under any heading,
 * that the provider keeps logs ("Access control: … every access is logged") or collects them (ruling Q2): the finding
 * sits on the first such sentence. A log period anywhere, one the customer sets, one left to another document, or logs
 * the customer sends in answer it.
 */
function checkUnlabelled(document: WhitepaperModel, report: (r: Report<'noRetention' | 'kindNoRetention' | 'collectedNoRetention' | 'addRetention'>) => void): void {
  const first = statementOfLogs(document);
  if (!first) return;
  if (first.messageId === 'collectedNoRetention') {
    checkCollected(document, report);
    return;
  }
  const sections = allSections(document);
  const stated = logPeriodsStated.in(document);
  if (sections.some((s) => s.facts.some((f) => f.key.startsWith('log.retention'))) || leavesLogPeriodOpen(document)) return;
  const periods = sections.flatMap((_, i) => stated(i));
  if (periods.length === 0) {
    const fix = addRetentionFix(document, first.section);
    report({ ...first.span, messageId: 'noRetention', data: { id: '12.4.1' }, fixes: [fix] });
    return;
  }
  // Periods for other kinds ("application logs are retained for up to 30 days") say nothing of the kind a sentence of the
  // provider's own names ("every mutation is recorded in an append-only audit log"), unless one is for logs in general:
  // the first such sentence of each section is read, and the first kind without a period is reported.
  if (periods.some((f) => !f.logKind || f.logKind === 'general')) return;
  // Whether a kind has a period, asked once per kind: not per section, which on a long text would read every period again.
  const covered = new Map<string, boolean>();
  const hasPeriod = (kind: string, kindWords: RegExp) => {
    let has = covered.get(kind);
    if (has === undefined) covered.set(kind, (has = periods.some((f) => f.logKind === kind || f.logKinds?.includes(kind) || document.text.slice(f.sentence.start, f.span.end).search(kindWords) >= 0)));
    return has;
  };
  const measures = measuresLists(document);
  for (const section of sections) {
    const own = ownLogsIn(section) ?? (measures.has(section) ? loggingItemIn(section) : undefined);
    if (own === undefined) continue;
    const span = bodyToSource(document, section)(own);
    const words = document.text.slice(span.start, span.end);
    for (const { kind, label, words: kindWords } of LOG_KINDS) {
      if (words.search(kindWords) < 0 || hasPeriod(kind, kindWords)) continue;
      const fix = statementFix('addRetention', document, section, { sentence: { en: `The ${label.en} is kept for {todo} days.`, ja: `${label.ja}は{todo}日間保存します。` }, key: `log.retention.${kind}` }, { key: `log.retention.${kind}` });
      report({ ...span, messageId: 'kindNoRetention', data: { id: '12.4.1', kind: label }, fixes: [fix] });
      return;
    }
  }
}
