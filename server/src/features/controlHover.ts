// Hover on a control id, in a section's controls or a not_applicable key:
// the control's title in the reader's language, the same control in the other
// numbering, what a whitepaper should disclose for it, and every other place
// the document answers it, so an author sees the whole picture of one control.
import { counterparts, expectedControls, lookupControl, type Edition } from '../catalog';
import { answeredIds } from '../coverage/coverage';
import type { Locale } from '../core/locale';
import { numberingOf } from '../model/documentFacts';
import { sectionsFor } from '../model/sectionsFor';
import type { WhitepaperModel } from '../model/whitepaper';
import { controlAt } from './controlAt';

const EXPECTED = new Map(expectedControls().map((c) => [c.id, c]));

export function provideControlHover(model: WhitepaperModel, offset: number, locale: Locale): { start: number; end: number; markdown: string } | undefined {
  const found = controlAt(model, offset);
  if (!found) return undefined;
  const edition: Edition = numberingOf(model);
  const control = lookupControl(found.id, edition);
  if (!control) return undefined;
  const ja = locale === 'ja';
  const lines = [`**${control.id} ${control.title[locale]}**`];
  if (control.edition !== 'cloud') {
    const other: Edition = edition === '2013' ? '2022' : '2013';
    const twins = counterparts(control.id, edition);
    lines.push(twins.length > 0 ? `${other}: ${twins.map((id) => `${id} ${lookupControl(id, other)?.title[locale] ?? ''}`.trim()).join(', ')}` : ja ? `${other}年版に対応する管理策はありません。` : `No counterpart in ${other}.`);
  }
  const canonical = answeredIds(control.id);
  const expected = canonical.map((id) => EXPECTED.get(id)).find((e) => e !== undefined);
  if (expected) lines.push(`${ja ? '記載すべき事項' : 'What to disclose'}:\n${expected.points[locale].map((p) => `- ${p}`).join('\n')}`);
  const elsewhere = [...new Set(canonical.flatMap((id) => sectionsFor(model, id)))].filter((s) => s !== found.section);
  const quote = (title = '') => (ja ? `「${title}」` : `"${title}"`);
  if (elsewhere.length > 0) lines.push(`${ja ? 'ほかに記載している節' : 'Also answered in'}: ${elsewhere.map((s) => quote(s.title)).join(ja ? '、' : ', ')}`);
  if (found.section && model.notApplicable.some((e) => answeredIds(e.id).some((id) => canonical.includes(id)))) {
    lines.push(ja ? 'この管理策は not_applicable にも書かれています。' : 'This control is also declared not applicable.');
  }
  return { ...found.span, markdown: lines.join('\n\n') };
}
