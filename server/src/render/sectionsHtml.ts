// The body of the publication: one <section> per whitepaper section, nested
// as written, with its control badges, its Markdown body and, in the reviewer
// view, the findings that concern it.
import type { SectionModel } from '../model/whitepaper';
import { controlBadges } from './controlBadges';
import { escapeHtml } from './escape';
import { LABELS } from './labels';
import { renderMarkdown, type BodyNote } from './markdown';
import type { RenderContext } from './renderContext';
import { noteHtml, positionAttributes, type NumberedFinding } from './reviewNotes';
import { bodyLines } from './sourceLines';

/** The words a finding points at, when they fit on one line of a sentence. */
function phraseOf(body: string, start: number, end: number): string | undefined {
  const phrase = body.slice(start, end).split('\n')[0]!.trim();
  return phrase.length >= 2 && phrase.length <= 160 ? phrase : undefined;
}

function bodyHtml(section: SectionModel, findings: readonly NumberedFinding[], context: RenderContext): { html: string; placed: Set<NumberedFinding> } {
  const placed = new Set<NumberedFinding>();
  const lines = bodyLines(section, context.model.text, context.lines);
  if (!lines || !section.body || !section.bodySpan) return { html: '', placed };
  const span = section.bodySpan;
  const notes: BodyNote[] = [];
  for (const item of findings) {
    const { finding } = item;
    if (finding.start < span.start || finding.start >= span.end) continue;
    const start = lines.valueOffset(finding.start);
    const end = lines.valueOffset(Math.min(finding.end, span.end));
    placed.add(item);
    notes.push({
      line: lines.valueLine(start),
      phrase: phraseOf(section.body, start, end),
      markAttributes: `class="wp-finding wp-mark wp-sev-${finding.severity}" ${positionAttributes(finding, context.lines)}`,
      note: noteHtml(item, context.lines, context.locale),
    });
  }
  const html = renderMarkdown(section.body, lines.sourceLine, notes, LABELS.image[context.lang]);
  return { html: `<div class="wp-body">${html}</div>`, placed };
}

function sectionHtml(section: SectionModel, depth: number, context: RenderContext): string {
  const level = Math.min(depth + 2, 6);
  const findings = context.review?.placement.bySection.get(section) ?? [];
  const body = bodyHtml(section, findings, context);
  const headingNotes = findings.filter((f) => !body.placed.has(f)).map((f) => noteHtml(f, context.lines, context.locale));
  const title = section.title ?? LABELS.untitled[context.lang];
  const line = context.lines.line(section.head.start);
  return (
    `<section class="wp-section" id="${context.anchors.get(section)}" data-line="${line}">` +
    `<h${level} data-line="${line}"${section.title ? '' : ' class="wp-untitled"'}>${escapeHtml(title)}</h${level}>` +
    controlBadges(section.controls, context.lang) +
    headingNotes.join('') +
    body.html +
    section.sections.map((child) => sectionHtml(child, depth + 1, context)).join('') +
    `</section>`
  );
}

export function sectionsHtml(context: RenderContext): string {
  const { sections } = context.model;
  if (sections.length === 0) return `<p class="wp-empty">${escapeHtml(LABELS.noSections[context.lang])}</p>`;
  return `<div class="wp-sections">${sections.map((section) => sectionHtml(section, 0, context)).join('')}</div>`;
}
