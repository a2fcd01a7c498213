// Lists in prose: "• 監査ログ" with "• 保存期間:180日間" indented under it.
// The nested item names no topic; its parent item does.
import { LIST_ITEM, type Range } from './sentences';

// How many lines back to look for the parent: list items are short, and a
// bound keeps a long unindented text from costing a scan per fact.
const MAX_LINES = 40;
const ITEM = new RegExp(LIST_ITEM.source.replace(/^\^/, ''), 'y');

/** For a text, the list item that the line holding a position is nested under, if it is indented below one. */
export function outline(text: string): (at: number) => Range | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] - 1 : text.length);
  const indentation = (line: number) => {
    let i = starts[line];
    const end = lineEnd(line);
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
    return i === end || text[i] === '\r' ? Infinity : i - starts[line];
  };
  const known = new Map<number, Range | undefined>();
  const parentOfLine = (line: number): Range | undefined => {
    const own = indentation(line);
    if (own === 0 || own === Infinity) return undefined;
    for (let above = line - 1; above >= 0 && above >= line - MAX_LINES; above--) {
      const indent = indentation(above);
      if (indent >= own) continue;
      ITEM.lastIndex = starts[above];
      return ITEM.test(text) ? { start: starts[above], end: lineEnd(above) } : undefined;
    }
    return undefined;
  };
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    if (!known.has(lo)) known.set(lo, parentOfLine(lo));
    return known.get(lo);
  };
}
