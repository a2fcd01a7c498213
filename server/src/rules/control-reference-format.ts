// A control named in a title or body in a form readers and tools miss
// ("CLD12.1.5", "A12.3.1", "CLD. 9. 5. 1"): the reference is recognised, and
// the fix writes it the way the standard does ("CLD.12.1.5"). On an imported
// text this is what a reviewer would circle in the published whitepaper.
import { findControlReferences } from '../catalog/references';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import { defineRule } from './rule';

export default defineRule({
  id: 'control-reference-format',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A control is referred to in a malformed way ("CLD12.1.5" for "CLD.12.1.5").',
    ja: '管理策番号の書き方が崩れています(「CLD.12.1.5」を「CLD12.1.5」と書くなど)。',
  },
  messages: {
    malformed: {
      en: '"{text}" refers to {id} in a form readers may miss; write "{id}".',
      ja: '「{text}」は {id} を指していますが、読み手が見落としやすい書き方です。「{id}」と書いてください。',
    },
    rewrite: { en: 'Write "{id}"', ja: '「{id}」と書く' },
  },
  // It reads one section's own text: checked with the section, when its segment changes.
  checkSection(section, report, { text }) {
    const places = [
      { value: section.title, span: section.titleSpan },
      { value: section.body, span: section.bodySpan },
    ];
    for (const { value, span } of places) {
      if (value === undefined || !span) continue;
      const malformed = findControlReferences(value).filter((r) => r.canonical !== undefined);
      if (malformed.length === 0) continue;
      const map = scalarSourceMap(value, text.slice(span.start, span.end), span.start);
      for (const ref of malformed) {
        const at = { start: map[ref.start], end: map[ref.end - 1] + 1 };
        const written = value.slice(ref.start, ref.end);
        report({ ...at, messageId: 'malformed', data: { text: written, id: ref.canonical! }, fixes: [{ messageId: 'rewrite', data: { id: ref.canonical! }, edits: [{ ...at, text: ref.canonical! }], preferred: true }] });
      }
    }
  },
});
