// Docs pages joined into one text (a chapter of a Docusaurus, Hugo or Jekyll site saved as one file) keep each page's front matter
// where the page starts: "---" / "title: GDPR compliance" / "sidebar_label: …" / "weight: 30" / "---". Read as text, a key over the
// closing fence is a setext heading ("sidebar_label: GDPR compliance", "weight: 30") whose words name controls. The block is the site
// generator's settings: its title names the page (the heading over the page's own "##" sections), the other keys are no words at all.

export interface FrontMatter {
  /** The 0-based lines of the opening and the closing fence. */
  readonly start: number;
  readonly end: number;
  /** The line of the page's title key ("title:", else "linkTitle:") and its value, unquoted. */
  readonly title?: { readonly line: number; readonly text: string };
}

// A key at the block's top level ("title: …", "Title: …", "sidebar_label: …", "menu:"); nested keys and list entries are indented or "- ".
const KEY = /^([A-Za-z_][\w-]{0,40}):(?:[ \t]|$)/;
// Keys only a site generator's front matter has: a block must name one, so a "---" rule around a "Note: …" line is not taken.
const GENERATOR_KEYS = new Set(
  'title linktitle sidebar_label sidebar_position weight slug id description toc draft aliases layout permalink menu breadcrumb categories tags keywords date type hidelistlinks alwaysopen'.split(' '),
);
const MAX_KEYS = 40;

/** The front matter blocks of a text, wherever a page starts (the first line, or after a blank line). */
export function frontMatters(lines: readonly string[]): FrontMatter[] {
  const found: FrontMatter[] = [];
  for (let n = 0; n < lines.length; n++) {
    if (lines[n].trim() !== '---' || (n > 0 && lines[n - 1].trim() !== '')) continue;
    const block = readBlock(lines, n);
    if (!block) continue;
    found.push(block);
    n = block.end;
  }
  return found;
}

function readBlock(lines: readonly string[], start: number): FrontMatter | undefined {
  let generator = false;
  let title: FrontMatter['title'];
  let linkTitle: FrontMatter['title'];
  for (let n = start + 1; n < lines.length && n <= start + MAX_KEYS; n++) {
    const line = lines[n];
    const t = line.trim();
    if (t === '---') return generator && n > start + 1 ? { start, end: n, title: title ?? linkTitle } : undefined;
    if (t === '' || /^[ \t]/.test(line) || t.startsWith('- ') || t.startsWith('#')) continue;
    const key = KEY.exec(t)?.[1].toLowerCase();
    if (!key) return undefined;
    if (GENERATOR_KEYS.has(key)) generator = true;
    const value = unquoted(t.slice(t.indexOf(':') + 1));
    if (!value) continue;
    if (key === 'title') title ??= { line: n, text: value };
    else if (key === 'linktitle') linkTitle ??= { line: n, text: value };
  }
  return undefined;
}

function unquoted(value: string): string {
  const v = value.trim();
  return (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v).trim();
}
