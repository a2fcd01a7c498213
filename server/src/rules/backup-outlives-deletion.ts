// A promise to delete customer data 30 days after termination is not kept if
// backups of it live for 90: unless the text says what happens to backups,
// the reader is misled.
import { factsUnder, sectionsFor } from '../model/sectionsFor';
import { pinnedDays } from '../model/pinnedDuration';
import type { ProseFact } from '../model/whitepaper';
import { defineRule } from './rule';

const MENTIONS_BACKUP = /バックアップ|backup/i;
const DAILY = /毎日|日次|1日1回|一日一回|daily|every day|once a day/i;
const WEEKLY = /毎週|週次|weekly|every week/i;

/** How long backups live, in days: a stated period, or generations times the interval they are taken at. */
function backupDays(prose: readonly ProseFact[], pinned: readonly { key: string; value: unknown }[]): number | undefined {
  const periods = prose.filter((f) => f.topic === 'backup-retention' && f.kind === 'duration' && f.value !== undefined).map((f) => f.value!);
  const pinnedPeriod = pinnedDays(pinned.find((f) => f.key === 'backup.retention')?.value);
  if (pinnedPeriod !== undefined) periods.push(pinnedPeriod);
  const interval = prose.some((f) => f.topic === 'backup-frequency' && DAILY.test(f.text)) ? 1 : prose.some((f) => f.topic === 'backup-frequency' && WEEKLY.test(f.text)) ? 7 : undefined;
  const generations = prose.filter((f) => f.kind === 'generations' && f.value !== undefined).map((f) => f.value!);
  const pinnedGenerations = Number(pinned.find((f) => f.key === 'backup.generations')?.value);
  if (Number.isFinite(pinnedGenerations)) generations.push(pinnedGenerations);
  if (interval !== undefined) periods.push(...generations.map((g) => g * interval));
  return periods.length > 0 ? Math.max(...periods) : undefined;
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
    backup: {
      en: 'Backup retention stated here.',
      ja: 'バックアップの保存期間の記載。',
    },
  },
  checkDocument(document, report) {
    const backups = sectionsFor(document, '12.3.1').map(factsUnder);
    const days = backups.map((b) => backupDays(b.prose, b.pinned)).filter((d): d is number => d !== undefined);
    if (days.length === 0) return;
    const longest = Math.max(...days);
    const backupFacts = backups.flatMap((b) => b.prose.filter((f) => f.topic === 'backup-retention' && f.kind !== 'vague'));
    for (const section of sectionsFor(document, 'CLD.8.1.5')) {
      const { prose, body } = factsUnder(section);
      if (MENTIONS_BACKUP.test(body)) continue;
      for (const fact of prose) {
        if (fact.topic !== 'deletion' || fact.kind !== 'duration' || fact.value === undefined || fact.value >= longest) continue;
        report({
          ...fact.span,
          messageId: 'outlives',
          data: { deletion: fact.text, backupDays: Number.isFinite(longest) ? Math.round(longest) : '∞' },
          related: backupFacts.map((b) => ({ ...b.span, messageId: 'backup' })),
        });
      }
    }
  },
});
