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
  for (const section of allSections(model)) {
    const ref = section.controls.find((c) => inside(c.span));
    if (ref) return { id: ref.id, span: ref.span, section };
  }
  const entry = model.notApplicable.find((e) => inside(e.keySpan));
  return entry && { id: entry.id, span: entry.keySpan };
}
