// Shared by the fact tests: read a text and check the invariants every fact
// must keep (its text is exactly its range, inside its sentence), so each
// test only states what it is about.
import assert from 'node:assert/strict';
import { extractFacts, type Fact } from '../../../server/src/facts';

type Subject = Parameters<typeof extractFacts>[1];

export function read(text: string, subject?: Subject): Fact[] {
  const facts = extractFacts(text, subject);
  let previous = -1;
  for (const fact of facts) {
    assert.equal(fact.text, text.slice(fact.start, fact.end), 'text is exactly the range');
    assert.ok(fact.start < fact.end, 'a fact is never empty');
    assert.ok(fact.start >= previous, 'facts come in order');
    assert.ok(fact.sentence.start <= fact.start && fact.end <= fact.sentence.end, `"${fact.text}" lies inside its sentence`);
    previous = fact.start;
  }
  return facts;
}

/** The one fact whose text is `phrase`, checked to sit exactly where `phrase` first occurs in `text`. */
export function fact(text: string, phrase: string, subject?: Subject): Fact {
  const found = read(text, subject).filter((f) => f.text === phrase);
  assert.equal(found.length, 1, `one fact reads "${phrase}" in "${text}"; got ${JSON.stringify(read(text, subject).map((f) => f.text))}`);
  assert.equal(found[0].start, text.indexOf(phrase), `"${phrase}" starts where it occurs`);
  assert.equal(found[0].end, text.indexOf(phrase) + phrase.length);
  return found[0];
}

/** Compact "kind:text=value@topic/logKind" lines, for tests about several facts at once. */
export function summary(text: string, subject?: Subject): string[] {
  return read(text, subject).map((f) => {
    const value = f.value === undefined ? '' : `=${Math.round(f.value * 1000) / 1000}`;
    return `${f.kind}:${f.text}${value}@${f.topic}${f.logKind ? `/${f.logKind}` : ''}${f.inferred ? ' (inferred)' : ''}`;
  });
}

/** Only the kinds and texts: for tests that something is, or is not, read at all. */
export function texts(text: string): string[] {
  return read(text).map((f) => `${f.kind}:${f.text}`);
}
