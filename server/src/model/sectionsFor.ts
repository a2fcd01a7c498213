// The sections that answer a control, whichever numbering the document uses,
// nested sections included: where fact rules look for what a control owes.
// Built once per analysis and shared by every rule that asks.
import { answeredIds } from '../coverage/coverage';
import type { SectionModel, WhitepaperModel } from './whitepaper';

interface SectionIndex {
  readonly all: readonly SectionModel[];
  readonly byControl: ReadonlyMap<string, readonly SectionModel[]>;
}

const indexes = new WeakMap<WhitepaperModel, SectionIndex>();

function indexOf(document: WhitepaperModel): SectionIndex {
  let index = indexes.get(document);
  if (!index) {
    const all: SectionModel[] = [];
    const byControl = new Map<string, SectionModel[]>();
    const visit = (sections: readonly SectionModel[]) => {
      for (const section of sections) {
        all.push(section);
        for (const control of section.controls) {
          for (const id of answeredIds(control.id)) {
            const list = byControl.get(id) ?? [];
            if (!list.includes(section)) list.push(section);
            byControl.set(id, list);
          }
        }
        visit(section.sections);
      }
    };
    visit(document.sections);
    index = { all, byControl };
    indexes.set(document, index);
  }
  return index;
}

/** Every section, nested ones included, in document order. */
export function allSections(document: WhitepaperModel): readonly SectionModel[] {
  return indexOf(document).all;
}

/** Sections answering `id` (2013 or CLD numbering). */
export function sectionsFor(document: WhitepaperModel, id: string): readonly SectionModel[] {
  return indexOf(document).byControl.get(id) ?? [];
}

/** A section's prose facts and pinned facts, its subsections' included. */
export function factsUnder(section: SectionModel): { prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string } {
  const all: SectionModel[] = [];
  const visit = (s: SectionModel) => {
    all.push(s);
    s.sections.forEach(visit);
  };
  visit(section);
  return { prose: all.flatMap((s) => s.prose), pinned: all.flatMap((s) => s.facts), body: all.map((s) => s.body ?? '').join('\n') };
}

/** Everything the sections answering `ids` say together: a control is often answered in several places. */
export function factsFor(document: WhitepaperModel, ids: readonly string[]): { sections: SectionModel[]; prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string } {
  const sections = [...new Set(ids.flatMap((id) => sectionsFor(document, id)))];
  const parts = sections.map(factsUnder);
  return { sections, prose: parts.flatMap((p) => p.prose), pinned: parts.flatMap((p) => p.pinned), body: parts.map((p) => p.body).join('\n') };
}
