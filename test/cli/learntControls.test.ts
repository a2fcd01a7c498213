// `wp27017 import` and `coverage` of pages whose sections say their control only in words the hand-written vocabulary
// does not hold: the learnt body words recognise them, and the comment beside each says so.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

for (const [name, section, id] of [
  ['fx-en-learnt-body-words.txt', '2. Customer environments', 'CLD.9.5.1'],
  ['fx-ja-learnt-body-words.txt', '1. お客様ごとの環境', 'CLD.9.5.1'],
] as const) {
  test(`import and coverage: ${name} answers ${id} by its learnt body words`, () => {
    const imported = wp27017(['import', name], FIXTURES);
    assert.equal(imported.code, 0, imported.stderr);
    const controls = Object.fromEntries((parse(imported.stdout).sections as { title: string; controls?: string[] }[]).map((s) => [s.title, s.controls ?? []]));
    assert.deepEqual(controls[section], [id]);
    assert.match(imported.stdout, new RegExp(`${id.replace(/\./g, '\\.')} body words \\(learnt\\): `));
    const { stdout } = wp27017(['coverage', name, '--format', 'json'], FIXTURES);
    const rows: { id: string; status: string }[] = JSON.parse(stdout).files[0].controls;
    assert.equal(rows.find((r) => r.id === id)?.status, 'covered');
  });
}
