// What a document rule reads from every section on every edit, as one index per document: the rule asks it by the
// section's place in allSections (an array read) instead of looking each section up (keptWith: a WeakMap lookup per
// section per rule, about 86,000 per keystroke at 5 MB). The index of a model that follows another
// (previousModel.ts) takes the values of the sections before and after the edit from the other's index by place, where
// the two models' sections are the same objects; the sections between are looked up as keptWith does. A section is
// read when first asked for, as before: a rule that stops at the first section that answers reads no further.
import { keptWith } from './keptWith';
import { previousModel } from './previousModel';
import { allSections } from './sectionsFor';
import type { SectionModel, WhitepaperModel } from './whitepaper';

/** A value not read yet: the index is filled as the rule asks. */
const UNREAD: unique symbol = Symbol('unread');

export interface KeptIndex<T, A> {
  /** The section's value, kept with it (keptWith): for a rule that asks some sections only. */
  (section: SectionModel, arg: A): T;
  /** The value of `allSections(document)[i]`, for a rule that asks every section. */
  in(document: WhitepaperModel, arg: A): (i: number) => T;
}

export function keptIndex<T, A = void>(read: (section: SectionModel, arg: A) => T): KeptIndex<T, A> {
  const one = keptWith(read);
  const indexes = new WeakMap<WhitepaperModel, (T | typeof UNREAD)[]>();
  const valuesOf = (document: WhitepaperModel, all: readonly SectionModel[]): (T | typeof UNREAD)[] => {
    let values = indexes.get(document);
    if (values) return values;
    const before = previousModel(document);
    const was = before && indexes.get(before);
    if (before && was) {
      const old = allSections(before);
      const n = Math.min(all.length, old.length);
      let head = 0;
      while (head < n && all[head] === old[head]) head++;
      let tail = 0;
      while (tail < n - head && all[all.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
      if (old.length === all.length) {
        // A keystroke inside a section: the previous index becomes this one, no array per keystroke (one that lived
        // until the next keystroke would be promoted, and kept until a full collection). The previous model's rules ran.
        indexes.delete(before);
        values = was.fill(UNREAD, head, all.length - tail);
      } else {
        values = new Array<T | typeof UNREAD>(all.length).fill(UNREAD);
        for (let i = 0; i < head; i++) values[i] = was[i];
        for (let i = 1; i <= tail; i++) values[all.length - i] = was[old.length - i];
      }
    } else {
      values = new Array<T | typeof UNREAD>(all.length).fill(UNREAD);
    }
    indexes.set(document, values);
    return values;
  };
  const index = one as KeptIndex<T, A>;
  index.in = (document, arg) => {
    const all = allSections(document);
    const values = valuesOf(document, all);
    return (i) => {
      const value = values[i];
      return value === UNREAD ? (values[i] = one(all[i], arg)) : value;
    };
  };
  return index;
}
