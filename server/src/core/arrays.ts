// Array helpers that hold for any length. A spread into a call
// (`Math.max(...xs)`, `push(...xs)`) passes each element as an argument on the
// stack, and a long enough document makes it throw; these loop instead.

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  for (const value of values) if (value < min) min = value;
  return min;
}

/**
 * Appends every item of `items` to `target`. An array is read by index: document rules append per section on every
 * edit, and an iterator per call (and a result per item, where V8 cannot optimise it away) is garbage to collect.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  if (Array.isArray(items)) {
    const list = items as readonly T[];
    for (let i = 0; i < list.length; i++) target.push(list[i]);
    return target;
  }
  for (const item of items) target.push(item);
  return target;
}

/**
 * An array of each length asked for, the same one every time that length is: for a list written again many times
 * with lengths that vary (a part check's inputs, one per segment on every edit), where making a reused array shorter
 * is a call into V8's runtime each time (its length is an accessor) and a new array each time is garbage.
 */
export function arraysBySize<T>(): (length: number) => T[] {
  const bySize: T[][] = [];
  return (length) => (bySize[length] ??= Array.from({ length }, () => undefined as T));
}
