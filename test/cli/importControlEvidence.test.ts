// `wp27017 import` of a trust-center page: a generic heading ("Confidentiality",
// "Compliance with laws", "Service Level Agreement") names no control unless its
// section bears the control out; a responsibility matrix and a list of
// subprocessors with countries name theirs under any heading; and the comment
// beside each control gives the evidence the user can check.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

test('import: generic headings give no control without evidence; matrices and located lists give theirs, with the evidence beside them', () => {
  const { code, stdout, stderr } = wp27017(['import', 'fx-en-trust-matrix.txt'], FIXTURES);
  assert.equal(code, 0, stderr);
  const controls = Object.fromEntries((parse(stdout).sections as { title: string; controls?: string[] }[]).map((s) => [s.title, s.controls ?? []]));
  assert.deepEqual(controls['Who does what'], ['CLD.6.3.1']);
  assert.ok(controls['Subprocessors'].includes('6.1.3'));
  assert.deepEqual(controls['Confidentiality'], []);
  assert.deepEqual(controls['Compliance with laws'], []);
  assert.deepEqual(controls['Service Level Agreement'], []);
  assert.match(stdout, /6\.1\.3 body words: Germany, Ireland/);
});
