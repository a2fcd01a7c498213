// The control id under the cursor: in a section's `controls` or a
// `not_applicable` key. Shared by hover, definition and references.
import type { Span } from '../core/finding';
import { allSections } from '../model/sectionsFor';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';

export interface ControlAt {
  readonly id: string;
  readonly span: Span;
  /** The section that claims it; absent for a not_applicable key. */
  readonly section?: SectionModel;
}

export function controlAt(model: WhitepaperModel, offset: number): ControlAt | undefined {
  const inside = (span: Span) => offset >= span.start && offset <= span.end;
  // Every section is read (an alias or merge key may place a section's control anywhere), so with an indexed loop and
  // no callback per section: hover and definition read 20,000 of them at 5 MB, and the bench asks for a definition
  // after every keystroke.
  const sections = allSections(model);
  for (let i = 0; i < sections.length; i++) {
    const { controls } = sections[i];
    for (let j = 0; j < controls.length; j++) {
      const ref = controls[j];
      if (inside(ref.span)) return { id: ref.id, span: ref.span, section: sections[i] };
    }
  }
  const entry = model.notApplicable.find((e) => inside(e.keySpan));
  return entry && { id: entry.id, span: entry.keySpan };
}
