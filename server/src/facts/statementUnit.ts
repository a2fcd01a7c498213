// Where one statement ends and the next begins, for rules that compare statements. A table, however it reached us
// (bars, tabs, columns aligned with spaces, one cell per line from a PDF or a web page), a list and a sentence are
// each one statement: two periods inside one of them are its cases (storage tiers, kinds of record, a minimum and a
// maximum), never two claims about one fact. Only periods of different statements can contradict each other.
import type { Range } from './sentences';
import { LIST_ITEM } from './sentences';
import type { SourceText } from '../core/sourceText';

// A table row: bars, a tab, or columns set apart by runs of two or more spaces.
const TABLE_ROW = /^\||\t|\S(?: {2,}|\u3000{1,})\S/;
// A line that ends a sentence: a cell never does.
const ENDS_SENTENCE = /[。．.!?！？]["'”’」』)）]?$/;
// A cell on a line of its own (a PDF or HTML table read one cell per line) is short.
const MAX_CELL = 40;

/** The line is part of a table or a list: a row, an item, or a short line that ends no sentence. */
function structured(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  return TABLE_ROW.test(trimmed) || LIST_ITEM.test(trimmed) || (trimmed.length <= MAX_CELL && !ENDS_SENTENCE.test(trimmed));
}

/**
 * For the text of one section (`within`: its body's span), where the statement holding a position starts: the first
 * line of the run of table rows, list items and cells around it, or else its own sentence's start. Asked in order of
 * position, each run is walked once.
 */
export function statementStarts(text: SourceText, within: Range): (at: number, sentence: Range) => number {
  const lineStart = (i: number) => Math.max(within.start, text.lastIndexOf('\n', i - 1) + 1);
  const lineEnd = (i: number) => {
    const end = text.indexOf('\n', i);
    return end === -1 || end > within.end ? within.end : end;
  };
  let run: Range | undefined;
  // The last line read that is no table row: a long line with many periods is read once.
  let prose: Range | undefined;
  return (at, sentence) => {
    if (run && run.start <= at && at <= run.end) return run.start;
    if (prose && prose.start <= at && at <= prose.end) return sentence.start;
    const line = lineStart(at);
    let end = lineEnd(line);
    if (!structured(text.slice(line, end))) {
      prose = { start: line, end };
      return sentence.start;
    }
    let start = line;
    while (start > within.start) {
      const above = lineStart(start - 1);
      if (!structured(text.slice(above, start - 1))) break;
      start = above;
    }
    while (end < within.end) {
      const below = lineEnd(end + 1);
      if (!structured(text.slice(end + 1, below))) break;
      end = below;
    }
    run = { start, end };
    return start;
  };
}
