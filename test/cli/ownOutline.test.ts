// `wp27017 import` of documents that number their own outline (an RFC 3647 certificate policy, a numbered technical
// specification): a chapter number that coincides with a control id ("9.1.2 Certificate access fees", "5.2
// セッションセキュリティ") is the outline's, and no control is read from it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

interface Section { title: string; controls?: string[]; sections?: Section[] }
const all = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...all(s.sections ?? [])]);

for (const [name, heading] of [
  ['fx-en-own-outline-numbers.txt', '9.1.2 Certificate access fees'],
  ['fx-ja-own-outline-numbers.txt', '5.2 セッションセキュリティ'],
] as const) {
  test(`import: ${name} reads "${heading}" as its own chapter, no control`, () => {
    const imported = wp27017(['import', name], FIXTURES);
    assert.equal(imported.code, 0, imported.stderr);
    const sections = all(parse(imported.stdout).sections as Section[]);
    assert.ok(sections.some((s) => s.title === heading));
    assert.deepEqual(sections.flatMap((s) => s.controls ?? []), []);
  });
}
