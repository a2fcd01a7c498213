// A section's controls as badges in both numberings: the id as the document
// claims it first, then its Annex B counterparts in the other edition, so a
// reader holding either standard finds the control.
import { counterparts, lookupControl, normalizeControlId } from '../catalog';
import type { Locale } from '../core/locale';
import type { ControlRef } from '../model/whitepaper';
import { escapeHtml } from './escape';

function badge(edition: string, id: string, title: string | undefined, extra = ''): string {
  const tooltip = title ? ` title="${escapeHtml(title)}"` : '';
  return `<span class="wp-badge${extra}"${tooltip}><span class="wp-badge-edition">${escapeHtml(edition)}</span> ${escapeHtml(id)}</span>`;
}

export function controlBadges(controls: readonly ControlRef[], lang: Locale): string {
  if (controls.length === 0) return '';
  const badges = controls.map((control) => {
    const id = normalizeControlId(control.id);
    const info = lookupControl(id);
    if (!info) return badge('?', control.id, undefined, ' wp-badge-unknown');
    if (info.edition === 'cloud') return badge('27017', info.id, info.title[lang]);
    const other = info.edition === '2013' ? '2022' : '2013';
    const alternates = counterparts(info.id, info.edition).map((alt) => badge(other, alt, lookupControl(alt, other)?.title[lang], ' wp-badge-alt'));
    return [badge(info.edition, info.id, info.title[lang]), ...alternates].join('');
  });
  return `<div class="wp-controls">${badges.join('')}</div>`;
}
