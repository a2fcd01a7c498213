// The cover of the whitepaper: title, the service and its provider, version
// and date, then the revision history as a table.
import { escapeHtml, safeUrl, scalarText } from './escape';
import { LABELS } from './labels';
import type { RenderContext } from './renderContext';

function entryLine(context: RenderContext, key: string): string {
  const entry = context.model.entries.find((e) => e.key === key);
  return entry ? ` data-line="${context.lines.line(entry.keySpan.start)}"` : '';
}

function field(label: string, value: string | undefined, html?: string): string {
  return value === undefined ? '' : `<div class="wp-field"><dt>${escapeHtml(label)}</dt><dd>${html ?? escapeHtml(value)}</dd></div>`;
}

export function documentTitle(data: Readonly<Record<string, unknown>>): string | undefined {
  return scalarText(data.title) ?? scalarText((data.service as Record<string, unknown> | undefined)?.name);
}

export function titleBlock(context: RenderContext, fallbackTitle: string): string {
  const { data } = context.model;
  const { lang } = context;
  const service = data.service && typeof data.service === 'object' ? (data.service as Record<string, unknown>) : {};
  const url = scalarText(service.url);
  const link = url && safeUrl(url);
  const fields = [
    field(LABELS.service[lang], scalarText(service.name)),
    field(LABELS.provider[lang], scalarText(service.provider)),
    field(LABELS.model[lang], scalarText(service.model)),
    field(LABELS.platform[lang], scalarText(service.platform)),
    field(LABELS.url[lang], url, link ? `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${escapeHtml(url)}</a>` : undefined),
    field(LABELS.version[lang], scalarText(data.version)),
    field(LABELS.published[lang], scalarText(data.published)),
    field(LABELS.contact[lang], scalarText(data.contact)),
  ].join('');
  return (
    `<header class="wp-title-block" data-line="${context.lines.line(context.model.entries[0]?.keySpan.start ?? 0)}">` +
    `<h1${entryLine(context, 'title')}>${escapeHtml(documentTitle(data) ?? fallbackTitle)}</h1>` +
    (fields ? `<dl class="wp-fields"${entryLine(context, 'service')}>${fields}</dl>` : '') +
    `</header>`
  );
}

export function historyTable(context: RenderContext): string {
  const history = context.model.data.history;
  if (!Array.isArray(history) || history.length === 0) return '';
  const { lang } = context;
  const rows = history
    .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    .map((item) => `<tr><td>${escapeHtml(scalarText(item.version) ?? '')}</td><td>${escapeHtml(scalarText(item.date) ?? '')}</td><td>${escapeHtml(scalarText(item.note) ?? '')}</td></tr>`);
  return (
    `<section class="wp-history"${entryLine(context, 'history')}><h2>${escapeHtml(LABELS.history[lang])}</h2>` +
    `<table><thead><tr><th>${escapeHtml(LABELS.version[lang])}</th><th>${escapeHtml(LABELS.date[lang])}</th><th>${escapeHtml(LABELS.note[lang])}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}
