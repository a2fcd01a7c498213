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
md.renderer.rules.wp_mark = (tokens, idx) => `<mark ${tokens[idx]!.info}>${escapeHtml(tokens[idx]!.content)}</mark>`;

// markdown-it gives its Token class to parser states only.
const Mark = new md.core.State('', md, {}).Token;

/** Splits the first text token of the inline block at `line` that shows `phrase`; false when the Markdown changed its letters (emphasis, escapes). */
function markPhrase(tokens: readonly MarkdownIt.Token[], note: BodyNote): boolean {
  const phrase = note.phrase;
  if (!phrase) return false;
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map || note.line < token.map[0] || note.line >= token.map[1] || !token.children) continue;
    const children = token.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const at = child.type === 'text' ? child.content.indexOf(phrase) : -1;
      if (at < 0) continue;
      const before = new Mark('text', '', 0);
      before.content = child.content.slice(0, at);
      const mark = new Mark('wp_mark', 'mark', 0);
      mark.content = phrase;
      mark.info = note.markAttributes;
      const after = new Mark('text', '', 0);
      after.content = child.content.slice(at + phrase.length);
      children.splice(i, 1, before, mark, after);
      return true;
    }
  }
  return false;
}

/** The body as HTML: `sourceLine` turns a value line into the 0-based line of the YAML source. */
export function renderMarkdown(body: string, sourceLine: (valueLine: number) => number, notes: readonly BodyNote[], imageLabel: string): string {
  const env = { imageLabel };
  const tokens = md.parse(body, env);
  for (const token of tokens) {
    if (token.block && token.map && token.nesting >= 0 && token.type !== 'inline') token.attrSet('data-line', String(sourceLine(token.map[0])));
  }
  for (const note of notes) markPhrase(tokens, note);

  // Notes go after the top-level block that holds their line; one on a blank line goes after the block before it.
  const parts: string[] = [];
  let pending = [...notes].sort((a, b) => a.line - b.line);
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.level !== 0 || token.nesting === 1) continue;
    const block = tokens.slice(start, i + 1);
    const end = block[0]?.map?.[1] ?? 0;
    start = i + 1;
    parts.push(md.renderer.render(block, md.options, env));
    const isLast = start >= tokens.length;
    const here = pending.filter((n) => isLast || n.line < end);
    pending = pending.filter((n) => !here.includes(n));
    parts.push(...here.map((n) => n.note));
  }
  parts.push(...pending.map((n) => n.note));
  return parts.join('');
}
