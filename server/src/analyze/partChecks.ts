// Runs a rule's part checks (Rule.checkParts) over the placed segments: a
// segment whose inputs are those of the last analysis keeps its findings
// (relative to the segment, like its own); the others are checked again.
import { shiftFinding, type Finding } from '../core/finding';
import type { ModelPart, WhitepaperModel } from '../model/whitepaper';
import type { DocumentContext, Rule } from '../rules/rule';
import { toFinding, type SegmentResult } from './analyzeSegment';

export interface PlacedPart {
  readonly result: SegmentResult;
  readonly part: ModelPart;
  readonly at: number;
  /** The second place of a text that occurs twice: its part is a copy, its findings are not kept. */
  readonly copy: boolean;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The rule's findings for each placed part, relative to the part's segment, given to `found` with the part's index
 * when there are any; `parts` are the placed parts' models. `slot` is the rule's place among the rules an analyzer
 * asks part by part: what a segment keeps for it (SegmentResult.kept) is an array read, not a lookup by id, for every
 * segment and rule on every edit.
 */
export function partFindings(rule: Rule, slot: number, document: WhitepaperModel, placed: readonly PlacedPart[], parts: readonly ModelPart[], context: DocumentContext, found: (index: number, findings: readonly Finding[]) => void): void {
  const check = rule.checkParts!(document, context, parts, (i) => placed[i].at);
  for (let i = 0; i < placed.length; i++) {
    const { result, part, at, copy } = placed[i];
    const inputs = check.inputs(part, at, i);
    let kept = copy ? undefined : result.kept?.[slot];
    if (!kept || !same(kept.inputs, inputs)) {
      const findings: Finding[] = [];
      check.check(part, (report) => findings.push(shiftFinding(toFinding(rule, report), -at)), document.text, i);
      // A copy: the rule may write its next part's inputs in the same array (PartCheck.inputs).
      kept = { inputs: inputs.slice(), findings };
      if (!copy) (result.kept ??= [])[slot] = kept;
    }
    if (kept.findings.length > 0) found(i, kept.findings);
  }
}
