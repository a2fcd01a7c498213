// The reader end to end: facts in order across sentences, ranges in UTF-16
// code units, topics lent by a list's parent item or by the section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFacts } from '../../../server/src/facts';
import { fact, read, summary } from './read';

test('facts of several sentences, in order, each with its sentence', () => {
  const text = 'バックアップは毎日取得し、7世代保存します。ログは180日間保存します。\nData is erased within 30 days.';
  const facts = read(text);
  assert.deepEqual(
    facts.map((f) => [f.text, text.slice(f.sentence.start, f.sentence.end)]),
    [
      ['毎日', 'バックアップは毎日取得し、7世代保存します。'],
      ['7世代', 'バックアップは毎日取得し、7世代保存します。'],
      ['180日間', 'ログは180日間保存します。'],
      ['within 30 days', 'Data is erased within 30 days.'],
    ],
  );
});

test('offsets count UTF-16 code units, so characters outside the BMP count twice', () => {
  const text = '🔒 𠮷野の控えは30日以内に消します。';
  const [f] = read(text);
  assert.equal(f.text, '30日以内');
  assert.equal(f.start, text.indexOf('30日以内'));
  assert.equal(f.start, 10);
});

test('a nested list item takes its topic and log kind from its parent item', () => {
  const text = ['保存しているログ', '  - 監査ログ', '    - 保存期間: 1年間', '  - アクセスログ', '    - 保存期間: 90日間', '  - 請求書', '    - 保存期間: 7年'].join('\n');
  assert.deepEqual(summary(text), ['duration:1年間=365@log-retention/audit', 'duration:90日間=90@log-retention/access', 'duration:7年=2555@other']);
});

test('an incident item without a word of notice lends no notice period to its wrapped line', () => {
  const text = ['- **Major**: the incident stops the service for many customers', '  and users; for example an outage of two hours or more.', '- **Notice**: an incident is reported', '  to the customers it affects within 24 hours.'].join('\n');
  assert.deepEqual(summary(text), ['duration:two hours or more=0.083@other', 'duration:within 24 hours=1@incident-notification']);
});

test("a fact whose sentence names no topic takes the section's subject, marked inferred", () => {
  assert.deepEqual(summary('保存期間:180日間', 'log'), ['duration:180日間=180@log-retention/general (inferred)']);
  assert.deepEqual(summary('保存期間:180日間'), ['duration:180日間=180@other']);
  assert.deepEqual(summary('Kept for 35 days.', 'backup'), ['duration:for 35 days=35@backup-retention (inferred)']);
  assert.deepEqual(summary('Taken daily.', 'backup'), ['frequency:daily@backup-frequency (inferred)']);
});

test("the section's subject outranks a guess from 解約 alone", () => {
  assert.deepEqual(summary('解約後も含め5年保管します。'), ['duration:5年=1825@deletion (inferred)']);
  assert.deepEqual(summary('解約後も含め5年保管します。', 'log'), ['duration:5年=1825@log-retention/general (inferred)']);
});

test('a sentence that was read and refused lends nothing', () => {
  assert.deepEqual(summary('ログは毎週確認します。', 'log'), ['frequency:毎週@other']);
  assert.deepEqual(summary('Collected daily.', 'log'), ['frequency:daily@other']);
});

test('texts without facts', () => {
  assert.deepEqual(extractFacts(''), []);
  assert.deepEqual(extractFacts('当社は情報セキュリティ方針を定めています。'), []);
  assert.deepEqual(extractFacts('We follow ISO/IEC 27017:2015.'), []);
});

test('a sentence that points back at a promise gives that promise its time', () => {
  const en = 'If a breach reaches your data, we will let you know as soon as possible. We guarantee this will be within 72 hours.';
  assert.equal(fact(en, 'within 72 hours').topic, 'incident-notification');
  assert.equal(fact(en, 'within 72 hours').inferred, undefined, 'as plain as naming the notice again');
  const ja = 'セキュリティ事故が判明した場合、当社はお客様へ速やかに連絡します。これは事故の判明から24時間以内に行います。';
  assert.equal(fact(ja, '24時間以内').topic, 'incident-notification');
});

test('pointing back reaches only the sentence just before, and only for a time', () => {
  const gap = 'We will let you know of a breach promptly. Our team is on call. This is within 72 hours.';
  assert.equal(fact(gap, 'within 72 hours').topic, 'other');
  const cadence = 'We will let you know of a breach promptly. This is reviewed every month.';
  assert.notEqual(fact(cadence, 'every month').topic, 'incident-notification');
});

test('"immediate" times a notice or a deletion it stands before', () => {
  assert.equal(fact('When a breach is confirmed: immediate notification to affected users.', 'immediate').kind, 'immediate');
  assert.deepEqual(read('An immediate response team is on call.').filter((f) => f.kind === 'immediate'), []);
});
