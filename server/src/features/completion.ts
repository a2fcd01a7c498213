// Completion of keys and values from the schema. It must work while the
// author is mid-keystroke, when the YAML does not parse: the path to the
// cursor is read from indentation, line by line, not from a parse tree.
import type { DocumentKind } from '../analyze/documentKind';
import type { Locale } from '../core/locale';
import { lineAt, mappingPath, siblingKeys } from './indentPath';
import { schemaAt } from '../schema/schemaAt';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'key' | 'value';
  /** Snippet syntax ($1, $0); indentation already applied. */
  readonly insert: string;
  readonly detail?: string;
  readonly documentation?: string;
  /** The text the item replaces, when it is more than the word at the cursor ("12.3" in "12.3.1"). */
  readonly replace?: { readonly start: number; readonly end: number };
  readonly filterText?: string;
}

interface Described {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  pattern?: string;
  properties?: Record<string, Described>;
  /** A map whose keys are from a closed list (rule ids in .wp27017.yaml) and whose values share one schema. */
  propertyNames?: Described;
  additionalProperties?: Described | boolean;
  items?: Described;
  'x-i18n'?: { ja?: { title?: string; description?: string } };
}

function describe(node: Described, locale: Locale): { detail?: string; documentation?: string } {
  const ja = locale === 'ja' ? node['x-i18n']?.ja : undefined;
  return { detail: ja?.title ?? node.title, documentation: ja?.description ?? node.description };
}

function keyInsert(key: string, node: Described, item: Described | undefined, indent: number): string {
  const inner = ' '.repeat(indent + 2);
  if (node.type === 'object' || node.properties) return `${key}:\n${inner}$0`;
  if (node.type === 'array') return item?.type === 'object' || item?.properties ? `${key}:\n${inner}- $0` : `${key}: [$0]`;
  if (node.enum) return `${key}: \${1|${[...new Set(node.enum.map(String))].join(',')}|}$0`;
  return `${key}: $0`;
}

/** A value with a form to learn (a duration "30d", a frequency "every 6h", a number of generations): its examples show the form. */
function formExamples(node: Described): unknown[] {
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  return node.pattern !== undefined || node.type === 'integer' ? (node.examples ?? []).filter(scalar) : [];
}

/** Quoted only where YAML would read the text as something other than a string ("2013", "1.0", "2025-06-01"). */
function valueInsert(value: string, node: Described): string {
  if (node.type === 'integer' || node.type === 'number') return value;
  return /^(?:[-+]?[\d.]+(?:e[-+]?\d+)?|\d{4}-\d\d-\d\d.*|true|false|null|~|yes|no|on|off)$/i.test(value) ? `"${value}"` : value;
}

export function provideCompletion(text: string, offset: number, kind: DocumentKind, locale: Locale): CompletionEntry[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const colon = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):\s+(\S*)$/.exec(before);
  const current = lineAt(text, lineStart);
  if (colon) {
    const parent = mappingPath(text, current);
    const node = parent && (schemaAt(kind.schema, [...parent, colon[2].trim()]) as Described | undefined);
    if (!node) return [];
    const values = node.enum ?? (node.const !== undefined ? [node.const] : formExamples(node));
    return [...new Set(values.map(String))].map((value) => ({ label: value, kind: 'value' as const, insert: valueInsert(value, node), ...describe(node, locale) }));
  }
  if (!/^\s*(-\s+)?(?:[\w.][\w.-]*)?$/.test(before)) return [];
  const path = mappingPath(text, current);
  const parent = path && (schemaAt(kind.schema, path) as Described | undefined);
  if (!path || !parent) return [];
  const present = siblingKeys(text, current);
  const values = parent.additionalProperties;
  if (parent.propertyNames?.enum && typeof values === 'object') {
    return parent.propertyNames.enum
      .map(String)
      .filter((key) => !present.has(key))
      .map((key) => ({ label: key, kind: 'key' as const, insert: keyInsert(key, values, undefined, current.keyColumn), ...describe(parent.propertyNames!, locale) }));
  }
  if (!parent.properties) return [];
  return Object.keys(parent.properties)
    .filter((key) => !present.has(key))
    .map((key) => {
      const node = schemaAt(kind.schema, [...path, key]) as Described;
      const item = schemaAt(kind.schema, [...path, key, 0]) as Described | undefined;
      return { label: key, kind: 'key' as const, insert: keyInsert(key, node, item, current.keyColumn), ...describe(node, locale) };
    });
}
