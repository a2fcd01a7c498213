// Reads and checks the evaluation annotations (eval/annotations/*.json), and
// finds each annotated document's text: fixtures in the repository, the rest
// in the external corpus folder (third-party text never enters the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { PROSE_RULES } from './score.mjs';

// Splits nobody tunes on are named `heldout`, `heldout2`, `heldout3`, ...: each
// later one was collected and annotated before a session's tuning, so its figure
// is one on documents no tuning has seen. Their per-document errors stay hidden
// unless asked; a new one needs no change here.
export const isHeldOut = (split) => typeof split === 'string' && /^heldout\d*$/.test(split);
export const isSplit = (split) => split === 'tune' || split === 'fixtures' || isHeldOut(split);
const splitRank = (split) => (split === 'tune' ? -1 : split === 'fixtures' ? Infinity : Number(split.slice('heldout'.length) || 1));

/** The splits in report order (tune, heldout, heldout2, ..., fixtures): the usual ones and any other held-out split the annotations use. */
export function splitsOf(annotations = []) {
  const found = new Set(['tune', 'heldout', 'heldout2', 'fixtures']);
  for (const a of annotations) if (isSplit(a.split)) found.add(a.split);
  return [...found].sort((a, b) => splitRank(a) - splitRank(b));
}
export const SPLITS_HELP = 'tune, heldout, heldout2, heldout3 (any heldoutN), fixtures';

/** The 44 expected control ids, read from the catalog source so the list never drifts. */
export function expectedControlIds(root) {
  const source = readFileSync(join(root, 'server', 'src', 'catalog', 'expected.ts'), 'utf8');
  return new Set([...source.matchAll(/^ {4}id: '([^']+)'/gm)].map((m) => m[1]));
}

/** Problems with one annotation, as sentences (empty when it is well formed). */
export function annotationProblems(annotation, file, expectedIds) {
  const problems = [];
  const say = (text) => problems.push(`${file}: ${text}`);
  for (const key of ['id', 'provider', 'lang', 'split', 'source']) if (annotation[key] === undefined) say(`"${key}" is missing`);
  if (annotation.split !== undefined && !isSplit(annotation.split)) say(`split "${annotation.split}" is not one of ${SPLITS_HELP}`);
  for (const list of ['controls', 'controlsPartial']) {
    for (const id of annotation[list] ?? []) if (!expectedIds.has(id)) say(`${list}: "${id}" is not one of the 44 expected controls (2013 ids)`);
  }
  for (const [rule, gaps] of Object.entries(annotation.gaps ?? {})) {
    if (!PROSE_RULES.includes(rule)) say(`gaps: "${rule}" is not a scored prose rule`);
    if (!Array.isArray(gaps)) say(`gaps.${rule} must be a list (empty when the rule should stay silent)`);
    else for (const gap of gaps) {
      const ranges = gap.at ?? [gap.lines];
      if (!ranges.every((r) => Array.isArray(r) && r.length >= 1 && r.every(Number.isInteger))) say(`gaps.${rule}: each gap needs "lines": [from, to] or "at": [[from, to], ...]`);
    }
  }
  return problems;
}

export function loadAnnotations(dir, expectedIds) {
  const annotations = [];
  const problems = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let annotation;
    try {
      annotation = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON (${error.message})`);
      continue;
    }
    const found = annotationProblems(annotation, name, expectedIds);
    problems.push(...found);
    if (found.length === 0) annotations.push(annotation);
  }
  return { annotations, problems };
}

/**
 * Where the external corpus is: --corpus, then WP27017_EVAL_CORPUS, then an
 * `eval-corpus` folder beside the repository or beside its parent (a git
 * worktree one level down). Returns the folder, or null and where it looked.
 */
export function locateCorpus(root, explicit) {
  const candidates = explicit
    ? [resolve(explicit)]
    : process.env.WP27017_EVAL_CORPUS
      ? [resolve(process.env.WP27017_EVAL_CORPUS)]
      : [resolve(root, '..', 'eval-corpus'), resolve(root, '..', '..', 'eval-corpus')];
  const dir = candidates.find((c) => existsSync(c)) ?? null;
  return { dir, searched: candidates, how: explicit ? '--corpus' : process.env.WP27017_EVAL_CORPUS ? 'WP27017_EVAL_CORPUS' : 'default' };
}

// The three reference whitepapers may also be read where the team keeps them.
const sharedCorpusDirs = (root) =>
  [process.env.WP27017_SHARED_CORPUS, resolve(root, '..', 'shared', 'corpus'), resolve(root, '..', '..', 'shared', 'corpus')].filter(Boolean);

/** The path of an annotated document's text, or null when it is not on this machine. */
export function textPath(annotation, { root, annotationsDir, corpusDir }) {
  if (annotation.split === 'fixtures') {
    const file = annotation.source?.file ?? `fixtures/${annotation.id}.txt`;
    const path = isAbsolute(file) ? file : resolve(annotationsDir, '..', file);
    return existsSync(path) ? path : null;
  }
  if (corpusDir) {
    for (const ext of ['.txt', '.md']) {
      const path = join(corpusDir, `${annotation.id}${ext}`);
      if (existsSync(path)) return path;
    }
  }
  if (annotation.source?.corpus === 'shared' && annotation.source.file) {
    for (const dir of sharedCorpusDirs(root)) {
      const path = join(dir, annotation.source.file);
      if (existsSync(path)) return path;
    }
  }
  return null;
}
