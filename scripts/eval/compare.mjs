// Before/after lines for two scorings (a saved `--json` output and this run):
// the figures a change report needs, group by group. Pure.
import { PROSE_RULES } from './score.mjs';

const fmt = (x) => (x === null || x === undefined ? ' -  ' : x.toFixed(2));
const arrow = (before, after) => `${fmt(before)} → ${fmt(after)}`;
const counts = (r) => `${r.tp}/${r.fp}/${r.fn}`;

export function compareLines(beforeGroups, afterGroups) {
  const lines = [];
  for (const [split, after] of Object.entries(afterGroups)) {
    const before = beforeGroups[split];
    const a = after.summary;
    if (!before) {
      if (a.documents === 0) continue;
      // A split added after the saved run (heldout2, heldout3): its figures, with nothing to compare.
      lines.push(`\n${split}: not in the saved output; now ${a.documents} documents`);
      lines.push(`  control recognition F1 ${fmt(a.controls.f1)}  (P ${fmt(a.controls.precision)}, R ${fmt(a.controls.recall)})`);
      lines.push(`  all prose rules       P ${fmt(a.prose.precision)}, R ${fmt(a.prose.recall)}  (TP/FP/FN ${counts(a.prose)})`);
      continue;
    }
    const b = before.summary;
    lines.push(`\n${split}: ${b.documents} → ${a.documents} documents${b.documents === a.documents ? '' : ' (different sets: compare with care)'}`);
    lines.push(`  control recognition F1 ${arrow(b.controls.f1, a.controls.f1)}  (P ${arrow(b.controls.precision, a.controls.precision)}, R ${arrow(b.controls.recall, a.controls.recall)})`);
    lines.push(`  all prose rules       P ${arrow(b.prose.precision, a.prose.precision)}, R ${arrow(b.prose.recall, a.prose.recall)}  (TP/FP/FN ${counts(b.prose)} → ${counts(a.prose)})`);
    for (const rule of PROSE_RULES) {
      const rb = b.rules[rule];
      const ra = a.rules[rule];
      if (!rb || !ra || rb.tp + rb.fp + rb.fn + ra.tp + ra.fp + ra.fn === 0) continue;
      lines.push(`  ${rule.padEnd(26)}  P ${arrow(rb.precision, ra.precision)}, R ${arrow(rb.recall, ra.recall)}  (${counts(rb)} → ${counts(ra)})`);
    }
    lines.push(`  import artifacts      ${b.artifacts.schemaFindings + b.artifacts.listItemSections} → ${a.artifacts.schemaFindings + a.artifacts.listItemSections}`);
    if (a.complete?.documents) lines.push(`  warnings on complete  ${b.complete?.warnings ?? '-'} → ${a.complete.warnings}`);
  }
  return lines;
}
