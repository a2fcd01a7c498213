// The whitepaper as a publication, from the model the checker built: the same
// function serves the preview (wp27017/render), `wp27017 render` and the
// golden tests. Pure: model, findings and coverage in, escaped HTML out.
import type { Coverage } from '../coverage/coverage';
import type { Finding } from '../core/finding';
import type { Locale, Localized } from '../core/locale';
import { langOf } from '../model/documentFacts';
import type { WhitepaperModel } from '../model/whitepaper';
import { coverageMatrix } from './coverageMatrix';
import { notApplicableList } from './notApplicableList';
import { sectionAnchors, type RenderContext } from './renderContext';
import { noteHtml, placeFindings, summaryHtml } from './reviewNotes';
import { sectionsHtml } from './sectionsHtml';
import { sourceLines } from './sourceLines';
import { tableOfContents } from './tableOfContents';
import { documentTitle, historyTable, titleBlock } from './titleBlock';

export interface RenderOptions {
  /** The reviewer's language, for findings. The publication's own words follow the document's `lang`. */
  readonly locale: Locale;
  /** Findings with their configured severities; shown only in the reviewer view. */
  readonly findings: readonly Finding[];
  readonly coverage: Coverage;
  readonly review: boolean;
  /** The title when the document has none: usually its file name. */
  readonly fallbackTitle: string;
  /** Where a finding at this offset sits in the original, for a whitepaper imported from a published file. */
  readonly where?: (offset: number) => string | undefined;
}

export interface RenderedWhitepaper {
  readonly title: string;
  readonly lang: Locale;
  /** The contents of <body>: one <main> element. */
  readonly html: string;
}

/** control-missing reports where the control would be read; in the publication its place is the control's row in the matrix. */
function missingRowOf(coverage: Coverage): (finding: Finding) => string | undefined {
  const byTitle = new Map(coverage.rows.filter((r) => r.status === 'missing').map((r) => [r.title.en, r.id]));
  return (finding) => (finding.ruleId === 'control-missing' ? byTitle.get((finding.data.title as Localized | undefined)?.en ?? '') : undefined);
}

export function renderWhitepaper(model: WhitepaperModel, options: RenderOptions): RenderedWhitepaper {
  const lang = langOf(model);
  const placed = options.review ? placeFindings(options.findings, model.sections, missingRowOf(options.coverage)) : undefined;
  const context: RenderContext = {
    model,
    lines: sourceLines(model.text.toString()),
    lang,
    locale: options.locale,
    review: placed && { items: placed.items, placement: placed.placement },
    anchors: sectionAnchors(model.sections),
  };
  const documentNotes = placed?.placement.document.map((item) => noteHtml(item, context.lines, options.locale)) ?? [];
  const html = [
    `<main class="wp-doc" lang="${lang}" data-review="${options.review}">`,
    titleBlock(context, options.fallbackTitle),
    placed ? summaryHtml(placed.items, context.lines, options.locale, options.where) : '',
    documentNotes.length > 0 ? `<div class="wp-document-notes">${documentNotes.join('')}</div>` : '',
    historyTable(context),
    tableOfContents(context),
    sectionsHtml(context),
    notApplicableList(context),
    coverageMatrix(options.coverage, context),
    `</main>`,
  ].join('');
  return { title: documentTitle(model.data) ?? options.fallbackTitle, lang, html };
}
