// Lists in prose: "• 監査ログ" with "• 保存期間:180日間" indented under it.
// The nested item names no topic; its parent item does. The items of a list
// announced by a sentence ("バックアップは以下のとおり取得します。") have that
// sentence above them in the same way, and so do "label: value" lines under
// the short line that names their block ("【バックアップ】" then "保持期間:30日").
import { LIST_ITEM, type Range } from './sentences';
import { wordGaps } from '../core/wordGaps';

// How many lines back to look for the parent: list items are short, and a
// bound keeps a long unindented text from costing a scan per fact.
const MAX_LINES = 40;
const ITEM = new RegExp(LIST_ITEM.source.replace(/^\^/, ''), 'y');
// The end of a line that announces a list below it.
const ANNOUNCES = wordGaps(/(?:以下|次|下記)(?:の|に)?(?:とおり|通り|ように|ような|もの)?[^。\n]{0,12}[。:：]?\s*$|[:：]\s*$|\b(?:as\s{1,3}follows|the\s{1,3}following)\b[^.\n]{0,30}[.:]?\s*$/i);

// A "label: value" line: a short label, then a colon ("保持期間:30日", "Retention: 30 days").
const LABEL_LINE = /^[ \t\u3000]*[^\s:：。．.!?！？][^:：。．!?！？\n]{0,24}[:：]/;
// The short line that names a block of them: no sentence ends in it, no value follows a colon in it.
const BLOCK_NAME = /^[ \t\u3000]*[^\s:：][^:：。．!?！？\n]{0,28}[:：]?[ \t\u3000]*\r?$/;

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
  const isItem = (line: number) => {
    ITEM.lastIndex = starts[line];
    return ITEM.test(text);
  };
  const lineText = (line: number) => text.slice(starts[line], lineEnd(line));
  // The name of the block a "label: value" line belongs to: up past the block's other label lines and single blank lines.
  const blockOf = (line: number): Range | undefined => {
    for (let above = line - 1, blank = 0; above >= 0 && above >= line - MAX_LINES; above--) {
      const words = lineText(above);
      if (words.trim() === '') {
        if (++blank > 1) return undefined;
        continue;
      }
      blank = 0;
      if (BLOCK_NAME.test(words) && !isItem(above)) return { start: starts[above], end: lineEnd(above) };
      if (!LABEL_LINE.test(words)) return undefined;
    }
    return undefined;
  };
  const parentOfLine = (line: number): Range | undefined => nestedUnder(line) ?? (!isItem(line) && LABEL_LINE.test(lineText(line)) ? blockOf(line) : undefined);
  const nestedUnder = (line: number): Range | undefined => {
    const own = indentation(line);
    if (own === Infinity) return undefined;
    for (let above = line - 1; above >= 0 && above >= line - MAX_LINES; above--) {
      const indent = indentation(above);
      if (indent === Infinity) continue;
      // Items of one list at the same depth: the list's parent is theirs too.
      if (indent === own && isItem(above) && isItem(line)) continue;
      if (indent > own) continue;
      if (indent < own && isItem(above)) return { start: starts[above], end: lineEnd(above) };
      // The sentence that announces the list ("バックアップの取得方法は以下のとおりです。", "Logs are kept as follows:").
      return isItem(line) && ANNOUNCES.test(text.slice(Math.max(starts[above], lineEnd(above) - 40), lineEnd(above))) ? { start: starts[above], end: lineEnd(above) } : undefined;
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
