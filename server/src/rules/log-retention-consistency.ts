// "Logs are kept 180 days" in one place and "2 years" in another: the reader
// cannot tell which promise holds. Different kinds of log with different
// periods are not a conflict; the same kind with two periods is.
import type { ModelPart, ProseFact, SectionModel } from '../model/whitepaper';
import { keptWith } from '../model/keptWith';
import { keptByPart } from '../model/placeIndex';
import { LOG_KINDS, namedLogs } from '../catalog/logKinds';
import type { Fix, RelatedSpan } from '../core/finding';
import { append, arraysBySize } from '../core/arrays';
import type { Localized } from '../core/locale';
import { proseFactPeriod, rewritePeriod } from '../model/periodText';
import { defineRule } from './rule';
import { adjustable, setByCustomer } from './customerSetPeriod';
import { statementStarts } from '../facts/statementUnit';
import { DELETE_WORDS } from '../facts/leaving';
import { CALLS_IT_A_LOG, NAMES_LOG } from '../catalog/logWords';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';

const THESE_LOGS: Localized = { en: 'logs', ja: 'これらのログ' };
const MAX_FIXED_STATEMENTS = 20;
const MAX_FIXED_PERIODS = 4;

/** The words of a log kind a sentence uses, normalised ("Audit logs" and "audit log" are one); the kind itself when it names none. */
function wordsOf(sentence: string, kind: string): string[] {
  // Logs the catalog does not know ("ダウンロード履歴", "billing logs") are one only when named alike; a bare "logs" is
  // the same only as another bare "logs".
  if (kind === 'general' || kind === 'named') {
    const names = namedLogs(sentence);
    return names.length > 0 ? names : [kind];
  }
  const words = LOG_KINDS.find((k) => k.kind === kind)?.words;
  const found = words ? sentence.match(words) : null;
  if (!found) return [kind];
  return [...new Set(found.map((w) => w.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '')))];
}

// Periods that are cases of one policy, not two statements of one fact: per plan or edition, a default the
// customer may change, how long logs can be viewed or searched rather than kept, when they move to an archive.
const PER_PLAN = /プラン|エディション|コース|\bplans?\b|\btiers?\b|\beditions?\b|\bsubscriptions?\b/i;
// Logs reviewed or exported over a span ("Export and review audit logs (90 days)" as a step of offboarding) are looked
// back over, not kept: that span is how far a step reaches.
const VIEWING = wordGaps(/閲覧|検索|表示|参照|レビュー|エクスポート|\b(?:view|search|brows|query|queri|review|export)\w{0,4}\b|\bavailable\s{1,3}(?:in|on|from|via)\b|\baccessible\b/i);
const ARCHIVING = wordGaps(/アーカイブ|コールドストレージ|\barchiv\w{0,4}\b|\bcold\s{1,3}storage\b/i);
const KEEPING = /保存|保管|保持|\bretain|\bretention\b|\bkept\b|\bkeep|\bstored\b/i;
// Logs that move between storage tiers as they age have a period per tier ("warm storage: 90 days"): each tier is
// compared only with statements of the same tier.
const STORAGE_TIER = /ホット|ウォーム|コールド|ローカル|オンライン|オフライン|\b(?:hot|warm|cold|local(?:ly)?|online|offline|nearline)\b/i;

// A period counted from the end of the contract ("解約後30日以内にログを削除") is when logs go, not how long they are kept.
const CONTRACT_END = wordGaps(/契約(?:の|が|を)?(?:終了|満了|解除)|解約|退会|\bterminat|\bcancel|\baccount\s{1,3}is\s{1,3}closed\b|\b(?:contract|subscription|agreement)\s{1,3}ends?\b/i);

// "Message records are deleted within 30 days; then billing records within 90 days": deadlines by which data of
// several kinds goes, on a retention page, are not how long a log is kept. A deadline counts only where its sentence
// calls what it deletes a log.
const dataDeadline = (fact: ProseFact, sentence: string) => fact.qualifier === 'within' && DELETE_WORDS.test(sentence) && !CALLS_IT_A_LOG.test(sentence);

/** What a period of the sentence is about beyond its log: "" for keeping; undefined for a case that is compared with nothing. */
function objectOf(sentence: string): string | undefined {
  if (PER_PLAN.test(sentence) || adjustable(sentence) || setByCustomer(sentence)) return undefined;
  if (CONTRACT_END.test(sentence)) return 'after-contract';
  if (ARCHIVING.test(sentence)) return 'archive';
  const tier = STORAGE_TIER.exec(sentence);
  if (tier) return `tier:${tier[0].toLowerCase().replace(/ly$/, '')}`;
  if (VIEWING.test(sentence) && !KEEPING.test(sentence)) return 'view';
  return '';
}

/** The log periods a section states, each under the kinds and words of log its sentence names; read once per section. */
const logStatements = keptWith((section: SectionModel, text: SourceText) => {
  const found: Statement[] = [];
  const startOf = section.bodySpan ? statementStarts(text, section.bodySpan) : undefined;
  // Each statement (a table, a list, a sentence) is named by its first period: an object that moves with the section.
  const units = new Map<number, ProseFact>();
  for (const fact of section.prose) {
    // Only periods whose own sentence names the log: a bulleted list's "保存期間:180日間" may belong to any kind.
    if (fact.topic !== 'log-retention' || fact.inferred || (fact.kind !== 'duration' && fact.kind !== 'indefinite')) continue;
    // Two logs each described in their own words ("…に関するログ") need not be the same log.
    if (fact.logKind === 'described') continue;
    const sentence = text.slice(fact.sentence.start, fact.sentence.end);
    // "Payroll records: 7 years" and "Financial records: 7 years" are business records, each with its own period.
    if (!NAMES_LOG.test(sentence) || dataDeadline(fact, sentence)) continue;
    const object = objectOf(sentence);
    if (object === undefined) continue;
    // "at least one year" and "two years", "up to three years" and "one year" do not disagree: a bound is compared
    // only with the same bound.
    const bound = fact.qualifier ?? '';
    const keys: string[] = [];
    // "監査ログ、アクセスログ及び操作ログは1年間" is a statement about each of the three.
    for (const kind of fact.logKinds ?? [fact.logKind ?? 'general']) {
      // Two words of one kind may name two logs ("操作ログ" and "作業ログ"): a conflict needs the same word.
      for (const word of wordsOf(sentence, kind)) keys.push(`${kind}\u0000${word}\u0000${object}\u0000${bound}`);
    }
    const start = startOf ? startOf(fact.span.start, fact.sentence) : fact.sentence.start;
    let unit = units.get(start);
    if (!unit) units.set(start, (unit = fact));
    found.push({ fact, keys, unit });
  }
  return found;
});

interface Statement {
  readonly fact: ProseFact;
  readonly keys: readonly string[];
  /** The statement it belongs to: the first period of its table, list or sentence. */
  readonly unit: ProseFact;
}

/** The period a statement gives, indefinite as Infinity. */
const periodOf = (fact: ProseFact): number | undefined => (fact.kind === 'indefinite' ? Infinity : fact.value);

/** The inputs of a part that has none (PartCheck.inputs). */
const NONE: readonly unknown[] = [];

/** A part's log statements, its sections' in document order: kept with the part, so an edit re-reads only the part it touched. */
const statementsOf = keptByPart((part: ModelPart, text: SourceText) => {
  const found: Statement[] = [];
  const visit = (section: SectionModel) => {
    append(found, logStatements(section, text));
    section.sections.forEach(visit);
  };
  part.sections.forEach(visit);
  return found;
});

/** What a statement of one period is told: the other periods, one example each. */
interface Answer {
  readonly examples: readonly ProseFact[];
  readonly others: Localized;
  readonly related: readonly RelatedSpan[];
}

/** What is said of every conflicting statement about one key of log: one answer per period stated. */
interface Verdict {
  /** The statements in conflict: those of a table, list or sentence that gives the log several periods are its cases. */
  readonly compared: readonly ProseFact[];
  readonly fixes: readonly (Fix & { messageId: 'useEverywhere' })[];
  readonly byPeriod: ReadonlyMap<number | undefined, Answer>;
}

const NO_FIXES: Verdict['fixes'] = [];

interface Judged {
  /** The statements judged, compared one by one (===) with the next analysis's. */
  readonly facts: readonly ProseFact[];
  /** Where each statement started, when the fixes (which hold offsets) depend on it. */
  readonly starts?: readonly number[];
  /** Undefined: no conflict. */
  readonly verdict?: Verdict;
}

/**
 * The last judgement of each key, by its first statement: a key whose statements an edit left alone keeps its
 * verdict (the same object), so the findings kept with the parts that state it stand.
 */
const judged = new WeakMap<ProseFact, Map<string, Judged>>();

function verdictFor(key: string, facts: readonly ProseFact[], units: readonly ProseFact[], text: SourceText): Verdict | undefined {
  let byKey = judged.get(facts[0]);
  const last = byKey?.get(key);
  if (last && still(last, facts)) return last.verdict;
  const verdict = judge(key, facts, units, text, last?.verdict);
  if (!byKey) judged.set(facts[0], (byKey = new Map()));
  byKey.set(key, { facts, starts: verdict && verdict.fixes.length > 0 ? facts.map((f) => f.span.start) : undefined, verdict });
  return verdict;
}

function sameFacts(a: readonly ProseFact[], b: readonly ProseFact[]): boolean {
  return a.length === b.length && a.every((fact, i) => fact === b[i]);
}

function still(last: Judged, facts: readonly ProseFact[]): boolean {
  if (last.facts.length !== facts.length) return false;
  for (let i = 0; i < facts.length; i++) {
    if (last.facts[i] !== facts[i]) return false;
    if (last.starts && last.starts[i] !== facts[i].span.start) return false;
  }
  return true;
}

/** A statement (a table, list or sentence) that gives one log several periods. */
const SEVERAL: unique symbol = Symbol('several');

/** Periods compared as a set compares them (NaN is NaN). */
const samePeriod = (a: number | undefined | typeof SEVERAL, b: number | undefined) => a === b || (a !== a && b !== b);

/** Whether the facts give two periods or more, without a set of them. */
function twoPeriods(facts: readonly ProseFact[]): boolean {
  for (let i = 1; i < facts.length; i++) if (!samePeriod(periodOf(facts[0]), periodOf(facts[i]))) return true;
  return false;
}

/**
 * Whether the statements under `key` conflict, and what each is told. An answer whose examples are the last
 * verdict's is that answer again: an edit to one statement of a log named a thousand times leaves the findings of
 * the others standing.
 */
function judge(key: string, all: readonly ProseFact[], units: readonly ProseFact[], text: SourceText, last: Verdict | undefined): Verdict | undefined {
  const kind = key.slice(0, key.indexOf('\u0000'));
  if (!twoPeriods(all)) return undefined;
  // Periods of one table, list or sentence are its cases ("searchable for 30 days and archived for a year", a row per
  // log with a column per storage tier): such a statement is compared with nothing. The others give one period each,
  // so two periods among them are two statements that disagree. Each statement's one period, or SEVERAL: no set per
  // statement, as a key a log named a thousand times is judged again whenever one of its statements changes.
  const periodOfUnit = new Map<ProseFact, number | undefined | typeof SEVERAL>();
  for (let i = 0; i < all.length; i++) {
    const period = periodOf(all[i]);
    if (!periodOfUnit.has(units[i])) periodOfUnit.set(units[i], period);
    else if (!samePeriod(periodOfUnit.get(units[i]), period)) periodOfUnit.set(units[i], SEVERAL);
  }
  const facts = all.filter((_, i) => periodOfUnit.get(units[i]) !== SEVERAL);
  if (!twoPeriods(facts)) return undefined;
  // One example of each other period: enough to show the conflict, and linear in the statements, not quadratic.
  const firstOf = new Map<number | undefined, ProseFact>();
  for (const fact of facts) {
    const period = periodOf(fact);
    if (!firstOf.has(period)) firstOf.set(period, fact);
  }
  // One fix per period stated: which one holds, only the author knows. Every finding carries every fix, so
  // the fixes grow with the square of the statements: past a real whitepaper's handful, they are left out.
  const logs = LOG_KINDS.find((k) => k.kind === kind)?.label ?? THESE_LOGS;
  let fixes: (Fix & { messageId: 'useEverywhere' })[] | undefined;
  for (const [period, example] of facts.length <= MAX_FIXED_STATEMENTS && firstOf.size <= MAX_FIXED_PERIODS ? firstOf : []) {
    const target = proseFactPeriod(example);
    if (!target) continue;
    const edits = facts.filter((f) => periodOf(f) !== period).map((f) => rewritePeriod(text, f.span, target));
    (fixes ??= []).push({ messageId: 'useEverywhere', data: { text: example.text, logs }, edits });
  }
  const byPeriod = new Map<number | undefined, Answer>();
  for (const period of firstOf.keys()) {
    const others = [...firstOf].filter(([other]) => other !== period).map(([, example]) => example);
    const before = last?.byPeriod.get(period);
    if (before && sameFacts(before.examples, others)) {
      byPeriod.set(period, before);
      continue;
    }
    byPeriod.set(period, {
      examples: others,
      others: {
        en: [...new Set(others.map((o) => `"${o.text}"`))].join(', '),
        ja: [...new Set(others.map((o) => `「${o.text}」`))].join('、'),
      },
      // Placed where each statement is when the finding is reported (a statement in another part moves without it).
      related: others.map((o) => ({ ...o.span, of: o, messageId: 'other', data: { text: o.text } })),
    });
  }
  return { compared: facts, fixes: fixes ?? NO_FIXES, byPeriod };
}

export default defineRule({
  id: 'log-retention-consistency',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'The same kind of log is given different retention periods in different places.',
    ja: '同じ種類のログに、箇所によって異なる保存期間が書かれています。',
  },
  messages: {
    conflict: {
      en: 'Log retention "{text}" here, but {others} elsewhere for the same logs; state one period.',
      ja: 'ここではログの保存期間が「{text}」ですが、同じログについて他の箇所では{others}とされています。1つにそろえてください。',
    },
    other: {
      en: 'Also stated: "{text}".',
      ja: '別の記載:「{text}」',
    },
    useEverywhere: { en: 'Use "{text}" in every statement about the {logs}', ja: '{logs}の保存期間をすべて「{text}」にそろえる' },
  },
  checkParts(document, _context, parts) {
    // Every statement under each key, in document order, gathered from what each part keeps.
    const byKind = new Map<string, { facts: ProseFact[]; units: ProseFact[] }>();
    // Asked by the part's place: an array read per part, not a lookup, twice per part on every keystroke.
    const statementsAt = statementsOf.in(document, document.text, parts);
    for (let i = 0; i < parts.length; i++) {
      for (const { fact, keys, unit } of statementsAt(i)) {
        for (const key of keys) {
          const list = byKind.get(key);
          if (list) {
            list.facts.push(fact);
            list.units.push(unit);
          } else byKind.set(key, { facts: [fact], units: [unit] });
        }
      }
    }
    // A statement about several kinds conflicts under each; it is reported once, under the first key that conflicts.
    const verdictOf = new Map<ProseFact, Verdict>();
    for (const [key, { facts, units }] of byKind) {
      const verdict = verdictFor(key, facts, units, document.text);
      if (!verdict) continue;
      for (const fact of verdict.compared) if (!verdictOf.has(fact)) verdictOf.set(fact, verdict);
    }
    // One array of each length written again for each part, not one per part on every edit (the caller keeps a copy of
    // the few it keeps).
    const ofLength = arraysBySize<unknown>();
    return {
      inputs(_part, _at, index) {
        // What each statement is told: its answer (the same object while its examples stay) and the fixes.
        const statements = statementsAt(index);
        if (statements.length === 0) return NONE;
        const inputs = ofLength(2 * statements.length);
        let count = 0;
        for (const { fact } of statements) {
          const verdict = verdictOf.get(fact);
          inputs[count++] = verdict?.byPeriod.get(periodOf(fact));
          inputs[count++] = verdict?.fixes;
        }
        return inputs;
      },
      check(_part, report, _text, index) {
        for (const { fact } of statementsAt(index)) {
          const verdict = verdictOf.get(fact);
          if (!verdict) continue;
          const { others, related } = verdict.byPeriod.get(periodOf(fact))!;
          report({ ...fact.span, messageId: 'conflict', data: { text: fact.text, others }, related, fixes: verdict.fixes });
        }
      },
    };
  },
});
