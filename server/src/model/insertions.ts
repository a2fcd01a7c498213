// Where new YAML goes when a fix adds a section or a not-applicable entry:
// after the last of its kind, in the document's own indentation.
import type { TextEdit } from '../core/finding';
import type { WhitepaperModel } from './whitepaper';

/** The offset just before the line break that ends the line holding `offset - 1`. */
function endOfLine(text: string, offset: number): number {
  const at = text.indexOf('\n', Math.max(0, offset - 1));
  return at === -1 ? text.length : at;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** New lines appended after the last top-level section; `lines` are relative to the item's `- `. */
export function appendSectionEdit(document: WhitepaperModel, lines: readonly string[]): TextEdit | undefined {
  const last = document.sections[document.sections.length - 1];
  if (!last) return undefined;
  const keyColumn = columnOf(document.text, last.head.start);
  const dash = ' '.repeat(Math.max(0, keyColumn - 2));
  const inner = ' '.repeat(keyColumn);
  const at = endOfLine(document.text, last.span.end);
  const text = lines.map((line, i) => (i === 0 ? `\n${dash}- ${line}` : `\n${inner}${line}`)).join('');
  return { start: at, end: at, text };
}

/** A `id: reason` line added to not_applicable, or the whole key added at the end of the document. */
export function notApplicableEdit(document: WhitepaperModel, id: string, reason: string): TextEdit | undefined {
  const entry = document.entries.find((e) => e.key === 'not_applicable');
  const { text } = document;
  if (!entry) {
    const at = text.length;
    return { start: at, end: at, text: `${text.endsWith('\n') || text === '' ? '' : '\n'}not_applicable:\n  ${id}: ${reason}\n` };
  }
  const lastEntry = document.notApplicable[document.notApplicable.length - 1];
  if (!lastEntry) {
    // "not_applicable:" with nothing under it yet, or a flow mapping we will not rewrite.
    if (/\{/.test(text.slice(entry.keySpan.end, endOfLine(text, entry.keySpan.end)))) return undefined;
    const at = endOfLine(text, entry.keySpan.end);
    return { start: at, end: at, text: `\n  ${id}: ${reason}` };
  }
  if (/\{/.test(text.slice(entry.keySpan.end, endOfLine(text, entry.keySpan.end)))) return undefined;
  const at = endOfLine(text, lastEntry.valueSpan.end);
  return { start: at, end: at, text: `\n${' '.repeat(columnOf(text, lastEntry.keySpan.start))}${id}: ${reason}` };
}
