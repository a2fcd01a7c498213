// Text read out of a web page that still knows where each of its characters came from in the page's source, so a
// finding on a paragraph's words points at those words, not at the paragraph's tag. A browser's reading moves them:
// entities (&amp;, &nbsp;) are one character, whitespace collapses, tags between words vanish, and a Japanese line the
// author wrapped loses its line break. Every step here keeps, for each character, its offset in the source (or none,
// for a character the reader adds: a bullet, a space between cells), each step one pass over the text it is given.
// The offsets are an Int32Array (half a number[]'s bytes, sized once), a line a view of its block's array, and text
// the reader wrote has none at all: a Word file's HTML, which has no source lines to point at, costs nothing here.
import type { Mark } from './assemble';
import { lineAt, lineStarts } from '../core/lines';

export interface TracedText {
  readonly text: string;
  /** Offset in the source of each UTF-16 unit of `text`, -1 where the reader wrote it; absent where it wrote all of them. */
  readonly from?: Int32Array;
}

export const written = (text: string): TracedText => ({ text });

export function concat(parts: readonly TracedText[]): TracedText {
  if (parts.length === 1) return parts[0];
  const text = parts.map((p) => p.text).join('');
  if (!parts.some((p) => p.from)) return { text };
  const from = new Int32Array(text.length);
  let at = 0;
  for (const part of parts) {
    if (part.from) from.set(part.from, at);
    else from.fill(-1, at, at + part.text.length);
    at += part.text.length;
  }
  return { text, from };
}

export function joinTraced(parts: readonly TracedText[], separator: string): TracedText {
  return concat(parts.flatMap((part, i) => (i === 0 ? [part] : [written(separator), part])));
}

/** A character reference as the HTML tokenizer reads one: decimal, hexadecimal or named, its semicolon optional for the first two. */
const REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;)/y;

/**
 * A text node's value against its stretch of the source: characters the source writes as they are, a reference's
 * one or two units at its "&", a line's "\r\n" as the "\n" the parser made of it, a <pre>'s first line break as
 * nothing. Where the two part unexpectedly (a legacy entity without its semicolon) each side still moves one unit,
 * so the map stays in order and near.
 */
export function traceNode(value: string, source: string, start: number, end: number): TracedText {
  const from = new Int32Array(value.length);
  let j = start;
  let i = 0;
  while (i < value.length) {
    if (j >= end) {
      from[i++] = Math.max(start, end - 1);
      continue;
    }
    if (source[j] === '&') {
      REFERENCE.lastIndex = j;
      const reference = REFERENCE.exec(source);
      if (reference && reference[0] !== value.slice(i, i + reference[0].length)) {
        const after = j + reference[0].length;
        from[i++] = j;
        // A reference past U+FFFF is two units; its second is not the source's next character.
        if (i < value.length && /[\udc00-\udfff]/.test(value[i])) from[i++] = j;
        j = after;
        continue;
      }
    }
    // The parser drops a line break: the "\r" of "\r\n", and the one opening a <pre>.
    if ((source[j] === '\r' || source[j] === '\n') && value[i] !== source[j]) {
      j++;
      continue;
    }
    from[i++] = j++;
  }
  return { text: value, from };
}

/** `traced` with every match of `pattern` (global) replaced by `by`, the replacement at the match's first character. */
export function replaceTraced(traced: TracedText, pattern: RegExp, by: string): TracedText {
  let text = '';
  /** Each match's index and length, so the offsets are copied once the text's length is known. */
  const matches: number[] = [];
  let last = 0;
  for (const match of traced.text.matchAll(pattern)) {
    const at = match.index;
    text += traced.text.slice(last, at) + by;
    matches.push(at, match[0].length);
    last = at + match[0].length;
  }
  if (last === 0) return traced;
  text += traced.text.slice(last);
  const source = traced.from;
  if (!source) return { text };
  const from = new Int32Array(text.length);
  let to = 0;
  let kept = 0;
  for (let m = 0; m < matches.length; m += 2) {
    const at = matches[m];
    from.set(source.subarray(kept, at), to);
    to += at - kept;
    from.fill(at < source.length ? source[at] : -1, to, to + by.length);
    to += by.length;
    kept = at + matches[m + 1];
  }
  from.set(source.subarray(kept), to);
  return { text, from };
}

const SPACE = /\s/;

/** The pieces of `traced` between `separator`s, each trimmed as String.trim does; empty pieces dropped. */
export function splitTrimmed(traced: TracedText, separator: string): TracedText[] {
  const pieces: TracedText[] = [];
  let start = 0;
  const take = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && SPACE.test(traced.text[a])) a++;
    while (b > a && SPACE.test(traced.text[b - 1])) b--;
    if (b > a) pieces.push(traced.from ? { text: traced.text.slice(a, b), from: traced.from.subarray(a, b) } : { text: traced.text.slice(a, b) });
  };
  for (let at = traced.text.indexOf(separator); at !== -1; at = traced.text.indexOf(separator, at + 1)) {
    take(at);
    start = at + separator.length;
  }
  take(traced.text.length);
  return pieces;
}

/** Where each source offset sits as a 1-based line and column (UTF-16 units, as an editor counts them). */
export function positionsIn(source: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(source);
  return (offset) => {
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
}

/**
 * A line's runs of characters that follow each other on one line of the source, each as a mark: a new run wherever the
 * map jumps (a collapsed space, an entity, a tag between words, a line of the source ends). Characters the reader wrote
 * belong to no run and keep the block's own place.
 */
export function runsOf(line: TracedText, index: number, source: string, at: (offset: number) => { line: number; column: number }): Mark[] {
  const from = line.from;
  if (!from) return line.text === '' ? [] : [{ line: index, at: 0, run: 0 }];
  const marks: Mark[] = [];
  let k = 0;
  while (k < from.length) {
    const first = from[k];
    let next = k + 1;
    if (first === -1) {
      while (next < from.length && from[next] === -1) next++;
      marks.push({ line: index, at: k, run: 0 });
    } else {
      while (next < from.length && from[next] === from[next - 1] + 1 && source[from[next - 1]] !== '\n') next++;
      const { line: sourceLine, column: sourceColumn } = at(first);
      // The mark's place is the block's at this line and column: `assemble` keeps the two numbers, not a copy of the place.
      marks.push({ line: index, at: k, sourceLine, sourceColumn, run: next - k });
    }
    k = next;
  }
  return marks;
}
