// The controls the provider declares not applicable, each with its reason.
import { lookupControl } from '../catalog';
import { escapeHtml, scalarText } from './escape';
import { LABELS } from './labels';
import type { RenderContext } from './renderContext';

export function notApplicableList(context: RenderContext): string {
  const entries = context.model.notApplicable;
  if (entries.length === 0) return '';
  const { lang, lines } = context;
  const rows = entries.map((entry) => {
    const title = lookupControl(entry.id)?.title[lang] ?? '';
    return `<tr data-line="${lines.line(entry.keySpan.start)}"><td><code>${escapeHtml(entry.id)}</code> ${escapeHtml(title)}</td><td>${escapeHtml(scalarText(entry.reason) ?? '')}</td></tr>`;
  });
  const key = context.model.entries.find((e) => e.key === 'not_applicable');
  return (
    `<section class="wp-not-applicable" id="not-applicable"${key ? ` data-line="${lines.line(key.keySpan.start)}"` : ''}>` +
    `<h2>${escapeHtml(LABELS.notApplicable[lang])}</h2>` +
    `<table><thead><tr><th>${escapeHtml(LABELS.control[lang])}</th><th>${escapeHtml(LABELS.reason[lang])}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}
