// "Fix all": every preferred fix that does not overlap one already taken, in
// document order. Shared by the editor's source.fixAll action and the CLI's
// --fix, so both change a file the same way.
import type { TextEdit } from './finding';

/** From groups of edits (one group per fix), those that can be applied together: no group starts inside text another changed. */
export function compatibleFixes(groups: readonly (readonly TextEdit[])[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  let end = -1;
  const startOf = (group: readonly TextEdit[]) => Math.min(...group.map((e) => e.start));
  for (const group of groups.filter((g) => g.length > 0).sort((a, b) => startOf(a) - startOf(b))) {
    if (startOf(group) < end) continue;
    chosen.push(...group);
    end = Math.max(end, ...group.map((e) => e.end));
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
