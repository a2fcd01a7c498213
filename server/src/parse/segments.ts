// Splits a document into the units that are parsed, validated and cached on
// their own: one per top-level key, and one per item of the list under the
// split key (`sections`). An edit then costs only the segment it touched.
// Any layout this line scanner cannot split with certainty (directives,
// several documents, a root that is not a block mapping) falls back to one
// segment holding the whole document, which is always correct, only slower.
import { COLON, CR, DASH, HASH, LF, SPACE, TAB } from '../core/charCodes';

export type Segment =
  | { readonly kind: 'document'; readonly start: number; readonly end: number }
  | { readonly kind: 'entry'; readonly start: number; readonly end: number; readonly key: string }
  | { readonly kind: 'item'; readonly start: number; readonly end: number; readonly index: number }
  /** A line at the left margin that is not a key yet (an author typing one): its own segment, so the rest stays cached. */
  | { readonly kind: 'stray'; readonly start: number; readonly end: number };

/** A segment before its end is known: what the scanner holds while it reads the segment's lines. */
type Open = { readonly kind: 'entry'; readonly start: number; readonly key: string } | { readonly kind: 'item'; readonly start: number; readonly index: number } | { readonly kind: 'stray'; readonly start: number };

/**
 * `segment` at `start..end`, written out per kind, so that every segment of a kind has one shape. A spread
 * (`{ ...segment, start }`) made objects that V8 writes each property of through its runtime, a call per property:
 * on every segment after the edit, on every keystroke (parse/segmentsAfterEdit.ts).
 */
export function placedAt(segment: Segment | Open, start: number, end: number): Segment {
  switch (segment.kind) {
    case 'entry':
      return { kind: 'entry', start, end, key: segment.key };
    case 'item':
      return { kind: 'item', start, end, index: segment.index };
    case 'stray':
      return { kind: 'stray', start, end };
    case 'document':
      return { kind: 'document', start, end };
  }
}

const QUOTED_KEY = /(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)')[ \t]*:(?=[ \t]|\r?\n|$)/y;
/** Characters that cannot start a plain key: YAML indicators and white space. */
const NOT_PLAIN_START = /[\s#'"[\]{},&*!|>%@`?:-]/;

function isItemStart(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || next === SPACE || next === LF || next === CR;
}

function topKeyAt(text: string, lineStart: number): string | undefined {
  const first = text[lineStart] ?? '';
  if (first === '"' || first === "'") {
    QUOTED_KEY.lastIndex = lineStart;
    const match = QUOTED_KEY.exec(text);
    if (!match) return undefined;
    return match[1] ?? match[2]!.replace(/''/g, "'");
  }
  // ":" may start a plain scalar when a character other than white space follows it (":lang: en" has the key ":lang");
  // followed by white space, it is the value of an empty key (": x"), as YAML reads it.
  if (first === ':') return /^[^\S\n]|^\n|^$/.test(text[lineStart + 1] ?? '') ? '' : plainKeyAt(text, lineStart);
  if (first === '' || NOT_PLAIN_START.test(first)) return undefined;
  return plainKeyAt(text, lineStart);
}

/**
 * A plain key runs to the first ":" on its line that is followed by a space, a tab or the line end ("a:b: c" has
 * the key "a:b"), and holds no " #". Scanned once, left to right: the regular expression this replaces went back
 * over every run of spaces, which made one line of 100,000 spaces take seconds.
 */
function plainKeyAt(text: string, lineStart: number): string | undefined {
  const endsKey = (at: number) => {
    const after = text.charCodeAt(at + 1);
    return Number.isNaN(after) || after === SPACE || after === TAB || after === LF || (after === CR && text.charCodeAt(at + 2) === LF);
  };
  let at = lineStart + 1;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if ((c === COLON && endsKey(at)) || c === LF) break;
    const before = text.charCodeAt(at - 1);
    if (c === HASH && (before === SPACE || before === TAB)) return undefined;
  }
  if (text.charCodeAt(at) !== COLON) return undefined;
  let end = at;
  while (end > lineStart + 1 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  return text.slice(lineStart, end);
}

export function splitSegments(text: string, splitKey: string | undefined): Segment[] {
  const whole: Segment[] = [{ kind: 'document', start: 0, end: text.length }];
  const segments: Segment[] = [];
  let current: Open | undefined;
  let inSplit = false;
  let itemIndent = -1;
  let itemCount = 0;
  let splitDisabled = false;

  const close = (end: number) => {
    if (current) segments.push(placedAt(current, current.start, end));
  };

  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const first = text.charCodeAt(lineStart);

    if (first === SPACE && inSplit && !splitDisabled) {
      let indent = 1;
      while (text.charCodeAt(lineStart + indent) === SPACE) indent++;
      const at = lineStart + indent;
      const c = text.charCodeAt(at);
      const isContent = at < lineEnd && c !== HASH && c !== CR;
      if (isContent && itemIndent === -1) {
        if (isItemStart(text, at)) itemIndent = indent;
        else splitDisabled = true;
      }
      if (isContent && indent === itemIndent && isItemStart(text, at)) {
        close(lineStart);
        current = { kind: 'item', start: lineStart, index: itemCount++ };
      }
    } else if (first === DASH) {
      if (text.startsWith('---', lineStart)) return whole;
      if (!(inSplit && !splitDisabled && (itemIndent === -1 || itemIndent === 0) && isItemStart(text, lineStart))) return whole;
      itemIndent = 0;
      close(lineStart);
      current = { kind: 'item', start: lineStart, index: itemCount++ };
    } else if (first !== SPACE && first !== HASH && first !== LF && first !== CR && first !== 0x09) {
      if (first === 0x25 /* % */ || first === 0x3f /* ? */ || text.startsWith('...', lineStart)) return whole;
      const key = topKeyAt(text, lineStart);
      const start = current ? lineStart : 0;
      if (key === undefined) {
        // A root that is not a block mapping can only be read whole.
        if (!current || first === 0x7b /* { */ || first === 0x5b /* [ */) return whole;
        close(lineStart);
        current = { kind: 'stray', start };
        lineStart = lineEnd + 1;
        continue;
      }
      close(start);
      current = { kind: 'entry', start, key };
      inSplit = key === splitKey;
      itemIndent = -1;
      itemCount = 0;
      splitDisabled = false;
    }
    lineStart = lineEnd + 1;
  }
  if (!current) return whole;
  close(text.length);
  return segments;
}
