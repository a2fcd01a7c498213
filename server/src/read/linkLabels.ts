// Markdown links whose label runs over several lines, as documentation sites
// write their lists of topics: "+ [" / "# Backups and restores" /
// "](backups.md)". The label is the entry's words, a "#" in it no heading: the
// whole link is one item of the list.

// A line that opens a link and stops there ("+ [", "- [", "["), and the line that closes it ("](backups.md)").
const OPENS = /^(?:[-+*][\s\u3000]+)?\[$/;
const CLOSES = /^\]\(/;
/** A label longer than this is no link's: the "[" was the text's own. */
const MAX_LABEL_LINES = 6;

/** For each line that opens such a link, the line that closes it (0-based). */
export function linkLabels(lines: readonly string[]): Map<number, number> {
  const found = new Map<number, number>();
  for (let n = 0; n < lines.length; n++) {
    if (!OPENS.test(lines[n].trim())) continue;
    for (let k = n + 1; k < lines.length && k <= n + MAX_LABEL_LINES; k++) {
      const t = lines[k].trim();
      if (CLOSES.test(t)) {
        found.set(n, k);
        n = k;
        break;
      }
      if (OPENS.test(t)) break;
    }
  }
  return found;
}
