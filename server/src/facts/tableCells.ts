// Periods in a table: "| 勤怠データ | 毎日 | 14日間 | 国内の別リージョン |"
// says nothing about what "14日間" is; its column header ("保存期間") and its
// row's label ("勤怠データ", "Audit log") do. A cell is read on its own, then
// with its row's first cell, then with its column's header, so a place in the
// next cell does not become the subject of a retention period.
import type { Range } from './sentences';

export interface TableCell {
  /** The cell holding the fact, without its bars. */
  readonly cell: Range;
  /** The row's first cell, when the fact is in another one. */
  readonly label?: Range;
  /** The same column's cell in the table's header row, when the table has one and the fact is not in it. */
  readonly header?: Range;
}

const ROW = /^[ \t\u3000]*\|/;
const SEPARATOR_ROW = /^[ \t\u3000]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$/;
const DIGIT = /[0-9０-９]/;

/** The cells of a row: [start, end) of each, between its bars. */
function cellsOf(text: string, start: number, end: number): Range[] {
  const cells: Range[] = [];
  let open = text.indexOf('|', start);
  while (open !== -1 && open < end) {
    const close = text.indexOf('|', open + 1);
    if (close === -1 || close >= end) break;
    cells.push({ start: open + 1, end: close });
    open = close;
  }
  return cells;
}

/** The index of the cell holding `at` (cells in order), or -1. */
function cellAt(cells: readonly Range[], at: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < cells.length && cells[lo].start <= at ? lo : -1;
}

/** For a text, the table cell a position lies in, with its label and header, if the position is in a pipe-table row. */
export function tableCells(text: string): (at: number) => TableCell | undefined {
  // At 0, lastIndexOf would find a newline at 0 itself: a text opening on a blank line would walk up forever.
  const lineStart = (at: number) => (at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
  const lineEnd = (at: number) => {
    const end = text.indexOf('\n', at);
    return end === -1 ? text.length : end;
  };
  const line = (start: number) => text.slice(start, lineEnd(start));
  const headers = new Map<number, Range | null>();
  const firstRows = new Map<number, number>();
  // A row with many periods is split once, not once per period.
  const rows = new Map<number, Range[] | null>();
  const cellsOfRow = (start: number): Range[] | null => {
    let cells = rows.get(start);
    if (cells === undefined) {
      const row = line(start);
      cells = ROW.test(row) && !SEPARATOR_ROW.test(row) ? cellsOf(text, start, start + row.length) : null;
      rows.set(start, cells);
    }
    return cells;
  };
  // The header row of the table whose row starts at `start`: its first row, when a separator follows it or it holds no number.
  const headerOf = (start: number): Range | null => {
    let first = start;
    // A table is a block of rows: walked up once, each row remembering where its table starts.
    const walked: number[] = [];
    while (first > 0 && !firstRows.has(first)) {
      const above = lineStart(first - 1);
      if (!ROW.test(line(above))) break;
      walked.push(first);
      first = above;
    }
    first = firstRows.get(first) ?? first;
    for (const row of walked) firstRows.set(row, first);
    const known = headers.get(first);
    if (known !== undefined) return known;
    const firstLine = line(first);
    const second = lineEnd(first) + 1;
    const header = (second < text.length && SEPARATOR_ROW.test(line(second))) || !DIGIT.test(firstLine) ? { start: first, end: first + firstLine.length } : null;
    headers.set(first, header);
    return header;
  };
  return (at) => {
    const start = lineStart(at);
    const cells = cellsOfRow(start);
    if (!cells) return undefined;
    const column = cellAt(cells, at);
    if (column === -1) return undefined;
    const header = headerOf(start);
    const headerCell = header && header.start !== start ? cellsOfRow(header.start)?.[column] : undefined;
    return { cell: cells[column], ...(column > 0 ? { label: cells[0] } : {}), ...(headerCell ? { header: headerCell } : {}) };
  };
}
