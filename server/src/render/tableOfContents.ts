// The table of contents: every section, nested, linking to its anchor.
import type { SectionModel } from '../model/whitepaper';
import { escapeHtml } from './escape';
import { LABELS } from './labels';
import type { RenderContext } from './renderContext';

function entries(sections: readonly SectionModel[], context: RenderContext): string {
  if (sections.length === 0) return '';
  const items = sections.map((section) => {
    const title = escapeHtml(section.title ?? LABELS.untitled[context.lang]);
    return `<li><a href="#${context.anchors.get(section)}">${title}</a>${entries(section.sections, context)}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

export function tableOfContents(context: RenderContext): string {
  if (context.model.sections.length === 0) return '';
  return `<nav class="wp-toc" aria-labelledby="wp-toc-title"><h2 id="wp-toc-title">${escapeHtml(LABELS.contents[context.lang])}</h2>${entries(context.model.sections, context)}</nav>`;
}
