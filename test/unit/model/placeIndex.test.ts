// A document rule asks what it read from each item of a list (a segment's part, a top-level section) by the item's
// place: after an edit, the items the edit left keep their answers, wherever the list's length changed, and only
// new items are read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { keptByPart, keptByTop } from '../../../server/src/model/placeIndex';
import { following } from '../../../server/src/model/previousModel';
import { EMPTY_PART, type ModelPart, type WhitepaperModel } from '../../../server/src/model/whitepaper';
import { HEADER_EN } from '../../fixtures/minimal';

const part = (): ModelPart => ({ ...EMPTY_PART });
const model = (): WhitepaperModel => ({ text: '', data: {}, entries: [], sections: [], notApplicable: [] });

/** An index over parts that records which parts it read, each read answering the part's number in `names`. */
function counted(names: Map<ModelPart, string>) {
  const read: string[] = [];
  const index = keptByPart((p: ModelPart) => {
    read.push(names.get(p)!);
    return names.get(p)!;
  });
  return { index, read };
}

/** Asks every place of `list` in `document`, following `before` when given. */
function ask(index: ReturnType<typeof counted>['index'], document: WhitepaperModel, list: readonly ModelPart[], before?: WhitepaperModel): string[] {
  const every = () => {
    const at = index.in(document, undefined, list);
    return list.map((_, i) => at(i));
  };
  return before ? following(document, before, every) : every();
}

test('a part edited in place is read again, the others keep their answers', () => {
  const [a, b, c, b2] = [part(), part(), part(), part()];
  const names = new Map([[a, 'a'], [b, 'b'], [c, 'c'], [b2, 'b2']]);
  const { index, read } = counted(names);
  const first = model();
  assert.deepEqual(ask(index, first, [a, b, c]), ['a', 'b', 'c']);
  read.length = 0;
  const second = model();
  assert.deepEqual(ask(index, second, [a, b2, c], first), ['a', 'b2', 'c']);
  assert.deepEqual(read, ['b2']);
});

test('a part added or removed shifts the places after it: their answers follow them', () => {
  const [a, b, c, d] = [part(), part(), part(), part()];
  const names = new Map([[a, 'a'], [b, 'b'], [c, 'c'], [d, 'd']]);
  const { index, read } = counted(names);
  const first = model();
  ask(index, first, [a, b, c]);
  read.length = 0;
  const added = model();
  assert.deepEqual(ask(index, added, [a, d, b, c], first), ['a', 'd', 'b', 'c']);
  assert.deepEqual(read, ['d']);
  read.length = 0;
  const removed = model();
  assert.deepEqual(ask(index, removed, [a, c], added), ['a', 'c']);
  assert.deepEqual(read, []);
});

test('parts moved between the unchanged head and tail are asked by the part, not by their old place', () => {
  const [a, b, c, d] = [part(), part(), part(), part()];
  const names = new Map([[a, 'a'], [b, 'b'], [c, 'c'], [d, 'd']]);
  const { index } = counted(names);
  const first = model();
  ask(index, first, [a, b, c, d]);
  assert.deepEqual(ask(index, model(), [a, c, b, d], first), ['a', 'c', 'b', 'd']);
});

test('the top-level sections a keystroke left keep their answers; the edited one is read again', () => {
  const section = (n: number) => `  - title: ${n} Part\n    body: Body ${n}.\n    sections:\n      - title: ${n}.1 Step\n        body: Step ${n}.\n`;
  const text = `${HEADER_EN}sections:\n${[1, 2, 3].map(section).join('')}`;
  const read: string[] = [];
  const index = keptByTop((top) => {
    read.push(top.title!);
    return `${top.title}|${top.sections.length}`;
  });
  const analyzer = createAnalyzer(WHITEPAPER);
  const first = analyzer.analyze(text).model;
  const every = (document: WhitepaperModel) => {
    const at = index.in(document);
    return document.sections.map((_, i) => at(i));
  };
  every(first);
  read.length = 0;
  const at = text.indexOf('Body 2.') + 4;
  const next = analyzer.analyze(`${text.slice(0, at)}x${text.slice(at)}`, undefined, { start: at, end: at + 1, delta: 1 }).model;
  assert.deepEqual(following(next, first, () => every(next)), ['1 Part|1', '2 Part|1', '3 Part|1']);
  assert.deepEqual(read, ['2 Part']);
});
