// What every structured reader (PDF, Word, HTML) shares: its blocks, in
// reading order, become the document's text (one block a line or a few,
// a blank line between blocks, none between the rows of a table or the items
// of a list) and a map from each offset of that text back to its place in the
// original file, with the headings it sits under.
import type { Block, BlockKind, ReadDocument, SourceFormat, SourcePlace } from './block';
import { lineAt } from '../core/lines';

export interface RawBlock {
  readonly kind: BlockKind;
  readonly level: number;
  /** The block's lines, without line breaks. */
  readonly lines: readonly string[];
  /** Where each line sits in the original (page and line, or paragraph). */
  readonly places: readonly SourcePlace[];
  /**
   * Places further into a line (the first unless `line` says): a PDF paragraph is one line of text joined from several
   * lines of the page; a web page's words each sit somewhere in its source. With `run`, the place moves one column on
   * with each of that many characters after `at`. In order of line and `at`.
   */
  readonly marks?: readonly Mark[];
}

/**
 * A place further into a line: `place`; or the line's own place, at `sourceLine` and `sourceColumn` where given (a web
 * page's words, hundreds of thousands of marks on a large page, each kept as two numbers rather than a place of its own).
 */
export interface Mark {
  readonly line?: number;
  readonly at: number;
  readonly run?: number;
  readonly place?: SourcePlace;
  readonly sourceLine?: number;
  readonly sourceColumn?: number;
}

const RUNS_TOGETHER: ReadonlySet<BlockKind> = new Set(['table-row', 'list-item']);

export function assemble(format: SourceFormat, raw: readonly RawBlock[], title?: string): ReadDocument {
  let text = '';
  const blocks: Block[] = [];
  const starts: number[] = [];
  const places: SourcePlace[] = [];
  const runs: number[] = [];
  /** A mark's source line and column where `places` holds its line's place instead (0: the place says). */
  const sourceLines: number[] = [];
  const sourceColumns: number[] = [];
  const path: { level: number; title: string }[] = [];
  let previous: BlockKind | undefined;
  for (const block of raw) {
    const lines = block.lines.map((line) => line.replace(/[\r\n]/g, ' ')).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (previous !== undefined) text += previous === block.kind && RUNS_TOGETHER.has(block.kind) ? '\n' : '\n\n';
    previous = block.kind;
    if (block.kind === 'heading') {
      while (path.length > 0 && path[path.length - 1].level >= block.level) path.pop();
    }
    const headingPath = path.map((h) => h.title);
    const start = text.length;
    const marks = block.marks ?? [];
    let mark = 0;
    lines.forEach((line, i) => {
      if (i > 0) text += '\n';
      const lineStart = text.length;
      starts.push(lineStart);
      const linePlace = { ...block.places[Math.min(i, block.places.length - 1)], headingPath };
      places.push(linePlace);
      runs.push(0);
      sourceLines.push(0);
      sourceColumns.push(0);
      text += line;
      for (; mark < marks.length && (marks[mark].line ?? 0) <= i; mark++) {
        const next = marks[mark];
        if ((next.line ?? 0) < i) continue;
        starts.push(lineStart + next.at);
        runs.push(next.run ?? 0);
        places.push(next.place ? { ...next.place, headingPath } : linePlace);
        sourceLines.push(next.sourceLine ?? 0);
        sourceColumns.push(next.sourceColumn ?? 0);
      }
    });
    const joined = lines.join(' ').trim();
    blocks.push({ kind: block.kind, start, end: text.length, level: block.level, ...(block.kind === 'heading' ? { title: joined } : {}) });
    if (block.kind === 'heading') path.push({ level: block.level, title: joined });
  }
  if (text !== '') text += '\n';
  return {
    format,
    text,
    title: title?.trim() || undefined,
    blocks,
    place(offset) {
      if (starts.length === 0) return undefined;
      const lo = lineAt(starts, offset);
      const place = places[lo];
      if (sourceColumns[lo] !== 0) return { ...place, sourceLine: sourceLines[lo], sourceColumn: sourceColumns[lo] + Math.min(offset - starts[lo], runs[lo]) };
      if (runs[lo] === 0 || place.sourceColumn === undefined) return place;
      return { ...place, sourceColumn: place.sourceColumn + Math.min(offset - starts[lo], runs[lo]) };
    },
  };
}
