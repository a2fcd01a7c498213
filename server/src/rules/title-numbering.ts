// A section title that starts with a control number ("8.13 情報のバックアップ")
// makes a promise; when the number answers none of the section's controls, in
// either numbering, the reader is misled. The document's own chapter numbers
// ("2.3 データの削除") name no control and are left alone.
import { counterparts, editionsOf, normalizeControlId } from '../catalog';
import { answeredIds } from '../coverage/coverage';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import { defineRule } from './rule';

const LEADING_ID = /^\s*(?:\[?ISO\/IEC\s*2700[12]:20(?:13|22)\]?\s*)?(?:A\.)?((?:CLD\.)?\d{1,2}(?:\.\d{1,2}){1,2})(?=[\s\u3000.:：、)）]|$)/;

export default defineRule({
  id: 'title-numbering',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: "A section title's control number contradicts the section's controls.",
    ja: 'セクション見出しの管理策番号が、そのセクションの controls と食い違っています。',
  },
  messages: {
    contradicts: {
      en: 'The title says {number}, but the section answers {controls}; correct the number or the controls.',
      ja: '見出しは {number} ですが、このセクションの controls は {controls} です。番号か controls を直してください。',
    },
    useNumber: {
      en: 'Change the title number to {number}',
      ja: '見出しの番号を {number} に直す',
    },
  },
  // The title and the controls of one section: checked with the section, cached with it.
  checkSection(section, report, { text }) {
    if (section.controls.length === 0 || section.title === undefined || !section.titleSpan) return;
    const match = LEADING_ID.exec(section.title);
    if (!match) return;
    const number = normalizeControlId(match[1]);
    if (editionsOf(number).length === 0) return;
    const claimed = section.controls.map((c) => normalizeControlId(c.id));
    // "8.1 ..." over controls [8.1.1] is a category heading, not a contradiction.
    if (claimed.some((id) => id.startsWith(`${number}.`))) return;
    const answered = new Set(claimed.flatMap(answeredIds));
    if (answeredIds(number).some((id) => answered.has(id))) return;
    const map = scalarSourceMap(section.title, text.slice(section.titleSpan.start, section.titleSpan.end), section.titleSpan.start);
    const at = match.index + match[0].indexOf(match[1]);
    const span = { start: map[at], end: map[at + match[1].length - 1] + 1 };
    // Keep the title's edition: a 2022 number is corrected to the 2022 counterpart of the first control.
    const first = normalizeControlId(section.controls[0].id);
    const titleEdition = editionsOf(number).includes('2013') ? '2013' : '2022';
    const replacement = editionsOf(first).includes(titleEdition) ? first : counterparts(first, titleEdition === '2013' ? '2022' : '2013')[0];
    report({
      ...span,
      messageId: 'contradicts',
      data: { number: match[1], controls: section.controls.map((c) => c.id).join(', ') },
      fixes: replacement ? [{ messageId: 'useNumber', data: { number: replacement }, edits: [{ ...span, text: replacement }], preferred: true }] : undefined,
    });
  },
});
