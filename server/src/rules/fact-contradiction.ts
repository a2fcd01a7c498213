// A fact pinned under `facts:` is what tools and reviewers read first; when
// the prose of the same section states another value, one of them is wrong.
// Without a pin, two statements of one fact in the prose that disagree
// ("deleted within 30 days" here, "within 60 days" there) are the same fault.
import { keptIndex } from '../model/keptIndex';
import { allSections, factsUnder } from '../model/sectionsFor';
import { pinnedDays } from '../model/pinnedDuration';
import { parsePeriodCode, periodCode, proseFactPeriod, rewritePeriod } from '../model/periodText';
import type { Localized } from '../core/locale';
import type { FactEntry, ProseFact, SectionModel, WhitepaperModel } from '../model/whitepaper';
import { LIST_ITEM } from '../facts/sentences';
import { noticeKindOf } from '../facts/noticeKinds';
import { isLeadTimeOfChange } from '../facts/advanceNotice';
import { statementStarts } from '../facts/statementUnit';
import { END_OF_CONTRACT } from '../facts/leaving';
import { defineRule, type Report } from './rule';
import { adjustable, setByCustomer } from './customerSetPeriod';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';

/** Which prose facts a pinned key is compared with, and the value to compare. */
function comparable(key: string): ((f: ProseFact) => boolean) | undefined {
  const topics: Record<string, string> = {
    'deletion.after_termination': 'deletion',
    'backup.retention': 'backup-retention',
    'incident.notification': 'incident-notification',
    'change.notice': 'change-notice',
    'log.retention': 'log-retention',
  };
  if (key === 'backup.generations') return (f) => f.kind === 'generations';
  const kind = /^log\.retention\.([a-z_]+)$/.exec(key)?.[1];
  if (kind) return (f) => f.topic === 'log-retention' && f.logKind === kind && f.kind === 'duration';
  const topic = topics[key];
  return topic ? (f) => f.topic === topic && (f.kind === 'duration' || f.kind === 'immediate' || f.kind === 'indefinite') : undefined;
}

/** What a pinned entry would say to agree with a prose fact. */
function pinnedForm(f: ProseFact): string | number | undefined {
  if (f.kind === 'immediate' || f.kind === 'indefinite') return f.kind;
  const period = proseFactPeriod(f);
  return period && periodCode(period);
}

// The promises compared prose against prose (log periods are log-retention-consistency's), with how a reader names each.
const STATED: Record<string, Localized> = {
  deletion: { en: 'data deletion', ja: 'データの削除時期' },
  'backup-retention': { en: 'backup retention', ja: 'バックアップの保存期間' },
  'incident-notification': { en: 'incident notification', ja: 'インシデントの通知時期' },
  'change-notice': { en: 'change notice', ja: '変更の通知時期' },
};
// A sentence that narrows its promise to one case (major changes, changes to the customer's disadvantage, a plan,
// personal data, daily backups, a law) may
// rightly give another period than the general one: such statements are not compared.
const SCOPED =
  wordGaps(/重大|緊急|軽微|重要な|不利益|影響の(?:ない|少ない|大きい)|機能(?:の)?追加|プラン|エディション|大幅|大きな|大規模|広範|一部の|特定の|個人情報|個人データ|日次|週次|月次|年次|フル|差分|増分|法令|法律|規制|請求|アカウント|ログ|記録|履歴|\b(?:major|material|large|substantial|some|specific|critical|significant|minor|emergency|urgent|personal|daily|weekly|monthly|yearly|annual|full|incremental|differential|law|legal|regulat|billing|invoice|account|logs?|records?|plans?|tiers?|editions?|adverse|beneficial|new\s{1,3}features?)\b/i);
const OTHER_COPIES = /バックアップ|backup/i;
// A deletion period is the promise of CLD.8.1.5 only when it counts from the end of the contract; deleted items kept
// for restoring, or a trash emptied after N days, are other facts.
const CONTRACT_END = /契約|解約|退会|終了|利用停止|terminat|contract|cancel|clos(?:e|ing) (?:an |the |your )?account|end of (?:the )?(?:service|subscription)/i;
// What a promise is about, within its topic: a maintenance notice and a notice of new terms, snapshots and point-in-time copies are different promises that
// rightly give different periods. Statements are compared only with those about the same object (or, naming none
// of these, with each other).
const OBJECTS: Record<string, readonly (readonly [string, RegExp])[]> = {
  'change-notice': [
    ['maintenance', wordGaps(/メンテナンス|保守|計画停止|計画(?:的な)?(?:作業|工事)|\bmaintenance\b|\bplanned\s{1,3}(?:downtime|outages?|stops?|work|interruptions?)/i)],
    ['sub-processor', /再委託|委託先|サブプロセッサ|\bsub-?processors?\b|\bsubcontractors?\b/i],
    ['end-of-service', wordGaps(/(?:サービス|提供)(?:の)?(?:終了|廃止)|(?:サービス|提供)を(?:終了|廃止)|\bdiscontinu|\bdeprecat|\bwithdraw(?:s|n|al)?\b|\bsunset|\bretire|\bend\s{1,3}of\s{1,3}(?:life|service|support)\b/i)],
    ['price', /料金|価格|\bpric(?:e|es|ing)\b|\bfees?\b/i],
    // 契約者 is the customer, not the contract.
    ['terms', /規約|約款|契約(?!者)|ポリシー|\bterms\b|\bagreement\b|\bpolic(?:y|ies)\b/i],
    // Changes to what the customer uses, named as such ("changes to the Service", 「本サービスの内容の変更」, 仕様変更).
    ['service', wordGaps(/本サービス|サービス(?:の)?内容|仕様|機能|\bservices?\b|\bfeatures?\b|\bplatform\b|\bproducts?\b|\bAPIs?\b/i)],
  ],
  // Deleted on the customer's request and deleted after the contract ends count from different events.
  deletion: [['request', /ご?依頼|申請|申し出|要求|\brequests?(?:ed)?\b|\basks?\b/i]],
  // How long backups (or the data) stay after the customer leaves is the fate of the data on leaving, not the backups'
  // rolling period: "backups are kept for 14 days" and "after cancellation, backups are kept for 30 days" disagree on nothing.
  'backup-retention': [
    ['after-contract', END_OF_CONTRACT],
    // How long deleted data lingers in backups ("purged from backups within six months") is no period the backups are kept.
    ['purge', wordGaps(/(?:削除|消去)(?:された|した|済み)(?:の)?(?:データ|ファイル)|バックアップ(?:から|より)も?(?:削除|消去)|\bdeleted\s{1,3}(?:[a-z]{1,20}\s{1,3})?(?:data|files?|items?|records?|content|objects?)\b|\b(?:purged|removed|deleted|erased|expunged)\s{1,3}from\s{1,3}(?:the\s{1,3}|our\s{1,3}|all\s{1,3}|any\s{1,3})?backups?\b/i)],
    ['point-in-time', /ポイントインタイム|トランザクションログ|\bpoint[- ]in[- ]time\b|\bPITR\b|\bwrite-ahead\b|\bWAL\b/i],
    ['snapshot', /スナップショット|\bsnapshots?\b/i],
    ['off-site', /遠隔地|別拠点|災害|\boff-?site\b|\bdisaster\b|\bDR\b|\bgeo-/i],
  ],
};
const objectIn = (topic: string, text: string) => OBJECTS[topic]?.find(([, words]) => words.test(text))?.[0];
// A sentence that names no object takes its section's ("Planned maintenance: … at least 7 days before", "End of service:
// … 6 months before"): the heading says which notice the period is.
const objectOf = (topic: string, sentence: string, section: SectionModel) => objectIn(topic, sentence) ?? objectIn(topic, section.title?.slice(0, 200) ?? '') ?? '';

/**
 * What an incident promise is about: the kind its clause or sentence names (facts/noticeKinds.ts), else the kind its
 * section's heading names ("障害のお知らせ" and "情報漏えい時の対応" hold different promises), else none.
 */
function incidentObject(fact: ProseFact, section: SectionModel): string {
  if (fact.notice) return fact.notice;
  return noticeKindOf(section.title?.slice(0, 200) ?? '') ?? '';
}
const MAX_REPORTED = 50;

const proseValue = (f: ProseFact) => (f.kind === 'immediate' ? 0 : f.kind === 'indefinite' ? Infinity : f.value);


export default defineRule({
  id: 'fact-contradiction',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A fact pinned under `facts:` that the section\'s prose contradicts, or two statements of one fact in the prose that disagree.',
    ja: '`facts:` に明記した値と同じセクションの本文の記載、または本文中の同じ事柄についての2つの記載が食い違っています。',
  },
  messages: {
    contradicts: {
      en: '{key} is pinned as "{pinned}", but the text says {prose}; make them agree.',
      ja: '{key} は「{pinned}」と明記されていますが、本文では {prose} となっています。どちらかに合わせてください。',
    },
    prose: {
      en: 'The text says "{text}".',
      ja: '本文の記載:「{text}」',
    },
    pinToText: { en: 'Pin {key} to what the text says: {value}', ja: '{key} を本文の値 {value} に合わせる' },
    textToPin: { en: 'Change the text to the pinned {value}', ja: '本文を明記した値 {value} に合わせる' },
    disagrees: {
      en: 'The {what} is "{text}" here but "{other}" elsewhere; state one period.',
      ja: '{what}がここでは「{text}」ですが、別の箇所では「{other}」です。1つにそろえてください。',
    },
    first: { en: 'Also stated as "{text}".', ja: '別の記載:「{text}」' },
    useFirst: { en: 'Use "{other}" here too', ja: 'ここも「{other}」にそろえる' },
  },
  checkDocument(document, report) {
    checkProse(document, report);
    for (const section of allSections(document)) {
      // Most sections pin nothing: what they state is not gathered for nothing.
      if (section.facts.length === 0) continue;
      const { prose } = factsUnder(section);
      for (const pinned of section.facts as readonly FactEntry[]) {
        const matches = comparable(pinned.key);
        if (!matches) continue;
        const stated = prose.filter(matches);
        if (stated.length === 0) continue;
        const value = pinned.key === 'backup.generations' ? Number(pinned.value) : pinnedDays(pinned.value);
        if (value === undefined || Number.isNaN(value)) continue;
        if (stated.some((f) => proseValue(f) === value)) continue;
        // Which side is right only the author knows: both ways are offered, neither preferred.
        const generations = pinned.key === 'backup.generations';
        const codes = [...new Set(stated.map(pinnedForm).filter((c) => c !== undefined))];
        const toText = codes.map((value) => ({ messageId: 'pinToText' as const, data: { key: pinned.key, value: String(value) }, edits: [{ ...pinned.valueSpan, text: String(value) }] }));
        const period = parsePeriodCode(pinned.value, generations);
        const toPin = period ? [{ messageId: 'textToPin' as const, data: { value: String(pinned.value) }, edits: stated.map((f) => rewritePeriod(document.text, f.span, period)) }] : [];
        report({
          ...pinned.valueSpan,
          messageId: 'contradicts',
          data: { key: pinned.key, pinned: String(pinned.value), prose: stated.map((f) => `"${f.text}"`).join(', ') },
          related: stated.map((f) => ({ ...f.span, messageId: 'prose', data: { text: f.text } })),
          fixes: [...toText, ...toPin],
        });
      }
    }
  },
});

/** Two statements of one section in different paragraphs, neither of them a list item. */
function apart(text: SourceText, first: ProseFact, later: ProseFact): boolean {
  const isItem = (f: ProseFact) => LIST_ITEM.test(text.slice(text.lastIndexOf('\n', f.sentence.start) + 1, f.sentence.start + 1));
  if (isItem(first) || isItem(later)) return false;
  // Paragraphs far apart are apart; the gap is only searched when it is short.
  const gap = later.sentence.start - first.sentence.end;
  return gap > 20_000 || /\n[ \t]*\n/.test(text.slice(first.sentence.end, later.sentence.start));
}

/** The periods of a section that are compared across the document, each with what it is a period of; read once per section. */
const comparedStatements = keptIndex((section: SectionModel, text: SourceText) => {
  const read: { fact: ProseFact; key: string; unit: number }[] = [];
  const startOf = section.bodySpan ? statementStarts(text, section.bodySpan) : undefined;
  for (const fact of section.prose) {
    if (fact.kind !== 'duration' || fact.inferred || fact.customerDuty || fact.range || fact.value === undefined || !(fact.topic! in STATED)) continue;
    const sentence = text.slice(fact.sentence.start, fact.sentence.end);
    if (SCOPED.test(sentence) || adjustable(sentence) || setByCustomer(sentence) || (fact.topic === 'deletion' && (OTHER_COPIES.test(sentence) || !CONTRACT_END.test(sentence)))) continue;
    // A "notice" in a contract is of many things (a payment demand, a switch of supplier, a credit limit moved): only a
    // period the sentence itself gives as the lead time before a change is compared as the change notice, and only with
    // one about the same thing changed, named by the sentence or its heading (「与信限度額を変更する場合、3日前までに通知」
    // names no change to the service, and is compared with nothing).
    if (fact.topic === 'change-notice' && (!isLeadTimeOfChange(sentence, fact.relation) || objectOf('change-notice', sentence, section) === '')) continue;
    // "at least" and "within" bound different things; "before" and "after" count from different events.
    const object = fact.topic === 'incident-notification' ? incidentObject(fact, section) : objectOf(fact.topic!, sentence, section);
    const key = `${fact.topic}/${object}/${fact.relation ?? ''}/${fact.qualifier === 'at-least' ? 'least' : 'most'}`;
    read.push({ fact, key, unit: startOf ? startOf(fact.span.start, fact.sentence) : fact.sentence.start });
  }
  // A table, list or sentence that gives one promise several periods states its cases (per kind of data, per
  // channel): none of them is compared.
  const values = new Map<string, Set<number>>();
  for (const { fact, key, unit } of read) {
    const at = `${unit}/${key}`;
    const seen = values.get(at);
    if (seen) seen.add(fact.value!);
    else values.set(at, new Set([fact.value!]));
  }
  return read.filter(({ key, unit }) => values.get(`${unit}/${key}`)!.size === 1).map(({ fact, key }) => ({ fact, key }));
});

/** Prose against prose: one pass over every statement, grouped by what it promises; each that differs from the first is reported. */
function checkProse(document: WhitepaperModel, report: (r: Report<'disagrees' | 'first' | 'useFirst'>) => void): void {
  // Within one paragraph or list, periods that differ are mostly cases of one policy ("仕様変更は1週間前、大幅な変更は
  // 1か月前"): statements are compared across sections, or across paragraphs of one section when neither is a list item.
  const groups = new Map<string, { first: ProseFact; section: SectionModel; differing: ProseFact[] }>();
  const sections = allSections(document);
  const compared = comparedStatements.in(document, document.text);
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    for (const { fact, key } of compared(i)) {
      const group = groups.get(key);
      if (!group) groups.set(key, { first: fact, section, differing: [] });
      else if (fact.value !== group.first.value && group.differing.length < MAX_REPORTED && (section !== group.section || apart(document.text, group.first, fact))) group.differing.push(fact);
    }
  }
  let reported = 0;
  for (const { first, differing } of groups.values()) {
    if (differing.length === 0) continue;
    // The first statement is reported too, as log-retention-consistency reports every one: either may be the wrong one.
    const other = differing[0];
    const otherPeriod = proseFactPeriod(other);
    report({
      ...first.span,
      messageId: 'disagrees',
      data: { what: STATED[first.topic!], text: first.text, other: other.text },
      related: differing.slice(0, 5).map((f) => ({ ...f.span, messageId: 'first' as const, data: { text: f.text } })),
      fixes: otherPeriod ? [{ messageId: 'useFirst', data: { other: other.text }, edits: [rewritePeriod(document.text, first.span, otherPeriod)] }] : [],
    });
    const period = proseFactPeriod(first);
    for (const fact of differing) {
      if (reported++ >= MAX_REPORTED) return;
      report({
        ...fact.span,
        messageId: 'disagrees',
        data: { what: STATED[fact.topic!], text: fact.text, other: first.text },
        related: [{ ...first.span, messageId: 'first', data: { text: first.text } }],
        fixes: period ? [{ messageId: 'useFirst', data: { other: first.text }, edits: [rewritePeriod(document.text, fact.span, period)] }] : [],
      });
    }
  }
}
