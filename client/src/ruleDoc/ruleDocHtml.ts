// A rule's page (docs/rules/<id>.md) as HTML in one language. The pages give
// each paragraph in English and then in Japanese; a reader gets the paragraphs
// in their language, and the other language only where a part has none in theirs.
// Code, headings and tables are shared by both and always kept. Pure.
import MarkdownIt from 'markdown-it';

export type DocLanguage = 'en' | 'ja';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/g;

/** A paragraph or list is Japanese when a fifth of its letters are kana, kanji or full-width forms. */
function languageOf(text: string): DocLanguage {
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '').length;
  return letters > 0 && (text.match(JAPANESE)?.length ?? 0) / letters >= 0.2 ? 'ja' : 'en';
}

interface Block {
  readonly open: number;
  readonly close: number;
  readonly language?: DocLanguage;
}

export function ruleDocHtml(markdown: string, language: DocLanguage, linkToRule: (id: string) => string | undefined): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  const tokens = md.parse(markdown, {});
  // Top-level blocks; paragraphs and lists carry a language, the rest is shared.
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let close = i;
    if (token.nesting === 1) {
      let depth = 0;
      for (close = i; close < tokens.length; close++) {
        depth += tokens[close].nesting;
        if (depth === 0) break;
      }
    }
    const prose = token.type === 'paragraph_open' || token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
    const text = tokens.slice(i, close + 1).map((t) => t.content).join(' ');
    // "Incorrect / 誤り:" names both languages at once: shared.
    blocks.push({ open: i, close, language: prose && !/ \/ /.test(text) ? languageOf(text) : undefined });
    i = close;
  }
  // Within each part (between headings), drop the other language's prose when the part has prose in the reader's.
  const keep = new Set<number>();
  let part: Block[] = [];
  const flush = () => {
    const hasOwn = part.some((b) => b.language === language);
    for (const b of part) if (!b.language || b.language === language || !hasOwn) keep.add(b.open);
    part = [];
  };
  for (const block of blocks) {
    if (tokens[block.open].type === 'heading_open') flush();
    part.push(block);
  }
  flush();
  const kept = blocks.filter((b) => keep.has(b.open)).flatMap((b) => tokens.slice(b.open, b.close + 1));
  for (const token of kept) {
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      const rule = /^(?:\.\/)?([a-z-]+)\.md$/.exec(href)?.[1];
      const target = rule ? linkToRule(rule) : /^https?:/.test(href) ? href : undefined;
      if (target) child.attrSet('href', target);
      else child.attrs = (child.attrs ?? []).filter(([name]) => name !== 'href');
    }
  }
  return md.renderer.render(kept, md.options, {});
}
