// Property: whenever the segments of an edited text are taken from those of the text before the edit, they are
// what splitting the edited text gives. Edits land anywhere (indentation, item marks, keys, line ends, CR LF pairs)
// and insert or remove line breaks, item marks and keys, as a user types, pastes or deletes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSegments } from '../../../server/src/parse/segments';
import { segmentsAfterEdit } from '../../../server/src/parse/segmentsAfterEdit';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../../scripts/generateWhitepaper.mjs';
import { VALID } from '../../fixtures/minimal';

const generate = generateWhitepaper as (bytes: number, options: object) => string;
const STARTS = [
  VALID,
  VALID.replace(/\n/g, '\r\n'),
  // Lone CRs (old Mac files) read as LF, as the analyzer reads them.
  VALID.replace(/\n/g, '\r'),
  generate(4000, { heavy: true, seed: 5 }),
  generate(3000, { lang: 'en', seed: 6 }),
  'sections:\n- title: A\n  body: x\n- title: B\n  body: y\n',
  '# comment\nwhitepaper: 1\nsections:\n  - title: A\n    body: |\n      - not an item\n      text\n',
];

const FRAGMENTS = ['a', '日', ' ', '  ', '\n', '\r\n', '\r', '- ', '-', ':', ': ', 'x:', '#', '"', "'", '---', '...', '%', '?', '\t', '\n  - title: New\n', '\nkey: v\n'];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  // Half of them typed in a line's second half, where prose is.
  inProse: fc.boolean(),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })),
});

/** As the analyzer reads a text: a lone CR is a line feed. */
const withLineFeeds = (text: string) => text.replace(/\r(?!\n)/g, '\n');

test('segments taken from before an edit are those of the edited text', () => {
  let taken = 0;
  fc.assert(
    fc.property(fc.constantFrom(...STARTS), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let source = start;
      let segments = splitSegments(withLineFeeds(source), 'sections');
      for (const { at, inProse, remove, insert } of edits) {
        const before = withLineFeeds(source);
        let from = Math.floor(at * source.length);
        if (inProse) {
          const lineEnd = source.indexOf('\n', from) === -1 ? source.length : source.indexOf('\n', from);
          from = Math.floor((from + lineEnd) / 2);
        }
        const to = Math.min(source.length, from + remove);
        source = source.slice(0, from) + insert + source.slice(to);
        const text = withLineFeeds(source);
        const expected = splitSegments(text, 'sections');
        const edited = { start: from, end: from + insert.length, delta: insert.length - (to - from) };
        const found = segmentsAfterEdit(text, segments, edited, (i) => before.slice(segments[i].start, segments[i].end));
        if (found) {
          taken++;
          assert.deepEqual(found.segments, expected);
        }
        segments = expected;
      }
    }),
    { numRuns: 2000, seed: 11 },
  );
  // Most random edits land in prose, past the indentation: the property is not vacuous.
  assert.ok(taken > 500, `only ${taken} edits were taken from before`);
});

test('typing in a section body moves the segments after it and grows its own', () => {
  const text = 'whitepaper: 1\nsections:\n  - title: A\n    body: abc\n  - title: B\n    body: def\n';
  const segments = splitSegments(text, 'sections');
  const at = text.indexOf('abc') + 1;
  const edited = text.slice(0, at) + 'XY' + text.slice(at);
  const found = segmentsAfterEdit(edited, segments, { start: at, end: at + 2, delta: 2 }, (i) => text.slice(segments[i].start, segments[i].end));
  assert.deepEqual(found?.segments, splitSegments(edited, 'sections'));
  assert.equal(found?.edited, segments.findIndex((s) => s.start <= at && at < s.end));
  assert.equal(found?.segments[0], segments[0]);
});

test('an edit at an item mark, a key or across a line break splits anew', () => {
  const text = 'whitepaper: 1\nsections:\n  - title: A\n    body: abc\n';
  const segments = splitSegments(text, 'sections');
  const oldText = (i: number) => text.slice(segments[i].start, segments[i].end);
  const dash = text.indexOf('- title');
  assert.equal(segmentsAfterEdit(text.slice(0, dash + 1) + 'x' + text.slice(dash + 1), segments, { start: dash + 1, end: dash + 2, delta: 1 }, oldText), undefined);
  assert.equal(segmentsAfterEdit('w' + text, segments, { start: 0, end: 1, delta: 1 }, oldText), undefined);
  const body = text.indexOf('abc');
  assert.equal(segmentsAfterEdit(text.slice(0, body) + '\n' + text.slice(body), segments, { start: body, end: body + 1, delta: 1 }, oldText), undefined);
});
