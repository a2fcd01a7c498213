// Plain text and Markdown as blocks. The structure is recovered from the
// layout of the whole document (classifyLines.ts): headings, list items with
// their continuation lines, table rows, paragraphs. Contents blocks and page
// furniture become no block at all.
import type { Block, ReadDocument } from './block';
import { classifyLines } from './classifyLines';

export function readText(source: string, format: 'text' | 'markdown' = 'text'): ReadDocument {
  const text = source.replace(/^\ufeff/, '');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineEnd = (n: number) => starts[n] + lines[n].length;

  const classes = classifyLines(lines, format);
  const blocks: Block[] = [];
  let open: { kind: 'paragraph' | 'list-item'; from: number; to: number; level: number } | undefined;
  const close = () => {
    if (open) blocks.push({ kind: open.kind, start: starts[open.from], end: lineEnd(open.to), level: open.level });
    open = undefined;
  };
  classes.forEach((line, n) => {
    if (line.kind === 'continuation' && open) {
      open.to = n;
      return;
    }
    if (line.kind === 'paragraph' && open?.kind === 'paragraph' && open.to === n - 1) {
      open.to = n;
      return;
    }
    close();
    if (line.kind === 'heading') blocks.push({ kind: 'heading', start: starts[n], end: lineEnd(n), level: line.level, title: line.title });
    else if (line.kind === 'table-row') blocks.push({ kind: 'table-row', start: starts[n], end: lineEnd(n), level: 0 });
    else if (line.kind === 'paragraph' || line.kind === 'continuation') open = { kind: 'paragraph', from: n, to: n, level: 0 };
    else if (line.kind === 'list-item') open = { kind: 'list-item', from: n, to: n, level: line.level };
  });
  close();
  return { format, text, blocks };
}
