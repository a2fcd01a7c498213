#!/usr/bin/env node
// Learns, per expected control, the weights of the words of the sections that answer it, from the annotated corpus, and
// writes them as server/src/catalog/learntControlWords.ts (the learnt path of recognition, import/learntControls.ts).
//
//   node scripts/learnControlWords.mjs            fit on every present text that is not blind, write the catalog
//   node scripts/learnControlWords.mjs --cv       cross-validate by provider instead, and print the table
//   --folds N (5)  --fresh (re-import the texts)  --hold SPLIT[,SPLIT] (with --cv: also train without each and score it)
//   --threshold P  a fixed threshold instead of the inner cross-validation's (five times faster, to screen a change)
//   --min-providers N (3)  how many providers' sections a word must occur in to be learnt
//   --without SPLIT  write a catalog learnt without SPLIT, to score that split through the real importer as unseen
//
// Each text is imported once with this tree's own importer (scripts/learnt/sectionsOf.ts, cached in the temporary
// folder): its sections, their words, the controls the other paths give them. A section is a positive of a control
// where the annotation's controlLines overlap it (controlsPartial too: the section speaks of it); a control whose lines
// overlap more than WIDE sections labels none of them (a range over the whole text says nothing of which section);
// a control the document answers with no lines is unknown for its sections. Words must occur in sections of
// MIN_PROVIDERS providers to be learnt at all: a word of one provider's house style is not the control's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { expectedControlIds, loadAnnotations, locateCorpus, textPath } from './eval/annotations.mjs';
import { fitLogistic } from './learnt/logistic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: { cv: { type: 'boolean' }, fewer: { type: 'boolean' }, folds: { type: 'string', default: '5' }, fresh: { type: 'boolean' }, hold: { type: 'string' }, without: { type: 'string' }, threshold: { type: 'string' }, 'min-providers': { type: 'string', default: '3' } },
});

const BLIND = new Set(['heldout41']);
const WIDE = 3;
const MIN_PROVIDERS = Number(options['min-providers']);
const LAMBDA = 3;
const KEPT = 300;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

const { featuresOf } = await tsImport('../server/src/import/sectionFeatures.ts', import.meta.url);
const expected = expectedControlIds(ROOT);

function sections() {
  // One cache per worktree: two trees' importers differ, and a cache written by the other would be read as this one's.
  const cache = join(tmpdir(), `wp27017-learnt-sections-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}.json`);
  if (existsSync(cache) && !options.fresh) return JSON.parse(readFileSync(cache, 'utf8'));
  const annotationsDir = join(ROOT, 'eval', 'annotations');
  const { annotations } = loadAnnotations(annotationsDir, expected);
  const corpus = locateCorpus(ROOT);
  const inputs = [];
  for (const a of annotations) {
    if (BLIND.has(a.split)) continue;
    const path = textPath(a, { root: ROOT, annotationsDir, corpusDir: corpus.dir });
    if (path) inputs.push({ id: a.id, provider: a.provider, split: a.split, lang: a.lang, path, controls: a.controls ?? [], partial: a.controlsPartial ?? [], controlLines: a.controlLines ?? {}, cut: a.cut === true });
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'learnt', 'sectionsOf.ts')], { input: JSON.stringify(inputs), maxBuffer: 1 << 30, cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error('sectionsOf.ts failed');
  const docs = JSON.parse(run.stdout.toString('utf8'));
  const cut = new Map(inputs.map((i) => [i.id, i.cut]));
  for (const doc of docs) doc.cut = cut.get(doc.id);
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

// A provider is one group of the cross-validation however its name is spelled ("Datica", "Datica Inc."); the fixtures,
// written by one hand with a few made-up provider names, are one provider, so a name of theirs is never a learnt word.
const providerOf = (doc) => (doc.split === 'fixtures' ? 'fixtures' : (doc.provider.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(/\s+/).find(Boolean) ?? doc.provider));

function prepare(docs) {
  for (const doc of docs) {
    const spread = new Map();
    for (const s of doc.sections) for (const c of [...s.gold, ...s.partial]) spread.set(c, (spread.get(c) ?? 0) + 1);
    for (const s of doc.sections) {
      s.features = featuresOf(s.title, s.bodyText, s.parent);
      s.wide = new Set([...s.gold, ...s.partial].filter((c) => spread.get(c) > WIDE));
    }
  }
}

const label = (s, c) => (s.wide.has(c) || s.unknown.includes(c) ? null : s.gold.includes(c) || s.partial.includes(c) ? 1 : 0);

function train(docs) {
  const providers = new Map();
  for (const doc of docs) for (const s of doc.sections) for (const t of s.features.keys()) (providers.get(t) ?? providers.set(t, new Set()).get(t)).add(providerOf(doc));
  const vocabulary = [...providers].filter(([, p]) => p.size >= MIN_PROVIDERS).map(([t]) => t).sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const all = docs.flatMap((doc) => doc.sections);
  const rows = all.map((s) => {
    const idx = [];
    const val = [];
    for (const [t, v] of s.features) if (index.has(t)) (idx.push(index.get(t)), val.push(v));
    return [Int32Array.from(idx), Float64Array.from(val)];
  });
  const model = [];
  for (const c of [...expected].sort()) {
    const keep = [];
    const y = [];
    all.forEach((s, i) => {
      const l = label(s, c);
      if (l !== null) (keep.push(rows[i]), y.push(l));
    });
    if (y.filter((l) => l === 1).length < 5) continue;
    const { weights, bias } = fitLogistic(keep, y, vocabulary.length, { lambda: LAMBDA });
    const order = [...weights.keys()].filter((j) => Math.abs(weights[j]) >= 1e-3).sort((a, b) => Math.abs(weights[b]) - Math.abs(weights[a]) || a - b).slice(0, KEPT);
    model.push({ id: c, bias, words: new Map(order.map((j) => [vocabulary[j], weights[j]])) });
  }
  return model;
}

/** Per section, per control: the probability the learnt weights give it. */
function scoreSections(doc, model) {
  return doc.sections.map((s) =>
    model.map(({ id, bias, words }) => {
      let z = bias;
      for (const [t, v] of s.features) z += (words.get(t) ?? 0) * v;
      return [id, 1 / (1 + Math.exp(-z))];
    }),
  );
}

function recognised(doc, scored, threshold) {
  const found = new Set(doc.current.filter((c) => expected.has(c)));
  doc.sections.forEach((s, i) => {
    for (const [id, p] of scored[i]) if (p >= threshold && !s.current.includes(id)) found.add(id);
  });
  return found;
}

/** TP/FP/FN as the scorer counts them (scripts/eval/score.mjs scoreControls): partial controls neutral, a cut text misses nothing. */
function tally(pairs) {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const [doc, found] of pairs) {
    const gold = new Set(doc.controls);
    const partial = new Set(doc.partial);
    for (const c of found) if (gold.has(c)) t.tp++;
    else if (!partial.has(c)) t.fp++;
    if (!doc.cut) for (const c of gold) if (!found.has(c)) t.fn++;
  }
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  return { ...t, p: Number(p.toFixed(3)), f1: Number(((2 * p * r) / (p + r)).toFixed(4)) };
}

/** Folds over providers: the held-out fold's providers are never seen in training. */
function folds(docs, k) {
  const providers = [...new Set(docs.filter((d) => d.split !== 'fixtures').map(providerOf))].sort();
  // A fixed shuffle, so the folds are the same every run.
  let seed = 27;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  for (let i = providers.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [providers[i], providers[j]] = [providers[j], providers[i]];
  }
  const fold = new Map(providers.map((p, i) => [p, i % k]));
  return (doc) => (doc.split === 'fixtures' ? -1 : fold.get(providerOf(doc)));
}

/** The threshold that scores best over the given documents' out-of-fold predictions. */
function bestThreshold(docs, k) {
  if (options.threshold) return Number(options.threshold);
  const foldOf = folds(docs, k);
  const scored = [];
  for (let f = 0; f < k; f++) {
    const model = train(docs.filter((d) => foldOf(d) !== f));
    for (const doc of docs.filter((d) => foldOf(d) === f)) scored.push([doc, scoreSections(doc, model)]);
  }
  let best = THRESHOLDS[0];
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    const { f1 } = tally(scored.map(([doc, s]) => [doc, recognised(doc, s, t)]));
    if (f1 > bestF1) (best = t), (bestF1 = f1);
  }
  return best;
}

const docs = sections();
prepare(docs);
const k = Number(options.folds);

if (options.cv) {
  const foldOf = folds(docs, k);
  const base = [];
  const learnt = [];
  for (let f = 0; f < k; f++) {
    const training = docs.filter((d) => foldOf(d) !== f);
    const threshold = bestThreshold(training, k - 1);
    const model = train(training);
    const test = docs.filter((d) => foldOf(d) === f);
    const pairsBase = test.map((doc) => [doc, new Set(doc.current.filter((c) => expected.has(c)))]);
    const pairsLearnt = test.map((doc) => [doc, recognised(doc, scoreSections(doc, model), threshold)]);
    console.log(`fold ${f}: ${test.length} texts, threshold ${threshold}: current`, tally(pairsBase), 'current + learnt', tally(pairsLearnt));
    base.push(...pairsBase);
    learnt.push(...pairsLearnt);
  }
  console.log('cross-validated by provider: current', tally(base), 'current + learnt', tally(learnt));
  for (const hold of options.hold?.split(',') ?? []) {
    const training = docs.filter((d) => d.split !== hold);
    const threshold = bestThreshold(training, k);
    const model = train(training);
    const test = docs.filter((d) => d.split === hold);
    console.log(`${hold}, trained without it (threshold ${threshold}): current`, tally(test.map((doc) => [doc, new Set(doc.current.filter((c) => expected.has(c)))])), 'current + learnt', tally(test.map((doc) => [doc, recognised(doc, scoreSections(doc, model), threshold)])));
  }
} else {
  const used = options.without ? docs.filter((d) => d.split !== options.without) : docs;
  // A machine that lacks most of the texts the catalog was learnt from (the pages corpus's texts are no longer
  // rebuilt, eval/README) would write a poorer catalog over the better one without a word.
  const catalog = join(ROOT, 'server', 'src', 'catalog', 'learntControlWords.ts');
  const before = Number(/annotated corpus \((\d+) texts/.exec(readFileSync(catalog, 'utf8'))?.[1] ?? 0);
  if (used.length < before * 0.9 && !options.fewer) {
    console.error(`learnControlWords: ${used.length} texts here, the catalog was learnt from ${before}; not written (--fewer writes it anyway).`);
    process.exit(1);
  }
  const threshold = bestThreshold(used, k);
  const model = train(used);
  const round = (x) => Number(x.toFixed(3));
  const entries = model.map(({ id, bias, words }) => `  { id: '${id}', bias: ${round(bias)}, words: {${[...words].filter(([, w]) => round(w) !== 0).map(([t, w]) => `${JSON.stringify(t)}:${round(w)}`).join(',')}} },`);
  const out = `// Generated by scripts/learnControlWords.mjs from the annotated corpus (${used.length} texts${options.without ? `, ${options.without} left out` : ''}): do not edit, run it again.
// Per expected control, the weights of a logistic regression over a section's words (body words saturated by count and
// length, heading words as "h:" + word, the parent heading's as "p:" + word) and its bias; the ${KEPT} largest weights
// of each control are kept. Words only.
export const LEARNT_THRESHOLD = ${threshold};

interface LearntControl {
  readonly id: string;
  readonly bias: number;
  readonly words: ReadonlyMap<string, number>;
}

const WEIGHTS: readonly { id: string; bias: number; words: Record<string, number> }[] = [
${entries.join('\n')}
];

export const LEARNT_CONTROL_WORDS: readonly LearntControl[] = WEIGHTS.map(({ id, bias, words }) => ({ id, bias, words: new Map(Object.entries(words)) }));
`;
  writeFileSync(join(ROOT, 'server', 'src', 'catalog', 'learntControlWords.ts'), out);
  console.log(`wrote server/src/catalog/learntControlWords.ts: ${model.length} controls, threshold ${threshold}`);
}
