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
    else if (spaced[n] >= 2) found.add(n);
    // Space-aligned cells count only when a neighbouring line is laid out the same way.
    else if (spaced[n] <= -2 && (Math.abs(spaced[n - 1] ?? 0) >= 2 || Math.abs(spaced[n + 1] ?? 0) >= 2)) found.add(n);
  });
  return found;
}
