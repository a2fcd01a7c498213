// What looks like a number and a unit but is no period: dates, versions,
// control ids, times of day, percentages, money, round-the-clock service.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact, texts } from './read';

test('Japanese dates are no periods', () => {
  assert.deepEqual(texts('2026年4月1日に改訂しました。'), []);
  assert.deepEqual(texts('２０２６年４月１日に改訂しました。'), []);
  assert.deepEqual(texts('2026年に改訂しました。'), []);
  assert.deepEqual(texts('2025年度の監査で確認しました。'), []);
  assert.deepEqual(texts('令和8年4月1日に施行します。'), []);
  assert.deepEqual(texts('4月1日から受け付けます。'), []);
  assert.deepEqual(texts('請求は毎月10日に締めます。'), ['frequency:毎月']);
});

test('a period next to a date is still read', () => {
  const text = '2026年4月1日から30日以内に移行します。';
  assert.deepEqual(texts(text), ['duration:30日以内']);
  assert.equal(fact(text, '30日以内').start, 11);
});

test('numeric and English dates are no periods', () => {
  assert.deepEqual(texts('Revised on 2026-04-01 and 2026/4/1.'), []);
  assert.deepEqual(texts('Revised on April 1, 2026 and 1 April 2026.'), []);
});

test('versions and control ids are no periods', () => {
  assert.deepEqual(texts('Version 2.0 adds control 12.3.1, A.12.4.1 and CLD.8.1.5.'), []);
  assert.deepEqual(texts('管理策12.3.1とCLD.9.5.1に対応した第2.0版です。'), []);
});

test('times of day, percentages and money are no periods', () => {
  assert.deepEqual(texts('稼働率は99.9%、月額1,000円、年額12,000円です。'), []);
  assert.deepEqual(texts('Availability is 99.95% and the fee is $30 a month.'), []);
  assert.deepEqual(texts('保守は午前2時から午前5時に行います。'), []);
});

test('round-the-clock service is no period', () => {
  assert.deepEqual(texts('24時間365日監視しています。'), []);
  assert.deepEqual(texts('24時間体制で受け付けます。'), []);
  assert.deepEqual(texts('We monitor 24/7, 24 hours a day, 7 days a week.'), []);
  assert.deepEqual(texts('一次報告は24時間以内です。'), ['duration:24時間以内']);
});

test('a moment in the past is no period', () => {
  assert.deepEqual(texts('Updated 3 months ago'), []);
  assert.deepEqual(texts('Updated over a week ago. Data is deleted within 30 days after you cancel.'), ['duration:within 30 days']);
  assert.deepEqual(texts('3か月前に更新'), []);
  assert.equal(texts('変更の30日前までに通知します。').length, 1, 'an advance notice is still read');
});
