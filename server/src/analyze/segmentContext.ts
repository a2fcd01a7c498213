// Answers a rule's "where is this path?" within one parsed segment.
import type { Node, Pair } from 'yaml';
import { isCollection, isScalar } from 'yaml';
import type { Span } from '../core/finding';
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

export function segmentContext(text: string, root: Node | null, rootPair: Pair<unknown, unknown> | undefined, rootLabel: string): SchemaErrorContext {
  const fallback: Span = keySpan(rootPair) ?? headSpan(text, root) ?? { start: 0, end: 0 };
  return {
    path: (error) => pointerToPath(error.instancePath),
    label: (path) => lastKey(path, rootLabel),
    source: (span) => text.slice(span.start, span.end),
    title: schemaTitle,
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
