// Work that grows with a document must grow linearly: each case is timed at
// two sizes (best of several runs) and fails only when the ratio looks
// quadratic twice in a row, so a busy machine does not fail it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../server/src/analyze/documentKind';
import { nearestControlIds } from '../../server/src/catalog';
import { pathAt } from '../../server/src/parse/pathAt';
import { classifyLines } from '../../server/src/read/classifyLines';
import { splitSegments } from '../../server/src/parse/segments';
import { renderMarkdown, type BodyNote } from '../../server/src/render/markdown';
import { VALID } from '../fixtures/minimal';
import { wp27017 } from '../helpers/cli';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER_EN } from '../fixtures/minimal';

/** Linear work grows 4 times from one size to the next; quadratic, 16 times. */
const FACTOR = 4;
const MAX_RATIO = 9;

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 0.05);
}

/** The growth ratio of `make(n)`'s work from n to FACTOR·n, measured twice; the smaller of the two. */
function growth(n: number, make: (n: number) => () => void): number {
  const small = make(n);
  const large = make(n * FACTOR);
  const ratios = [0, 1].map(() => bestOf(3, large) / bestOf(3, small));
  return Math.min(...ratios);
}

test('a top-level line of spaces: splitting into segments and finding the path under the cursor', () => {
  const line = (n: number) => `${VALID}x${' '.repeat(n)}y\n`;
  assert.ok(growth(25_000, (n) => { const text = line(n); return () => splitSegments(text, 'sections'); }) < MAX_RATIO);
  assert.ok(growth(25_000, (n) => { const text = line(n); return () => pathAt(text, text.length - 10, 'sections'); }) < MAX_RATIO);
});

test('a very long control id: analysis, with its suggestions', () => {
  const doc = (n: number) => `${HEADER_EN}sections:\n  - title: Backup\n    controls: ["${'1'.repeat(n)}"]\n    body: Backups run daily.\n`;
  assert.ok(growth(25_000, (n) => { const text = doc(n); return () => createAnalyzer(WHITEPAPER).analyze(text); }) < MAX_RATIO);
  assert.deepEqual(nearestControlIds('1'.repeat(100_000), '2013'), []);
});

test('docs pages joined into one text, each with its front matter, are read in linear time', () => {
  const pages = (n: number) =>
    ['Joined pages', ''].concat(...Array.from({ length: n }, (_, i) => ['---', `title: Page ${i}`, `weight: ${i}`, '---', '', `## Part ${i}`, '', 'Backups run daily.', '']));
  assert.ok(growth(1_000, (n) => { const lines = pages(n); return () => classifyLines(lines, 'markdown'); }) < MAX_RATIO);
});

test('review notes in a long body are placed in linear time', () => {
  const notes = (n: number): [string, BodyNote[]] => {
    const lines = Array.from({ length: n }, (_, i) => `Logs are kept for a certain period (${i}).`);
    return [lines.join('\n'), lines.map((_, i) => ({ line: i, phrase: 'a certain period', markAttributes: 'class="wp-mark"', note: `<div>${i}</div>` }))];
  };
  assert.ok(growth(2_000, (n) => { const [body, list] = notes(n); return () => renderMarkdown(body, (l) => l, list, 'image'); }) < MAX_RATIO);
});

test('render --review of 20,000 vague lines finishes: the first 1,000 findings placed, and one that counts the rest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp27017-vague-'));
  const body = Array.from({ length: 20_000 }, (_, i) => `      Logs are kept for a certain period (${i}).`).join('\n');
  writeFileSync(join(dir, 'vague.wp.yaml'), `${HEADER_EN}sections:\n  - title: Logging\n    controls: [12.4.1]\n    body: |\n${body}\n`);
  const result = wp27017(['render', 'vague.wp.yaml', '--review'], dir);
  assert.equal(result.code, 0, result.stderr);
  const html = readFileSync(join(dir, 'vague.html'), 'utf8');
  assert.match(html, /more findings are left out; this report shows the first 1000/);
  assert.ok((html.match(/<mark /g)?.length ?? 0) > 900, 'the vague phrases kept are marked where they stand');
});
