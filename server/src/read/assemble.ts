// What every structured reader (PDF, Word, HTML) shares: its blocks, in
// reading order, become the document's text (one block a line or a few,
// a blank line between blocks, none between the rows of a table or the items
// of a list) and a map from each offset of that text back to its place in the
// original file, with the headings it sits under.
import type { Block, BlockKind, ReadDocument, SourceFormat, SourcePlace } from './block';

export interface RawBlock {
  readonly kind: BlockKind;
  readonly level: number;
  /** The block's lines, without line breaks. */
  readonly lines: readonly string[];
  /** Where each line sits in the original (page and line, or paragraph). */
  readonly places: readonly SourcePlace[];
  /** Places further into the first line: a PDF paragraph is one line of text joined from several lines of the page. */
  readonly marks?: readonly { readonly at: number; readonly place: SourcePlace }[];
}

const RUNS_TOGETHER: ReadonlySet<BlockKind> = new Set(['table-row', 'list-item']);

export function assemble(format: SourceFormat, raw: readonly RawBlock[], title?: string): ReadDocument {
  let text = '';
  const blocks: Block[] = [];
  const starts: number[] = [];
  const places: SourcePlace[] = [];
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
    lines.forEach((line, i) => {
      if (i > 0) text += '\n';
      starts.push(text.length);
      places.push({ ...block.places[Math.min(i, block.places.length - 1)], headingPath });
      text += line;
      if (i === 0) {
        const lineStart = starts[starts.length - 1];
        for (const mark of block.marks ?? []) {
          starts.push(lineStart + mark.at);
          places.push({ ...mark.place, headingPath });
        }
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
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return places[lo];
    },
  };
}
