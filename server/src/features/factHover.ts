// What the checker understood from a phrase in the prose ("backup retention:
// 7 generations"), shown on hover so an author can see how the text is read.
import type { Locale, Localized } from '../core/locale';
import { allSections } from '../model/sectionsFor';
import type { ProseFact, WhitepaperModel } from '../model/whitepaper';

const TOPICS: Record<string, Localized> = {
  deletion: { en: 'deletion after termination', ja: '契約終了後の削除' },
  'data-return': { en: 'return of data', ja: 'データの返却' },
  'backup-frequency': { en: 'backup frequency', ja: 'バックアップの取得頻度' },
  'backup-retention': { en: 'backup retention', ja: 'バックアップの保存期間' },
  'log-retention': { en: 'log retention', ja: 'ログの保存期間' },
  'incident-notification': { en: 'incident notification', ja: 'インシデントの通知' },
  'change-notice': { en: 'notice of changes', ja: '変更の事前通知' },
  other: { en: 'a period', ja: '期間' },
};

const LOG_KINDS: Record<string, Localized> = {
  audit: { en: 'audit log', ja: '監査ログ' },
  access: { en: 'access log', ja: 'アクセスログ' },
  operation: { en: 'operation log', ja: '操作ログ' },
  authentication: { en: 'authentication log', ja: '認証ログ' },
  application: { en: 'application log', ja: 'アプリケーションログ' },
  network: { en: 'network log', ja: '通信ログ' },
};

function amount(fact: ProseFact, locale: Locale): string {
  switch (fact.kind) {
    case 'duration': {
      const days = fact.value ?? 0;
      if (days < 1) return locale === 'ja' ? `${Math.round(days * 24)}時間` : `${Math.round(days * 24)} hours`;
      return locale === 'ja' ? `${Math.round(days)}日` : `${Math.round(days)} days`;
    }
    case 'generations':
      return locale === 'ja' ? `${fact.value}世代` : `${fact.value} generations`;
    case 'immediate':
      return locale === 'ja' ? '即時' : 'immediately';
    case 'indefinite':
      return locale === 'ja' ? '無期限' : 'indefinitely';
    case 'frequency':
      return locale === 'ja' ? `頻度「${fact.text}」` : `frequency "${fact.text}"`;
    case 'vague':
      return locale === 'ja' ? 'あいまいな表現(数値なし)' : 'vague wording (no number)';
  }
}


export function provideFactHover(model: WhitepaperModel, offset: number, locale: Locale): { start: number; end: number; markdown: string } | undefined {
  for (const section of allSections(model)) {
    const fact = section.prose.find((f) => offset >= f.span.start && offset <= f.span.end);
    if (!fact) continue;
    const topic = TOPICS[fact.topic ?? 'other'] ?? TOPICS.other;
    const kind = fact.topic === 'log-retention' && fact.logKind && LOG_KINDS[fact.logKind] ? ` (${LOG_KINDS[fact.logKind][locale]})` : '';
    const how = fact.inferred ? (locale === 'ja' ? '\n\n(話題はセクションの見出し・管理策から判断)' : "\n\n(topic taken from the section's heading or controls)") : '';
    return { ...fact.span, markdown: `**${topic[locale]}${kind}**: ${amount(fact, locale)}${how}` };
  }
  return undefined;
}
