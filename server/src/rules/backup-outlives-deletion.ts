// A promise to delete customer data 30 days after termination is not kept if
// backups of it live for 90: unless the text says what happens to backups,
// the reader is misled.
import { append } from '../core/arrays';
import { splitSentences } from '../facts';
import { answeredIds } from '../coverage/coverage';
import { allSections, factsUnder, sectionsFor } from '../model/sectionsFor';
import { pinnedDays } from '../model/pinnedDuration';
import type { ProseFact, SectionModel, WhitepaperModel } from '../model/whitepaper';
import { keptWith } from '../model/keptWith';
import { keptIndex } from '../model/keptIndex';
import { DELETE_WORDS, othersLeave } from '../facts/leaving';
import { defineRule } from './rule';
import { adjustable, setByCustomer } from './customerSetPeriod';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';

// Enough statements of the backups' period to find them; a document may hold thousands.
const MAX_RELATED = 5;
// Copies of the data by any name: a deletion text that speaks of "residual copies in replicas" speaks of backups.
const MENTIONS_BACKUP = /バックアップ|複製|レプリカ|スナップショット|アーカイブ|\bback\s?ups?\b|\breplica|\bsnapshots?\b|\barchives?\b|\bcopies\b/i;
// Said anywhere: what becomes of the backups of deleted data or after the contract ends ("backups of deleted data are
// overwritten in the normal rotation", "契約終了後のバックアップデータは保管期間の経過後に削除"). A plain period of the
// backups ("overwritten after 90 days") is not: it is what outlives the promise.
const FATE_OF_BACKUPS =
  wordGaps(/(?:バックアップ|複製|スナップショット)[^。\n]{0,40}(?:契約(?:の)?終了|解約|削除(?:された|済み)の?データ)|(?:契約(?:の)?終了|解約|削除(?:された|済み)の?データ)[^。\n]{0,40}(?:バックアップ|複製|スナップショット)|\bback\s?ups?\b[^.\n]{0,60}\b(?:terminat\w{0,5}|cancel\w{0,6}|deleted\s{1,3}(?:customer\s{1,3})?data)\b|\b(?:deleted\s{1,3}(?:customer\s{1,3})?data|terminat\w{0,5}|cancel\w{0,6})\b[^.\n]{0,60}\bback\s?ups?\b/i);
// Backups that end by their own rotation ("older backups are purged as the cycle runs", 「世代交代に伴い順次消去」): the
// copies of deleted data go with them, which is what becomes of the backups.
const PURGED_IN_CYCLE =
  wordGaps(/(?:バックアップ|複製|スナップショット)[^。\n]{0,40}(?:世代(?:交代|管理|の入れ替え)|ローテーション|サイクル|周期的に|順次)[^。\n]{0,20}(?:削除|消去|上書き|破棄)|\bback\s?ups?\b[^.\n]{0,60}\b(?:purged|deleted|overwritten|erased|removed|discarded|expire)\b[^.\n]{0,40}\b(?:cycle|rotation|rotates?|in\s{1,3}turn)\b|\bback\s?ups?\b[^.\n]{0,60}\b(?:cycle|rotation|rotates?)\b[^.\n]{0,40}\b(?:purged|deleted|overwritten|erased|removed|discarded|expire)\b/i);
const DAILY = /毎日|日次|1日1回|一日一回|daily|every day|once a day/i;
const WEEKLY = /毎週|週次|weekly|every week/i;
// A period after the end of the contract, not a length of keeping ("deleted 30 days after the contract ends"); staff
// leaving or an instance terminated is no end of the contract (othersLeave).
// The customer deleting data during use ("files you delete are removed within 30 days", 「お客様が削除したデータ」): a
// promise of its own, which backups outlive as they outlive the contract's end.
const USER_DELETES =
  wordGaps(/(?:お客様|利用者|ユーザー?)(?:ご自身)?が[^。\n]{0,20}削除|削除(?:した|された)(?:データ|ファイル|アイテム|項目|メッセージ)|\b(?:you|users?|customers?)\s{1,3}(?:delete|remove|erase)\b|\bdeleted\s{1,3}by\s{1,3}(?:you|the\s{1,3}(?:user|customer))\b/i);
const AFTER_TERMINATION = /契約|解約|退会|利用終了|terminat|cancel|end of (?:the |your )?(?:contract|agreement|subscription)|(?:contract|agreement|subscription) ends/i;

/** The largest of `values`, or undefined: a loop, since a document may hold more values than a call has arguments. */
function largest(values: Iterable<number>): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}

interface Lifetime {
  /** How long backups live, in days: the longest stated, from a period, from generations, or from their deletion after termination. */
  readonly days: number;
  readonly facts: readonly ProseFact[];
}

/** What a fact's own sentence names, read once per fact: every analysis asks it of every deletion period. */
const sentenceNames = keptWith((fact: ProseFact, text: SourceText) => {
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  // A default or a period the customer sets ("backup retention can be set up to 35 days") is no lifetime the provider
  // promises, nor a deletion it commits to.
  const termination = AFTER_TERMINATION.test(sentence) && !othersLeave(sentence);
  return {
    backups: MENTIONS_BACKUP.test(sentence),
    termination,
    userDeletes: !termination && USER_DELETES.test(sentence),
    adjustable: adjustable(sentence) || setByCustomer(sentence),
    deletes: DELETE_WORDS.test(sentence),
  };
});

/** A deletion period whose own sentence is about backups: when the copies go, counted from termination. */
const deletesBackups = (text: SourceText, fact: ProseFact) => fact.topic === 'deletion' && fact.kind === 'duration' && fact.value !== undefined && sentenceNames(fact, text).backups;

interface BackupStatements {
  readonly periods: readonly number[];
  readonly facts: readonly ProseFact[];
  readonly generations: readonly number[];
  readonly interval: number | undefined;
}

// A question asks what becomes of backups; it does not say ("how long after the termination do you keep data on backup media?").
const QUESTION = wordGaps(/[?？]|ですか|でしょうか|\bhow\s{1,3}long\s{1,3}(?:do|does|is|are|will)\b|\b(?:do|does|will|can)\s{1,3}you\b/i);
// How copies end ("remaining copies in replicas expire within 60 days", "上書きされます"): the sentence tells their fate.
const ENDS = /削除|消去|廃棄|破棄|上書き|失効|\bexpir|\bdelet|\beras|\bpurg|\boverwrit|\bdestr|\brotat/i;
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentences of a text that are statements, not questions. */
function statements(body: string): string[] {
  return splitSentences(body)
    .map(({ start, end }) => body.slice(start, end))
    .filter((sentence) => !QUESTION.test(sentence));
}

/** The statements of a section's text, its subsections' included, that name backups; read once per section. */
const backupSentences = keptWith((section: SectionModel) => statements(factsUnder(section).body).filter((sentence) => MENTIONS_BACKUP.test(sentence)).map(squeezed));

/** Whether some statement of a section says what becomes of backups of deleted data or after the contract; read once per section. */
const tellsFateOfBackups = keptIndex((section: SectionModel) => {
  const body = section.body ?? '';
  const fate = (sentence: string) => FATE_OF_BACKUPS.test(sentence) || PURGED_IN_CYCLE.test(sentence);
  return fate(body) && statements(body).some(fate);
});

/** Whether any section tells what becomes of the backups: asked by the section's place, an array read per section on every edit, not a lookup. */
function anyTellsFateOfBackups(document: WhitepaperModel): boolean {
  const tells = tellsFateOfBackups.in(document);
  const count = allSections(document).length;
  for (let i = 0; i < count; i++) if (tells(i)) return true;
  return false;
}

/** What one section says about how long backups live, read once per section: whether it is a backup section is its own claims'. */
const backupStatements = keptIndex((section: SectionModel, text: SourceText): BackupStatements => {
  const isBackup = section.controls.some((c) => answeredIds(c.id).includes('12.3.1'));
  const periods: number[] = [];
  const facts: ProseFact[] = [];
  let interval: number | undefined;
  const generations: number[] = [];
  for (const fact of section.prose) {
    if (fact.kind === 'duration' && fact.value !== undefined && sentenceNames(fact, text).adjustable) continue;
    if (fact.topic === 'backup-retention' && fact.kind === 'duration' && fact.value !== undefined && (isBackup || !fact.inferred)) {
      periods.push(fact.value);
      facts.push(fact);
    } else if (deletesBackups(text, fact) && sentenceNames(fact, text).termination) {
      periods.push(fact.value!);
      facts.push(fact);
    } else if (fact.kind === 'generations' && fact.value !== undefined && (isBackup || (fact.topic === 'backup-retention' && !fact.inferred))) generations.push(fact.value);
    else if (fact.topic === 'backup-frequency' && (isBackup || !fact.inferred)) interval ??= DAILY.test(fact.text) ? 1 : WEEKLY.test(fact.text) ? 7 : undefined;
  }
  if (isBackup) {
    const pinnedPeriod = pinnedDays(section.facts.find((f) => f.key === 'backup.retention')?.value);
    if (pinnedPeriod !== undefined) periods.push(pinnedPeriod);
    const pinnedGenerations = Number(section.facts.find((f) => f.key === 'backup.generations')?.value);
    if (Number.isFinite(pinnedGenerations)) generations.push(pinnedGenerations);
  }
  return { periods, facts, generations, interval };
});

/** What the backup sections, and any sentence elsewhere that names backups, say about how long backups live. */
function backupLifetime(document: WhitepaperModel): Lifetime | undefined {
  const periods: number[] = [];
  const facts: ProseFact[] = [];
  let interval: number | undefined;
  const generations: number[] = [];
  const sections = allSections(document);
  const statedIn = backupStatements.in(document, document.text);
  for (let i = 0; i < sections.length; i++) {
    const stated = statedIn(i);
    append(periods, stated.periods);
    append(facts, stated.facts);
    append(generations, stated.generations);
    interval ??= stated.interval;
  }
  if (interval !== undefined) for (const g of generations) periods.push(g * interval);
  const days = largest(periods);
  return days === undefined ? undefined : { days, facts };
}

/** The paragraph around a span: to the blank lines before and after it, within its section's body, at most 2,000 characters either side. */
function paragraphOf(text: SourceText, span: { start: number; end: number }, within: { start: number; end: number }): string {
  const before = text.slice(Math.max(within.start, span.start - 2000), span.start);
  const after = text.slice(span.end, Math.min(within.end, span.end + 2000));
  let start = -1;
  const blank = /\n[ \t]*\n/g;
  for (let m = blank.exec(before); m; m = blank.exec(before)) start = m.index;
  const end = after.search(/\n[ \t]*\n/);
  return (start === -1 ? before : before.slice(start)) + text.slice(span.start, span.end) + (end === -1 ? after : after.slice(0, end));
}

/** Promises to delete customer data after termination: in the deletion sections, and wherever else the text makes one. */
function deletionPromises(document: WhitepaperModel): { section: SectionModel; fact: ProseFact; unlabelled?: boolean }[] {
  const sections = sectionsFor(document, 'CLD.8.1.5');
  const promises: { section: SectionModel; fact: ProseFact; unlabelled?: boolean }[] = [];
  // A period a deletion section's heading alone lends ("Account closure requires recent MFA verification (within 15
  // minutes)" under "Account Closure") promises a deletion only when its sentence speaks of deleting or of the contract's end.
  const own = (fact: ProseFact, anywhere: boolean) => {
    if (fact.topic !== 'deletion' || fact.kind !== 'duration' || fact.value === undefined || deletesBackups(document.text, fact)) return false;
    const names = sentenceNames(fact, document.text);
    if (names.adjustable) return false;
    return anywhere ? !fact.inferred && names.termination : !fact.inferred || fact.anchored === true || names.deletes || names.termination;
  };
  for (const section of sections) for (const fact of factsUnder(section).prose) if (own(fact, false)) promises.push({ section, fact });
  // A promise made under another heading is a promise too, whichever sections are read as CLD.8.1.5: its own sentence
  // counts from the end of the contract.
  const labelled = new Set(promises.map((p) => p.fact));
  for (const section of allSections(document)) for (const fact of section.prose) if (!labelled.has(fact) && own(fact, true)) promises.push({ section, fact, unlabelled: true });
  return promises;
}

export default defineRule({
  id: 'backup-outlives-deletion',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'Backups are kept longer than the promised deletion of customer data, and the text does not say what happens to them.',
    ja: 'バックアップの保存期間が、約束した利用者データの削除時期より長く、バックアップの扱いが書かれていません。',
  },
  messages: {
    outlives: {
      en: 'Data is deleted "{deletion}" after the contract ends, but backups are kept for about {backupDays} days; say when the backups are deleted too.',
      ja: '契約終了後のデータ削除は「{deletion}」ですが、バックアップは約{backupDays}日間保存されます。バックアップをいつ削除するかも書いてください。',
    },
    outlivesUserDeletion: {
      en: 'Data you delete is removed "{deletion}", but backups are kept for about {backupDays} days; say when it leaves the backups too.',
      ja: 'お客様が削除したデータは「{deletion}」で消去されますが、バックアップは約{backupDays}日間保存されます。バックアップからいつ消えるかも書いてください。',
    },
    backup: {
      en: 'Backup retention stated here.',
      ja: 'バックアップの保存期間の記載。',
    },
  },
  checkDocument(document, report) {
    const lifetime = backupLifetime(document);
    if (lifetime === undefined) return;
    const longest = lifetime.days;
    const related = lifetime.facts.slice(0, MAX_RELATED).map((b) => ({ ...b.span, messageId: 'backup' as const }));
    if (anyTellsFateOfBackups(document)) return;
    // A sentence that only states the backups' own period says nothing of what becomes of them after the deletion.
    const periodsOnly = new Set(lifetime.facts.map((f) => squeezed(document.text.slice(f.sentence.start, f.sentence.end))).filter((sentence) => !ENDS.test(sentence)));
    const namesBackups = (section: SectionModel) => backupSentences(section).some((sentence) => !periodsOnly.has(sentence));
    const paragraphNamesBackups = (paragraph: string) => MENTIONS_BACKUP.test(paragraph) && statements(paragraph).some((sentence) => MENTIONS_BACKUP.test(sentence) && !periodsOnly.has(squeezed(sentence)));
    const saysWhatOfBackups = new Map<SectionModel, boolean>();
    // A promise repeated under another heading is kept by what the sections read as CLD.8.1.5 say of the backups.
    let deletionSections: boolean | undefined;
    const deletionSectionsNameBackups = () => (deletionSections ??= sectionsFor(document, 'CLD.8.1.5').some(namesBackups));
    for (const { section, fact, unlabelled } of deletionPromises(document)) {
      if (fact.value! >= longest) continue;
      // The deletion text that says what happens to backups keeps its promise whatever their period: the section
      // that answers CLD.8.1.5, or, in a text that names no control, the paragraph of the promise.
      if (!unlabelled && !saysWhatOfBackups.has(section)) saysWhatOfBackups.set(section, namesBackups(section));
      if (unlabelled ? paragraphNamesBackups(paragraphOf(document.text, fact.span, section.bodySpan ?? fact.span)) || deletionSectionsNameBackups() : saysWhatOfBackups.get(section)) continue;
      report({
        ...fact.span,
        messageId: sentenceNames(fact, document.text).userDeletes ? 'outlivesUserDeletion' : 'outlives',
        data: { deletion: fact.text, backupDays: Number.isFinite(longest) ? Math.round(longest) : '∞' },
        related,
      });
    }
  },
});
