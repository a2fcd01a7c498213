// Whether a text saved as .txt is Markdown (a docs page kept as text), judged
// once for the whole document from how much of Markdown's syntax it uses, so
// it is read as a .md file is: its "#" headings head the sections, and short
// unmarked lines or numbered lines under them do not. One "#" line is no
// proof: a plain text numbers items "#1" and a PDF's table says "# of users".
// Two heading marks, or one backed by another kind of Markdown syntax, tell.

const ATX = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/;
// A count in place of a title ("# 1") or the "number of" sign ("# of users") is no heading.
const NOT_A_TITLE = /^(?:\d[\d,.]*\s*$|of\b)/i;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// Where a link's "](" leads: a URL, a path or an anchor, a page or an image.
const DESTINATION = /^(?:[a-z][a-z0-9+.-]{0,20}:|\/|\.{1,2}\/|#|[\w-]{1,100}\.(?:md|mdx|html?|png|jpe?g|gif|svg|webp)\b)/i;
// No two runs of spaces side by side: on a long line of spaces they would backtrack quadratically.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+(?:\s*\|)?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$/;
const STRONG = /(?:^|[^*\w])\*\*[^*\s][^*\n]*\*\*|(?:^|[^_\w])__[^_\s][^_\n]*__/;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]*:(?:\s|$)/;

/** Two "#" headings, or one with another kind of Markdown syntax (fences, links, pipe tables, front matter, bold). */
export function isMarkdownText(text: string): boolean {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  let headings = 0;
  let fences = 0;
  let links = 0;
  let tables = 0;
  let strong = 0;
  let inFence = false;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (FENCE.test(line)) {
      fences++;
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const atx = ATX.exec(line);
    if (atx && !NOT_A_TITLE.test(atx[2])) headings++;
    if (hasLink(line)) links++;
    if (TABLE_SEPARATOR.test(line)) tables++;
    if (STRONG.test(line)) strong++;
  }
  if (headings === 0) return false;
  if (headings >= 2) return true;
  const others = [fences >= 2, links >= 1, tables >= 1, strong >= 2, opensWithFrontMatter(lines)].filter(Boolean).length;
  return others >= 1;
}

/** "---" first, keys, and "---" again: a site generator's page. */
function opensWithFrontMatter(lines: readonly string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || lines[first].trim() !== '---') return false;
  let keys = 0;
  for (let n = first + 1; n < Math.min(lines.length, first + 60); n++) {
    const line = lines[n].replace(/\r$/, '');
    if (line.trim() === '---') return keys > 0;
    if (FRONT_MATTER_KEY.test(line)) keys++;
  }
  return false;
}

/** How a text file is read: a .md file, or a .txt that is Markdown all the same, as Markdown. */
export function textFormatOf(fileName: string, text: string): 'text' | 'markdown' {
  return /\.(md|markdown)$/i.test(fileName) || isMarkdownText(text) ? 'markdown' : 'text';
}

/** "[label](destination)": found from each "](" (the first few of a line) back to its "[", so a line of brackets costs one pass. */
function hasLink(line: string): boolean {
  for (let at = line.indexOf(']('), tries = 0; at !== -1 && tries < 3; at = line.indexOf('](', at + 2), tries++) {
    if (line.lastIndexOf('[', at) > line.lastIndexOf(']', at - 1) && DESTINATION.test(line.slice(at + 2, at + 130))) return true;
  }
  return false;
}
