// The learnt path of recognition: a section whose heading names no topic and whose body says its control in words the
// hand-written vocabulary does not hold is recognised by the learnt body words, shown as such; it never takes a
// control another path gave, and a section without words gets nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importWhitepaper, weaklyRecognised } from '../../../server/src/import/importWhitepaper';
import { learntControls } from '../../../server/src/import/learntControls';
import { bodyTerms } from '../../../server/src/import/bodyTerms';
import { featuresOf } from '../../../server/src/import/sectionFeatures';

const FIXTURES = join(__dirname, '..', '..', '..', 'eval', 'fixtures');
const read = (name: string) => importWhitepaper(readFileSync(join(FIXTURES, name), 'utf8'), name);
const learnt = (name: string) => Object.fromEntries(read(name).headings.map((h) => [h.title, h.controls.filter((c) => c.via === 'learned').map((c) => c.id)]));

test('en: staff training and customers kept apart, said in words no vocabulary holds, are recognised by the learnt words', () => {
  const result = read('fx-en-learnt-body-words.txt');
  assert.deepEqual(learnt('fx-en-learnt-body-words.txt'), { '1. Staff': ['7.2.2'], '2. Customer environments': ['CLD.9.5.1'], '3. Capacity': [] });
  assert.match(result.yaml, /7\.2\.2 body words \(learnt\): [^;\n]*train/);
  // Words alone: the content rules ask nothing of a control read so.
  assert.deepEqual([...weaklyRecognised(result.controls)].sort(), ['7.2.2', 'CLD.9.5.1']);
});

test('ja: a customer\'s data kept logically apart is recognised by the sentence that says so, which the learnt words would read too', () => {
  const result = read('fx-ja-learnt-body-words.txt');
  assert.deepEqual(result.headings.map((h) => [h.title, h.controls.map((c) => `${c.id} ${c.via}`)]), [['1. お客様ごとの環境', ['CLD.9.5.1 body']], ['2. データの保管場所', ['6.1.3 heading']]]);
  const body = 'お客様ごとのデータは論理的に分離されたデータベースに保存され、他のお客様の環境から参照することはできません。';
  assert.deepEqual(learntControls('1. お客様ごとの環境', body, []).map((c) => c.id), ['CLD.9.5.1']);
});

test('the learnt path adds only what is not known, and nothing to a section without words', () => {
  const body = "Each customer's workspace runs in its own database with logical separation; one customer's records cannot be reached from another customer's workspace, and every query is scoped to the organisation of the signed-in user.";
  assert.deepEqual(learntControls('Customer environments', body, []).map((c) => c.id), ['CLD.9.5.1']);
  assert.deepEqual(learntControls('Customer environments', body, ['CLD.9.5.1']), []);
  assert.deepEqual(learntControls('', '', []), []);
});

test('the words counted: lower-cased, plurals folded, function words, kana-only endings and numbers left out', () => {
  assert.deepEqual(bodyTerms('Backups are kept for 30 days.'), ['backup', 'kept', 'day']);
  assert.deepEqual(bodyTerms('データは毎日バックアップします。'), ['データ', '毎日', 'バックアップ']);
});

test('the words counted: a possessive\'s ending, markup, addresses and code names left out; endings of inflection folded', () => {
  assert.deepEqual(bodyTerms("The customer's data"), ['customer', 'data']);
  assert.deepEqual(bodyTerms('the customer’s data'), ['customer', 'data']);
  assert.deepEqual(bodyTerms('<div className="note">Logs</div> see https://example.com/logs or log_level'), ['log', 'see']);
  assert.deepEqual(bodyTerms('encrypted encrypting encrypts'), ['encrypt', 'encrypt', 'encrypt']);
  assert.deepEqual(bodyTerms('regularly reviewed'), ['regular', 'review']);
});

test('a subsection\'s features hold its parent heading\'s words apart, without the words its own heading repeats', () => {
  const features = featuresOf('Backup frequency', 'Copies are taken nightly.', 'Backup and recovery');
  assert.equal(features.get('h:backup'), 1);
  assert.equal(features.get('p:recovery'), 1);
  assert.equal(features.has('p:backup'), false);
  assert.equal([...featuresOf('Backup frequency', 'Copies are taken nightly.').keys()].some((k) => k.startsWith('p:')), false);
});
