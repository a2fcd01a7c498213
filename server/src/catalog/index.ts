// Typed access to the control catalog. Everything here is pure and synchronous,
// so the language server, the CLI and tests can share it.
import { editDistance } from '../core/nearest';
import { CLOUD_CONTROLS } from './cloudControls';
import { CONTROLS_2013 } from './controls2013';
import { CONTROLS_2022 } from './controls2022';
import { MAP_2013_TO_2022, invertCorrespondence } from './correspondence';
import { EXPECTED } from './expected';
import { SEVERITY_PROFILES } from './profiles';
import type { ControlInfo, ControlRow, ControlSource, Edition, ExpectedControl, GapSeverity, ServiceModel } from './types';
import { maxOf, minOf } from '../core/arrays';

export type { ControlInfo, ControlSource, Edition, ExpectedControl, GapSeverity, LocalizedList, ServiceModel } from './types';

const toInfos = (rows: readonly ControlRow[], edition: ControlSource): readonly ControlInfo[] =>
  rows.map(([id, en, ja]) => ({ id, edition, title: { en, ja } }));

const CONTROLS: Readonly<Record<ControlSource, readonly ControlInfo[]>> = {
  '2013': toInfos(CONTROLS_2013, '2013'),
  '2022': toInfos(CONTROLS_2022, '2022'),
  cloud: toInfos(CLOUD_CONTROLS, 'cloud'),
};

// 2013 ids have three parts, 2022 ids two, CLD ids a prefix: one map holds them all without collisions.
const BY_ID = new Map<string, ControlInfo>(Object.values(CONTROLS).flatMap((infos) => infos.map((info) => [info.id, info])));

const CLOUD_IDS = new Set(CONTROLS.cloud.map((c) => c.id));

const MAP_2022_TO_2013 = invertCorrespondence(MAP_2013_TO_2022);

/**
 * The canonical spelling of a control id as people write it: "A.12.3.1", "１２．３．１",
 * "05.1.1" (Annex B's zero padding) and "cld.9.5.1" all become their catalog form.
 * Separators other than dots are left alone, so "12-3-1" stays a typo to be reported.
 */
export function normalizeControlId(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .replace(/^A\s*\.?\s*(?=\d)/i, '')
    .replace(/^cld(?=[.\s\d])/i, 'CLD')
    .replace(/(^|\.)0+(?=\d)/g, '$1');
}

/** A control by id; with an edition, only if the id belongs to it (CLD ids belong to both). */
export function lookupControl(id: string, edition?: Edition): ControlInfo | undefined {
  const info = BY_ID.get(normalizeControlId(id));
  if (!info || !edition || info.edition === 'cloud' || info.edition === edition) return info;
  return undefined;
}

/** The editions in which an id names a control: none, one, or both for CLD ids. */
export function editionsOf(id: string): Edition[] {
  const info = lookupControl(id);
  if (!info) return [];
  return info.edition === 'cloud' ? ['2013', '2022'] : [info.edition];
}

/**
 * The same control in the other edition, per ISO/IEC 27002:2022 Annex B.
 * Empty for a 2022 control that is new, and for an id not in `from`.
 */
export function counterparts(id: string, from: Edition): string[] {
  const info = lookupControl(id, from);
  if (!info) return [];
  if (info.edition === 'cloud') return [info.id];
  const found = from === '2013' ? MAP_2013_TO_2022[info.id] : MAP_2022_TO_2013.get(info.id);
  return [...(found ?? [])];
}

/** Every control of one edition (or the CLD set), in the standard's order. */
export function allControls(edition: ControlSource): readonly ControlInfo[] {
  return CONTROLS[edition];
}

const EXPECTED_CONTROLS: readonly ExpectedControl[] = EXPECTED.map((entry) => ({
  id: entry.id,
  title: BY_ID.get(entry.id)!.title,
  ids2022: counterparts(entry.id, '2013'),
  points: entry.points,
  keywords: entry.keywords,
}));

/** The 44 controls a provider's whitepaper should address, in ISO/IEC 27017 order, ids in 2013 numbering. */
export function expectedControls(): readonly ExpectedControl[] {
  return EXPECTED_CONTROLS;
}

/** How a whitepaper's silence on an expected control (2013 or CLD id) counts for a service model. */
export function expectedSeverity(id: string, model: ServiceModel): GapSeverity {
  const row = SEVERITY_PROFILES[normalizeControlId(id)];
  if (!row) throw new RangeError(`${id} is not an expected control`);
  return row[model];
}

// Characters people put between the parts of an id instead of a dot, Japanese input included.
const SEPARATORS = /[\s._\-‐‑–—−ー・,、/]+/g;

const LONGEST_ID = maxOf([...CONTROLS['2013'], ...CONTROLS['2022'], ...CONTROLS.cloud].map(({ id }) => id.length));

/**
 * Ids of `edition` (and CLD ids) closest to a mistyped one, best first, at most `max`.
 * Only the closest tier is offered, ordered by how many leading parts agree
 * ("12.3.2" → 12.3.1 before 12.4.2), then by how near the first differing number is
 * ("8.35" → 8.34 before 8.3).
 */
export function nearestControlIds(raw: string, edition: Edition, max = 3): string[] {
  const dotted = raw.normalize('NFKC').replace(SEPARATORS, '.').replace(/^\.|\.$/g, '');
  const wanted = normalizeControlId(dotted).toUpperCase();
  if (lookupControl(wanted, edition)) return [wanted];
  // "12.1.5" or "9.5.1" is a CLD control written without its prefix.
  if (CLOUD_IDS.has(`CLD.${wanted}`)) return [`CLD.${wanted}`];
  // Short ids tolerate one edit; longer ones a third of their length. So an id more than half again as long as the
  // longest real one is near none of them: no need to measure (a 100,000-character id took seconds).
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  if (wanted.length - limit > LONGEST_ID) return [];
  const scored = [...CONTROLS[edition], ...CONTROLS.cloud].map(({ id }) => ({ id, distance: editDistance(wanted, id) }));
  const best = minOf(scored.map((s) => s.distance));
  if (best > limit) return [];
  const parts = wanted.split('.');
  return scored
    .filter((s) => s.distance === best)
    .map(({ id }) => ({ id, ...closeness(parts, id.split('.')) }))
    .sort((a, b) => b.agree - a.agree || a.gap - b.gap)
    .slice(0, max)
    .map((s) => s.id);
}

/** How many leading parts two ids share, and how far apart numerically the first differing parts are. */
function closeness(parts: readonly string[], other: readonly string[]): { agree: number; gap: number } {
  let agree = 0;
  while (agree < parts.length && parts[agree] === other[agree]) agree++;
  const gap = Math.abs(Number(parts[agree]) - Number(other[agree]));
  return { agree, gap: Number.isNaN(gap) ? Infinity : gap };
}
