// A fact pinned under `facts:` is what tools and reviewers read first; when
// the prose of the same section states another value, one of them is wrong.
import { allSections, factsUnder } from '../model/sectionsFor';
import { pinnedDays } from '../model/pinnedDuration';
import { parsePeriodCode, periodCode, proseFactPeriod, rewritePeriod } from '../model/periodText';
import type { FactEntry, ProseFact } from '../model/whitepaper';
import { defineRule } from './rule';

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

const proseValue = (f: ProseFact) => (f.kind === 'immediate' ? 0 : f.kind === 'indefinite' ? Infinity : f.value);


export default defineRule({
  id: 'fact-contradiction',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A fact pinned under `facts:` that the section\'s prose contradicts.',
    ja: '`facts:` に明記した値と、同じセクションの本文の記載が食い違っています。',
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
  },
  checkDocument(document, report) {
    for (const section of allSections(document)) {
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
