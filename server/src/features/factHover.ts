// What the checker understood from a phrase in the prose ("backup retention:
// at least 7 generations"), shown on hover so an author can see how the text
// is read, and so a wrong reading is noticed before it becomes a finding.
import { logKindLabel } from '../catalog/logKinds';
import type { Locale, Localized } from '../core/locale';
import type { Qualifier, Unit } from '../facts';
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
  'data-location': { en: 'data location', ja: 'データの保存場所' },
  'governing-law': { en: 'governing law', ja: '準拠法' },
  'clock-source': { en: 'clock source', ja: '時刻源' },
  'encryption-in-transit': { en: 'encryption in transit', ja: '通信の暗号化' },
  'encryption-at-rest': { en: 'encryption at rest', ja: '保存データの暗号化' },
  other: { en: 'a period', ja: '期間' },
};

const UNITS: Record<Unit, Localized> = {
  minute: { en: 'minutes', ja: '分' },
  hour: { en: 'hours', ja: '時間' },
  day: { en: 'days', ja: '日' },
  week: { en: 'weeks', ja: '週間' },
  month: { en: 'months', ja: 'か月' },
  year: { en: 'years', ja: '年' },
};

// Japanese puts bounds like 以内 and relations like 前 after the number, the others before it.
const QUALIFIERS: Record<Qualifier, Localized & { jaAfter?: true }> = {
  'at-least': { en: 'at least', ja: '最低' },
  within: { en: 'within', ja: '以内', jaAfter: true },
  after: { en: 'after', ja: '後', jaAfter: true },
  before: { en: 'before', ja: '前', jaAfter: true },
  about: { en: 'about', ja: '約' },
  'up-to': { en: 'up to', ja: '最大' },
};

const EVERY: Record<Exclude<Unit, 'minute'>, Localized> = {
  hour: { en: 'every hour', ja: '毎時' },
  day: { en: 'every day', ja: '毎日' },
  week: { en: 'every week', ja: '毎週' },
  month: { en: 'every month', ja: '毎月' },
  year: { en: 'every year', ja: '毎年' },
};

const VAGUENESS: Record<string, Localized> = {
  period: { en: 'vague length (no number)', ja: 'あいまいな長さ(数値なし)' },
  deadline: { en: 'vague deadline (no number)', ja: 'あいまいな期限(数値なし)' },
  frequency: { en: 'vague cadence (no number)', ja: 'あいまいな頻度(数値なし)' },
};

function duration(fact: ProseFact, locale: Locale): string {
  if (!fact.unit || fact.amount === undefined) return locale === 'ja' ? `${Math.round(fact.value ?? 0)}日` : `${Math.round(fact.value ?? 0)} days`;
  // A range's value is its upper bound in days; the bounds are shown in the unit the author wrote.
  const scale = fact.range && fact.value ? fact.amount / fact.value : 1;
  const written = fact.range ? `${fact.range.min * scale}–${fact.range.max * scale}` : String(fact.amount);
  const unit = fact.businessDays ? { en: 'business days', ja: '営業日' } : UNITS[fact.unit];
  const qualifiers = [fact.qualifier, fact.relation !== fact.qualifier ? fact.relation : undefined].filter((q): q is Qualifier => !!q);
  if (locale === 'en') {
    const side = (q: Qualifier) => q === 'before' || q === 'after';
    const number = `${written} ${written === '1' ? unit.en.replace(/s$/, '') : unit.en}`;
    const words = (list: Qualifier[]) => list.map((q) => QUALIFIERS[q].en);
    return [...words(qualifiers.filter((q) => !side(q))), number, ...words(qualifiers.filter(side))].join(' ');
  }
  const words = qualifiers.map((q) => QUALIFIERS[q]);
  const before = words.filter((w) => !w.jaAfter).map((w) => w.ja).join('');
  const after = words.filter((w) => w.jaAfter).map((w) => w.ja).reverse().join('');
  return `${before}${written}${unit.ja}${after}`;
}

function amount(fact: ProseFact, locale: Locale): string {
  switch (fact.kind) {
    case 'duration':
      return duration(fact, locale);
    case 'generations':
      return locale === 'ja' ? `${fact.value}世代` : `${fact.value} generations`;
    case 'immediate':
      return locale === 'ja' ? '即時' : 'immediately';
    case 'indefinite':
      return locale === 'ja' ? '無期限' : 'indefinitely';
    case 'frequency': {
      const f = fact.frequency;
      if (!f) return locale === 'ja' ? `頻度「${fact.text}」` : `frequency "${fact.text}"`;
      const every = f.every === 1 ? EVERY[f.unit][locale] : locale === 'ja' ? `${f.every}${UNITS[f.unit].ja}ごと` : `every ${f.every} ${UNITS[f.unit].en}`;
      if (!f.at) return every;
      return locale === 'ja' ? `${every} ${f.at}` : `${every} at ${f.at}`;
    }
    case 'vague':
      return VAGUENESS[fact.vagueness ?? 'period'][locale];
  }
}

export function provideFactHover(model: WhitepaperModel, offset: number, locale: Locale): { start: number; end: number; markdown: string } | undefined {
  for (const section of allSections(model)) {
    const fact = section.prose.find((f) => offset >= f.span.start && offset <= f.span.end);
    if (!fact) continue;
    const topic = TOPICS[fact.topic ?? 'other'] ?? TOPICS.other;
    const label = fact.topic === 'log-retention' ? logKindLabel(fact.logKind) : undefined;
    const kind = label ? ` (${label[locale]})` : '';
    const how = fact.inferred ? (locale === 'ja' ? '\n\n(話題はセクションの見出し・管理策から判断)' : "\n\n(topic taken from the section's heading or controls)") : '';
    return { ...fact.span, markdown: `**${topic[locale]}${kind}**: ${amount(fact, locale)}${how}` };
  }
  return undefined;
}
