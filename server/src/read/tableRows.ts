// Rows of a table laid out as text: Markdown pipes (and the pieces of a row a
// converter split at a cell's line break), tab-separated cells, or
// cells apart by runs of spaces on two or more lines in a row. A row is body
// text of its section, never a heading.

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

export function tableRows(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
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
