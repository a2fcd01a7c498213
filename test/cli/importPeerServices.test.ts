// `wp27017 import` of security pages that name the cloud the service runs on (R2 of eval/README): the section that says
// how the security level is kept through that peer answers 15.1.3 with the peer and the words that keep it beside it;
// the provider's own office answers nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { wp27017 } from '../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'eval', 'fixtures');

const controlsOf = (file: string) => {
  const { code, stdout, stderr } = wp27017(['import', file], FIXTURES);
  assert.equal(code, 0, stderr);
  return { stdout, sections: Object.fromEntries((parse(stdout).sections as { title: string; controls?: string[] }[]).map((s) => [s.title, s.controls ?? []])) };
};

test('import: the peer cloud and the AI provider the service relies on answer 15.1.3, with the evidence beside them', () => {
  const en = controlsOf('fx-en-peer-cloud-kept.txt');
  assert.deepEqual(en.sections['Where the service runs'], ['15.1.3']);
  assert.deepEqual(en.sections['Meeting summaries'], ['15.1.3']);
  assert.deepEqual(en.sections['Our office'], []);
  assert.match(en.stdout, /15\.1\.3 body words: Google Cloud \(body: ISO\/IEC 27001\)/);
  const ja = controlsOf('fx-ja-peer-cloud-kept.txt');
  assert.deepEqual(ja.sections['運用基盤'], ['15.1.3']);
  assert.deepEqual(ja.sections['当社の事務所'], []);
});
