// Rows of a table laid out as text: Markdown pipes, tab-separated cells, or
// cells apart by runs of spaces on two or more lines in a row. A row is body
// text of its section, never a heading.

const PIPE_ROW = /^\|.*\|$|^[^|]+(?:\|[^|]*){2,}$/;
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

const cells = (trimmed: string) => trimmed.split(/\t+| {3,}|\u3000{2,}/).filter((c) => c.trim() !== '');

export function tableRows(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const spaced = lines.map((line) => {
    const trimmed = line.trim();
    return trimmed.includes('\t') ? cells(trimmed).length : / {3,}|\u3000{2,}/.test(trimmed) ? -cells(trimmed).length : 0;
  });
  lines.forEach((line, n) => {
    const trimmed = line.trim();
    if (PIPE_RULE.test(trimmed) && trimmed.includes('-')) found.add(n);
    else if (PIPE_ROW.test(trimmed) && trimmed.includes('|')) found.add(n);
    else if (spaced[n] >= 2) found.add(n);
    // Space-aligned cells count only when a neighbouring line is laid out the same way.
    else if (spaced[n] <= -2 && (Math.abs(spaced[n - 1] ?? 0) >= 2 || Math.abs(spaced[n + 1] ?? 0) >= 2)) found.add(n);
  });
  return found;
}
