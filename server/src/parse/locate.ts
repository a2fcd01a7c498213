// Turns a data path (from ajv or a rule) into the YAML node it names, so every
// finding sits on the exact key or value that is wrong.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Span } from '../core/finding';

export type DataPath = readonly (string | number)[];

export interface Located {
  readonly node: Node | null;
  /** The pair whose value is `node`, when `node` sits in a mapping. */
  readonly pair?: Pair<unknown, unknown>;
  /** How much of the path was found; a shorter match points at the nearest ancestor. */
  readonly depth: number;
}

export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value == null ? '' : String(key.value);
  return undefined;
}

export function findPair(map: Node, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((item) => keyText(item) === key);
}

export function locate(root: Node | null, path: DataPath): Located {
  let node: Node | null = root;
  let pair: Pair<unknown, unknown> | undefined;
  let depth = 0;
  for (const step of path) {
    if (isMap(node)) {
      const next = findPair(node, String(step));
      if (!next) break;
      pair = next;
      node = (next.value as Node | null) ?? null;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (item === undefined) break;
      pair = undefined;
      node = item;
    } else {
      break;
    }
    depth++;
    if (isAlias(node)) break;
  }
  return { node, pair, depth };
}

export function nodeSpan(node: Node | null | undefined): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: Math.max(node.range[1], node.range[0]) };
}

export function keySpan(pair: Pair<unknown, unknown> | undefined): Span | undefined {
  return pair && isPair(pair) && isScalar(pair.key) ? nodeSpan(pair.key) : undefined;
}

/** The first line of a node: a whole block mapping would underline a page. */
export function headSpan(text: string, node: Node | null | undefined): Span | undefined {
  const span = nodeSpan(node);
  if (!span) return undefined;
  let lineEnd = text.indexOf('\n', span.start);
  if (lineEnd === -1 || lineEnd > span.end) return span;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return { start: span.start, end: lineEnd };
}
