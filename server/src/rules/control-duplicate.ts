// The same control claimed twice: by two sections (a reader does not know
// which one is authoritative), or by a section and not_applicable (a contradiction).
import type { Span } from '../core/finding';
import { normalizedId } from '../model/controlIds';
import { controlRefs } from '../model/documentFacts';
import { defineRule } from './rule';

export default defineRule({
  id: 'control-duplicate',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'The same control is claimed by two sections, or by a section and not_applicable.',
    ja: '同じ管理策が2つのセクション、またはセクションと not_applicable の両方で扱われています。',
  },
  messages: {
    twoSections: {
      en: '{id} is already answered by section "{other}"; answer it in one place, or refer to that section.',
      ja: '{id} はすでにセクション「{other}」で扱われています。1か所にまとめるか、そのセクションを参照してください。',
    },
    sectionAndNotApplicable: {
      en: '{id} is declared not applicable, but section "{other}" answers it; keep one of the two.',
      ja: '{id} は適用除外と宣言されていますが、セクション「{other}」で扱われています。どちらか一方にしてください。',
    },
    firstClaim: {
      en: 'First claim of {id}.',
      ja: '{id} を最初に扱っている箇所。',
    },
  },
  checkDocument(document, report) {
    const first = new Map<string, { span: Span; title: string }>();
    for (const ref of controlRefs(document)) {
      const id = normalizedId(ref.id);
      const earlier = first.get(id);
      const title = ref.section.title ?? id;
      if (!earlier) {
        first.set(id, { span: ref.span, title });
        continue;
      }
      report({ ...ref.span, messageId: 'twoSections', data: { id: ref.id, other: earlier.title }, related: [{ ...earlier.span, messageId: 'firstClaim', data: { id } }] });
    }
    for (const entry of document.notApplicable) {
      const earlier = first.get(normalizedId(entry.id));
      if (!earlier) continue;
      report({
        ...entry.keySpan,
        messageId: 'sectionAndNotApplicable',
        data: { id: entry.id, other: earlier.title },
        related: [{ ...earlier.span, messageId: 'firstClaim', data: { id: entry.id } }],
      });
    }
  },
});
