// Answers a rule's "where is this path?" within one parsed segment.
import type { Node, Pair } from 'yaml';
import { isCollection, isMap, isScalar } from 'yaml';
import type { Span, TextEdit } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import { columnOf, endOfLastLine } from '../model/insertions';
import type { Localized } from '../core/locale';
import { headSpan, keySpan, locate, nodeSpan, type DataPath } from '../parse/locate';
import type { SchemaErrorContext, SpanPreference } from '../schema/schemaErrorContext';

export function schemaTitle(schema: unknown): Localized | undefined {
  const s = schema as { title?: string; 'x-i18n'?: { ja?: { title?: string } } } | undefined;
  if (!s || typeof s.title !== 'string') return undefined;
  return { en: s.title, ja: s['x-i18n']?.ja?.title ?? s.title };
}

export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

export function lastKey(path: DataPath, fallback: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return fallback;
}

/** `key: value` as lines at `indent`: a value's continuation lines are relative to the key. */
export function keyLines(indent: string, key: string, value: string): string {
  return `${indent}${key}: ${value.replace(/\n/g, `\n${indent}`)}`;
}

/**
 * A new top-level key goes right after a one-line `whitepaper:` (the format's first line), else before the first
 * key: the same place whether the document was analysed whole or by segments.
 */
export function topLevelKeyEdit(text: SourceText, firstKeyStart: number, whitepaper: Span | undefined, key: string, value: string): TextEdit {
  if (whitepaper && key !== 'whitepaper' && !text.slice(whitepaper.start, whitepaper.end).includes('\n')) {
    return { start: whitepaper.end, end: whitepaper.end, text: `\n${keyLines('', key, value)}` };
  }
  const at = text.lastIndexOf('\n', firstKeyStart - 1) + 1;
  return { start: at, end: at, text: `${keyLines('', key, value)}\n` };
}

/** `wholeDocument`: the segment is the whole document, whose root mapping takes top-level keys. */
export function segmentContext(text: string, root: Node | null, rootPair: Pair<unknown, unknown> | undefined, rootLabel: string, wholeDocument = false): SchemaErrorContext {
  const fallback: Span = keySpan(rootPair) ?? headSpan(text, root) ?? { start: 0, end: 0 };
  return {
    path: (error) => pointerToPath(error.instancePath),
    label: (path) => lastKey(path, rootLabel),
    source: (span) => text.slice(span.start, span.end),
    title: schemaTitle,
    addKey(path: DataPath, key: string, value: string): TextEdit | undefined {
      const found = locate(root, path);
      const map = found.node;
      if (found.depth !== path.length || !isMap(map) || map.flow || map.items.length === 0) return undefined;
      const span = nodeSpan(map);
      const first = keySpan(map.items[0]);
      if (!span || !first) return undefined;
      if (path.length === 0 && wholeDocument) {
        const head = map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'whitepaper');
        const headSpan = head && keySpan(head);
        const headEnd = head && (nodeSpan(head.value as Node | null)?.end ?? headSpan?.end);
        return topLevelKeyEdit(text, first.start, headSpan && headEnd !== undefined ? { start: headSpan.start, end: headEnd } : undefined, key, value);
      }
      const at = endOfLastLine(text, span.start, span.end);
      return { start: at, end: at, text: `\n${keyLines(' '.repeat(columnOf(text, first.start)), key, value)}` };
    },
    spanAt(path: DataPath, prefer: SpanPreference): Span {
      const found = locate(root, path);
      const pair = found.depth === 0 ? rootPair : found.pair;
      const key = keySpan(pair) ?? (found.depth === 0 ? fallback : undefined);
      if (prefer === 'key' || (prefer === 'head' && key)) return key ?? headSpan(text, found.node) ?? fallback;
      if (prefer === 'head') return headSpan(text, found.node) ?? fallback;
      const node = found.node;
      if (node && (isScalar(node) || (isCollection(node) && node.flow))) return nodeSpan(node) ?? fallback;
      return key ?? headSpan(text, node) ?? fallback;
    },
  };
}
