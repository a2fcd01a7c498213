// Lists by key gathered over the whole document from what each top-level section lists (the sections answering a
// control, the places covering it), made after an edit from the last analysis's: the top-level sections the edit
// left are the same objects at both ends of the list (placeIndex.ts), so only the few between are read again, and
// only the keys they list are put together again. Merging every top-level section's map on every keystroke (5,000
// of them at 5 MB full of findings) was a twelfth of a keystroke for each of the two.
import { append } from '../core/arrays';
import { alikeAtEnds } from './placeIndex';
import type { SectionModel, WhitepaperModel } from './whitepaper';

/** More top-level sections changed than this, and the lists are gathered anew: an edit touches one or two. */
const MAX_CHANGED_TOPS = 16;

/** The top-level sections an edit changed: `old[head..oldEnd)` became the document's `[head..newEnd)`. */
export interface TopsChanged {
  readonly old: readonly SectionModel[];
  readonly head: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** What changed among `document`'s top-level sections since `before`; undefined when too many did. */
export function topsChanged(document: WhitepaperModel, before: WhitepaperModel): TopsChanged | undefined {
  const old = before.sections;
  const { head, tail } = alikeAtEnds(document.sections, old);
  const oldEnd = old.length - tail;
  const newEnd = document.sections.length - tail;
  return oldEnd - head > MAX_CHANGED_TOPS || newEnd - head > MAX_CHANGED_TOPS ? undefined : { old, head, oldEnd, newEnd };
}

/**
 * Each key's list: the concatenation, in the order of the top-level sections, of what each lists under it (`listsAt`
 * by the section's place, for every one). The same object for the same lists.
 */
export function mergedByTop<K, V>(count: number, listsAt: (i: number) => ReadonlyMap<K, readonly V[]>): Map<K, readonly V[]> {
  const merged = new Map<K, V[]>();
  // Map.forEach, not for…of: no entry array per key per section on every edit.
  const add = (items: readonly V[], key: K) => {
    const list = merged.get(key);
    if (list) append(list, items);
    else merged.set(key, items.slice());
  };
  for (let i = 0; i < count; i++) listsAt(i).forEach(add);
  return merged;
}

/**
 * `mergedByTop` after the edit `change`, made from `was`, its answer for the model the document follows: in each
 * list, the values the changed sections listed (`listsOf` the old ones) lie together, between those of the sections
 * before and after them, and the first is found by identity; the new ones' (`listsAt` by place) take their place.
 * Undefined where a changed section lists a key the old ones did not, under which others list values: where its
 * values go among theirs is not known here.
 */
export function mergedAfterEdit<K, V>(
  was: ReadonlyMap<K, readonly V[]>,
  change: TopsChanged,
  listsOf: (top: SectionModel) => ReadonlyMap<K, readonly V[]>,
  listsAt: (i: number) => ReadonlyMap<K, readonly V[]>,
): Map<K, readonly V[]> | undefined {
  const { old, head, oldEnd, newEnd } = change;
  const keys = new Set<K>();
  const keyOf = (_: readonly V[], key: K) => keys.add(key);
  for (let i = head; i < oldEnd; i++) listsOf(old[i]).forEach(keyOf);
  for (let i = head; i < newEnd; i++) listsAt(i).forEach(keyOf);
  const merged = new Map(was);
  for (const key of keys) {
    const list = was.get(key) ?? [];
    let first: V | undefined;
    let gone = 0;
    for (let i = head; i < oldEnd; i++) {
      const items = listsOf(old[i]).get(key);
      if (!items || items.length === 0) continue;
      if (gone === 0) first = items[0];
      gone += items.length;
    }
    const mine: V[] = [];
    for (let i = head; i < newEnd; i++) append(mine, listsAt(i).get(key) ?? []);
    const from = gone > 0 ? list.indexOf(first!) : list.length;
    if (from < 0 || (gone === 0 && mine.length > 0 && list.length > 0)) return undefined;
    const now = list.slice(0, from).concat(mine, list.slice(from + gone));
    if (now.length > 0) merged.set(key, now);
    else merged.delete(key);
  }
  return merged;
}
