// The reviewer view: every finding once in the summary at the top and once
// where it applies (under a section heading, after the paragraph that holds
// its sentence, or with the document as a whole). Each carries its source
// position, so the preview can move the editor to it.
import type { Finding, Severity } from '../core/finding';
import { formatMessage, type Locale } from '../core/locale';
import { findingMessage } from '../core/messages';
import type { SectionModel } from '../model/whitepaper';
import { escapeHtml } from './escape';
import { REVIEW_LABELS } from './labels';
import type { SourceLines } from './sourceLines';
import { minOf } from '../core/arrays';

export interface NumberedFinding {
  readonly finding: Finding;
  /** The anchor of its inline note: `f-<n>`. */
  readonly anchor: string;
}

/** Attributes that let the preview move the editor to the finding. */
export function positionAttributes(finding: Finding, lines: SourceLines): string {
  const { line, character } = lines.position(finding.start);
  return `data-line="${line}" data-character="${character}" data-rule="${escapeHtml(finding.ruleId)}"`;
}

export function noteHtml(item: NumberedFinding, lines: SourceLines, locale: Locale): string {
  const { finding } = item;
  return (
    `<div class="wp-finding wp-note wp-sev-${finding.severity}" role="note" id="${item.anchor}" ${positionAttributes(finding, lines)}>` +
    `<span class="wp-sev-label">${escapeHtml(REVIEW_LABELS[finding.severity][locale])}</span> ` +
    `<code class="wp-rule">${escapeHtml(finding.ruleId)}</code> ` +
    `<span class="wp-message">${escapeHtml(findingMessage(finding, finding.ruleId, locale))}</span></div>`
  );
}

/** `where` names a finding's place when the source is not the YAML shown (a PDF's page and line); else its line. */
export function summaryHtml(items: readonly NumberedFinding[], lines: SourceLines, locale: Locale, where?: (offset: number) => string | undefined): string {
  const count = (severity: Severity) => items.filter((i) => i.finding.severity === severity).length;
  const heading = `<h2>${escapeHtml(REVIEW_LABELS.summary[locale])}</h2>`;
  if (items.length === 0) return `<section class="wp-review-summary">${heading}<p>${escapeHtml(REVIEW_LABELS.none[locale])}</p></section>`;
  const counts = formatMessage(REVIEW_LABELS.counts, locale, { errors: count('error'), warnings: count('warning'), infos: count('info') });
  const entry = (item: NumberedFinding) => {
    const { finding } = item;
    const place = where?.(finding.start) ?? formatMessage(REVIEW_LABELS.line, locale, { line: lines.line(finding.start) + 1 });
    return (
      `<li class="wp-sev-${finding.severity}"><a class="wp-finding-link" href="#${item.anchor}" ${positionAttributes(finding, lines)}>` +
      `<span class="wp-sev-label">${escapeHtml(REVIEW_LABELS[finding.severity][locale])}</span> ` +
      `${escapeHtml(findingMessage(finding, finding.ruleId, locale))} <span class="wp-where">(${escapeHtml(place)})</span></a></li>`
    );
  };
  // One group per rule, most severe first: forty missing controls should not bury one contradiction.
  const byRule = new Map<string, NumberedFinding[]>();
  for (const item of items) pushTo(byRule, item.finding.ruleId, item);
  const rank = (group: NumberedFinding[]) => minOf(group.map((i) => SEVERITY_RANK[i.finding.severity]));
  const groups = [...byRule].sort(([, a], [, b]) => rank(a) - rank(b)).map(([ruleId, group]) =>
    `<details class="wp-rule-group"${group.length <= OPEN_UP_TO || group.some((i) => i.finding.severity === 'error') ? ' open' : ''}><summary><code class="wp-rule">${escapeHtml(ruleId)}</code> (${group.length})</summary><ol>${group.map(entry).join('')}</ol></details>`,
  );
  return `<section class="wp-review-summary">${heading}<p>${escapeHtml(counts)}</p>${groups.join('')}</section>`;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** Larger groups start folded, unless they hold an error; a click opens them, and printing shows what is open. */
const OPEN_UP_TO = 5;

export interface Placement {
  /** Findings of the document as a whole (header fields, not_applicable, files with no sections). */
  readonly document: NumberedFinding[];
  readonly bySection: Map<SectionModel, NumberedFinding[]>;
  /** A missing control's finding belongs to its row of the coverage matrix, keyed by the row's id. */
  readonly byCoverageRow: Map<string, NumberedFinding[]>;
}

/** Adds to the list under `key`; thousands of findings under one rule or section must not copy the list each time. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The section of `sections` (in source order, not overlapping) whose span holds `offset`, by binary search. */
function sectionHolding(sections: readonly SectionModel[], offset: number): SectionModel | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const section = sections[mid]!;
    if (offset < section.span.start) hi = mid - 1;
    else if (offset >= section.span.end) lo = mid + 1;
    else return section;
  }
  return undefined;
}

/** Each finding goes to its coverage row when `rowOf` names one, else to the innermost section whose source holds its start. */
export function placeFindings(
  findings: readonly Finding[],
  sections: readonly SectionModel[],
  rowOf: (finding: Finding) => string | undefined,
): { items: NumberedFinding[]; placement: Placement } {
  const items = findings.map((finding, i) => ({ finding, anchor: `f-${i + 1}` }));
  const placement: Placement = { document: [], bySection: new Map(), byCoverageRow: new Map() };
  for (const item of items) {
    const row = rowOf(item.finding);
    if (row) {
      pushTo(placement.byCoverageRow, row, item);
      continue;
    }
    let owner: SectionModel | undefined;
    for (let next = sectionHolding(sections, item.finding.start); next; next = sectionHolding(next.sections, item.finding.start)) owner = next;
    if (owner) pushTo(placement.bySection, owner, item);
    else placement.document.push(item);
  }
  return { items, placement };
}
