// `wp27017 import` and `coverage` of pages whose sections say their control only in words the hand-written vocabulary
// does not hold: the learnt body words recognise them, and the comment beside each says so. A sentence that says it
// outright (「お客様ごとのデータは論理的に分離」, `import/tenantsApart.ts`) is read before the learnt words are asked.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

for (const [name, section, id, why] of [
  ['fx-en-learnt-body-words.txt', '2. Customer environments', 'CLD.9.5.1', 'body words (learnt)'],
  ['fx-ja-learnt-body-words.txt', '1. お客様ごとの環境', 'CLD.9.5.1', 'body words'],
] as const) {
  test(`import and coverage: ${name} answers ${id} by its ${why}`, () => {
    const imported = wp27017(['import', name], FIXTURES);
    assert.equal(imported.code, 0, imported.stderr);
    const controls = Object.fromEntries((parse(imported.stdout).sections as { title: string; controls?: string[] }[]).map((s) => [s.title, s.controls ?? []]));
    assert.deepEqual(controls[section], [id]);
    assert.match(imported.stdout, new RegExp(`${id.replace(/\./g, '\\.')} ${why.replace(/[()]/g, '\\$&')}: `));
    const { stdout } = wp27017(['coverage', name, '--format', 'json'], FIXTURES);
    const rows: { id: string; status: string }[] = JSON.parse(stdout).files[0].controls;
    assert.equal(rows.find((r) => r.id === id)?.status, 'covered');
  });
}
