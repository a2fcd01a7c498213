// Lines that are a page's markup or its site generator's directives, left in
// the text when a documentation page is saved or copied as it is written:
// HTML and MDX tags standing alone ("<div class=\"note\">", "</div>",
// "<Alert>" … "</Alert>"), Liquid and GitBook tags ("{% hint style=\"info\" %}"),
// Hugo shortcodes ("{{< site-region >}}", "{{% notice %}}"), Docusaurus
// admonition fences (":::note", ":::"), contents and style requests ("[TOC]",
// "{: .note}"), HTML comments and JSX ones ("{/* 組織的セキュリティ対策 */}", a note on the markup below it), also a comment
// over many lines that hides a draft or a style guide ("<!--" / "## Tabs" / … / "-->"). They are said to no reader, so they head
// nothing and belong to no block.

// A line made only of tags: an opening or closing tag, with or without attributes, self-closing or not.
// One space then anything up to ">": a tag's end is found one way only, so a long line without it costs no backtracking.
const TAGS_ONLY = /^(?:<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>[\s\u3000]*)+$/;
const TAG = /<(\/?)([A-Za-z][\w.:-]*)(\s[^<>]*)?(\/?)>/g;
// Elements whose name no heading in angle brackets ("<Backup>", "<連絡先>") would be: HTML's own, in lower case as pages write them.
const HTML_ELEMENTS = new Set(
  'a abbr article aside b blockquote br center code col colgroup dd details div dl dt em figcaption figure font footer header hr i iframe img li main nav noscript ol p picture pre script section small source span strong style sub summary sup table tbody td tfoot th thead tr u ul video'.split(' '),
);
// "[TOC]", "[[toc]]" and kramdown's "{:toc}" / "{: .note}" ask the generator for a contents list or a style.
const TEMPLATE = /^(?:\{%-?\s.*%\}|\{\{[<%].*[>%]\}\}|\{\{[^{}]*\}\}|<!--.*-->|\{\/\*.*\*\/\}|:::[\w-]*(?:\s.*)?|\[\[?toc\]\]?|\{:[^{}]*\})$/i;

/** The 0-based numbers of the lines that are markup or template directives. */
export function markupNoise(lines: readonly string[]): Set<number> {
  const trimmed = lines.map((l) => l.trim());
  // A component of the page's own ("<Alert>", "<Tabs>") is markup where the page also closes it.
  const closed = new Set<string>();
  trimmed.forEach((t) => {
    if (t.startsWith('</')) for (const m of t.matchAll(TAG)) if (m[1]) closed.add(m[2]);
  });
  const found = new Set<number>();
  const comments = htmlComments(trimmed);
  trimmed.forEach((t, n) => {
    if (comments.has(n)) {
      found.add(n);
      return;
    }
    if (TEMPLATE.test(t)) found.add(n);
    else if (TAGS_ONLY.test(t)) {
      const tags = [...t.matchAll(TAG)];
      // "<Contact us>" or "<Backup>" alone is a heading in brackets; a tag says what it is by its name, its attributes or its closing.
      if (tags.every(([, closing, name, attributes = '', selfClosing]) => closing || selfClosing || attributes.endsWith('/') || attributes.includes('=') || HTML_ELEMENTS.has(name) || closed.has(name))) found.add(n);
    }
  });
  return found;
}


/** The lines of HTML comments over several lines ("<!--" … "-->"); one that closes mid-line, or never, leaves the text after it to be read. */
export function htmlComments(trimmed: readonly string[]): Set<number> {
  // The first line at or after each line that holds "-->" (a comment never nests), found once from the end: linear however many open.
  const closer: number[] = new Array(trimmed.length + 1).fill(-1);
  for (let n = trimmed.length - 1; n >= 0; n--) closer[n] = trimmed[n].includes('-->') ? n : closer[n + 1];
  const found = new Set<number>();
  for (let n = 0; n < trimmed.length; n++) {
    if (!trimmed[n].startsWith('<!--') || trimmed[n].includes('-->')) continue;
    const end = closer[n + 1];
    if (end === -1 || !trimmed[end].endsWith('-->')) continue;
    for (let k = n; k <= end; k++) found.add(k);
    n = end;
  }
  return found;
}
