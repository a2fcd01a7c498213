// "Logs are kept 180 days" in one place and "2 years" in another: the reader
// cannot tell which promise holds. Different kinds of log with different
// periods are not a conflict; the same kind with two periods is.
import type { ProseFact, SectionModel } from '../model/whitepaper';
import { keptWith } from '../model/keptWith';
import { allSections } from '../model/sectionsFor';
import { LOG_KINDS } from '../catalog/logKinds';
import type { Fix } from '../core/finding';
import type { Localized } from '../core/locale';
import { proseFactPeriod, rewritePeriod } from '../model/periodText';
import { defineRule } from './rule';
import { setByCustomer } from './customerSetPeriod';

// A sentence that names a log, not only "records": English records are logs when they say what they record.
const NAMES_LOG =
  /ログ|監査証跡|記録|履歴|\blogs?\b|\blogging\b|\baudit\s{1,3}trails?\b|\b(?:audit|access|event|activity|operations?|operator|sign-?in|log-?in|authentication|system|security|transaction|usage)\s{1,3}records\b/i;
const THESE_LOGS: Localized = { en: 'logs', ja: 'これらのログ' };
const MAX_FIXED_STATEMENTS = 20;
const MAX_FIXED_PERIODS = 4;

/** The words of a log kind a sentence uses, normalised ("Audit logs" and "audit log" are one); the kind itself when it names none. */
function wordsOf(sentence: string, kind: string): string[] {
  const words = LOG_KINDS.find((k) => k.kind === kind)?.words;
  const found = words ? sentence.match(words) : null;
  if (!found) return [kind];
  return [...new Set(found.map((w) => w.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '')))];
}

// Periods that are cases of one policy, not two statements of one fact: per plan or edition, a default the
// customer may change, how long logs can be viewed or searched rather than kept, when they move to an archive.
const PER_PLAN = /プラン|エディション|コース|\bplans?\b|\btiers?\b|\beditions?\b|\bsubscriptions?\b/i;
const ADJUSTABLE = /(?:設定|変更|指定|選択|延長)(?:でき|可能|いただけ)|デフォルト|初期値|既定|\b(?:can|may)\s{1,3}(?:be\s{1,3})?(?:set|configur|chang|adjust|extend|customi[sz]|select|choose)|\bdefaults?\b|\bconfigurable\b/i;
const VIEWING = /閲覧|検索|表示|参照|\b(?:view|search|brows|query|queri)\w{0,4}\b|\bavailable\s{1,3}(?:in|on|from|via)\b|\baccessible\b/i;
const ARCHIVING = /アーカイブ|コールドストレージ|\barchiv\w{0,4}\b|\bcold\s{1,3}storage\b/i;
const KEEPING = /保存|保管|保持|\bretain|\bretention\b|\bkept\b|\bkeep|\bstored\b/i;

// A period counted from the end of the contract ("解約後30日以内にログを削除") is when logs go, not how long they are kept.
const CONTRACT_END = /契約(?:の|が|を)?(?:終了|満了|解除)|解約|退会|\bterminat|\bcancel|\baccount\s{1,3}is\s{1,3}closed\b|\b(?:contract|subscription|agreement)\s{1,3}ends?\b/i;

/** What a period of the sentence is about beyond its log: "" for keeping; undefined for a case that is compared with nothing. */
function objectOf(sentence: string): string | undefined {
  if (PER_PLAN.test(sentence) || ADJUSTABLE.test(sentence) || setByCustomer(sentence)) return undefined;
  if (CONTRACT_END.test(sentence)) return 'after-contract';
  if (ARCHIVING.test(sentence)) return 'archive';
  if (VIEWING.test(sentence) && !KEEPING.test(sentence)) return 'view';
  return '';
}

/** The log periods a section states, each under the kinds and words of log its sentence names; read once per section. */
const logStatements = keptWith((section: SectionModel, text: string) => {
  const found: { fact: ProseFact; keys: string[] }[] = [];
  for (const fact of section.prose) {
    // Only periods whose own sentence names the log: a bulleted list's "保存期間:180日間" may belong to any kind.
    if (fact.topic !== 'log-retention' || fact.inferred || (fact.kind !== 'duration' && fact.kind !== 'indefinite')) continue;
    // Two logs each described in their own words ("…に関するログ") need not be the same log.
    if (fact.logKind === 'described') continue;
    const sentence = text.slice(fact.sentence.start, fact.sentence.end);
    // "Payroll records: 7 years" and "Financial records: 7 years" are business records, each with its own period.
    if (!NAMES_LOG.test(sentence)) continue;
    const object = objectOf(sentence);
    if (object === undefined) continue;
    // "at least one year" and "two years" do not disagree: a lower bound is compared only with lower bounds.
    const bound = fact.qualifier === 'at-least' ? 'least' : '';
    const keys: string[] = [];
    // "監査ログ、アクセスログ及び操作ログは1年間" is a statement about each of the three.
    for (const kind of fact.logKinds ?? [fact.logKind ?? 'general']) {
      // Two words of one kind may name two logs ("操作ログ" and "作業ログ"): a conflict needs the same word.
      for (const word of wordsOf(sentence, kind)) keys.push(`${kind}\u0000${word}\u0000${object}\u0000${bound}`);
    }
    found.push({ fact, keys });
  }
  return found;
});

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
  checkDocument(document, report) {
    const byKind = new Map<string, ProseFact[]>();
    for (const section of allSections(document)) {
      for (const { fact, keys } of logStatements(section, document.text)) {
        for (const key of keys) {
          const list = byKind.get(key);
          if (list) list.push(fact);
          else byKind.set(key, [fact]);
        }
      }
    }
    // A statement about several kinds conflicts under each; it is reported once.
    const reported = new Set<ProseFact>();
    for (const [key, facts] of byKind) {
      const kind = key.slice(0, key.indexOf('\u0000'));
      const periods = new Set(facts.map((f) => (f.kind === 'indefinite' ? Infinity : f.value)));
      if (periods.size < 2) continue;
      // Periods of one sentence are its cases ("searchable for 30 days and archived for a year"): a conflict needs two sentences.
      // With two periods and two sentences, some two sentences disagree.
      if (new Set(facts.map((f) => f.sentence.start)).size < 2) continue;
      // One example of each other period: enough to show the conflict, and linear in the statements, not quadratic.
      const firstOf = new Map<number | undefined, ProseFact>();
      for (const fact of facts) {
        const period = fact.kind === 'indefinite' ? Infinity : fact.value;
        if (!firstOf.has(period)) firstOf.set(period, fact);
      }
      // One fix per period stated: which one holds, only the author knows. Every finding carries every fix, so
      // the fixes grow with the square of the statements: past a real whitepaper's handful, they are left out.
      const logs = LOG_KINDS.find((k) => k.kind === kind)?.label ?? THESE_LOGS;
      const fixes: (Fix & { messageId: 'useEverywhere' })[] = [];
      for (const [period, example] of facts.length <= MAX_FIXED_STATEMENTS && firstOf.size <= MAX_FIXED_PERIODS ? firstOf : []) {
        const target = proseFactPeriod(example);
        if (!target) continue;
        const edits = facts.filter((f) => (f.kind === 'indefinite' ? Infinity : f.value) !== period).map((f) => rewritePeriod(document.text, f.span, target));
        fixes.push({ messageId: 'useEverywhere', data: { text: example.text, logs }, edits });
      }
      for (const fact of facts) {
        if (reported.has(fact)) continue;
        reported.add(fact);
        const period = fact.kind === 'indefinite' ? Infinity : fact.value;
        const others = [...firstOf].filter(([other]) => other !== period).map(([, example]) => example);
        report({
          ...fact.span,
          messageId: 'conflict',
          data: {
            text: fact.text,
            others: {
              en: [...new Set(others.map((o) => `"${o.text}"`))].join(', '),
              ja: [...new Set(others.map((o) => `「${o.text}」`))].join('、'),
            },
          },
          related: others.map((o) => ({ ...o.span, messageId: 'other', data: { text: o.text } })),
          fixes,
        });
      }
    }
  },
});
