import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { UNCHANGED, withEdit } from '../../../server/src/analyze/editedRange';

const change = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: fc.string({ maxLength: 5 }) });

test('after any changes, the text outside the edited range is the old text, moved by the change in length', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 0, maxLength: 40 }), fc.array(change, { maxLength: 6 }), (old, changes) => {
      let text = old;
      let range = UNCHANGED;
      for (const { at, remove, insert } of changes) {
        const from = Math.floor(at * text.length);
        const to = Math.min(text.length, from + remove);
        text = text.slice(0, from) + insert + text.slice(to);
        range = withEdit(range, from, to, insert.length);
      }
      assert.equal(text.length, old.length + range.delta);
      assert.ok(0 <= range.start && range.start <= range.end && range.end <= text.length);
      assert.equal(text.slice(0, range.start), old.slice(0, range.start));
      assert.equal(text.slice(range.end), old.slice(range.end - range.delta));
    }),
    { numRuns: 500, seed: 3 },
  );
});

test('nothing changed: every place is where it was', () => {
  assert.deepEqual(UNCHANGED, { start: 0, end: 0, delta: 0 });
  assert.deepEqual(withEdit(UNCHANGED, 5, 7, 1), { start: 5, end: 6, delta: -1 });
});
