import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOfCounts, opensWithSubjectVerb, providerNames, subjectNameCounts } from '../../../server/src/facts/providerNames';
import { createAnalyzer, type Analysis } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { splitSegments } from '../../../server/src/parse/segments';
import { HEADER_EN } from '../../fixtures/minimal';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../../scripts/generateWhitepaper.mjs';

/** The names of a text counted segment by segment, as `vague-period` counts them. */
function namesBySegment(text: string): string[] {
  const segments = splitSegments(text, 'sections');
  const texts = segments.map(({ start, end }) => text.slice(start, end));
  if (texts.some((segment, i) => i > 0 && opensWithSubjectVerb(segment))) return providerNames(text);
  return namesOfCounts(texts.map(subjectNameCounts));
}

test('names counted per segment and summed are the names of the whole text, in the order of their first use', () => {
  const section = (title: string, body: string) => `  - title: ${title}\n    body: |\n      ${body}\n`;
  const text =
    `${HEADER_EN}sections:\n` +
    section('One', 'Zephyr maintains logs. Acme uses keys. Acme keeps records.') +
    section('Two', 'Zephyr will notify. Zephyr stores data. Acme monitors.\n      Acme has staff. Zephyr does backups.') +
    section('Three', 'Acme retains logs. Zephyr deletes data. The Customer is responsible.');
  assert.deepEqual(providerNames(text), ['Zephyr', 'Acme']);
  assert.deepEqual(namesBySegment(text), ['Zephyr', 'Acme']);
  for (const lang of ['en', 'ja'] as const) {
    const generated: string = generateWhitepaper(100e3, { lang, heavy: true, seed: 3 });
    assert.deepEqual(namesBySegment(generated), providerNames(generated));
  }
});

test('a segment that opens with a verb may complete a name that ends the segment before', () => {
  // "Acme" ends a line and the next segment, a stray line at the margin, opens with "maintains": one match across both.
  const text = `${HEADER_EN}note: Acme\nmaintains logs\n`;
  const segments = splitSegments(text, 'sections').map(({ start, end }) => text.slice(start, end));
  assert.ok(segments.some((segment, i) => i > 0 && opensWithSubjectVerb(segment)));
  assert.equal(opensWithSubjectVerb('maintainsx logs'), false);
  assert.deepEqual(subjectNameCounts('The Service is up. Acme is here.'), new Map([['Acme', 1]]));
});

test("a name given a fifth time in another section changes who a vague notice is owed by, on a warm analyzer too", () => {
  const text = (mentions: number) =>
    `${HEADER_EN}sections:\n  - title: About\n    body: |\n      ${['Northwind maintains the service.', 'Northwind provides support.', 'Northwind operates backups.', 'Northwind monitors logs.', 'Northwind keeps records.'].slice(0, mentions).join(' ')}\n` +
    '  - title: Indemnification\n    controls: [16.1.2]\n    body: |\n      Give Northwind prompt written notice of any security incident.\n';
  const vague = (analysis: Analysis) => analysis.findings.filter((f) => f.ruleId === 'vague-period').map((f) => `${f.start}-${f.end}`);
  const warm = createAnalyzer(WHITEPAPER);
  for (const mentions of [4, 5, 4]) {
    const incremental = vague(warm.analyze(text(mentions)));
    assert.deepEqual(incremental, vague(createAnalyzer(WHITEPAPER).analyze(text(mentions))));
    assert.equal(incremental.length, mentions === 5 ? 0 : 1);
  }
});
