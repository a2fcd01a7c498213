// Plain text and Markdown as blocks: a heading where the layout says so
// (import/headings.ts), every other run of non-blank lines a paragraph.
import { findHeadings } from '../import/headings';
import type { Block, ReadDocument } from './block';

export function readText(source: string, format: 'text' | 'markdown' = 'text'): ReadDocument {
  const text = source.replace(/^\ufeff/, '');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const lineEnd = (n: number) => starts[n] + lines[n].length;

  const headings = new Map(findHeadings(lines).map((h) => [h.line, h]));
  const blocks: Block[] = [];
  let paragraphFrom = -1;
  const closeParagraph = (to: number) => {
    if (paragraphFrom !== -1) blocks.push({ kind: 'paragraph', start: starts[paragraphFrom], end: lineEnd(to - 1), level: 0 });
    paragraphFrom = -1;
  };
  lines.forEach((line, n) => {
    const heading = headings.get(n);
    if (heading || line.trim() === '') closeParagraph(n);
    if (heading) blocks.push({ kind: 'heading', start: starts[n], end: lineEnd(n), level: heading.level, title: heading.text });
    else if (line.trim() !== '' && paragraphFrom === -1) paragraphFrom = n;
  });
  closeParagraph(lines.length);
  return { format, text, blocks };
}
