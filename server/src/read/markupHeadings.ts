// The headings of a page kept as its source: a site's HTML, JSX or MDX saved as text, as documentation sites (Docusaurus,
// Nextra, Mintlify) and Next.js pages write them. Its headings are in tags ("<h2 className=…>1. 基本方針</h2>", or the tag
// alone over its words and its closing tag under them) or in a component's title ("<Section title=\"第10条（サービス内容の
// 変更等）\">", "<Accordion title=\"Secrets and KMS\">"), and the code around the markup (imports, the page's metadata, the
// function that returns it) is said to no reader. Read as prose, the tags hid every heading and the code headed the page.

export interface MarkupHeading {
  /** 1 for <h1>; a component's title one below the heading or the titled component it sits in. */
  readonly level: number;
  readonly title: string;
}

// A heading's tag alone on its line, with its words: "<h2>Title</h2>", "<h3 class=\"x\">2. アクセス制御</h3>".
const HEADING_LINE = /^<h([1-6])(?:\s[^<>]*)?>([^\n]*)<\/h\1>$/i;
const HEADING_OPEN = /^<h([1-6])(?:\s[^<>]*)?>$/i;
const HEADING_CLOSE = /^<\/h([1-6])>$/i;
// A component of the page's own (capitalised, as JSX requires) opened with a title: "<Accordion title=\"…\" icon=\"…\">".
// A self-closing one ("<Card title=\"…\" href=\"…\" />") is a link to another page, with nothing under it.
const TITLED = /^<([A-Z][\w.]*)\s(?:[^<>]*\s)?title=(?:"([^"<>]*)"|'([^'<>]*)'|\{["'`]([^"'`<>{}]*)["'`]\})(?:\s[^<>]*)?>$/;
// A list's item whole on its line ("<li className=\"…\">Supabaseによる自動バックアップ</li>").
const ITEM_LINE = /^<li(?:\s[^<>]*)?>[^\n]*<\/li>$/i;
const CLOSE = /^<\/([A-Z][\w.]*)>$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+\S/;
// Code around the markup in a page kept as JavaScript: imports, exports, declarations, "return (" and the brackets that close them.
const JS_PAGE = /^(?:import\s[^;]*\sfrom\s|export\s+default\s|export\s+(?:const|function)\s)/;
const METADATA = /^export\s+const\s+metadata\b.*[{(]$/;
const CODE_LINE = /^(?:import\s|export\s|(?:const|let|var|type|interface|function|async function)\s|return\s*\(?\s*$|"use (?:client|server)";?$|[)}\];,]+;?$|[({[]$|<\/?>$)/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–' };

/** A heading's words without the tags and JSX expressions inside it ("<strong>", "{\" \"}"). */
export function markupText(inner: string): string {
  return inner
    .replace(/<[^<>]*>/g, '')
    .replace(/\{["'`]([^"'`{}]*)["'`]\}/g, '$1')
    .replace(/\{[^{}]*\}/g, '')
    .replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lines of a page kept as its source that head a section (by 0-based line), the items of its lists, and those that are its markup or code: a
 * heading tag opened or closed alone, the code of a page kept as JavaScript (only where the page imports or exports, so a
 * line of brackets in a plain text is no code).
 */
export function markupHeadings(lines: readonly string[]): { headings: Map<number, MarkupHeading>; items: Set<number>; markup: Set<number> } {
  const trimmed = lines.map((l) => l.trim());
  const headings = new Map<number, MarkupHeading>();
  const markup = new Set<number>();
  const items = new Set<number>();
  const jsPage = trimmed.some((t) => JS_PAGE.test(t));
  // The level of the last heading outside a titled component, and the titled components still open.
  let outer = 1;
  const open: { name: string; level: number }[] = [];
  for (let n = 0; n < lines.length; n++) {
    const t = trimmed[n];
    const tag = HEADING_LINE.exec(t);
    const opens = HEADING_OPEN.exec(t);
    const titled = TITLED.exec(t);
    const closes = CLOSE.exec(t);
    if (tag && markupText(tag[2])) {
      outer = Number(tag[1]);
      headings.set(n, { level: outer, title: markupText(tag[2]) });
    } else if (opens && trimmed[n + 2] !== undefined && HEADING_CLOSE.exec(trimmed[n + 2])?.[1] === opens[1] && markupText(trimmed[n + 1]) && !trimmed[n + 1].startsWith('<')) {
      outer = Number(opens[1]);
      headings.set(n + 1, { level: outer, title: markupText(trimmed[n + 1]) });
      markup.add(n).add(n + 2);
      n += 2;
    } else if (titled && (/Card|Step/.test(titled[1]) || /\shref=/.test(t))) {
      // A card links to another page and a step is one of a procedure's: items, as a grid of cards or "Step 2" read as text are.
      items.add(n);
      open.push({ name: titled[1], level: open.length > 0 ? open[open.length - 1].level : outer });
    } else if (titled) {
      const title = markupText(titled[2] ?? titled[3] ?? titled[4]);
      const level = Math.min(6, (open.length > 0 ? open[open.length - 1].level : outer) + 1);
      open.push({ name: titled[1], level });
      if (title) headings.set(n, { level, title });
    } else if (closes) {
      const at = open.findLastIndex((o) => o.name === closes[1]);
      if (at !== -1) open.length = at;
    } else if (MARKDOWN_HEADING.test(t) && open.length === 0) {
      outer = MARKDOWN_HEADING.exec(t)![1].length;
    } else if (ITEM_LINE.test(t)) {
      items.add(n);
    } else if (jsPage && METADATA.test(t)) {
      // The page's metadata object ("export const metadata = {" / "title: …," / "};") names it for search engines.
      for (; n < lines.length && !/^\}\)?;?$/.test(trimmed[n]); n++) markup.add(n);
      markup.add(n);
    } else if (jsPage && CODE_LINE.test(t)) markup.add(n);
  }
  return { headings, items, markup };
}
