// "Fix all": every preferred fix that does not overlap one already taken, in
// document order. Shared by the editor's source.fixAll action and the CLI's
// --fix, so both change a file the same way.
import type { Finding, TextEdit } from './finding';
import { append, maxOf, minOf } from './arrays';

/** From groups of edits (one group per fix), those that can be applied together: no group starts inside text another changed. */
export function compatibleFixes(groups: readonly (readonly TextEdit[])[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  let end = -1;
  const startOf = (group: readonly TextEdit[]) => minOf(group.map((e) => e.start));
  for (const group of groups.filter((g) => g.length > 0).sort((a, b) => startOf(a) - startOf(b))) {
    if (startOf(group) < end) continue;
    append(chosen, group);
    end = maxOf(group.map((e) => e.end), end);
  }
  return chosen;
}

/** Applies non-overlapping edits; insertions at one point keep their order in `edits`, as LSP clients apply them. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  let result = text;
  for (const { edit } of order) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * Applies preferred fixes until none is left or the text stops changing:
 * fixes that overlapped in one pass are re-derived from the new text in the
 * next. `findings` analyses a text; it decides which findings count (a rule
 * turned off in .wp27017.yaml fixes nothing).
 */
export function fixText(text: string, findings: (text: string) => readonly Finding[], maxPasses = 10): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const groups = findings(current).flatMap((f) => (f.fixes ?? []).filter((fix) => fix.preferred).map((fix) => fix.edits));
    const edits = compatibleFixes(groups);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    const applied = new Set(edits);
    fixed += groups.filter((g) => g.every((e) => applied.has(e))).length;
    current = next;
  }
  return { text: current, fixed };
}
