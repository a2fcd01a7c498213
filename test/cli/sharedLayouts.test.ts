// `wp27017 import` on layouts many docs sites share: what each section is read as answering.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

interface Section {
  title: string;
  controls?: string[];
  sections?: Section[];
}
const flat = (sections: Section[] = []): string[] =>
  sections.flatMap((s) => [s.controls?.length ? `${s.title}: ${s.controls.join(' ')}` : s.title, ...flat(s.sections)]);
const imported = (name: string) => {
  const { code, stdout, stderr } = wp27017(['import', name], FIXTURES);
  assert.equal(code, 0, stderr);
  return flat(parse(stdout).sections);
};

test('import: a Markdown heading\'s anchor id ("{#backup-pricing}", MDX\'s "\\{#…}") is no word of its title and names no topic', () => {
  assert.deepEqual(imported('fx-en-heading-ids.md'), ['Overview', 'Tenant separation: CLD.9.5.1', 'Our operations team', 'Encryption at rest: 10.1.1 10.1.2', 'Pricing']);
  assert.deepEqual(imported('fx-ja-heading-ids.md'), ['概要', 'データの分離: CLD.9.5.1', '運用体制', '保存データの暗号化: 10.1.1 10.1.2', '料金']);
});
