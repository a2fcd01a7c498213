// A document rule asks what it reads from every section through the document's index: after an edit, only the
// sections the edit touched are read again, and every answer is the one a read of that section gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { keptIndex } from '../../../server/src/model/keptIndex';
import { following } from '../../../server/src/model/previousModel';
import { allSections } from '../../../server/src/model/sectionsFor';
import type { SectionModel, WhitepaperModel } from '../../../server/src/model/whitepaper';
import { HEADER_EN } from '../../fixtures/minimal';

const section = (n: number) => `  - title: ${n} Part\n    body: Body ${n}.\n    sections:\n      - title: ${n}.1 Step\n        body: Step ${n}.\n`;
const TEXT = `${HEADER_EN}sections:\n${[1, 2, 3, 4, 5].map(section).join('')}`;

function counted() {
  const read: SectionModel[] = [];
  const index = keptIndex((s: SectionModel) => {
    read.push(s);
    return `${s.title}|${s.body}`;
  });
  return { index, read };
}

const everyValue = (index: ReturnType<typeof counted>['index'], model: WhitepaperModel) => {
  const at = index.in(model);
  return allSections(model).map((_, i) => at(i));
};
const expected = (model: WhitepaperModel) => allSections(model).map((s) => `${s.title}|${s.body}`);

/** The model of `text` after `edited`, analysed by the analyzer that read `TEXT`, with the index asked while it follows. */
function edit(edited: string, at: number, inserted: number) {
  const analyzer = createAnalyzer(WHITEPAPER);
  const first = analyzer.analyze(TEXT).model;
  const { index, read } = counted();
  assert.deepEqual(everyValue(index, first), expected(first));
  read.length = 0;
  const next = analyzer.analyze(edited, undefined, { start: at, end: at + inserted, delta: inserted }).model;
  const values = following(next, first, () => everyValue(index, next));
  return { values, next, read };
}

test('a keystroke in one body reads that section and its subsections again, no other', () => {
  const at = TEXT.indexOf('Body 3.') + 4;
  const { values, next, read } = edit(`${TEXT.slice(0, at)}x${TEXT.slice(at)}`, at, 1);
  assert.deepEqual(values, expected(next));
  assert.deepEqual(
    read.map((s) => s.title),
    ['3 Part', '3.1 Step'],
  );
});

test('a section added reads the new one, and the others keep their answers', () => {
  const at = TEXT.indexOf('  - title: 4 Part');
  const { values, next, read } = edit(`${TEXT.slice(0, at)}${section(9)}${TEXT.slice(at)}`, at, section(9).length);
  assert.deepEqual(values, expected(next));
  assert.deepEqual(
    read.map((s) => s.title),
    ['9 Part', '9.1 Step'],
  );
});

test('a section is read when first asked for', () => {
  const model = createAnalyzer(WHITEPAPER).analyze(TEXT).model;
  const { index, read } = counted();
  assert.equal(index.in(model)(2), '2 Part|Body 2.');
  assert.equal(read.length, 1);
});
