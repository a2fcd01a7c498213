// The sections that answer a control, whichever numbering the document uses,
// nested sections included: where fact rules look for what a control owes.
// Built once per analysis and shared by every rule that asks.
import { append } from '../core/arrays';
import { answeredIds } from '../coverage/coverage';
import { keptWith } from './keptWith';
import { keptByTop } from './placeIndex';
import { mergedAfterEdit, mergedByTop, topsChanged, type TopsChanged } from './mergedByTop';
import { previousModel } from './previousModel';
import type { SectionModel, WhitepaperModel } from './whitepaper';

interface SectionIndex {
  readonly all: readonly SectionModel[];
  readonly byControl: ReadonlyMap<string, readonly SectionModel[]>;
}

const indexes = new WeakMap<WhitepaperModel, SectionIndex>();

/** The index of one top-level section and its subsections: kept with it, so an edit re-indexes only what it touched. */
const indexUnder = keptByTop((top: SectionModel): SectionIndex => {
  const all: SectionModel[] = [];
  const byControl = new Map<string, SectionModel[]>();
  const visit = (section: SectionModel) => {
    all.push(section);
    for (const control of section.controls) {
      for (const id of answeredIds(control.id)) {
        const list = byControl.get(id);
        // A section is listed while it is visited: if it is there already, it is the last one.
        if (!list) byControl.set(id, [section]);
        else if (list[list.length - 1] !== section) list.push(section);
      }
    }
    section.sections.forEach(visit);
  };
  visit(top);
  return { all, byControl };
});

function indexOf(document: WhitepaperModel): SectionIndex {
  let index = indexes.get(document);
  if (!index) {
    const before = previousModel(document);
    const was = before && indexes.get(before);
    const change = was && topsChanged(document, before!);
    index = (change && indexAfterEdit(document, was!, change)) ?? indexOfAll(document);
    indexes.set(document, index);
  }
  return index;
}

function indexOfAll(document: WhitepaperModel): SectionIndex {
  // By the top-level section's place: an array read per section, not a lookup.
  const underAt = indexUnder.in(document);
  const all: SectionModel[] = [];
  for (let i = 0; i < document.sections.length; i++) append(all, underAt(i).all);
  return { all, byControl: mergedByTop(document.sections.length, (i) => underAt(i).byControl) };
}

/** The index of a document after an edit, from the index of the document it follows (`was`): only the top-level sections the edit changed are read. */
function indexAfterEdit(document: WhitepaperModel, was: SectionIndex, change: TopsChanged): SectionIndex | undefined {
  const { old, head, oldEnd, newEnd } = change;
  if (oldEnd === head && newEnd === head) return was;
  const underAt = indexUnder.in(document);
  const byControl = mergedAfterEdit(was.byControl, change, (top) => indexUnder(top).byControl, (i) => underAt(i).byControl);
  if (!byControl) return undefined;
  // A top-level section leads its own sections in the list of all.
  const at = head < old.length ? was.all.indexOf(old[head]) : was.all.length;
  let gone = 0;
  for (let i = head; i < oldEnd; i++) gone += indexUnder(old[i]).all.length;
  const added: SectionModel[] = [];
  for (let i = head; i < newEnd; i++) append(added, underAt(i).all);
  return { all: was.all.slice(0, at).concat(added, was.all.slice(at + gone)), byControl };
}

/** Every section, nested ones included, in document order. */
export function allSections(document: WhitepaperModel): readonly SectionModel[] {
  return indexOf(document).all;
}

/** One list for every id no section answers: the same array each time, as an id's list is while its sections stay (factsFor). */
const NO_SECTIONS: readonly SectionModel[] = Object.freeze([]);

/** Sections answering `id` (2013 or CLD numbering). */
export function sectionsFor(document: WhitepaperModel, id: string): readonly SectionModel[] {
  return indexOf(document).byControl.get(id) ?? NO_SECTIONS;
}

/** The sections and, under each, its subsections, in document order. */
export function withNested(sections: readonly SectionModel[]): SectionModel[] {
  const all: SectionModel[] = [];
  const visit = (s: SectionModel) => {
    all.push(s);
    s.sections.forEach(visit);
  };
  sections.forEach(visit);
  return all;
}

const factsKept = keptWith((section: SectionModel): { prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string } => {
  const all = withNested([section]);
  return { prose: all.flatMap((s) => s.prose), pinned: all.flatMap((s) => s.facts), body: all.map((s) => s.body ?? '').join('\n') };
});

/**
 * A section's prose facts and pinned facts, its subsections' included: kept with the section, whose subsections are
 * in its own segment, so rules that ask on every analysis read only the sections an edit touched.
 */
export function factsUnder(section: SectionModel): ReturnType<typeof factsKept> {
  return factsKept(section);
}

export type Facts = { sections: SectionModel[]; prose: SectionModel['prose']; pinned: SectionModel['facts']; body: string };

/**
 * By the first answering section (so a closed document's entries go with its model), then by the ids asked: the last
 * answer, with the lists of answering sections (one per id) it was gathered from.
 */
const lastFacts = new WeakMap<SectionModel, Map<string, { facts: Facts; lists: readonly (readonly SectionModel[])[] }>>();

/**
 * Everything the sections answering `ids` say together: a control is often answered in several places. The last
 * answer per list of ids is kept, and given again as the same object, while the same section objects answer: an edit
 * elsewhere gathers nothing again, and what a rule read from it (keptWith) still holds. The index gives each id's list
 * as the same array while no section of it changed (mergedByTop.ts), so the same lists are known without the sections
 * answering several ids put together again (a set of thousands on every keystroke at 5 MB full of findings).
 */
export function factsFor(document: WhitepaperModel, ids: readonly string[]): Facts {
  const lists = ids.map((id) => sectionsFor(document, id));
  const first = lists.find((list) => list.length > 0)?.[0];
  if (first === undefined) return { sections: [], prose: [], pinned: [], body: '' };
  let byIds = lastFacts.get(first);
  if (!byIds) lastFacts.set(first, (byIds = new Map()));
  const key = ids.join('\u0000');
  const last = byIds.get(key);
  if (last && last.lists.every((list, i) => list === lists[i])) return last.facts;
  // One id's sections are listed once each already (a section is in one top-level section's index): no set to build
  // for the rules that ask one control.
  const sections = ids.length === 1 ? lists[0].slice() : [...new Set(lists.flat())];
  if (last && last.facts.sections.length === sections.length && last.facts.sections.every((s, i) => s === sections[i])) {
    byIds.set(key, { facts: last.facts, lists });
    return last.facts;
  }
  const parts = sections.map(factsUnder);
  const facts = { sections, prose: parts.flatMap((p) => p.prose), pinned: parts.flatMap((p) => p.pinned), body: parts.map((p) => p.body).join('\n') };
  byIds.set(key, { facts, lists });
  return facts;
}
