import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loopWordGaps, wordGaps } from '../../../server/src/core/wordGaps';

test('a gap after what never ends in a space becomes a loop', () => {
  const looped = String.raw`\s+(?<!\s{4})`;
  for (const [written, expected] of [
    [String.raw`for\s{1,3}a\s{1,3}while`, `for${looped}a${looped}while`],
    [String.raw`後\s{1,3}x`, `後${looped}x`],
    [String.raw`customers?\s{1,3}x`, `customers?${looped}x`],
    [String.raw`(?:you|users?)\s{1,3}x`, `(?:you|users?)${looped}x`],
    [String.raw`[,;:]\s{1,3}x`, `[,;:]${looped}x`],
    [String.raw`[\w-]+\s{1,3}x`, String.raw`[\w-]+` + `${looped}x`],
    [String.raw`a{2}\s{1,3}x`, `a{2}${looped}x`],
    [String.raw`\bnot\b\s{1,3}x`, String.raw`\bnot\b` + `${looped}x`],
    [String.raw`(?<=\bkeep\s{1,3})x`, String.raw`(?<=\bkeep` + `${looped})x`],
    [String.raw`a(?:b)?\s{1,3}x`, `a(?:b)?${looped}x`],
  ]) {
    assert.equal(loopWordGaps(written), expected, written);
  }
});

test('a gap after what may be a space, or nothing, stays as written', () => {
  for (const kept of [
    String.raw`s?\s{1,3}x`,
    String.raw`(?:a|\s)\s{1,3}x`,
    String.raw`(?:a|)\s{1,3}x`,
    String.raw`[^.]\s{1,3}x`,
    String.raw`[ -~]\s{1,3}x`,
    String.raw`.\s{1,3}x`,
    String.raw`\W\s{1,3}x`,
    String.raw`\D\s{1,3}x`,
    String.raw`(?:a\s?)\s{1,3}x`,
    String.raw`a\s{1,3}?x`,
    String.raw`(?<=\s{1,3})x`,
    String.raw`\u3000\s{1,3}x`,
    String.raw`\b\s{1,3}x`,
    String.raw`\u200a\s{1,3}x`,
    String.raw`\x0b\s{1,3}x`,
    String.raw`\p{L}\s{1,3}x`,
    String.raw`\cJ\s{1,3}x`,
    String.raw`\s{1,3}x`,
    String.raw`[a\s{1,3}]`,
  ]) {
    assert.equal(loopWordGaps(kept), kept, kept);
  }
  const plain = /no gap here/i;
  assert.equal(wordGaps(plain), plain);
});

test('a pattern with its gaps as loops keeps its flags', () => {
  const looped = wordGaps(/for\s{1,3}a/gi);
  assert.equal(looped.flags, 'gi');
  assert.equal(looped.source, String.raw`for\s+(?<!\s{4})a`);
});

// Every match (where, what, which groups) of the pattern as written and with its gaps as loops, over texts of letters
// and runs of whitespace of every length: forward, optional, repeated, captured, after a letter that may be a space's
// neighbour, inside lookbehinds and lookaheads, with and without the i and u flags.
const PATTERNS = [
  String.raw`a\s{1,3}b`,
  String.raw`\ba\s{1,3}(b|\s)`,
  String.raw`a\s{1,3}\s?b`,
  String.raw`a\s{1,3}(?:b\s{1,3})?c?`,
  String.raw`(?:a\s{1,3}){1,2}b`,
  String.raw`(?:[ab]+\s{1,3}){0,2}?c`,
  String.raw`(?<=a\s{1,3})b`,
  String.raw`(?<=\ba\s{1,3}(?:b\s{1,3})?)c`,
  String.raw`(?<!a\s{1,3})b`,
  String.raw`(?<=(a\s{1,3}|b))c`,
  String.raw`c(?=\s{0,2}a\s{1,3}b)`,
  String.raw`(a)\s{1,3}(b\s{1,3})?(\w+)`,
  String.raw`a\s{1,3}$`,
  String.raw`^\W{0,3}a\s{1,3}b`,
  String.raw`あ\s{1,3}い`,
  String.raw`b?\s{1,3}c`,
  String.raw`(?:ab?|c)\s{1,3}a`,
  String.raw`[a-c]{0,2}b\s{1,3}(?:a|b\s{1,3}c)`,
  String.raw`(?<=(?:a|bc?)\b\s{1,3})a`,
  String.raw`(?<!(?:b|\s)\s{1,3})a`,
  String.raw`(?:[ab.]\s{1,3})+c`,
  String.raw`(?=a\s{1,3})a\s{1,3}b`,
];
const TEXT = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'あ', 'い', ' ', ' ', '\n', '\t', '\u3000', '.'), maxLength: 30 });

function allMatches(pattern: RegExp, text: string): unknown[] {
  return [...text.matchAll(pattern)].map((m) => [m.index, [...m]]);
}

test('the same matches, groups and places as the pattern as written', () => {
  for (const source of PATTERNS) {
    for (const flags of ['g', 'gi', 'gu']) {
      const written = new RegExp(source, flags);
      const looped = wordGaps(written);
      fc.assert(
        fc.property(TEXT, (text) => {
          assert.deepEqual(allMatches(looped, text), allMatches(written, text), `${source} /${flags} on ${JSON.stringify(text)}`);
        }),
        { numRuns: 400 },
      );
    }
  }
});
