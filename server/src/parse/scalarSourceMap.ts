// Where each character of a scalar's value sits in the source. Facts are
// found in the value (indentation removed, lines folded, escapes undone) and
// must be reported on the exact characters the author typed.
//
// The map is built by walking value and source together: every value
// character is matched to the next source character that produces it. Only
// characters YAML drops (indentation, the block header, quotes, line breaks
// that fold to a space, the backslash of an escape) are skipped. A folded
// line break maps to the break itself.
//
// Read by character code into a typed array: every section body is mapped when its prose is read, and `value[v]` of a
// character past Latin-1 (all of Japanese) makes a new one-character string, so the walk allocated a string per
// character of value and source and an 8-byte slot per character (docs/benchmark.md, seventeenth session).

import { BACKSLASH, CR, DOUBLE_QUOTE, LF, LOWER_N, SINGLE_QUOTE, SPACE, TAB } from '../core/charCodes';

/** `map[i]` is the source offset of value character i; `map[value.length]` is the end. */
export function scalarSourceMap(value: string, source: string, base = 0): Int32Array {
  const map = new Int32Array(value.length + 1);
  let s = firstContent(source);
  for (let v = 0; v < value.length; v++) {
    const want = value.charCodeAt(v);
    let found = -1;
    for (let probe = s; probe < source.length; probe++) {
      const c = source.charCodeAt(probe);
      if (c === want || (want === SPACE && c === LF) || (want === LF && c === BACKSLASH && source.charCodeAt(probe + 1) === LOWER_N)) {
        found = probe;
        break;
      }
      // Never skip over text the author wrote: only layout can lie between two value characters.
      if (!isLayout(c)) break;
    }
    if (found === -1) {
      // An escape or a transformation we do not model: keep the map monotonic and close.
      found = Math.min(s, source.length);
    }
    map[v] = base + found;
    s = found + (source.charCodeAt(found) === BACKSLASH ? 2 : 1);
  }
  map[value.length] = base + Math.min(s, source.length);
  return map;
}

function firstContent(source: string): number {
  const first = source[0];
  if (first === '|' || first === '>') {
    const lineEnd = source.indexOf('\n');
    return lineEnd === -1 ? source.length : lineEnd + 1;
  }
  return first === '"' || first === "'" ? 1 : 0;
}

function isLayout(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKSLASH;
}
