// Where a text changed since it was last analysed, from the editor's change
// events: the analyzer then takes every segment outside that range from the
// last analysis by its place alone, instead of cutting each out of the text
// and looking it up by its content (a few percent of a keystroke per MB).

/**
 * The text before `start` and from `end` on is the last analysed text, unchanged; what was at offset `o >= end - delta`
 * before is now at `o + delta`.
 */
export interface EditedRange {
  readonly start: number;
  readonly end: number;
  /** New length minus old length. */
  readonly delta: number;
}

/** Nothing changed since the last analysis. */
export const UNCHANGED: EditedRange = { start: 0, end: 0, delta: 0 };

/**
 * `range` after one more change, which replaced `from..to` of the text as it was (after the changes `range` covers)
 * with `length` characters.
 */
export function withEdit(range: EditedRange, from: number, to: number, length: number): EditedRange {
  const change = length - (to - from);
  if (range.start === range.end && range.delta === 0) return { start: from, end: from + length, delta: change };
  // The range's ends, where this change leaves them.
  const start = range.start <= from ? range.start : range.start >= to ? range.start + change : from;
  const end = range.end <= from ? range.end : range.end >= to ? range.end + change : from + length;
  return { start: Math.min(start, from), end: Math.max(end, from + length), delta: range.delta + change };
}
