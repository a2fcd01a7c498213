// Every regular expression the checker runs on document text, found by running
// it (analysis, review rendering, import, hover, completion) on documents with
// long lines, is run again on adversarial inputs of two sizes; a pattern whose
// time grows much faster than its input (backtracking: a line of 100,000
// spaces took seconds) fails the test. Times are compared as ratios, each the
// best of several runs, so a busy machine does not make the test flaky.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Script, createContext } from 'node:vm';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { CONFIG, WHITEPAPER } from '../../server/src/analyze/documentKind';
import { DEFAULT_CONFIG } from '../../server/src/config/config';
import { provideCompletion } from '../../server/src/features/completion';
import { provideHover } from '../../server/src/features/hover';
import { provideFactHover } from '../../server/src/features/factHover';
import { importWhitepaper } from '../../server/src/import/importWhitepaper';
import { renderAnalysis } from '../../server/src/render/renderAnalysis';
import { longLineWhitepaper, longPublishedText } from './documents';

const ROOT = join(__dirname, '..', '..');
/** Inputs at least this long reached the pattern: it reads document text whose length nothing bounds. */
const UNBOUNDED = 1000;
const SMALL = 1000;
const LARGE = 8000;
/** Linear growth gives a ratio near 8 between the sizes, quadratic near 64. */
const MAX_RATIO = 32;
/** Below this, a difference is noise, whatever the ratio. */
const MIN_MS = 5;

interface Seen {
  readonly pattern: RegExp;
  readonly where: string;
  maxLength: number;
}

function workload(): void {
  const files = [
    ...readdirSync(join(ROOT, 'examples')).map((f) => join(ROOT, 'examples', f)),
  ];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  texts.push(longLineWhitepaper(6000), longLineWhitepaper(6000, 'ja'));
  for (const text of texts) {
    const analysis = createAnalyzer(WHITEPAPER).analyze(text);
    renderAnalysis(analysis, DEFAULT_CONFIG, { locale: 'en', review: true, standalone: true, fallbackTitle: 'x', generator: 'test' });
    for (let offset = 0; offset < text.length; offset += Math.max(1, Math.floor(text.length / 40))) {
      provideHover(text, offset, WHITEPAPER, 'en');
      provideCompletion(text, offset, WHITEPAPER, 'ja');
      provideFactHover(analysis.model, offset, 'en');
    }
  }
  createAnalyzer(CONFIG).analyze(`locale: ja\nrules:\n  vague-period: ${'x'.repeat(3000)}\n`);
  const published = readdirSync(join(ROOT, 'test', 'fixtures', 'published')).map((f) => [f, readFileSync(join(ROOT, 'test', 'fixtures', 'published', f), 'utf8')]);
  published.push(['long.ja.txt', longPublishedText(6000, 'ja')], ['long.en.md', longPublishedText(6000, 'en')]);
  for (const [name, text] of published) {
    const imported = importWhitepaper(text, name);
    createAnalyzer(WHITEPAPER).analyze(imported.yaml);
  }
}

/** Runs the workload with RegExp.prototype.exec (which test, match, replace and split call) recording each pattern. */
function collectPatterns(): Seen[] {
  const seen = new Map<string, Seen>();
  const original = RegExp.prototype.exec;
  let recording = false;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    // Building a stack trace and reading it use regular expressions too.
    if (recording) return original.call(this, input);
    recording = true;
    try {
      record(this, String(input));
    } finally {
      recording = false;
    }
    return original.call(this, input);
  } as typeof original;
  function record(pattern: RegExp, input: string): void {
    const key = `/${pattern.source}/${pattern.flags}`;
    const known = seen.get(key);
    if (known) {
      if (input.length > known.maxLength) known.maxLength = input.length;
    } else {
      // The first frame with a file: the code that ran the pattern. A schema's `pattern` runs in code ajv compiled.
      const caller = new Error().stack?.split('\n').find((frame) => frame.includes(' at ') && !frame.includes('(<anonymous>)') && !frame.includes('regexLinearity')) ?? '';
      const where = caller.includes('eval at compileSchema') ? 'schema pattern' : /server[\\/]src[\\/][^:)]+:\d+/.exec(caller)?.[0];
      // A sticky pattern is tried at one place, as its caller does; any other, at every start.
      seen.set(key, { pattern: new RegExp(pattern.source, pattern.flags.replace('g', '')), where: where ?? '', maxLength: input.length });
    }
  }
  try {
    workload();
  } finally {
    RegExp.prototype.exec = original;
  }
  return [...seen.values()].filter((s) => s.where !== '' && s.maxLength >= UNBOUNDED);
}

/** Strings that make a backtracking pattern work hardest: runs of one or two of its own characters, then a mismatch. */
function adversarialInputs(pattern: RegExp): ((n: number) => string)[] {
  const own = [...new Set(pattern.source.replace(/\\[dDsSwWbBnrtu]|\\u[0-9a-fA-F]{4}|\\/g, '').replace(/[()[\]{}*+?|^$.]/g, ''))].slice(0, 16);
  const generic = [' ', '\t', 'a', 'A', '1', '.', '-', ':', '\n', '日', '、', '#', '０'];
  const singles = [...new Set([...own, ...generic])];
  const makers: ((n: number) => string)[] = [];
  for (const c of singles) {
    makers.push((n) => c.repeat(n), (n) => `a${c.repeat(n)}\u0001`);
  }
  const pairs = own.slice(0, 8).flatMap((a) => generic.slice(0, 8).map((b) => a + b));
  for (const p of pairs) makers.push((n) => `${p.repeat(n / 2)}\u0001`);
  makers.push((n) => 'for a certain period '.repeat(n / 21), (n) => '１２３年'.repeat(n / 4), (n) => 'a: b '.repeat(n / 5));
  return makers;
}

// exec finds the first match (or tries every start); split and a global replace go over every match.
const context = createContext({ pattern: /x/, global: /x/g, input: '' });
const once = new Script('pattern.lastIndex = 0; pattern.exec(input); if (!pattern.sticky) { input.split(pattern); global.lastIndex = 0; input.replace(global, ""); }');

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return global;
}

/** Best of `runs` times of one pass; a pattern that runs away is stopped, and counts as infinitely slow. */
function timeOf(pattern: RegExp, input: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    context.pattern = pattern;
    context.global = globalOf(pattern);
    context.input = input;
    const start = performance.now();
    try {
      once.runInContext(context, { timeout: 3000 });
    } catch {
      return Infinity;
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** How a pattern's time grows on the worst of its adversarial inputs: undefined when linear. */
function superlinear(pattern: RegExp): string | undefined {
  for (const make of adversarialInputs(pattern)) {
    const large = timeOf(pattern, make(LARGE), 1);
    if (large < MIN_MS) continue;
    // A suspect: measure three sizes, best of several runs each, and judge by growth at both steps: a pause of the
    // machine may spoil one measurement, hardly two ratios.
    const small = Math.max(timeOf(pattern, make(SMALL), 5), 0.02);
    const confirmed = timeOf(pattern, make(LARGE), 3);
    if (confirmed < MIN_MS || confirmed / small <= MAX_RATIO) continue;
    // Four times the input: linear work takes 4 to 6 times as long (caches fill up), quadratic 16 times.
    const larger = timeOf(pattern, make(4 * LARGE), 2);
    if (larger / confirmed > 9) return `${JSON.stringify(make(12))}… ${SMALL} chars ${small.toFixed(2)} ms, ${LARGE} ${confirmed.toFixed(2)} ms, ${4 * LARGE} ${larger.toFixed(2)} ms`;
  }
  return undefined;
}

/**
 * A pause of a loaded machine can spoil every measurement of one judgement (seven linear patterns were flagged at a
 * load of 15); a pattern that backtracks is judged superlinear every time, a pause hardly three times running.
 */
function superlinearEveryTime(pattern: RegExp): string | undefined {
  let growth: string | undefined;
  for (let i = 0; i < 3; i++) {
    growth = superlinear(pattern);
    if (!growth) return undefined;
  }
  return growth;
}

test('the check flags a pattern known to backtrack: the top-level key pattern that took seconds on a line of spaces', () => {
  assert.ok(superlinearEveryTime(/([^\s#'"[\]{},&*!|>%@`?:-][^\n:#]*?)[ \t]*:(?=[ \t]|\r?\n|$)/));
  assert.equal(superlinear(/[ \t]+$/y), undefined, 'a sticky pattern is tried where its caller tries it');
});

test('no regular expression on document text grows faster than linearly with its input', () => {
  const patterns = collectPatterns();
  assert.ok(patterns.length >= 20, `found ${patterns.length} patterns reading unbounded text; the workload no longer reaches them`);
  const slow: string[] = [];
  let cases = 0;
  for (const { pattern, where } of patterns) {
    cases += adversarialInputs(pattern).length;
    const growth = superlinearEveryTime(pattern);
    if (growth) slow.push(`${where} /${pattern.source}/: ${growth}`);
  }
  console.log(`regex linearity: ${patterns.length} patterns on document text, ${cases} adversarial inputs at ${SMALL} and ${LARGE} characters`);
  assert.deepEqual(slow, []);
});
