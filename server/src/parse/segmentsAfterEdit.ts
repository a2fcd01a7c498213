// The segments of a text after an edit, taken from those of the text before it when the edit cannot have changed
// where splitSegments cuts. The line scanner decides each line from its first characters (an indented line: its
// indentation, the character after it and the one after that; a line at the margin: its key, read to the end of
// the line), and from what it decided for the lines before. An edit that stays inside one indented line, past its
// indentation and the two characters after it, and neither adds nor removes a line break, leaves every decision as
// it was: the segments after it move by the change in length and the one it is in grows. Typing in a section's text
// is such an edit; reading every line of a 5 MB whitepaper again for it was a tenth of a keystroke.
import type { SourceText } from '../core/sourceText';
import { placedAt, type Segment } from './segments';
import { CR, LF, SPACE } from '../core/charCodes';

/** Where the text changed: `start..end` of the new text replaced `start..end - delta` of the old. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

function hasLineBreak(text: SourceText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
  }
  return false;
}

/** The last segment that starts at or before `offset`. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The new text's segments, and the one the edit is in (-1: none): every other holds the text it held before. */
export interface SegmentsAfterEdit {
  readonly segments: readonly Segment[];
  readonly edited: number;
}

/**
 * `segments` are splitSegments' answer for the text before the edit, and `oldTextOf(i)` the text segment `i` held
 * then. Undefined when the edit may cut the new text elsewhere: split it anew.
 */
export function segmentsAfterEdit(
  text: SourceText,
  segments: readonly Segment[],
  edit: TextEdit,
  oldTextOf: (index: number) => string | undefined,
): SegmentsAfterEdit | undefined {
  const { start, end, delta } = edit;
  if (start === end && delta === 0) return { segments, edited: -1 };
  if (segments.length === 0 || segments[0].kind === 'document' || start < 2) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.charCodeAt(lineStart) !== SPACE) return undefined;
  let at = lineStart + 1;
  while (text.charCodeAt(at) === SPACE) at++;
  // The scanner reads up to the character after the first one past the indentation (is it "- "?). A CR just before
  // the edit ends its line with an LF the edit brought next to it, where before it was a line break of its own.
  if (start < at + 2 || hasLineBreak(text, start, end) || text.charCodeAt(start - 1) === CR) return undefined;
  const index = segmentAt(segments, lineStart);
  const segment = segments[index];
  const old = oldTextOf(index);
  const removedEnd = end - delta;
  if (old === undefined || segment.start > lineStart || removedEnd > segment.end || old.length !== segment.end - segment.start) return undefined;
  if (hasLineBreak(old, start - segment.start, removedEnd - segment.start)) return undefined;
  if (delta === 0) return { segments, edited: index };
  // An indexed loop: it runs over every segment after the edit on every keystroke.
  const moved: Segment[] = segments.slice(0, index);
  moved.push(placedAt(segment, segment.start, segment.end + delta));
  for (let i = index + 1; i < segments.length; i++) {
    const s = segments[i];
    moved.push(placedAt(s, s.start + delta, s.end + delta));
  }
  return { segments: moved, edited: index };
}
