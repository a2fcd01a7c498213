// What every part of the rendering needs: the source (for data-line), the two
// languages (the publication's and the reviewer's) and where findings go.
import type { Locale } from '../core/locale';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import type { NumberedFinding, Placement } from './reviewNotes';
import type { SourceLines } from './sourceLines';

export interface RenderContext {
  readonly model: WhitepaperModel;
  readonly lines: SourceLines;
  /** The document's language: headings and labels of the publication. */
  readonly lang: Locale;
  /** The reviewer's language: findings. */
  readonly locale: Locale;
  /** Present in the reviewer view only. */
  readonly review?: { readonly items: readonly NumberedFinding[]; readonly placement: Placement };
  /** Each section's anchor, `s-1-2` for the second subsection of the first section. */
  readonly anchors: Map<SectionModel, string>;
}

/** Anchors for every section in document order, nested ones after their parent. */
export function sectionAnchors(sections: readonly SectionModel[]): Map<SectionModel, string> {
  const anchors = new Map<SectionModel, string>();
  const visit = (list: readonly SectionModel[], prefix: string) =>
    list.forEach((section, i) => {
      const anchor = `${prefix}-${i + 1}`;
      anchors.set(section, anchor);
      visit(section.sections, anchor);
    });
  visit(sections, 's');
  return anchors;
}
