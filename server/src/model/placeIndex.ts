// What a document rule reads from every item of a list the document has (its sections, its top-level sections, the
// parts its segments make), as one index per document and list: the rule asks it by the item's place in the list (an array
// read) instead of looking each item up (keptWith: a WeakMap lookup per item per rule, about 125,000 per keystroke
// at 5 MB full of findings, 0.1–0.3 µs each in tables that large). The index of a model that follows another
// (previousModel.ts) takes the values of the items before and after the edit from the other's index by place, where
// the two lists hold the same objects; the items between are looked up as keptWith does. An item is read when first
// asked for, as before: a rule that stops at the first section that answers reads no further.
import { keptWith } from './keptWith';
import { previousModel } from './previousModel';
import type { ModelPart, SectionModel, WhitepaperModel } from './whitepaper';

/** A value not read yet: the index is filled as the rule asks. */
const UNREAD: unique symbol = Symbol('unread');

export interface KeptIndex<K, T, A> {
  /** The item's value, kept with it (keptWith): for a rule that asks some items only. */
  (item: K, arg: A): T;
  /** The value of `list[i]`, where `list` is the document's list this index reads (`listOf`'s, unless given). */
  in(document: WhitepaperModel, arg: A, list?: readonly K[]): (i: number) => T;
}

interface Values<K, T> {
  list: readonly K[];
  values: (T | typeof UNREAD)[];
}

/** How many items two lists (an analysis's and the last one's) share at their head and at their tail. */
export interface AlikeEnds {
  readonly old: readonly object[];
  readonly head: number;
  readonly tail: number;
}

/** Worked out once per list: every index over the same list asks it (nine over every section, 9,600 of them at 5 MB full of findings). */
const ends = new WeakMap<readonly object[], AlikeEnds>();

export function alikeAtEnds(all: readonly object[], old: readonly object[]): AlikeEnds {
  const known = ends.get(all);
  if (known?.old === old) return known;
  const n = Math.min(all.length, old.length);
  let head = 0;
  while (head < n && all[head] === old[head]) head++;
  let tail = 0;
  while (tail < n - head && all[all.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
  const alike = { old, head, tail };
  ends.set(all, alike);
  return alike;
}

export function placeIndex<K extends object, T, A>(listOf: ((document: WhitepaperModel) => readonly K[]) | undefined, read: (item: K, arg: A, index?: number) => T): KeptIndex<K, T, A> {
  const one = keptWith(read);
  const indexes = new WeakMap<WhitepaperModel, Values<K, T>>();
  const valuesOf = (document: WhitepaperModel, all: readonly K[]): (T | typeof UNREAD)[] => {
    const known = indexes.get(document);
    if (known?.list === all) return known.values;
    const before = previousModel(document);
    const was = before && indexes.get(before);
    let values: (T | typeof UNREAD)[];
    if (was) {
      const old = was.list;
      const { head, tail } = alikeAtEnds(all, old);
      if (old.length === all.length) {
        // A keystroke inside one item: the previous index becomes this one, no array per keystroke (one that lived
        // until the next keystroke would be promoted, and kept until a full collection). The previous model's rules ran.
        indexes.delete(before);
        values = was.values.fill(UNREAD, head, all.length - tail);
      } else {
        values = new Array<T | typeof UNREAD>(all.length).fill(UNREAD);
        for (let i = 0; i < head; i++) values[i] = was.values[i];
        for (let i = 1; i <= tail; i++) values[all.length - i] = was.values[old.length - i];
      }
    } else {
      values = new Array<T | typeof UNREAD>(all.length).fill(UNREAD);
    }
    indexes.set(document, { list: all, values });
    return values;
  };
  const index = one as KeptIndex<K, T, A>;
  index.in = (document, arg, list) => {
    const all = list ?? listOf!(document);
    const values = valuesOf(document, all);
    return (i) => {
      const value = values[i];
      return value === UNREAD ? (values[i] = one(all[i], arg, i)) : value;
    };
  };
  return index;
}

/** Read from every top-level section, with its subsections. */
export function keptByTop<T, A = void>(read: (top: SectionModel, arg: A) => T): KeptIndex<SectionModel, T, A> {
  return placeIndex((document) => document.sections, read);
}

/**
 * Read from every segment's part: the list is the one a part check is given (Rule.checkParts), passed to `in`, which
 * tells `read` the part's place in it (what the part's segment is: Rule.checkParts's `startOf`).
 */
export function keptByPart<T, A = void>(read: (part: ModelPart, arg: A, index?: number) => T): KeptIndex<ModelPart, T, A> {
  return placeIndex(undefined, read);
}
