// Cadences and times of day, normalised to { every, unit, at }.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact, texts } from './read';

test('Japanese cadences', () => {
  const cases: [string, string, number, string][] = [
    ['複製は毎日取得します。', '毎日', 1, 'day'],
    ['複製は日次で取得します。', '日次', 1, 'day'],
    ['複製は1日1回取得します。', '1日1回', 1, 'day'],
    ['複製は一日一回取得します。', '一日一回', 1, 'day'],
    ['複製は1日2回取得します。', '1日2回', 12, 'hour'],
    ['複製は毎日2回取得します。', '毎日2回', 12, 'hour'],
    ['複製は毎週取得します。', '毎週', 1, 'week'],
    ['複製は週次で取得します。', '週次', 1, 'week'],
    ['複製は週1回取得します。', '週1回', 1, 'week'],
    ['複製は毎月取得します。', '毎月', 1, 'month'],
    ['複製は月次で取得します。', '月次', 1, 'month'],
    ['複製は月に1回取得します。', '月に1回', 1, 'month'],
    ['点検は年1回行います。', '年1回', 1, 'year'],
    ['複製は毎時取得します。', '毎時', 1, 'hour'],
    ['複製は2時間おきに取得します。', '2時間おき', 2, 'hour'],
    ['複製は6時間ごとに取得します。', '6時間ごと', 6, 'hour'],
    ['複製は4時間毎に取得します。', '4時間毎', 4, 'hour'],
    ['複製は30分ごとに取得します。', '30分ごと', 0.5, 'hour'],
    ['複製は3時間に1回取得します。', '3時間に1回', 3, 'hour'],
    ['点検は四半期ごとに行います。', '四半期ごと', 3, 'month'],
    ['複製は隔週で取得します。', '隔週', 2, 'week'],
    ['バックアップ実施:1回/1日', '1回/1日', 1, 'day'],
    ['バックアップ実施:2回／日', '2回／日', 12, 'hour'],
  ];
  for (const [text, phrase, every, unit] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'frequency', text);
    assert.deepEqual(f.frequency, { every, unit }, text);
  }
});

test('a time of day joins the cadence and is given on a 24-hour clock', () => {
  assert.deepEqual(fact('複製は毎日午前3時に取得します。', '毎日午前3時').frequency, { every: 1, unit: 'day', at: '03:00' });
  assert.deepEqual(fact('複製は毎日午後11時半に取得します。', '毎日午後11時半').frequency, { every: 1, unit: 'day', at: '23:30' });
  assert.deepEqual(fact('複製は毎日3:00に取得します。', '毎日3:00').frequency, { every: 1, unit: 'day', at: '03:00' });
  assert.deepEqual(fact('複製は毎日２時１５分に取得します。', '毎日２時１５分').frequency, { every: 1, unit: 'day', at: '02:15' });
  assert.deepEqual(fact('複製は日次(午前2時)で取得します。', '日次(午前2時)').frequency, { every: 1, unit: 'day', at: '02:00' });
  assert.deepEqual(fact('複製は毎週日曜日の午前4時に取得します。', '毎週日曜日の午前4時').frequency, { every: 1, unit: 'week', at: '04:00' });
  assert.deepEqual(fact('Copies are made daily at 03:00 UTC.', 'daily at 03:00 UTC').frequency, { every: 1, unit: 'day', at: '03:00' });
  assert.deepEqual(fact('Copies are made every day at 3 a.m.', 'every day at 3 a.m.').frequency, { every: 1, unit: 'day', at: '03:00' });
  assert.deepEqual(fact('Copies are made at 11 pm every night.', 'at 11 pm every night').frequency, { every: 1, unit: 'day', at: '23:00' });
  assert.deepEqual(fact('Copies are made nightly at midnight.', 'nightly at midnight').frequency, { every: 1, unit: 'day', at: '00:00' });
});

test('English cadences', () => {
  const cases: [string, string, number, string][] = [
    ['Copies are made daily.', 'daily', 1, 'day'],
    ['Copies are made weekly.', 'weekly', 1, 'week'],
    ['Copies are made monthly.', 'monthly', 1, 'month'],
    ['Copies are made hourly.', 'hourly', 1, 'hour'],
    ['Copies are made every 2 hours.', 'every 2 hours', 2, 'hour'],
    ['Copies are made every four hours.', 'every four hours', 4, 'hour'],
    ['Copies are made every other day.', 'every other day', 2, 'day'],
    ['Copies are made once a day.', 'once a day', 1, 'day'],
    ['Copies are made twice a day.', 'twice a day', 12, 'hour'],
    ['Copies are made 3 times per week.', '3 times per week', 7 / 3, 'day'],
    ['Copies are made every 15 minutes.', 'every 15 minutes', 0.25, 'hour'],
    ['Copies are made on a weekly basis.', 'on a weekly basis', 1, 'week'],
    ['Reviews happen quarterly.', 'quarterly', 3, 'month'],
    ['Reviews happen annually.', 'annually', 1, 'year'],
  ];
  for (const [text, phrase, every, unit] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'frequency', text);
    assert.deepEqual(f.frequency, { every, unit }, text);
  }
});

test('a cadence is not also read as a period, and a time of day alone is no fact', () => {
  assert.deepEqual(texts('複製は6時間ごとに取得します。'), ['frequency:6時間ごと']);
  assert.deepEqual(texts('窓口は午前9時から午後5時まで開いています。'), []);
  assert.deepEqual(texts('The desk opens at 9:00 and closes at 17:30.'), []);
  assert.deepEqual(texts('3時間おきではなく毎日3時間の停止です。'), ['frequency:3時間おき', 'frequency:毎日', 'duration:3時間']);
});

test('continuously is a cadence with no interval, never a retention', () => {
  assert.deepEqual(texts('Board data is backed up continuously and kept for 21 days.'), ['frequency:continuously', 'duration:for 21 days']);
  assert.deepEqual(texts('回答データは継続的にバックアップしています。'), ['frequency:継続的に']);
  assert.deepEqual(texts('Data is backed up via real-time incremental backups and periodic full backups.'), ['frequency:real-time', 'vague:periodic']);
  // Real-time said of something else (a dashboard) is no cadence of the backups.
  assert.deepEqual(texts('A real-time dashboard shows backups kept for 30 days.'), ['duration:for 30 days']);
  assert.equal(fact('Continuous backups protect every board.', 'Continuous').frequency, undefined);
  // Said of something else, it gives the backups no cadence.
  assert.deepEqual(texts('We continuously update our code and regularly back up the data.'), ['vague:regularly']);
});

test('an interval said in English is a cadence, never a length', () => {
  assert.deepEqual(fact('Copies are made at maximum 15-minute intervals.', '15-minute intervals').frequency, { every: 0.25, unit: 'hour' });
  assert.deepEqual(fact('Copies are made hourly or at 4-hour intervals.', '4-hour intervals').frequency, { every: 4, unit: 'hour' });
  assert.deepEqual(fact('Copies are made at intervals of 6 hours.', 'intervals of 6 hours').frequency, { every: 6, unit: 'hour' });
  assert.deepEqual(fact('Copies are made at 2 day intervals.', '2 day intervals').frequency, { every: 2, unit: 'day' });
  assert.deepEqual(texts('Copies are made at 4-hour intervals and kept for 30 days.'), ['frequency:4-hour intervals', 'duration:for 30 days']);
});
