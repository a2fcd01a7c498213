// Periods in both languages: every unit and qualifier, normalised to days,
// with the phrase's range exact to the character.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact, summary, texts } from './read';

test('Japanese units, each normalised to days (a month is 30, a year 365)', () => {
  const cases: [string, string, number, string, number][] = [
    ['退会の翌日から30日で消します。', '30日', 30, 'day', 30],
    ['控えは14日間残ります。', '14日間', 14, 'day', 14],
    ['試用は2週間です。', '2週間', 14, 'week', 2],
    ['保持は6か月とします。', '6か月', 180, 'month', 6],
    ['保持は6ヶ月とします。', '6ヶ月', 180, 'month', 6],
    ['保持は3カ月です。', '3カ月', 90, 'month', 3],
    ['保持は3ヵ月です。', '3ヵ月', 90, 'month', 3],
    ['保持は3ケ月です。', '3ケ月', 90, 'month', 3],
    ['保持は3箇月です。', '3箇月', 90, 'month', 3],
    ['保持は18か月間です。', '18か月間', 540, 'month', 18],
    ['台帳は2年残します。', '2年', 730, 'year', 2],
    ['台帳は5年間残します。', '5年間', 1825, 'year', 5],
  ];
  for (const [text, phrase, days, unit, amount] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'duration', text);
    assert.equal(f.value, days, text);
    assert.equal(f.unit, unit, text);
    assert.equal(f.amount, amount, text);
  }
});

test('hours and minutes are also given in hours', () => {
  const hours = fact('一次報告は72時間以内に行います。', '72時間以内');
  assert.equal(hours.value, 3);
  assert.equal(hours.hours, 72);
  assert.equal(hours.unit, 'hour');
  const minutes = fact('画面は15分間操作がないとロックされます。', '15分間');
  assert.equal(minutes.unit, 'minute');
  assert.equal(minutes.amount, 15);
  assert.equal(minutes.hours, 0.25);
  assert.equal(fact('一次連絡は30分以内です。', '30分以内').hours, 0.5);
});

test('full-width digits and kanji numerals', () => {
  assert.equal(fact('控えを３０日保持します。', '３０日').value, 30);
  assert.equal(fact('控えを三十日保持します。', '三十日').value, 30);
  assert.equal(fact('台帳は十年保管します。', '十年').value, 3650);
  assert.equal(fact('台帳は一年間保管します。', '一年間').value, 365);
  assert.equal(fact('控えを百八十日保持します。', '百八十日').value, 180);
  assert.equal(fact('窓口は二十四時間以内に回答します。', '二十四時間以内').hours, 24);
  assert.equal(fact('保存は1.5年です。', '1.5年').value, 547.5);
  assert.equal(fact('保存は1年半です。', '1年半').value, 547.5);
  assert.equal(fact('保存は半年間です。', '半年間').value, 180);
});

test('Japanese qualifiers before and after the number', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['履歴は最低1年間保存します。', '最低1年間', 'at-least', undefined],
    ['履歴は少なくとも90日保存します。', '少なくとも90日', 'at-least', undefined],
    ['履歴は1年以上保存します。', '1年以上', 'at-least', undefined],
    ['申請から7日以内に対応します。', '7日以内', 'within', undefined],
    ['停止から30日経過後に消去します。', '30日経過後', 'after', 'after'],
    ['停止の90日後に消去します。', '90日後', 'after', 'after'],
    ['切替の14日前までに案内します。', '14日前まで', 'before', 'before'],
    ['切替の7日前に案内します。', '7日前に', 'before', 'before'],
    ['処理には約3日かかります。', '約3日', 'about', undefined],
    ['最大で5年間保管します。', '最大で5年間', 'up-to', undefined],
    ['少なくとも30日前までに案内します。', '少なくとも30日前まで', 'at-least', 'before'],
  ];
  for (const [text, phrase, qualifier, relation] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.qualifier, qualifier, text);
    assert.equal(f.relation, relation, text);
  }
});

test('a range takes its upper bound and notes both', () => {
  const f = fact('完全な消去までに30〜60日かかります。', '30〜60日');
  assert.equal(f.value, 60);
  assert.equal(f.amount, 60);
  assert.deepEqual(f.range, { min: 30, max: 60 });
  assert.deepEqual(fact('消去まで30日～60日です。', '30日～60日').range, { min: 30, max: 60 });
  assert.deepEqual(fact('消去まで1か月〜1年です。', '1か月〜1年').range, { min: 30, max: 365 });
  assert.deepEqual(fact('It takes between 30 and 60 days.', 'between 30 and 60 days').range, { min: 30, max: 60 });
  assert.deepEqual(fact('It takes 2-4 weeks.', '2-4 weeks').range, { min: 14, max: 28 });
  assert.equal(fact('It takes 1 to 3 months.', '1 to 3 months').value, 90);
});

test('business days are days, and marked', () => {
  const ja = fact('請求には5営業日以内に回答します。', '5営業日以内');
  assert.equal(ja.value, 5);
  assert.equal(ja.unit, 'day');
  assert.equal(ja.businessDays, true);
  assert.equal(fact('We answer within 3 business days.', 'within 3 business days').businessDays, true);
  assert.equal(fact('Refunds take 10 calendar days.', '10 calendar days').businessDays, undefined);
});

test('English units, singular and plural, digits and words', () => {
  const cases: [string, string, number][] = [
    ['Copies are kept for 30 days.', 'for 30 days', 30],
    ['Copies are kept for 1 day.', 'for 1 day', 1],
    ['Copies are kept for one year.', 'for one year', 365],
    ['Copies are kept for a year.', 'for a year', 365],
    ['Copies are kept for six months.', 'for six months', 180],
    ['Copies are kept for twenty-four hours.', 'for twenty-four hours', 1],
    ['Copies are kept for 2 weeks.', 'for 2 weeks', 14],
    ['Sessions end after 15 minutes of inactivity.', 'after 15 minutes', 15 / 1440],
    ['We apply a 90-day retention period.', '90-day', 90],
    ['Records stay for thirty (30) days.', 'for thirty (30) days', 30],
    // Written twice the other way round, as contracts also do.
    ['Data is deleted within 10 (ten) business days.', 'within 10 (ten) business days', 10],
    ['Tickets close 48 hrs later.', '48 hrs later', 2],
  ];
  for (const [text, phrase, days] of cases) assert.equal(fact(text, phrase).value, days, text);
  assert.equal(fact('Sessions end after 15 minutes of inactivity.', 'after 15 minutes').hours, 0.25);
});

test('English qualifiers, and the event a period counts from', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['Logs are kept for at least 2 years.', 'at least 2 years', 'at-least', undefined],
    ['Logs are kept for a minimum of 400 days.', 'a minimum of 400 days', 'at-least', undefined],
    ['Logs are kept 1 year or more.', '1 year or more', 'at-least', undefined],
    ['Data is removed within 30 days after termination.', 'within 30 days', 'within', 'after'],
    ['Data is removed no later than 45 days after the end date.', 'no later than 45 days', 'within', 'after'],
    ['Data is removed 60 days after termination.', '60 days', 'after', 'after'],
    ['Data is removed a month after termination.', 'a month', 'after', 'after'],
    ['Customers hear of it 30 days in advance.', '30 days in advance', 'before', 'before'],
    ['Customers hear of it at least 14 days before the change.', 'at least 14 days', 'at-least', 'before'],
    // The notice between the period and the event is still counted back from the event.
    ['Owners get a minimum of 72 hours notice prior to the window.', 'a minimum of 72 hours', 'at-least', 'before'],
    ["Tenants receive 10 days' written notice before the move.", '10 days', 'before', 'before'],
    ['Copies are kept for up to 35 days.', 'up to 35 days', 'up-to', undefined],
    ['Restores take about 4 hours.', 'about 4 hours', 'about', undefined],
    ['Restores take approximately 6 hours.', 'approximately 6 hours', 'about', undefined],
  ];
  for (const [text, phrase, qualifier, relation] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.qualifier, qualifier, text);
    assert.equal(f.relation, relation, text);
  }
});

test('"a day" alone is no period', () => {
  assert.deepEqual(texts('It costs a dollar a day.'), []);
  assert.deepEqual(texts('A year in review.'), []);
});

test('Japanese words that merely contain a numeral and a unit are no period', () => {
  assert.deepEqual(texts('十分な検証を経て適用します。'), []);
  assert.deepEqual(texts('処理量は3分の1になりました。'), []);
  assert.deepEqual(texts('同一日に二度実行しません。'), []);
  assert.deepEqual(texts('導入2年目の利用者が対象です。'), []);
  assert.deepEqual(texts('一年中受け付けます。'), []);
  assert.equal(fact('再認証は十分間操作がない場合に求めます。', '十分間').hours, 1 / 6);
});

test('a deadline by the calendar is a period of a day; "within 24h" is hours', () => {
  assert.deepEqual(summary('インシデントを検知した場合は、翌営業日までにご担当者へ連絡します。'), ['duration:翌営業日まで=1@incident-notification']);
  assert.deepEqual(summary('重大な事故は当日中に管理者へ報告します。'), ['duration:当日中=1@incident-notification']);
  assert.deepEqual(summary('Affected tenants are notified of a breach by the next business day.'), ['duration:by the next business day=1@incident-notification']);
  assert.deepEqual(summary('Breaches are reported to the customer within 36h.'), ['duration:within 36h=1.5@incident-notification']);
  assert.deepEqual(summary('Our 24h support desk answers every ticket.'), []);
});

test('a template placeholder around the number is the number, the unit right after it', () => {
  const cases: [string, string, number][] = [
    ['Notify the Customer within {72}hours of awareness.', 'within {72}hours', 3],
    ['Return the data within [30] days.', 'within [30] days', 30],
    ['Give notice at least <<14>> days ahead.', 'at least <<14>> days ahead', 14],
    ['委託者へ【24】時間以内に報告する。', '24】時間以内', 1],
    ['〔30〕日以内に返却する。', '30〕日以内', 30],
  ];
  for (const [text, phrase, days] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'duration', text);
    assert.equal(f.value, days, text);
  }
  // A footnote mark before a word is no number of it.
  assert.deepEqual(texts('See note [2] below.'), []);
});
