// Section bodies are Markdown. markdown-it parses them with raw HTML off, so
// `<script>` in a body is text; links pass an allow-list; images become links,
// because the preview loads nothing remote. Every block carries the source
// line it came from (scroll sync), and a finding's phrase is marked in place.
import MarkdownIt from 'markdown-it';
import { escapeHtml, safeUrl } from './escape';

/** A finding inside a body: where it starts in the body's value, and its note rendered by the caller. */
export interface BodyNote {
  /** 0-based line of the body's value. */
  readonly line: number;
  /** The words the finding is about, to be marked where the text shows them. */
  readonly phrase?: string;
  /** Attributes of the mark: class and data-* (already escaped). */
  readonly markAttributes: string;
  /** HTML placed after the block that holds the line. */
  readonly note: string;
}

const md = new MarkdownIt({ html: false, linkify: true });
// Authors wrap long lines in the YAML; a line break between two Japanese characters is no space in Japanese,
// while browsers would show one. Between other characters it stays a space, as in any Markdown.
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
md.renderer.rules.softbreak = (tokens, idx) => (WIDE.test(tokens[idx - 1]?.content.slice(-1) ?? '') && WIDE.test(tokens[idx + 1]?.content[0] ?? '') ? '' : '\n');
md.validateLink = (url) => url.startsWith('#') || safeUrl(url) !== undefined;

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  if (!String(tokens[idx]!.attrGet('href') ?? '').startsWith('#')) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
md.renderer.rules.image = (tokens, idx, _options, env) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('src') ?? '');
  const alt = token.children?.map((c) => c.content).join('') || href;
  const src = safeUrl(href);
  const label = `${escapeHtml(String(env?.imageLabel ?? ''))}: ${escapeHtml(alt)}`;
  return src ? `<a class="wp-image-link" href="${escapeHtml(src)}" rel="noopener noreferrer">${label}</a>` : `<span class="wp-image-link">${label}</span>`;
};
md.renderer.rules.wp_mark_open = (tokens, idx) => `<mark ${tokens[idx]!.info}>`;
md.renderer.rules.wp_mark_close = () => '</mark>';

// markdown-it gives its Token class to parser states only.
const Mark = new md.core.State('', md, {}).Token;

/** Each inline block's children with the 0-based body line each starts on, so a note looks only at its own line. */
interface InlineLines {
  readonly token: MarkdownIt.Token;
  readonly lineOf: number[];
}

function inlineLines(tokens: readonly MarkdownIt.Token[]): InlineLines[] {
  const blocks: InlineLines[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map || !token.children) continue;
    let line = token.map[0];
    const lineOf = token.children.map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? line++ : line));
    blocks.push({ token, lineOf });
  }
  return blocks;
}

/** The inline block whose lines hold `line` (blocks are in source order and do not overlap), by binary search. */
function blockAt(blocks: readonly InlineLines[], line: number): InlineLines | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const map = blocks[mid]!.token.map!;
    if (line < map[0]) hi = mid - 1;
    else if (line >= map[1]) lo = mid + 1;
    else return blocks[mid];
  }
  return undefined;
}

interface PhraseMark {
  readonly at: number;
  readonly note: BodyNote;
}

/**
 * Marks each note's phrase in the first text child on the note's line that shows it and is not marked yet; a note
 * whose phrase the Markdown changed (emphasis, escapes) stays unmarked. Children are split once, at the end, so the
 * work grows with the notes and the text, not with their product.
 */
function markPhrases(tokens: readonly MarkdownIt.Token[], notes: readonly BodyNote[]): void {
  const blocks = inlineLines(tokens);
  const marks = new Map<MarkdownIt.Token, PhraseMark[]>();
  for (const note of notes) {
    const phrase = note.phrase;
    const block = phrase ? blockAt(blocks, note.line) : undefined;
    if (!phrase || !block) continue;
    const children = block.token.children!;
    let i = lowerBound(block.lineOf, note.line);
    for (; i < children.length && block.lineOf[i] === note.line; i++) {
      const child = children[i]!;
      if (child.type !== 'text') continue;
      const taken = marks.get(child) ?? [];
      const at = freeOccurrence(child.content, phrase, taken);
      if (at < 0) continue;
      taken.push({ at, note });
      marks.set(child, taken);
      break;
    }
  }
  for (const block of blocks) {
    const children = block.token.children!;
    if (!children.some((child) => marks.has(child))) continue;
    block.token.children = children.flatMap((child) => {
      const taken = marks.get(child);
      return taken ? splitAtMarks(child.content, taken) : [child];
    });
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first occurrence of the phrase that crosses no mark already taken: one inside a taken mark, or around it, is
 * marked nested (a vague "for a certain period" inside the backup sentence a retention finding marks), never the same
 * words twice.
 */
function freeOccurrence(content: string, phrase: string, taken: readonly PhraseMark[]): number {
  for (let at = content.indexOf(phrase); at >= 0; at = content.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    const crosses = (m: PhraseMark) => {
      const mEnd = m.at + m.note.phrase!.length;
      const apart = end <= m.at || mEnd <= at;
      const nested = (m.at <= at && end <= mEnd) || (at <= m.at && mEnd <= end);
      return !apart && (!nested || (m.at === at && mEnd === end));
    };
    if (!taken.some(crosses)) return at;
  }
  return -1;
}

/** Appends the text from `from` to `to` with its marks to `pieces`, outer marks first (sorted by start, then longest). */
function pushMarked(pieces: MarkdownIt.Token[], content: string, marks: readonly PhraseMark[], from: number, to: number): void {
  const text = (end: number) => {
    if (end <= from) return;
    const piece = new Mark('text', '', 0);
    piece.content = content.slice(from, end);
    pieces.push(piece);
  };
  let i = 0;
  while (i < marks.length) {
    const { at, note } = marks[i]!;
    const end = at + note.phrase!.length;
    let j = i + 1;
    while (j < marks.length && marks[j]!.at < end) j++;
    text(at);
    const open = new Mark('wp_mark_open', 'mark', 1);
    open.info = note.markAttributes;
    pieces.push(open);
    pushMarked(pieces, content, marks.slice(i + 1, j), at, end);
    pieces.push(new Mark('wp_mark_close', 'mark', -1));
    from = end;
    i = j;
  }
  text(to);
}

function splitAtMarks(content: string, taken: readonly PhraseMark[]): MarkdownIt.Token[] {
  const pieces: MarkdownIt.Token[] = [];
  pushMarked(pieces, content, [...taken].sort((a, b) => a.at - b.at || b.note.phrase!.length - a.note.phrase!.length), 0, content.length);
  return pieces;
}

/** Table alignment as a class: the standalone page's CSP allows no style attributes, so markdown-it's would be dropped. */
function alignByClass(cell: MarkdownIt.Token): void {
  const align = /text-align:\s*(left|center|right)/.exec(String(cell.attrGet('style') ?? ''))?.[1];
  if (!align) return;
  cell.attrs = (cell.attrs ?? []).filter(([name]) => name !== 'style');
  cell.attrJoin('class', `wp-align-${align}`);
}

/** The body as HTML: `sourceLine` turns a value line into the 0-based line of the YAML source. */
export function renderMarkdown(body: string, sourceLine: (valueLine: number) => number, notes: readonly BodyNote[], imageLabel: string): string {
  const env = { imageLabel };
  const tokens = md.parse(body, env);
  for (const token of tokens) {
    if (token.block && token.map && token.nesting >= 0 && token.type !== 'inline') token.attrSet('data-line', String(sourceLine(token.map[0])));
    if (token.type === 'th_open' || token.type === 'td_open') alignByClass(token);
  }
  markPhrases(tokens, notes);

  // Notes go after the top-level block that holds their line; one on a blank line goes after the block before it.
  const parts: string[] = [];
  const sorted = [...notes].sort((a, b) => a.line - b.line);
  let next = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0 || token.nesting === 1) continue;
    const block = tokens.slice(start, i + 1);
    const end = block[0]?.map?.[1] ?? 0;
    start = i + 1;
    parts.push(md.renderer.render(block, md.options, env));
    const isLast = start >= tokens.length;
    for (; next < sorted.length && (isLast || sorted[next]!.line < end); next++) parts.push(sorted[next]!.note);
  }
  for (; next < sorted.length; next++) parts.push(sorted[next]!.note);
  return parts.join('');
}
