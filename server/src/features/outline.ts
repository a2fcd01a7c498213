// The Outline: top-level keys, and sections nested as they are written,
// named by title with their control ids beside. Pure; lsp/ converts it.
import type { Span } from '../core/finding';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import { maxOf } from '../core/arrays';

export interface OutlineItem {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'key' | 'section';
  /** The whole node; `selection` is what the editor highlights when the item is picked. */
  readonly span: Span;
  readonly selection: Span;
  readonly children: readonly OutlineItem[];
}

function sectionItem(section: SectionModel): OutlineItem {
  return {
    name: section.title ?? '(untitled)',
    detail: section.controls.map((c) => c.id).join(', ') || undefined,
    kind: 'section',
    span: section.span,
    selection: section.titleSpan ?? section.head,
    children: section.sections.map(sectionItem),
  };
}

export function provideOutline(document: WhitepaperModel, splitKey: string | undefined): OutlineItem[] {
  return document.entries.map((entry) => {
    const children = entry.key === splitKey ? document.sections.map(sectionItem) : [];
    // Items are parsed apart from their key, so the key's own span may stop before them; an outline parent must contain its children.
    const end = maxOf(children.map((c) => c.span.end), entry.span.end);
    return { name: entry.key, kind: 'key' as const, span: { start: entry.span.start, end }, selection: entry.keySpan, children };
  });
}
