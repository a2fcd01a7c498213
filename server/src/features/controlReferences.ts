// Go to Definition and Find All References on a control id: where the
// document answers the control (the sections that claim it, whichever
// numbering they write it in) and every place that names it, not_applicable
// included. A reviewer following one control through a long whitepaper
// jumps instead of searching for each spelling of its id.
import { answeredIds } from '../coverage/coverage';
import type { Span } from '../core/finding';
import { controlRefs } from '../model/documentFacts';
import type { WhitepaperModel } from '../model/whitepaper';
import { controlAt } from './controlAt';

const sameControl = (a: string, b: readonly string[]) => answeredIds(a).some((id) => b.includes(id));

/** The titles of the sections that answer the control under the cursor, other than the one it is in. */
export function provideControlDefinition(model: WhitepaperModel, offset: number): Span[] {
  const found = controlAt(model, offset);
  if (!found) return [];
  const ids = answeredIds(found.id);
  const sections = new Set(controlRefs(model).filter((ref) => sameControl(ref.id, ids) && ref.section !== found.section).map((ref) => ref.section));
  return [...sections].map((section) => section.titleSpan ?? section.head);
}

/** Every id that names the same control: in `controls` and as not_applicable keys. */
export function provideControlReferences(model: WhitepaperModel, offset: number, includeDeclaration: boolean): Span[] {
  const found = controlAt(model, offset);
  if (!found) return [];
  const ids = answeredIds(found.id);
  const spans = [...controlRefs(model).filter((ref) => sameControl(ref.id, ids)).map((ref) => ref.span), ...model.notApplicable.filter((entry) => sameControl(entry.id, ids)).map((entry) => entry.keySpan)];
  return spans.filter((span) => includeDeclaration || span.start !== found.span.start).sort((a, b) => a.start - b.start);
}
