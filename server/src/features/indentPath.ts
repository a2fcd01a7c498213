// Where the cursor sits in half-typed YAML, read from indentation line by
// line rather than from a parse tree: while the author is mid-keystroke the
// document often does not parse, and completion must still know the path.
import type { DataPath } from '../parse/locate';

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):(?:\s|$)/;
const BLOCK_KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:'"-][^:#]*?):\s*(?:#.*)?$/;

export interface Line {
  readonly start: number;
  readonly indent: number;
  readonly text: string;
  /** "- key: …": the item's keys sit two columns right of the dash. */
  readonly isItem: boolean;
  readonly keyColumn: number;
  readonly blank: boolean;
}

export function lineAt(text: string, start: number): Line {
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
export function mappingPath(text: string, line: Line): DataPath | undefined {
  if (!line.isItem) return parentPath(text, line.start, line.keyColumn, false);
  const list = parentPath(text, line.start, line.indent, true);
  return list && [...list, 0];
}

/** Keys already written in the mapping that the cursor's line belongs to. */
export function siblingKeys(text: string, current: Line): Set<string> {
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
