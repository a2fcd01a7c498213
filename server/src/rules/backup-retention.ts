// 12.3.1 readers need both how often backups run and how long they are kept;
// a backup section that gives only one of the two is the most common gap.
import { factsFor } from '../model/sectionsFor';
import { defineRule } from './rule';

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
  },
  checkDocument(document, report) {
    const { sections, prose, pinned } = factsFor(document, ['12.3.1']);
    if (sections.length === 0) return;
    const about = (topic: string) => prose.some((f) => f.topic === topic && f.kind !== 'vague');
    const pinnedAny = (...keys: string[]) => pinned.some((f) => keys.includes(f.key));
    if (!about('backup-retention') && !pinnedAny('backup.retention', 'backup.generations')) report({ ...sections[0].head, messageId: 'noRetention' });
    if (!about('backup-frequency') && !pinnedAny('backup.frequency')) report({ ...sections[0].head, messageId: 'noFrequency' });
  },
});
