// A piece of a long text that is kept long after the text itself: its own
// copy. V8 represents `text.slice(a, b)` as a view that keeps all of `text`
// alive, and so is every string a parser cuts from that piece. A segment's
// cached result, built from such a view, kept the whole document as it was when
// that segment last changed: one more copy of the document for every segment an
// edit touched, for as long as the document stayed open.

import type { SourceText } from './sourceText';

/** `text.slice(start, end)` in a string of its own, which keeps nothing else alive. */
export function ownCopy(text: SourceText, start: number, end: number): string {
  // A concatenation is flattened into a new string before it is sliced: the slice then views that copy, one
  // character longer than the piece, and nothing of `text`.
  return ` ${text.slice(start, end)}`.slice(1);
}
