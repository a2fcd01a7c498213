// Rows of a table laid out as text: Markdown pipes (and the pieces of a row a
// converter split at a cell's line break), tab-separated cells, or
// cells apart by runs of spaces on two or more lines in a row, and tables that
// lost their borders (a header glued or joined by one space over rows laid out
// alike, one cell a line). A row is body text of its section, never a heading.
import { NAMED_PLACE, PLACE_ABBREVIATION } from '../catalog/places';

const PIPE_ROW = /^\|.*\|$|^[^|]+(?:\|[^|]*){2,}$/;
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

const cells = (trimmed: string) => trimmed.split(/\t+| {3,}|\u3000{2,}/).filter((c) => c.trim() !== '');

// A cell that held a line break, left on a line of its own by a converter: "レベル1 |", "| 2".
const PIPE_FRAGMENT = /^[^|]+\|$|^\|[^|]+$/;
const fragment = (trimmed: string) => PIPE_FRAGMENT.test(trimmed) && /[^|\s]/.test(trimmed);

// A table's header row flattened to one line by a PDF or HTML extraction ("項目 内容", "Item Description", "No. 管理策 当社の対応"):
// only words that name a column, one of them a word no section is ever titled with alone.
const COLUMN_WORDS = new Set(
  (
    '項目 内容 説明 区分 種類 種別 分類 詳細 備考 概要 対策 名称 期間 保管期間 保存期間 頻度 no no. # 番号 管理策 管理策番号 要求事項 対応 対応内容 対応状況 実施内容 当社の対応 取り組み 取組内容 ' +
    '責任 担当 提供者 利用者 お客様 当社 保管場所 場所 参照 条項 箇条 ' +
    'item items description category type kind control controls measure measures detail details requirement requirements response our status ' +
    'retention period location storage note notes remark remarks value content owner frequency scope term definition name reference clause section provider customer responsibility implementation'
  ).split(' '),
);
const COLUMN_ANCHORS = new Set('項目 内容 説明 区分 種類 種別 分類 詳細 備考 no no. # 番号 管理策番号 対応状況 item items description details remarks notes category status requirement requirements'.split(' '));
// The same header with its cells glued together, as a Japanese page's table loses its borders ("項目説明", "区分内容備考"): a first
// column's word, then column words only ("対策内容" may be a title; a header starts with what its rows are).
const JA_COLUMN_WORDS = [...COLUMN_WORDS].filter((w) => /^[\u3040-\u9fff]+$/.test(w)).sort((a, b) => b.length - a.length);
const GLUED_HEADER = new RegExp(`^(?:項目|区分|種別|種類|分類|番号|用語)(?:${JA_COLUMN_WORDS.join('|')}){1,3}$`);

function headerRow(trimmed: string): boolean {
  if (trimmed.length > 60) return false;
  if (trimmed.length <= 12 && GLUED_HEADER.test(trimmed)) return true;
  const words = trimmed.toLowerCase().split(/[\s\u3000]+/);
  return words.length >= 2 && words.every((w) => COLUMN_WORDS.has(w)) && words.some((w) => COLUMN_ANCHORS.has(w));
}

// A table whose cells lost their borders glues each cell's last word to the next cell's first ("TaskWhere to do it",
// "Export your notesSettings > Export"): a lower-case letter straight before a capital that starts a word.
const GLUED = /\p{Ll}\p{Lu}\p{Ll}/u;
const gluedHeader = (trimmed: string) => trimmed.length <= 40 && GLUED.test(trimmed) && !/[.。!?！？:：]$/.test(trimmed);

// A header of column names joined by one space ("Severity Response", "Plan Availability"): two to four capitalised words, none a
// word that joins a phrase; its rows each open with their label and the next cell's capital ("Urgent The whole service …").
const SPACED_HEADER = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u;
const JOINING = /\b(?:And|Or|Of|The|To|For|In|With|By|On|At|A|An|Our|Your|We|How|What|Why)\b/;
const LABELLED_ROW = /^\p{Lu}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,2} \p{Lu}\p{Ll}*(?: \S+){3,}/u;

// A value of a table laid out one cell a line: a place, a number or quantity, a yes or no ("米国", "EU", "30日", "✓", "なし").
const VALUE_CELL = /^(?:[\d\s.,%/:+~〜-]+(?:\p{L}{1,6})?|[✓✔○◯×✕✗－—–-]|あり|なし|有|無|yes|no|n\/a|available|not available|対応|非対応)$/iu;
const valueCell = (trimmed: string) => trimmed.length <= 20 && (VALUE_CELL.test(trimmed) || ((NAMED_PLACE.exec(trimmed) ?? PLACE_ABBREVIATION.exec(trimmed))?.[0].length ?? 0) >= trimmed.replace(/[\s\u3000()（）]/g, '').length - 2);

/** The rows of a flattened table: its header, glued or joined by one space, and the rows under it that are laid out the same way. */
function flattened(lines: readonly string[], found: Set<number>): void {
  const trimmedAt = (n: number) => lines[n]?.trim() ?? '';
  // The next line with text, within two blank lines (a saved page sets blank lines between its rows).
  const nextLine = (n: number) => {
    for (let k = n + 1; k < lines.length && k <= n + 3; k++) if (trimmedAt(k) !== '') return k;
    return -1;
  };
  for (let n = 0; n < lines.length; n++) {
    const header = trimmedAt(n);
    const glued = gluedHeader(header);
    const spaced = !glued && header.length <= 40 && SPACED_HEADER.test(header) && !JOINING.test(header);
    if (!glued && !spaced) continue;
    const rows: number[] = [];
    // Spaced rows follow their header line for line: a heading's paragraph would stand after a blank line.
    for (let k = glued ? nextLine(n) : n + 1, previous = n; k !== -1 && k < lines.length && (glued || k === previous + 1); previous = k, k = glued ? nextLine(k) : k + 1) {
      const row = trimmedAt(k);
      if (!(glued ? GLUED.test(row) && row.length <= 200 : LABELLED_ROW.test(row))) break;
      rows.push(k);
    }
    if (rows.length < 2) continue;
    for (const k of [n, ...rows]) found.add(k);
    n = rows[rows.length - 1];
  }
}

/**
 * A table laid out one cell a line, between blank lines ("保管先の国" / "バックアップの保管先" / "日本" / "日本" / …): two to four
 * header cells, then values (places, numbers, yes or no) filling whole rows of as many cells. The header cells are cells.
 */
function cellPerLine(lines: readonly string[], found: Set<number>): void {
  const content: number[] = [];
  lines.forEach((line, n) => line.trim() !== '' && content.push(n));
  const short = (n: number) => {
    const trimmed = lines[n].trim();
    return [...trimmed].length <= 30 && !/[。．.!?！？:：、,]$/.test(trimmed) && !found.has(n);
  };
  for (let i = 0; i < content.length; i++) {
    let headers = 0;
    while (headers < 5 && i + headers < content.length && short(content[i + headers]) && !valueCell(lines[content[i + headers]].trim())) headers++;
    if (headers < 2 || headers > 4) continue;
    let values = 0;
    while (i + headers + values < content.length && short(content[i + headers + values]) && valueCell(lines[content[i + headers + values]].trim())) values++;
    const cells = content.slice(i, i + headers + values);
    // One cell a line: blank lines, or none, between every cell alike.
    const apart = cells.slice(1).map((n, j) => n - cells[j]);
    if (values < headers * 2 || values % headers !== 0 || apart.some((gap) => gap !== apart[0])) continue;
    for (const n of cells) found.add(n);
    i += headers + values - 1;
  }
}

/**
 * The cells of one row as the table laid it out: a pipe row's (a quoted ">|" too, empty cells kept: an answer left
 * blank), tab-separated cells, or cells apart by runs of spaces; undefined for a Markdown table's rule or a line of prose.
 */
export function rowCells(line: string): string[] | undefined {
  const trimmed = line.trim().replace(/^>\s*/, '');
  if (PIPE_RULE.test(trimmed)) return undefined;
  if (trimmed.includes('|') && (trimmed.startsWith('|') || (trimmed.match(/\|/g) ?? []).length >= 2)) return trimmed.replace(/^\||\|$/g, '').split('|');
  if (trimmed.includes('\t')) return cells(trimmed);
  if (/\S(?: {3,}|\u3000{2,})\S/.test(trimmed)) return cells(trimmed);
  return undefined;
}

export function tableRows(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  flattened(lines, found);
  cellPerLine(lines, found);
  const pipeTable = lines.some((line) => {
    const trimmed = line.trim();
    return (PIPE_RULE.test(trimmed) && trimmed.includes('-')) || (PIPE_ROW.test(trimmed) && trimmed.includes('|'));
  });
  const fragments = lines.filter((line) => fragment(line.trim())).length;
  const spaced = lines.map((line) => {
    const trimmed = line.trim();
    return trimmed.includes('\t') ? cells(trimmed).length : / {3,}|\u3000{2,}/.test(trimmed) ? -cells(trimmed).length : 0;
  });
  lines.forEach((line, n) => {
    const trimmed = line.trim();
    if (PIPE_RULE.test(trimmed) && trimmed.includes('-')) found.add(n);
    else if (PIPE_ROW.test(trimmed) && trimmed.includes('|')) found.add(n);
    // In a document laid out with pipe tables, or one with several such pieces.
    else if (fragment(trimmed) && (pipeTable || fragments >= 2)) found.add(n);
    else if (spaced[n] >= 2 || headerRow(trimmed)) found.add(n);
    // Space-aligned cells count only when a neighbouring line is laid out the same way.
    else if (spaced[n] <= -2 && (Math.abs(spaced[n - 1] ?? 0) >= 2 || Math.abs(spaced[n + 1] ?? 0) >= 2)) found.add(n);
  });
  return found;
}
