// Sentence boundaries decide which words give a fact its topic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../server/src/facts';
import { isSpace } from '../../../server/src/facts/sentences';

function split(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

test('Japanese and English full stops, exclamation and question marks', () => {
  assert.deepEqual(split('最初の文です。次の文です！三つ目？'), ['最初の文です。', '次の文です！', '三つ目？']);
  assert.deepEqual(split('First one. Second one! Third? Fourth'), ['First one.', 'Second one!', 'Third?', 'Fourth']);
  assert.deepEqual(split('全角の句点．次の文'), ['全角の句点．', '次の文']);
});

test('ranges exclude the whitespace around a sentence and keep closing brackets', () => {
  const text = '  「保存します。」  次です。 ';
  const ranges = splitSentences(text);
  assert.deepEqual(ranges, [
    { start: 2, end: 10 },
    { start: 12, end: 16 },
  ]);
  assert.equal(text.slice(2, 10), '「保存します。」');
});

test('no boundary inside numbers, ids, versions or abbreviations', () => {
  assert.deepEqual(split('稼働率は99.9%です。管理策12.3.1を参照。'), ['稼働率は99.9%です。', '管理策12.3.1を参照。']);
  assert.deepEqual(split('Version 2.0 covers A.12.3.1, e.g. backups. See CLD.8.1.5 too.'), ['Version 2.0 covers A.12.3.1, e.g. backups.', 'See CLD.8.1.5 too.']);
  assert.deepEqual(split('Widgets Inc. stores it for approx. 30 days.'), ['Widgets Inc. stores it for approx. 30 days.']);
  assert.deepEqual(split('全角の数字１２．５も一つ。'), ['全角の数字１２．５も一つ。']);
});

test('each line of a list is a sentence, and so is a line without a full stop', () => {
  const text = '保存期間\n- 監査ログ: 1年\n- アクセスログ: 90日\n・操作ログ 6か月';
  assert.deepEqual(split(text), ['保存期間', '- 監査ログ: 1年', '- アクセスログ: 90日', '・操作ログ 6か月']);
});

test('a line wrapped in the middle of a sentence continues it', () => {
  assert.deepEqual(split('Audit logs are kept for\ntwo years in the primary region.\nNext.'), ['Audit logs are kept for\ntwo years in the primary region.', 'Next.']);
  assert.deepEqual(split('バックアップは毎日取得し、\n14日間保存します。'), ['バックアップは毎日取得し、\n14日間保存します。']);
  assert.deepEqual(split('Kept for,\n- one year'), ['Kept for,', '- one year']);
});

test('empty and blank texts have no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n　'), []);
});

test('a hard-wrapped line that stops on a word no statement ends with runs on, a list item too', () => {
  assert.deepEqual(split('- Notify the Customer without undue delay and at most within\n{72}hours of awareness. - Delete the data.'), [
    '- Notify the Customer without undue delay and at most within\n{72}hours of awareness.',
    '- Delete the data.',
  ]);
  assert.deepEqual(split('- Backups are kept\n- Logs are kept'), ['- Backups are kept', '- Logs are kept']);
});

test('white space read by character code is what \\s matches, for every UTF-16 code unit', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16).padStart(4, '0')}`);
  assert.equal(isSpace(Number.NaN), false);
});

test('a full stop before white space past ASCII ends the sentence; one before a letter does not', () => {
  assert.deepEqual(split('Kept 30 days.\u3000Then deleted.\u00a0Done'), ['Kept 30 days.', 'Then deleted.', 'Done']);
  assert.deepEqual(split('Kept 30 days.Then deleted.'), ['Kept 30 days.Then deleted.']);
  assert.deepEqual(split('「保存します。」」次です。。'), ['「保存します。」」', '次です。。']);
});

test("a numbered clause's first line that stops on a comma runs on into the next line", () => {
  const text = '2.3 Upon termination of the Agreement,\n   Vendor will destroy Customer Personal Data without undue delay.\n2.4 Next clause.';
  assert.deepEqual(split(text), ['2.3 Upon termination of the Agreement,\n   Vendor will destroy Customer Personal Data without undue delay.', '2.4 Next clause.']);
});
