// 12.3.1 readers need both how often backups run and how long they are kept;
// a backup section that gives only one of the two is the most common gap.
import { splitSentences } from '../facts';
import { allSections, factsFor, withNested, type Facts } from '../model/sectionsFor';
import { keptWith } from '../model/keptWith';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import { defineRule, type Report } from './rule';
import { retentionSetByCustomer } from './customerSetPeriod';
import { statementFix } from './statementFix';
import { firstSentence, headedBy, placeOf } from './subjectPlace';
import type { Span } from '../core/finding';
import { customerLeaves, END_OF_CONTRACT, KEPT } from '../facts/leaving';
import { asksAsCustomer, backupOwnership, isBackupProduct, LEGAL_ARCHIVE, namesProvidersBackups, statesProvidersBackups } from '../facts/backupOwner';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';

const RETENTION = { sentence: { en: 'Each backup is kept for {todo} days.', ja: 'バックアップは{todo}日間保持します。' }, key: 'backup.retention' };
const FREQUENCY = { sentence: { en: 'Backups are taken {todo}.', ja: 'バックアップは{todo}取得します。' }, key: 'backup.frequency' };

// A title about getting data back: a restore page or section.
const RESTORE_TITLE = /復元|復旧|リストア|\brestor|\brecover/i;

const NOT_A_REGIME_TITLE =
  wordGaps(/オプション|アドオン|\boptional\b|\boption\b|\badd-?ons?\b|利用方法|使い方|操作方法|操作手順|ログイン|マニュアル|\bhow\s{1,3}to\s{1,3}(?:use|log\s?in|sign\s{1,3}in|access)\b|\buser\s{1,3}guide\b|\blogging\s{1,3}in\b|\bsigning\s{1,3}in\b/i);

const BACKUP_FIGURES = new Set(['backup-retention', 'backup-frequency']);

const BACKUP_WORDS = /バックアップ|\bback\s?ups?\b|\bsnapshots?\b/i;

// Backups in any words, the verb's too ("Data is backed up daily", 「データの複製を保管」, "copies in a second region").
// The backup words above, and these besides.
const COPIES = new RegExp(String.raw`${BACKUP_WORDS.source}|複製|スナップショット|レプリカ|\bback(?:ed|s|ing)[\s-]?ups?\b|\bback-ups?\b|\bcop(?:y|ies)\b|\breplica`, 'i');

// Going back in time to a restore point: 「遡れる」「さかのぼって復元」, "go back up to 30 days".
const GOES_BACK = wordGaps(/遡|さかのぼ|\bgo(?:es|ing)?\s{1,3}back\b/i);

/** A sentence (or a body, sentence by sentence) that says the provider takes or keeps its backups. */
const STATES_BACKUPS = { test: (text: string) => splitSentences(text).some(({ start, end }) => statesProvidersBackups(text.slice(start, end))) };
// Backups named at all, but not archival copies the law makes the provider keep (LEGAL_ARCHIVE): those are no backup regime.
const NAMES_ANY_BACKUP = { test: (text: string) => BACKUP_WORDS.test(text) && splitSentences(text).some(({ start, end }) => { const sentence = text.slice(start, end); return BACKUP_WORDS.test(sentence) && !LEGAL_ARCHIVE.test(sentence); }) };
// A sentence that says the provider has backups without an act of taking them ("Regular backups with encryption",
// 「定期的な自動バックアップにより…復旧可能」): after one that states them, before one that only names them (P1).
const NAMES_BACKUPS = { test: (text: string) => COPIES.test(text) && splitSentences(text).some(({ start, end }) => namesProvidersBackups(text.slice(start, end))) };

/** Whose backups the 12.3.1 sections speak of, read once while the same sections answer (factsFor's same object). */
// An FAQ's question in the customer's voice heads its answer ("Can I automate backups?" over "The scheduled backup feature
// …"): read before the body, it tells whose backups the answer is about.
const ownershipOf = keptWith((facts: Facts) => {
  const asked = withNested(facts.sections).map((s) => s.title ?? '').filter(asksAsCustomer);
  const body = asked.length > 0 ? `${asked.join('\n')}\n${facts.body}` : facts.body;
  return backupOwnership(body, !BACKUP_WORDS.test(facts.body) && facts.sections.some((s) => BACKUP_WORDS.test(s.title ?? '')));
});

/** A section that, read alone under its own question, speaks of the customer's backups only; kept with the section. */
const customersOwn = keptWith((section: SectionModel): boolean => {
  const title = section.title ?? '';
  const said = backupOwnership(asksAsCustomer(title) ? `${title}\n${section.body ?? ''}` : (section.body ?? ''));
  return said.customers && !said.providers;
});

export default defineRule({
  id: 'backup-retention',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'The backup section (12.3.1) does not say how long backups are kept, or how often they run.',
    ja: 'バックアップのセクション(12.3.1)に、保存期間・世代数、または取得頻度の記載がありません。',
  },
  messages: {
    noRetention: {
      en: '12.3.1 Backup: no retention period or number of generations is given; say how long backups are kept (e.g. "7 generations", "35 days").',
      ja: '12.3.1 バックアップ: 保存期間・世代数の記載がありません。バックアップをどれだけ保持するか(例:「7世代」「35日間」)を書いてください。',
    },
    noFrequency: {
      en: '12.3.1 Backup: how often backups run is not given (e.g. "daily", "every 6 hours").',
      ja: '12.3.1 バックアップ: 取得頻度の記載がありません(例:「毎日」「6時間ごと」)。',
    },
    addRetention: { en: 'Add a sentence on how long backups are kept, and facts: backup.retention', ja: '保持期間を述べる一文と facts: backup.retention を追加' },
    addFrequency: { en: 'Add a sentence on how often backups run, and facts: backup.frequency', ja: '取得頻度を述べる一文と facts: backup.frequency を追加' },
  },
  checkDocument(document, report) {
    const facts = factsFor(document, ['12.3.1']);
    const { sections, prose, pinned, body } = facts;
    // A backup product's backups are its customers' data, kept as each customer sets: no period of the provider's to state.
    const product = isBackupProduct((document.data.service as { name?: unknown } | undefined)?.name);
    if (sections.length === 0) {
      if (!product) checkUnlabelled(document, report);
      return;
    }
    // Backups only the customer takes or keeps, an option the customer orders, or backups named only among what a policy
    // covers: there is no period of the provider's to state.
    const said = ownershipOf(facts);
    // Sections on the customer's own backups (self-hosting advice, a backup feature the customer works) leave the
    // provider's backups to whatever other section states them: that one still owes their period.
    if (pinned.length === 0 && !product && said.customers && !said.providers && !said.optional) {
      checkUnlabelled(document, report, new Set(withNested(sections).filter((s) => customersOwn(s))));
      return;
    }
    if (pinned.length === 0 && (product || ((said.customers || said.optional || said.listed) && !said.providers) || onlyRequired(body) || onlyFormFields(body))) return;
    // Sections headed as an option the customer orders ("バックアップオプション概要", "Backup add-on") or as how to use a
    // tool ("バックアップ管理ツールの利用方法", "How to use the backup console") describe a product or its operation, not
    // the provider's own backups.
    if (pinned.length === 0 && sections.every((s) => NOT_A_REGIME_TITLE.test(s.title ?? ''))) return;
    // A section on asking for a restore ("Requesting a restore from backup") that names backups only as where the restore
    // comes from is a support procedure, not a backup regime.
    if (pinned.length === 0 && said.restoredFrom && !said.providers && sections.every((s) => RESTORE_TITLE.test(s.title ?? ''))) return;
    // A page of backup options ("バックアップ" over "1.概要", "2.サービス構成", "3.…オプション概要") that sends the reader
    // elsewhere for the provider's own backups and runs its options on a schedule the customer sets describes products:
    // read as a whole, it gives no figure of the provider's, and the provider's regime is on the page it names.
    if (pinned.length === 0 && said.optional && said.customers && said.referredElsewhere && !prose.some((f) => BACKUP_FIGURES.has(f.topic ?? '') && f.kind !== 'vague' && !f.customerDuty)) return;
    // Sections read as 12.3.1 from words of recovery ("Disaster recovery" over restoring configuration from a store) that
    // never name a backup, a snapshot or a copy describe no backup regime of the provider's: no period or cadence to ask of it.
    if (pinned.length === 0 && !COPIES.test(body) && !sections.some((s) => COPIES.test(s.title ?? ''))) return;
    if (pinned.length === 0 && keptAfterLeavingOnly(sections.map((s) => s.title ?? '').join('\n'), body)) return;
    const about = (topic: string) => prose.some((f) => f.topic === topic && f.kind !== 'vague' && !(topic === 'backup-retention' && LEGAL_ARCHIVE.test(document.text.slice(f.sentence.start, f.sentence.end))));
    // "All backups are deleted within three months" is how long they are kept, read as a deletion period; so is a
    // deletion period in the backup section that is not counted from the end of the contract ("複製は30日間保管した後に消去").
    const deletesBackups = prose.some((f) => {
      if (f.topic !== 'deletion' || f.kind !== 'duration' || f.customerDuty) return false;
      const sentence = document.text.slice(f.sentence.start, f.sentence.end);
      return !LEGAL_ARCHIVE.test(sentence) && (BACKUP_WORDS.test(sentence) || !END_OF_CONTRACT.test(sentence));
    });
    // How far back a restore can reach ("最長で50日ほど前まで遡れる", "backups go back up to 30 days") is how long the backups
    // are kept, whatever topic the reader gave the period.
    const reachesBack = prose.some((f) => {
      if (f.kind !== 'duration' || f.customerDuty) return false;
      const sentence = document.text.slice(f.sentence.start, f.sentence.end);
      return GOES_BACK.test(sentence) && COPIES.test(sentence);
    });
    const pinnedAny = (...keys: string[]) => pinned.some((f) => keys.includes(f.key));
    // A period given in another section (a retention schedule's table, a data-lifecycle page) answers too.
    const noRetention =
      !about('backup-retention') && !deletesBackups && !reachesBack && !pinnedAny('backup.retention', 'backup.generations') && !retentionSetByCustomer(body) && !allSections(document).some((s) => givesBackupPeriod(s));
    // A schedule of data categories gives the backups' period beside each category's own: it owes no backup cadence.
    const noFrequency = !about('backup-frequency') && !pinnedAny('backup.frequency') && !(!noRetention && retentionSchedule(body));
    // A period left to another document by name is stated there: the section owes neither figure itself, nor the
    // cadence a deferral of the schedule leaves there too.
    if ((!noRetention && !noFrequency) || (noRetention && said.deferred) || (!noRetention && said.deferredCadence)) return;
    // The finding sits on the sentence that states the provider's backups, before one that only names them (a
    // breadcrumb's question, a list of what is encrypted), under a heading on backups as elsewhere: its words are what
    // a reader checks, the heading only names the subject. A heading whose text never names backups keeps it.
    const clues = sections.some((s) => headedBy(s, 'backup')) ? [NAMES_ANY_BACKUP] : [STATES_BACKUPS, NAMES_BACKUPS, NAMES_ANY_BACKUP];
    const placed = placeOf(document, sections, 'backup', clues);
    const section = placed.section;
    const span = (headedBy(section, 'backup') ? sentenceOnBackups(document, section) : undefined) ?? placed.span;
    if (noRetention) report({ ...span, messageId: 'noRetention', fixes: [statementFix('addRetention', document, section, RETENTION)] });
    if (noFrequency) report({ ...span, messageId: 'noFrequency', fixes: [statementFix('addFrequency', document, section, FREQUENCY)] });
  },
});

/** The first sentence of a section on backups or of its parts that states the provider's backups, else that names them. */
function sentenceOnBackups(document: WhitepaperModel, section: SectionModel): Span | undefined {
  const parts = withNested([section]);
  for (const clue of [STATES_BACKUPS, NAMES_BACKUPS, NAMES_ANY_BACKUP]) {
    for (const part of parts) {
      const span = firstSentence(document, part, clue);
      if (span) return span;
    }
  }
  return undefined;
}

/**
 * The sections speak of the customer's data kept after the customer leaves ("アカウントの有効期限が切れた後も複製を30日間
 * 保管し、再契約時に復元できます") and never of backups: read as 12.3.1 from their restore and copy words, they tell the
 * data's fate on leaving (deletion-policy's question), not how a backup regime runs.
 */
function keptAfterLeavingOnly(titles: string, body: string): boolean {
  if (BACKUP_WORDS.test(titles) || BACKUP_WORDS.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return customerLeaves(sentence) && KEPT.test(sentence);
  });
}

/** A backup period (or number of generations) a section states in its own words; kept with the section. */
const givesBackupPeriod = keptWith((section: SectionModel) => section.prose.some((f) => f.topic === 'backup-retention' && f.kind !== 'vague' && !f.inferred && !f.customerDuty));

// Backup named as something required ("Backup requirements", 「バックアップ要件」, "backup is required"): a list of what a
// system must have, which says nothing of the backups the provider keeps. "As required", "where required by law" is the
// provider's own backups done when needed: it still owes their period.
const REQUIRED = wordGaps(/要件|要求事項|必須|\brequirements?\b|\b(?:is|are|be)\s{1,3}required\b(?!\s{1,3}by)/i);

/** Every sentence of the 12.3.1 sections that names backup names it as a requirement. */
function onlyRequired(body: string): boolean {
  let named = false;
  for (const { start, end } of splitSentences(body)) {
    const sentence = body.slice(start, end);
    if (!BACKUP_WORDS.test(sentence)) continue;
    if (!REQUIRED.test(sentence)) return false;
    named = true;
  }
  return named;
}

// A field of a form to fill in: a label over a blank ("Backup storage location: ______"), a question answered by a tick
// ("Last system backup successful? Yes"), or the label of a block of them ("Backup of affected system(s):").
// The blank starts where its run of underscores starts, so a long run that does not end the line is tried once, not
// from each of its underscores (quadratic on a line of them).
const BLANK_FIELD = /(?<![_＿])(?:_{4,}|＿{2,})[ \t]*$/;
const TICKED_OR_LABEL = /\?[ \t]*(?:(?:Yes|No|Y|N|はい|いいえ|☐|□)[ \t]*)?$|[:：]$/i;

/**
 * Every line of the 12.3.1 sections that names backup is a field of a form with blanks (an incident report's "Backup of
 * affected systems" block): the form asks what was done in one case, and states no backup regime of the provider's.
 */
function onlyFormFields(body: string): boolean {
  const lines = body.split('\n').filter((l) => BACKUP_WORDS.test(l));
  return lines.some((l) => BLANK_FIELD.test(l)) && lines.every((l) => BLANK_FIELD.test(l.trim()) || TICKED_OR_LABEL.test(l.trim()));
}

// A label line of a retention ("Backup Retention:30 days", "Primary Retention: 3 years", 「保存期間：5年」).
const RETENTION_LABEL = /^[ \t\u3000]*[-*•・]?[ \t]*[^:：\n]{0,40}(?:retention|retained|kept|保存期間|保持期間|保管期間)[^:：\n]{0,20}[:：]/i;

/**
 * A retention schedule of data categories: at least two categories each give their live copy's retention and their
 * backups' by label. Its backup lines say how long copies outlive each category's data, not how a backup regime runs.
 */
function retentionSchedule(body: string): boolean {
  const labels = body.split('\n').filter((l) => RETENTION_LABEL.test(l));
  const backups = labels.filter((l) => BACKUP_WORDS.test(l)).length;
  return backups >= 2 && labels.length - backups >= 2;
}

/**
 * Where in a section's own body the first sentence that says the provider has backups, cadence or not, lies: offsets
 * from the body's start, which hold while the section is moved in place by an edit elsewhere. Kept with the section.
 */
const ownBackupsStatement = keptWith((section: SectionModel, text: SourceText): { readonly from: number; readonly to: number } | undefined => {
  const at = section.bodySpan;
  if (section.body === undefined || at === undefined || !COPIES.test(section.body)) return undefined;
  // The source's own text, not the body as parsed: its offsets are the finding's.
  const body = text.slice(at.start, at.end);
  for (const { start, end } of splitSentences(body)) {
    if (namesProvidersBackups(body.slice(start, end))) return { from: start, to: end };
  }
  return undefined;
});

/**
 * A text whose sections name no backup control, or only the customer's backups (`customers`: self-hosting advice, a
 * backup feature the customer works), still owes the backups' period once it says the provider has backups of its own
 * ("State is backed up", "Managed PostgreSQL with automated backups"): the finding sits on the first such sentence
 * outside `customers`. Any backup period, a deletion of backups, a period the customer sets or one left to another
 * document anywhere answers it.
 */
function checkUnlabelled(document: WhitepaperModel, report: (r: Report<'noRetention' | 'noFrequency' | 'addRetention' | 'addFrequency'>) => void, customers?: ReadonlySet<SectionModel>): void {
  let first: { section: SectionModel; span: Span } | undefined;
  for (const section of allSections(document)) {
    if (customers?.has(section)) continue;
    const found = ownBackupsStatement(section, document.text);
    if (found && section.bodySpan) {
      first = { section, span: { start: section.bodySpan.start + found.from, end: section.bodySpan.start + found.to } };
      break;
    }
  }
  if (!first) return;
  for (const section of allSections(document)) {
    if (section.facts.some((f) => f.key === 'backup.retention' || f.key === 'backup.generations')) return;
    if (section.prose.some((f) => (f.topic === 'backup-retention' && f.kind !== 'vague') || (f.topic === 'deletion' && f.kind === 'duration' && BACKUP_WORDS.test(document.text.slice(f.sentence.start, f.sentence.end))))) return;
    const body = section.body ?? '';
    if (BACKUP_WORDS.test(body) && (retentionSetByCustomer(body, BACKUP_WORDS) || backupOwnership(body).deferred)) return;
  }
  const { section, span } = first;
  report({ start: span.start, end: span.end, messageId: 'noRetention', fixes: [statementFix('addRetention', document, section, RETENTION)] });
}
