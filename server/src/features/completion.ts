// Completion of keys and values from the schema. It must work while the
// author is mid-keystroke, when the YAML does not parse: the path to the
// cursor is read from indentation, line by line, not from a parse tree.
import type { DocumentKind } from '../analyze/documentKind';
import type { Locale } from '../core/locale';
import type { DataPath } from '../parse/locate';
import { schemaAt } from '../schema/schemaAt';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'key' | 'value';
  /** Snippet syntax ($1, $0); indentation already applied. */
  readonly insert: string;
  readonly detail?: string;
  readonly documentation?: string;
}

interface Described {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  properties?: Record<string, Described>;
  items?: Described;
  'x-i18n'?: { ja?: { title?: string; description?: string } };
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):(?:\s|$)/;
const BLOCK_KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):\s*(?:#.*)?$/;

interface Line {
  readonly start: number;
  readonly indent: number;
  readonly text: string;
  /** "- key: …": the item's keys sit two columns right of the dash. */
  readonly isItem: boolean;
  readonly keyColumn: number;
  readonly blank: boolean;
}

function lineAt(text: string, start: number): Line {
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  const trimmed = raw.trimStart();
  const indent = raw.length - trimmed.length;
  const isItem = trimmed === '-' || trimmed.startsWith('- ');
  return { start, indent, text: raw, isItem, keyColumn: isItem ? indent + 2 : indent, blank: trimmed === '' || trimmed.startsWith('#') };
}

function* linesAbove(text: string, lineStart: number): Generator<Line> {
  for (let at = lineStart; at > 0; ) {
    at = text.lastIndexOf('\n', at - 2) + 1;
    const line = lineAt(text, at);
    if (!line.blank) yield line;
  }
}

function* linesBelow(text: string, lineStart: number): Generator<Line> {
  for (let at = text.indexOf('\n', lineStart); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) {
    const line = lineAt(text, at + 1);
    if (!line.blank) yield line;
  }
}

/**
 * The data path of the mapping whose keys sit at `column` on the cursor's
 * line. Walks up: an item line whose keys sit at that column is the item we
 * are in; a less indented line ending in "key:" is the key that holds it.
 */
function parentPath(text: string, lineStart: number, column: number, inItem: boolean): DataPath | undefined {
  const path: (string | number)[] = [];
  let want = column;
  for (const line of linesAbove(text, lineStart)) {
    if (want === 0 && !inItem) break;
    if (line.isItem && line.keyColumn === want && !inItem) {
      path.unshift(0);
      want = line.indent;
      inItem = true;
      continue;
    }
    const holds = inItem ? !line.isItem && line.indent <= want : line.keyColumn < want;
    if (!holds) continue;
    const key = BLOCK_KEY_LINE.exec(line.text)?.[2].trim();
    if (key === undefined) return undefined;
    path.unshift(key);
    if (line.isItem) path.unshift(0);
    want = line.indent;
    inItem = line.isItem;
  }
  return path;
}

/** The path of the mapping the cursor's line writes into; on "- " the line opens a new item. */
function mappingPath(text: string, line: Line): DataPath | undefined {
  if (!line.isItem) return parentPath(text, line.start, line.keyColumn, false);
  const list = parentPath(text, line.start, line.indent, true);
  return list && [...list, 0];
}

/** Keys already written in the mapping that the cursor's line belongs to. */
function siblingKeys(text: string, current: Line): Set<string> {
  const { start: lineStart, keyColumn: column } = current;
  const keys = new Set<string>();
  const take = (line: Line) => {
    const key = KEY_LINE.exec(line.text)?.[2].trim();
    if (key !== undefined && line.keyColumn === column) keys.add(key);
  };
  for (const line of current.isItem ? [] : linesAbove(text, lineStart)) {
    if (line.keyColumn < column || (line.isItem && line.keyColumn !== column && line.indent < column)) break;
    if (line.indent === column || (line.isItem && line.keyColumn === column)) take(line);
    if (line.isItem && line.keyColumn === column) break;
  }
  for (const line of linesBelow(text, lineStart)) {
    if (line.indent < column || (line.isItem && line.keyColumn === column)) break;
    if (line.indent === column) take(line);
  }
  return keys;
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

export function provideCompletion(text: string, offset: number, kind: DocumentKind, locale: Locale): CompletionEntry[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const colon = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):\s+(\S*)$/.exec(before);
  const current = lineAt(text, lineStart);
  if (colon) {
    const parent = mappingPath(text, current);
    const node = parent && (schemaAt(kind.schema, [...parent, colon[2].trim()]) as Described | undefined);
    const values = node?.enum ?? (node?.const !== undefined ? [node.const] : []);
    return [...new Set(values.map(String))].map((value) => ({ label: value, kind: 'value' as const, insert: /^\d/.test(value) ? `"${value}"` : value, ...describe(node!, locale) }));
  }
  if (!/^\s*(-\s+)?[\w.]*$/.test(before)) return [];
  const path = mappingPath(text, current);
  const parent = path && (schemaAt(kind.schema, path) as Described | undefined);
  if (!path || !parent?.properties) return [];
  const present = siblingKeys(text, current);
  return Object.keys(parent.properties)
    .filter((key) => !present.has(key))
    .map((key) => {
      const node = schemaAt(kind.schema, [...path, key]) as Described;
      const item = schemaAt(kind.schema, [...path, key, 0]) as Described | undefined;
      return { label: key, kind: 'key' as const, insert: keyInsert(key, node, item, current.keyColumn), ...describe(node, locale) };
    });
}
