// The sections that answer a control, whichever numbering the document uses,
// nested sections included: where fact rules look for what a control owes.
import { answeredIds } from '../coverage/coverage';
import type { SectionModel, WhitepaperModel } from './whitepaper';

function* allSections(sections: readonly SectionModel[]): Generator<SectionModel> {
  for (const section of sections) {
    yield section;
    yield* allSections(section.sections);
  }
}

/** Sections answering `id` (2013 or CLD numbering), each with its subsections' text counted as its own. */
export function sectionsFor(document: WhitepaperModel, id: string): SectionModel[] {
  return [...allSections(document.sections)].filter((s) => s.controls.some((c) => answeredIds(c.id).includes(id)));
}

/** A section's prose facts and pinned facts, its subsections' included. */
export function factsUnder(section: SectionModel): { prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string } {
  const all = [...allSections([section])];
  return { prose: all.flatMap((s) => s.prose), pinned: all.flatMap((s) => s.facts), body: all.map((s) => s.body ?? '').join('\n') };
}

/** Everything the sections answering `id` say together: a control is often answered in several places. */
export function factsFor(document: WhitepaperModel, ids: readonly string[]): { sections: SectionModel[]; prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string } {
  const sections = [...new Set(ids.flatMap((id) => sectionsFor(document, id)))];
  const parts = sections.map(factsUnder);
  return { sections, prose: parts.flatMap((p) => p.prose), pinned: parts.flatMap((p) => p.pinned), body: parts.map((p) => p.body).join('\n') };
}
