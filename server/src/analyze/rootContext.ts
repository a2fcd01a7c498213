// Locates document-level schema errors, whose paths name top-level keys only.
import type { Span } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import type { TopEntry } from '../model/whitepaper';
import type { SchemaErrorContext } from '../schema/schemaErrorContext';
import { lastKey, pointerToPath, schemaTitle, topLevelKeyEdit } from './segmentContext';

export interface RootContext extends SchemaErrorContext {
  /** A context for errors found in the value of one top-level key. */
  under(key: string): SchemaErrorContext;
}

export function rootContext(text: SourceText, entries: readonly TopEntry[]): RootContext {
  const start = entries[0]?.keySpan.start ?? 0;
  const lineEnd = text.indexOf('\n', start);
  // The first line of the mapping, as a whole-document parse would underline it.
  const first: Span = { start, end: (lineEnd === -1 ? text.length : lineEnd) - (text.charAt(lineEnd - 1) === '\r' ? 1 : 0) };
  const keySpanOf = (key: string | number | undefined): Span => entries.find((e) => e.key === key)?.keySpan ?? first;
  const base: SchemaErrorContext = {
    path: (error) => pointerToPath(error.instancePath),
    label: (path) => lastKey(path, ''),
    source: (span) => text.slice(span.start, span.end),
    title: schemaTitle,
    spanAt: (path) => keySpanOf(path[0]),
    addKey: (path, key, value) => (path.length > 0 || entries.length === 0 ? undefined : topLevelKeyEdit(text, start, entries.find((e) => e.key === 'whitepaper')?.span, key, value)),
  };
  return {
    ...base,
    // The list was validated on its own: its errors' paths start below the key, rules expect them from the root.
    under: (key) => ({ ...base, path: (error) => [key, ...pointerToPath(error.instancePath)], label: (path) => lastKey(path, key), spanAt: () => keySpanOf(key) }),
  };
}
