// 12.3.1 readers need both how often backups run and how long they are kept;
// a backup section that gives only one of the two is the most common gap.
import { factsFor } from '../model/sectionsFor';
import { defineRule } from './rule';
import { retentionSetByCustomer } from './customerSetPeriod';
import { statementFix } from './statementFix';
import { placeOf } from './subjectPlace';
import { END_OF_CONTRACT } from '../facts/leaving';

const RETENTION = { sentence: { en: 'Each backup is kept for {todo} days.', ja: 'バックアップは{todo}日間保持します。' }, key: 'backup.retention' };
const FREQUENCY = { sentence: { en: 'Backups are taken {todo}.', ja: 'バックアップは{todo}取得します。' }, key: 'backup.frequency' };

// Backups the customer takes or holds themselves ("backup data is stored with the user's chosen storage provider",
// "バックアップはお客様の責任で取得してください", "customers are responsible for their own backups"): the provider has no period or cadence of its own to state.
const CUSTOMER_BACKUPS =
  /(?:お客様|利用者|ユーザー?)(?:ご?自身|側|の責任|が選択)[^。\n]{0,40}バックアップ|バックアップ[^。\n]{0,40}(?:お客様|利用者|ユーザー?)(?:ご?自身|側|の責任|が選択)|\b(?:customer|user)s?(?:['’]s?)?\s{1,3}(?:own|chosen|responsibility)\b[^.\n]{0,80}\bback\s?ups?\b|\bback\s?ups?\b[^.\n]{0,80}\b(?:customer|user)s?(?:['’]s?)?\s{1,3}(?:own|chosen|responsibility)\b|\b(?:customer|user)s?\s{1,3}(?:are|is)\s{1,3}responsible\s{1,3}for\b[^.\n]{0,60}\bback\s?ups?\b/i;

// A backup period left to another document by name ("for the duration defined by the Data Backup Policy",
// "バックアップ規程に定める期間"): the section points to where it is stated, and owes it no more than a reference does.
const DEFERRED =
  /バックアップ[^。\n]{0,40}(?:ポリシー|規程|規定|方針|仕様書|SLA)(?:に|で)(?:定め|従|記載)|\bback\s?ups?\b[^.\n]{0,80}\b(?:defined|set\s{1,3}out|specified|described|stated)\s{1,3}(?:in|by)\s{1,3}(?:the\s{1,3}|our\s{1,3})?(?:[A-Z][A-Za-z]{1,20}\s{1,3}){0,4}(?:Policy|Standard|Agreement|SLA)\b/;
const BACKUP_WORDS = /バックアップ|\bback\s?ups?\b|\bsnapshots?\b/i;

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
    const { sections, prose, pinned, body } = factsFor(document, ['12.3.1']);
    if (sections.length === 0) return;
    if (prose.length === 0 && pinned.length === 0 && CUSTOMER_BACKUPS.test(body)) return;
    if (pinned.length === 0 && !prose.some((f) => f.topic === 'backup-retention' || f.topic === 'backup-frequency') && DEFERRED.test(body)) return;
    const about = (topic: string) => prose.some((f) => f.topic === topic && f.kind !== 'vague');
    // "All backups are deleted within three months" is how long they are kept, read as a deletion period; so is a
    // deletion period in the backup section that is not counted from the end of the contract ("複製は30日間保管した後に消去").
    const deletesBackups = prose.some((f) => {
      if (f.topic !== 'deletion' || f.kind !== 'duration' || f.customerDuty) return false;
      const sentence = document.text.slice(f.sentence.start, f.sentence.end);
      return BACKUP_WORDS.test(sentence) || !END_OF_CONTRACT.test(sentence);
    });
    const pinnedAny = (...keys: string[]) => pinned.some((f) => keys.includes(f.key));
    const noRetention = !about('backup-retention') && !deletesBackups && !pinnedAny('backup.retention', 'backup.generations') && !retentionSetByCustomer(body);
    const noFrequency = !about('backup-frequency') && !pinnedAny('backup.frequency');
    if (!noRetention && !noFrequency) return;
    const { section, span } = placeOf(document, sections, 'backup', [BACKUP_WORDS]);
    if (noRetention) report({ ...span, messageId: 'noRetention', fixes: [statementFix('addRetention', document, section, RETENTION)] });
    if (noFrequency) report({ ...span, messageId: 'noFrequency', fixes: [statementFix('addFrequency', document, section, FREQUENCY)] });
  },
});
