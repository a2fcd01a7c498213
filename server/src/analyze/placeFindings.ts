// A segment's findings stay relative to its start, where the segment made
// them, and are never moved. An analysis places them in the document only to
// order them and to report the first MAX_FINDINGS: an edit costs what it
// touches, not one move per finding after it, and a finding that stays where
// it was is the same object as in the last report (lsp/diagnostics.ts
// recognises it in O(1)).
import type { WorkspaceConfig } from '../config/config';
import type { Finding, Severity } from '../core/finding';
import { shiftFinding, withRelated } from '../core/finding';
import { applySuppressions, findSuppressions, MARKER } from '../core/suppressions';
import type { SourceText } from '../core/sourceText';
import { capFindings, findingsLeftOut, MAX_FINDINGS, withLeftOut, worseOf } from '../rules/analysis-incomplete';
import unusedSuppression from '../rules/unused-suppression';
import { toFinding } from './analyzeSegment';
import { isQuick, placedAs } from './quickFindings';

/** One segment's findings, sorted by position (sortedTogether), relative to `base`, where the segment starts. */
export interface SegmentFindings {
  readonly list: readonly Finding[];
  readonly base: number;
  /** Kept with the list while it stands (the segment's sorted record): its count past the cap, without a lookup per segment per keystroke. */
  readonly tally?: Tallied;
}

/** What a list of findings adds to those left out under one configuration's rules. */
export interface LeftOutCount {
  readonly rules: WorkspaceConfig['rules'];
  readonly count: number;
  /** Of `count`, the quick findings (quickFindings.ts). */
  readonly quick: number;
  readonly severity: Severity;
}

export interface Tallied {
  leftOut?: LeftOutCount;
  ends?: ListEnds;
}

/**
 * Where a sorted list's first and last findings start and end, relative to its base: what `inOrder` compares for every
 * segment on every edit, read from the findings once per list (reading them, of many shapes, was a megamorphic load
 * each time).
 */
export interface ListEnds {
  readonly firstStart: number;
  readonly firstEnd: number;
  readonly lastStart: number;
  readonly lastEnd: number;
}

function endsOf(list: readonly Finding[]): ListEnds {
  const first = list[0];
  const last = list[list.length - 1];
  return { firstStart: first.start, firstEnd: first.end, lastStart: last.start, lastEnd: last.end };
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/** `lists` (each relative to one place) as one list sorted by position, kept while the same lists are given. */
export function sortedTogether(lists: readonly (readonly Finding[])[], last?: { readonly lists: readonly (readonly Finding[])[]; readonly list: readonly Finding[] }): readonly Finding[] {
  if (last && last.lists.length === lists.length && last.lists.every((list, i) => list === lists[i])) return last.list;
  if (lists.length === 1 && lists[0].every((f, i, all) => i === 0 || byPosition(all[i - 1], f) <= 0)) return lists[0];
  const list: Finding[] = [];
  for (const one of lists) for (const finding of one) list.push(finding);
  return list.sort(byPosition);
}

const anchored = (finding: Finding) => finding.related !== undefined && finding.related.some((r) => r.of !== undefined);

/** Related places where their objects are now, without the objects (a report holds positions only). */
function withRelatedPlaced(finding: Finding): Finding {
  const related = finding.related!.map((r) => {
    if (r.of === undefined) return r;
    const { start, end } = r.of.span;
    return r.data === undefined ? { start, end, messageId: r.messageId } : { start, end, messageId: r.messageId, data: r.data };
  });
  return withRelated(finding, related);
}

/** Whether `placed`'s related places are still where `finding`'s objects are. */
function relatedStill(placed: Finding, finding: Finding): boolean {
  const related = finding.related!;
  return related.every((r, i) => r.of === undefined || (placed.related![i].start === r.of.span.start && placed.related![i].end === r.of.span.end));
}

/** Places findings at a base, giving the same object again while a finding and the places it relates to stay put. */
export class FindingPlacer {
  #placed = new WeakMap<Finding, { base: number; finding: Finding }>();

  place(finding: Finding, base: number): Finding {
    const anchors = anchored(finding);
    if (base === 0 && !anchors) return finding;
    const known = this.#placed.get(finding);
    if (known?.base === base && (!anchors || relatedStill(known.finding, finding))) return known.finding;
    const shifted = shiftFinding(finding, base);
    const placed = anchors ? withRelatedPlaced(shifted) : shifted;
    placedAs(finding, placed);
    this.#placed.set(finding, { base, finding: placed });
    return placed;
  }
}

/**
 * The document's report: segments' findings (in document order) and the document's own (absolute), sorted by
 * position as a stable sort of the two would (a segment's first at one place), suppressions applied, rules turned
 * off left out, capped at MAX_FINDINGS quick findings (a segment's parse and schema check's) and MAX_FINDINGS others
 * (capFindings): an open's first report shows the quick ones, and no later finding of a rule takes one back.
 */
export function placeFindings(text: SourceText, segments: readonly SegmentFindings[], own: Finding[], config: WorkspaceConfig, placer: FindingPlacer): readonly Finding[] {
  own.sort(byPosition);
  // Most texts hold no suppression comment: the pieces are searched for one, and the text is joined only when one is there.
  if ((text.includes(MARKER) && findSuppressions(text.toString()).length > 0) || !inOrder(segments)) return everyFinding(text.toString(), segments, own, config, placer);
  const report: Finding[] = [];
  let quickKept = 0;
  let othersKept = 0;
  let left = 0;
  let leftAt = 0;
  let severity: Severity = 'info';
  const take = (finding: Finding, base: number) => {
    if (config.rules[finding.ruleId] === 'off') return;
    const quick = isQuick(finding);
    if (quick ? quickKept < MAX_FINDINGS : othersKept < MAX_FINDINGS) {
      report.push(placer.place(finding, base));
      if (quick) quickKept++;
      else othersKept++;
    } else {
      if (left === 0) leftAt = finding.start + base;
      left++;
      severity = worseOf(severity, finding.severity);
    }
  };
  let next = 0;
  // Indexed loops here and in inOrder: they run over every segment on every edit.
  for (let i = 0; i < segments.length; i++) {
    const { list, base, tally } = segments[i];
    if (left > 0 && othersKept >= MAX_FINDINGS) {
      // Past the first one left out, a segment with no quick finding still to show is only counted, and so are the
      // document's own (below).
      const counted = leftOut(list, config.rules, tally);
      if (counted.quick === 0 || quickKept >= MAX_FINDINGS) {
        left += counted.count;
        severity = worseOf(severity, counted.severity);
        continue;
      }
    }
    for (let j = 0; j < list.length; j++) {
      const finding = list[j];
      const start = finding.start + base;
      const end = finding.end + base;
      while (next < own.length && (own[next].start < start || (own[next].start === start && own[next].end < end))) take(own[next++], 0);
      take(finding, base);
    }
  }
  while (next < own.length) take(own[next++], 0);
  if (left > 0) withLeftOut(report, findingsLeftOut(left, severity, leftAt));
  return report;
}

/** What a list of findings adds to those left out, under one configuration's rules; kept per list, which an edit elsewhere leaves as it was. */
const leftOutCounts = new WeakMap<readonly Finding[], LeftOutCount>();

function leftOut(list: readonly Finding[], rules: WorkspaceConfig['rules'], tally: Tallied | undefined): LeftOutCount {
  const known = tally ? tally.leftOut : leftOutCounts.get(list);
  if (known?.rules === rules) return known;
  let count = 0;
  let quick = 0;
  let severity: Severity = 'info';
  for (let j = 0; j < list.length; j++) {
    if (rules[list[j].ruleId] === 'off') continue;
    count++;
    if (isQuick(list[j])) quick++;
    severity = worseOf(severity, list[j].severity);
  }
  const counted = { rules, count, quick, severity };
  if (tally) tally.leftOut = counted;
  else leftOutCounts.set(list, counted);
  return counted;
}

/**
 * Whether the segments' findings, one segment after the other, are in order: a finding never reaches past its
 * segment's next. Each list is sorted, so only where one list meets the next needs comparing.
 */
function inOrder(segments: readonly SegmentFindings[]): boolean {
  let start = -1;
  let end = -1;
  for (let i = 0; i < segments.length; i++) {
    const { list, base, tally } = segments[i];
    if (list.length === 0) continue;
    const ends = tally === undefined ? endsOf(list) : (tally.ends ??= endsOf(list));
    const s = ends.firstStart + base;
    const e = ends.firstEnd + base;
    if (s < start || (s === start && e < end)) return false;
    start = ends.lastStart + base;
    end = ends.lastEnd + base;
  }
  return true;
}

/** Every finding placed, for suppressions, which need each finding's line (and report those that suppress nothing). */
function everyFinding(text: string, segments: readonly SegmentFindings[], own: readonly Finding[], config: WorkspaceConfig, placer: FindingPlacer): readonly Finding[] {
  const findings: Finding[] = [];
  for (const { list, base } of segments) for (const finding of list) findings.push(placer.place(finding, base));
  for (const finding of own) findings.push(finding);
  const { kept, unused } = applySuppressions(text, findings);
  for (const suppression of unused) {
    const lineStart = text.lastIndexOf('\n', suppression.start - 1) + 1;
    const lineEnd = text.indexOf('\n', suppression.end);
    const wholeLine = text.slice(lineStart, suppression.start).trim() === '';
    // A comment on its own line goes with its line break; a trailing one leaves the code before it.
    const removal = wholeLine ? { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1 } : { start: text.lastIndexOf('#', suppression.start), end: suppression.end };
    kept.push(
      toFinding(unusedSuppression, {
        ...suppression,
        messageId: 'unused',
        data: { rules: suppression.rules.join(', ') },
        fixes: [{ messageId: 'remove', edits: [{ ...removal, text: '' }], preferred: true }],
      }),
    );
  }
  kept.sort(byPosition);
  // Findings of a rule turned off would never be seen; they must not take the places of those that will.
  return capFindings(kept.filter((f) => config.rules[f.ruleId] !== 'off'), MAX_FINDINGS, isQuick);
}
