// Every pattern that writes the word gap `\s{1,3}` where it could be a loop goes through wordGaps (core/wordGaps.ts):
// a pattern written without it compiles its gaps unrolled, which cost a cold analysis nearly half its instructions
// (docs/benchmark.md, eighteenth session), and nothing else would tell. Two checks: every regular expression literal
// in server/src is read from the source; every pattern a module builds with `new RegExp`, when it loads and while the
// warm-up texts are analysed, is noted as it is built. Each must have been given to wordGaps, or have no gap to loop.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { loopWordGaps } from '../../server/src/core/wordGaps';
import { GAPS_AT_BUILD } from '../../server/src/core/wordGapsBuilt';
import type * as Analyzer from '../../server/src/analyze/analyzer';
import type * as DocumentKind from '../../server/src/analyze/documentKind';
import type * as WarmUp from '../../server/src/lsp/warmUpText';

const ROOT = join(__dirname, '..', '..');
const GAP = String.raw`\s{1,3}`;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
const files = sources(join(ROOT, 'server', 'src')).filter((path) => !path.endsWith(join('core', 'wordGaps.ts')));
const loopable = (source: string) => source.includes(GAP) && loopWordGaps(source) !== source;

/** What wordGaps is given: it asks the build's table first (empty here) for every pattern. */
const given = new Set<string>();
(GAPS_AT_BUILD as Map<string, readonly number[]>).get = (source: string) => {
  given.add(source);
  return undefined;
};

/** The patterns built with `new RegExp` (or `RegExp(…)`) from here on, each with where it was built. */
const built: { source: string; where: string }[] = [];
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args, newTarget) {
    const made = Reflect.construct(target, args, newTarget) as RegExp;
    built.push({ source: made.source, where: new Error().stack?.split('\n').find((line) => line.includes('server/src') || line.includes('server\\src')) ?? '' });
    return made;
  },
});

async function loadAndWarmUp(): Promise<void> {
  try {
    for (const path of files) if (readFileSync(path, 'utf8').includes(GAP)) await import(path);
    // Loaded only now, with the patterns they build noted (a static import would load them first).
    const { createAnalyzer } = (await import(join(ROOT, 'server', 'src', 'analyze', 'analyzer.ts'))) as typeof Analyzer;
    const { WHITEPAPER } = (await import(join(ROOT, 'server', 'src', 'analyze', 'documentKind.ts'))) as typeof DocumentKind;
    const { WARM_UP_TEXTS } = (await import(join(ROOT, 'server', 'src', 'lsp', 'warmUpText.ts'))) as typeof WarmUp;
    for (const text of WARM_UP_TEXTS) createAnalyzer(WHITEPAPER).analyze(text);
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
}

test('every pattern built with a word gap that could be a loop was given to wordGaps', async () => {
  await loadAndWarmUp();
  assert.ok(given.size > 100, `wordGaps saw ${given.size} patterns`);
  const looped = new Set([...given].map(loopWordGaps));
  // A pattern wordGaps built from one it was given has its gaps looped already.
  const missed = built.filter(({ source }) => loopable(source) && !given.has(source) && !looped.has(source)).map(({ source, where }) => `${where.trim()}: ${source.slice(0, 80)}`);
  assert.deepEqual(missed, []);
});

test('every regular expression literal with a word gap that could be a loop is given to wordGaps as it is written', () => {
  const missed: string[] = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes(GAP)) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const source = node.text.slice(1, node.text.lastIndexOf('/'));
        const call = node.parent;
        const throughWordGaps = ts.isCallExpression(call) && call.arguments[0] === node && ts.isIdentifier(call.expression) && call.expression.text === 'wordGaps';
        if (loopable(source) && !throughWordGaps) missed.push(`${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  assert.deepEqual(missed, []);
});

test('the checks see a pattern that skips wordGaps', () => {
  assert.ok(loopable(String.raw`\bkept\s{1,3}for\b`));
  assert.ok(!loopable(String.raw`\bkept\s+(?<!\s{4})for\b`));
  assert.ok(!loopable(String.raw`(?:\s|^)\s{1,3}for\b`));
});
