// Gates for the prose rules, chosen by cross-validation over providers. Reads
// the table findingTable.mts writes (one finding or missed gap a line) and, per
// rule, tries each gate "stay silent when <feature> is <value>" (and pairs of
// them): on each fold of providers the gate that best lifts F1 on the other
// folds is chosen (none unless it lifts F1 by --margin) and scored on the fold.
// A gate only removes findings, so it can turn TPs into FNs and remove FPs.
//
//   node scripts/eval/findingGates.mjs table.jsonl [--folds 5] [--margin 0.02] [--pairs] [--test-split heldout30]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const FOLDS = Number(option('--folds', 5));
const MARGIN = Number(option('--margin', 0.02));
const PAIRS = args.includes('--pairs');
const TEST_SPLIT = option('--test-split');
const rows = readFileSync(args[0], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r) => r.split !== 'fixtures');

const FEATURES = ['ownControl', 'docOwnControl', 'onHeading', 'commitment', 'providerCommits', 'customerDuty', 'question', 'listItem', 'checkbox', 'sectionControlless'];
const featureOf = (r, f) => (f === 'sectionControlless' ? r.sectionControls.length === 0 : r[f]);
const singles = [
  ...FEATURES.flatMap((f) => [true, false].map((v) => ({ name: `${f}=${v}`, test: (r) => featureOf(r, f) === v }))),
  ...[...new Set(rows.map((r) => r.kind))].map((k) => ({ name: `kind=${k}`, test: (r) => r.kind === k })),
  ...['ja', 'en'].map((l) => ({ name: `lang=${l}`, test: (r) => r.lang === l })),
];
const gates = PAIRS
  ? [...singles, ...singles.flatMap((a, i) => singles.slice(i + 1).map((b) => ({ name: `${a.name}&${b.name}`, test: (r) => a.test(r) && b.test(r) })))]
  : singles;

/** TP/FP/FN of a rule's rows when the gate silences the findings it matches. */
function score(list, gate) {
  const hit = new Map();
  let fp = 0;
  const gaps = new Set();
  for (const r of list) {
    const key = `${r.id}#${r.gap}`;
    if (r.verdict === 'FN') {
      gaps.add(key);
      continue;
    }
    if (r.verdict === 'TP') gaps.add(key);
    if (gate && gate.test(r)) continue;
    if (r.verdict === 'FP') fp += 1;
    else if (r.verdict === 'TP') hit.set(key, true);
  }
  const tp = hit.size;
  return { tp, fp, fn: gaps.size - tp };
}
const f1 = ({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const show = ({ tp, fp, fn }) => `${tp}/${fp}/${fn} P ${(tp + fp ? tp / (tp + fp) : 0).toFixed(2)} R ${(tp + fn ? tp / (tp + fn) : 0).toFixed(2)}`;

function best(list) {
  const base = f1(score(list));
  let chosen = null;
  let top = base + MARGIN;
  for (const gate of gates) {
    const s = f1(score(list, gate));
    if (s > top) {
      top = s;
      chosen = gate;
    }
  }
  return chosen;
}

const hash = (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const foldOf = (provider) => hash(provider) % FOLDS;

for (const rule of [...new Set(rows.map((r) => r.rule))].sort()) {
  const all = rows.filter((r) => r.rule === rule);
  const train = TEST_SPLIT ? all.filter((r) => r.split !== TEST_SPLIT) : all;
  let before = { tp: 0, fp: 0, fn: 0 };
  let after = { tp: 0, fp: 0, fn: 0 };
  const picks = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = train.filter((r) => foldOf(r.provider) === k);
    const rest = train.filter((r) => foldOf(r.provider) !== k);
    const gate = best(rest);
    picks.push(gate?.name ?? '-');
    before = add(before, score(held));
    after = add(after, score(held, gate));
  }
  const whole = best(train);
  const line = [`${rule.padEnd(26)} CV ${show(before)} -> ${show(after)}`, `  folds: ${picks.join(' | ')}`, `  on all: ${whole?.name ?? '-'} ${show(score(train))} -> ${show(score(train, whole))}`];
  if (TEST_SPLIT) {
    const test = all.filter((r) => r.split === TEST_SPLIT);
    line.push(`  ${TEST_SPLIT}: ${show(score(test))} -> ${show(score(test, whole))}`);
  }
  console.log(line.join('\n'));
}
