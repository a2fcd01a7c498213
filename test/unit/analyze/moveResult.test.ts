// Property: a cached part moved in place (its spans' offsets changed) reads as the part copied to the same place
// (`shiftPart`, new spans), for every segment of generated whitepapers and any distance; a span two fields share
// is moved once, and a frozen span (the builder's shared empty one) is replaced, never changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSegment } from '../../../server/src/analyze/analyzeSegment';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { movePart } from '../../../server/src/analyze/moveResult';
import { NO_SPAN } from '../../../server/src/model/buildModel';
import { shiftPart } from '../../../server/src/model/shiftModel';
import type { ModelPart, SectionModel } from '../../../server/src/model/whitepaper';
import { splitSegments } from '../../../server/src/parse/segments';
import { rulesFor } from '../../../server/src/rules';
import { compileValidators } from '../../../server/src/schema/validators';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../../scripts/generateWhitepaper.mjs';

const validators = compileValidators(WHITEPAPER.schema, WHITEPAPER.splitKey);
const rules = rulesFor('whitepaper');

function parts(seed: number): ModelPart[] {
  const text = (generateWhitepaper as (bytes: number, options: object) => string)(4000, { heavy: true, seed, lang: seed % 2 ? 'en' : 'ja' });
  return splitSegments(text, WHITEPAPER.splitKey).map((s) => analyzeSegment(text.slice(s.start, s.end), s.kind, validators, rules).part);
}

/** Each section and its head, where the builder gave both one object: they must still be one after the move. */
function sharedHeads(sections: readonly SectionModel[]): boolean[] {
  return sections.flatMap((s) => [s.head === s.span, ...sharedHeads(s.sections)]);
}

test('a part moved in place reads as a copy moved by the same distance', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: -5000, max: 5000 }), (seed, by) => {
      const moved = parts(seed);
      const reference = parts(seed).map((part) => shiftPart(part, by));
      moved.forEach((part, i) => {
        const shared = sharedHeads(part.sections);
        movePart(part, by);
        assert.deepEqual(part, reference[i]);
        assert.deepEqual(sharedHeads(part.sections), shared);
      });
    }),
    { numRuns: 40 },
  );
});

test("the builder's shared empty span is replaced, never changed; a span two fields share moves once", () => {
  const none = NO_SPAN;
  const key = { start: 10, end: 14 };
  const part: ModelPart = {
    entries: [],
    sections: [{ span: none, head: none, title: undefined, controls: [], body: undefined, facts: [{ key: 'k', value: undefined, keySpan: key, valueSpan: key }], prose: [], sections: [] } as unknown as SectionModel],
    notApplicable: [],
  };
  movePart(part, 7);
  const [section] = part.sections;
  assert.deepEqual(none, { start: 0, end: 0 });
  assert.deepEqual(section.span, { start: 7, end: 7 });
  assert.deepEqual(section.facts[0].keySpan, { start: 17, end: 21 });
  assert.equal(section.facts[0].valueSpan, section.facts[0].keySpan);
});
