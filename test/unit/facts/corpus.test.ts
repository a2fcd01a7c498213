// The reader over real whitepapers (read at run time from the shared corpus,
// never copied): it must not throw, and what it reports must be sane.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { read } from './read';

const CORPUS = join(__dirname, '../../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.txt')) : [];

for (const name of files) {
  test(`corpus ${name}: facts are sane`, () => {
    const facts = read(readFileSync(join(CORPUS, name), 'utf8'));
    for (const fact of facts) {
      if (fact.value !== undefined) assert.ok(Number.isFinite(fact.value) && fact.value > 0, `${fact.text}: a positive value`);
      // No whitepaper promises a period of more than a century: that would be a date read as a period.
      if (fact.kind === 'duration') assert.ok(fact.value! <= 36500, `${fact.text}: at most a century`);
      if (fact.kind === 'generations') assert.ok(fact.value! <= 1000, `${fact.text}: a plausible count`);
      if (fact.frequency) assert.ok(fact.frequency.every > 0, `${fact.text}: a positive interval`);
      assert.ok(fact.topic !== undefined, `${fact.text}: a topic`);
    }
  });
}

test('corpus is optional', { skip: files.length > 0 }, () => {});
