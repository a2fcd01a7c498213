// The appendix a reviewer reads first: every expected control, whether the
// whitepaper covers it, declares it not applicable or leaves it out, with
// links to the sections that answer it.
import type { Coverage, CoverageRow } from '../coverage/coverage';
import { formatMessage } from '../core/locale';
import { escapeHtml } from './escape';
import { LABELS } from './labels';
import { controlRefs } from '../model/documentFacts';
import type { SectionModel } from '../model/whitepaper';
import type { RenderContext } from './renderContext';
import { noteHtml } from './reviewNotes';

function whereHtml(row: CoverageRow, context: RenderContext, sectionOf: Map<number, SectionModel>): string {
  if (row.status === 'not-applicable' || row.status === 'dropped') return escapeHtml(row.reason ?? '');
  const links = row.places.map((place) => {
    // A covered row's places are the control ids the sections claim.
    const section = sectionOf.get(place.span.start);
    return section ? `<a href="#${context.anchors.get(section)}">${escapeHtml(place.label)}</a>` : escapeHtml(place.label);
  });
  return [...new Set(links)].join('<br>');
}

export function coverageMatrix(coverage: Coverage, context: RenderContext): string {
  const { lang } = context;
  const sectionOf = new Map(controlRefs(context.model).map((ref) => [ref.span.start, ref.section]));
  const rows = coverage.rows.map((row) => {
    const notes = context.review?.placement.byCoverageRow.get(row.id) ?? [];
    const ids = coverage.numbering === '2022' ? [row.ids2022.join(', ') || '–', row.id] : [row.id, row.ids2022.join(', ') || '–'];
    return (
      `<tr class="wp-status-${row.status}"><td><code>${escapeHtml(ids[0]!)}</code></td><td><code>${escapeHtml(ids[1]!)}</code></td>` +
      `<td>${escapeHtml(row.title[lang])}</td><td><span class="wp-status">${escapeHtml(LABELS[row.status][lang])}</span></td><td>${whereHtml(row, context, sectionOf)}${notes.map((n) => noteHtml(n, context.lines, context.locale)).join('')}</td></tr>`
    );
  });
  const editions = coverage.numbering === '2022' ? ['2022', '2013'] : ['2013', '2022'];
  const note = formatMessage(LABELS.coverageNote, lang, { answered: coverage.answered, expected: coverage.expected, numbering: coverage.numbering, profile: coverage.profile });
  return (
    `<section class="wp-coverage" id="coverage"><h2>${escapeHtml(LABELS.coverage[lang])}</h2><p>${escapeHtml(note)}</p>` +
    `<table><thead><tr><th>${editions[0]}</th><th>${editions[1]}</th><th>${escapeHtml(LABELS.control[lang])}</th><th>${escapeHtml(LABELS.status[lang])}</th><th>${escapeHtml(LABELS.where[lang])}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}
