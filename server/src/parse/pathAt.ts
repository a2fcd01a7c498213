// The data path of the key or value at an offset, for hover and completion.
// Parses only the segment that holds the offset.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DataPath } from './locate';
import { splitSegments } from './segments';

export interface PathAt {
  readonly path: DataPath;
  /** Whether the offset is on a key (true) or in its value. */
  readonly onKey: boolean;
  readonly start: number;
  readonly end: number;
}

/** A collection ends where the next line starts: the cursor there belongs to what follows. */
function contains(node: Node | null, offset: number): boolean {
  if (!node?.range) return false;
  return offset >= node.range[0] && (isScalar(node) ? offset <= node.range[1] : offset < node.range[1]);
}

function walk(node: Node | null, offset: number, path: (string | number)[]): PathAt | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (isScalar(key) && key.range && offset >= key.range[0] && offset <= key.range[1]) {
        return { path: [...path, String(key.value)], onKey: true, start: key.range[0], end: key.range[1] };
      }
      if (value?.range && contains(value, offset) && isScalar(key)) {
        return walk(value, offset, [...path, String(key.value)]) ?? { path: [...path, String(key.value)], onKey: false, start: value.range[0], end: value.range[1] };
      }
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      if (item?.range && contains(item, offset)) {
        return walk(item, offset, [...path, i]) ?? { path: [...path, i], onKey: false, start: item.range[0], end: item.range[1] };
      }
    }
  }
  return undefined;
}

/** Deeper than any whitepaper nests; the parser's recursion on deeper flow collections can exhaust the stack fatally. */
const MAX_FLOW_DEPTH = 500;

function nestsTooDeep(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}

export function pathAt(text: string, offset: number, splitKey: string | undefined): PathAt | undefined {
  const segment = splitSegments(text, splitKey).find((s) => offset >= s.start && offset <= s.end);
  if (!segment || segment.kind === 'stray') return undefined;
  const source = text.slice(segment.start, segment.end);
  if (nestsTooDeep(source)) return undefined;
  // No pretty errors: on one very long line their context costs more than the parse (V8 ran out of memory on it).
  const doc = parseDocument(source, { logLevel: 'silent', prettyErrors: false });
  const prefix: (string | number)[] = segment.kind === 'item' && splitKey ? [splitKey] : [];
  const found = walk(doc.contents as Node | null, offset - segment.start, []);
  if (!found) return undefined;
  const path = segment.kind === 'item' ? [...prefix, segment.index, ...found.path.slice(1)] : found.path;
  return { ...found, path, start: found.start + segment.start, end: found.end + segment.start };
}
