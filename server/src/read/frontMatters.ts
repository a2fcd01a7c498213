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

// A key at the block's top level ("title: …", "Title: …", "sidebar_label: …", "menu:", "ms.author: …"); nested keys and list entries are indented or "- ".
const KEY = /^([A-Za-z_][\w.-]{0,40}):(?:[ \t]|$)/;
// Keys only a site generator's front matter has: a block must name one, so a "---" rule around a "Note: …" line is not taken.
const GENERATOR_KEYS = new Set(
  'title linktitle sidebar_label sidebar_position weight slug id description toc draft aliases layout permalink menu breadcrumb categories tags keywords date type hidelistlinks alwaysopen'.split(' '),
);
const MAX_KEYS = 40;
// YAML folds a plain value over lines ("usage_notes: Standard confidentiality section." / "May need customization."): a line at the
// margin that is no key, after a key's plain value, is that value still. Markup or a list there is the page's text, not a value.
const PLAIN_VALUE = /^[A-Za-z_][\w.-]{0,40}:[ \t]+[^\s>|'"<{[&*!#]/;
const RUN_ON = /^[^\s<{[#-]/;
/** Whether a line at the margin carries on the value of the key line before it (`valueOpen`: that line's value is plain words). */
export const carriesValue = (valueOpen: boolean, line: string) => valueOpen && !KEY.test(line) && RUN_ON.test(line);
/** Whether a value stays open after this line: a key's plain value, or a line that carried one on. */
export const leavesValueOpen = (valueOpen: boolean, line: string) => PLAIN_VALUE.test(line) || carriesValue(valueOpen, line);

/**
 * The front matter blocks of a text, wherever a page starts: the first line, after a blank line, or straight after the last line of
 * the page before, as pages with no final newline join ("Best regards," / "---" / "title: 'Update: …'" / "---"). Only a block of
 * keys naming a site generator's counts, and none inside fenced code (a docs page showing its own front matter in a YAML example).
 */
export function frontMatters(lines: readonly string[]): FrontMatter[] {
  const found: FrontMatter[] = [];
  let fence: string | undefined;
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n].trim();
    const opens = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (fence !== undefined) {
      if (opens && opens[0] === fence[0] && opens.length >= fence.length && t === opens) fence = undefined;
      continue;
    }
    if (opens) {
      fence = opens;
      continue;
    }
    if (t !== '---') continue;
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
  let valueOpen = false;
  for (let n = start + 1; n < lines.length && n <= start + MAX_KEYS; n++) {
    const line = lines[n];
    const t = line.trim();
    if (t === '---') return generator && n > start + 1 ? { start, end: n, title: title ?? linkTitle } : undefined;
    const runsOn = carriesValue(valueOpen, line);
    valueOpen = t !== '' && leavesValueOpen(valueOpen, line);
    if (t === '' || runsOn || /^[ \t]/.test(line) || t.startsWith('- ') || t.startsWith('#')) continue;
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
