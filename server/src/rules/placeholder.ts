// Drafts leave markers ("TODO", "〇〇日", "［要記入］") that must never reach a
// published whitepaper; each one is reported on the exact characters.
import { defineRule } from './rule';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import type { Span } from '../core/finding';

// Words stand alone (so "XXL" or "TODOs" in prose are not hit); symbol runs need two or more; a bracketed
// marker may say what is owed ("［要記入：期間］").
const PLACEHOLDER =
  /(?<![A-Za-z])(?:TODO|TBD|TBA|TBC|FIXME|X{2,}|x{3,})(?![A-Za-z])|〇{2,}|○{2,}|◯{2,}|×{2,}|✕{2,}|＊{2,}|\*{3,}|_{3,}|＿{2,}|\?{3,}|？{2,}|[［[【]\s*(?:要記入|記入|未定|確認中|要確認|要修正|TBD|TODO)(?:[:：\s][^［］[\]【】\n]{0,40})?\s*[］\]】]/g;

export function findPlaceholders(value: string): { start: number; end: number; text: string }[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

export default defineRule({
  id: 'placeholder',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A draft marker (TODO, TBD, 〇〇, ［要記入］) left in the text.',
    ja: '下書きの記入待ち記号(TODO、TBD、〇〇、［要記入］など)が残っています。',
  },
  messages: {
    placeholder: {
      en: 'Placeholder "{text}" is still in the text; write the real content before publishing.',
      ja: '記入待ちの「{text}」が残っています。公開前に実際の内容に置き換えてください。',
    },
  },
  // `backup.retention: TODO` is a draft, not a wrong value: one placeholder warning rather than a schema error.
  fromSchemaError: (error) => (/\/facts\//.test(error.instancePath) && typeof error.data === 'string' && findPlaceholders(error.data).length > 0 ? null : undefined),
  checkSection(section, report, { text }) {
    const fields: [string | undefined, Span | undefined][] = [
      [section.title, section.titleSpan],
      [section.body, section.bodySpan],
      ...section.facts.map((f): [string | undefined, Span] => [typeof f.value === 'string' ? f.value : undefined, f.valueSpan]),
    ];
    for (const [value, span] of fields) {
      if (value === undefined || !span) continue;
      const found = findPlaceholders(value);
      if (found.length === 0) continue;
      const map = scalarSourceMap(value, text.slice(span.start, span.end), span.start);
      for (const hit of found) report({ start: map[hit.start], end: map[hit.end - 1] + 1, messageId: 'placeholder', data: { text: hit.text } });
    }
  },
  checkDocument(document, report) {
    for (const entry of document.notApplicable) {
      if (typeof entry.reason !== 'string') continue;
      const source = document.text.slice(entry.valueSpan.start, entry.valueSpan.end);
      const map = scalarSourceMap(entry.reason, source, entry.valueSpan.start);
      for (const hit of findPlaceholders(entry.reason)) report({ start: map[hit.start], end: map[hit.end - 1] + 1, messageId: 'placeholder', data: { text: hit.text } });
    }
  },
});
