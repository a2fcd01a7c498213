// The prose reader on sentences written for it, in both languages: kinds,
// normalised values, topics, log kinds, and ranges exact to the character.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFacts, parseNumber, splitSentences, type Fact } from '../../../server/src/facts';

function facts(text: string, context?: Parameters<typeof extractFacts>[1]) {
  return extractFacts(text, context).map((f: Fact) => {
    assert.equal(f.text, text.slice(f.start, f.end), 'text is exactly the range');
    return `${f.kind}:${f.text}${f.value === undefined ? '' : `=${Math.round(f.value * 1000) / 1000}`}@${f.topic}${f.logKind ? `/${f.logKind}` : ''}${f.inferred ? ' (inferred)' : ''}`;
  });
}

test('numbers in ASCII, full-width and kanji', () => {
  assert.equal(parseNumber('30'), 30);
  assert.equal(parseNumber('３０'), 30);
  assert.equal(parseNumber('三十'), 30);
  assert.equal(parseNumber('百八十'), 180);
  assert.equal(parseNumber('十'), 10);
  assert.equal(parseNumber('二千'), 2000);
});

test('Japanese periods with their qualifiers, each unit normalised to days', () => {
  assert.deepEqual(facts('契約終了後30日以内に削除します。'), ['duration:30日以内=30@deletion']);
  assert.deepEqual(facts('ログは最低1年間保存します。'), ['duration:最低1年間=365@log-retention/general']);
  assert.deepEqual(facts('バックアップは６か月保持します。'), ['duration:６か月=180@backup-retention']);
  assert.deepEqual(facts('障害は72時間以内に報告します。'), ['duration:72時間以内=3@incident-notification']);
  assert.deepEqual(facts('仕様変更は2週間前までに通知します。'), ['duration:2週間前まで=14@change-notice']);
  assert.deepEqual(facts('解約から三十日経過後に消去します。'), ['duration:三十日経過後=30@deletion']);
  assert.deepEqual(facts('監査ログは十年間保存します。'), ['duration:十年間=3650@log-retention/audit']);
});

test('English periods, numbers as words too', () => {
  assert.deepEqual(facts('Data is deleted within 30 days after the contract ends.'), ['duration:within 30 days=30@deletion']);
  assert.deepEqual(facts('Audit logs are kept for at least 2 years.'), ['duration:at least 2 years=730@log-retention/audit']);
  assert.deepEqual(facts('Changes are announced 30 days in advance.'), ['duration:30 days in advance=30@change-notice']);
  assert.deepEqual(facts('Access logs are kept for one year.'), ['duration:for one year=365@log-retention/access']);
});

test('generations, frequencies, immediately and indefinitely', () => {
  assert.deepEqual(facts('バックアップは毎日午前3時に取得し、7世代保存します。'), ['frequency:毎日午前3時@backup-frequency', 'generations:7世代=7@backup-retention']);
  assert.deepEqual(facts('Snapshots are taken every 6 hours and the last 14 generations are kept.'), [
    'frequency:every 6 hours@backup-frequency',
    'generations:14 generations=14@backup-retention',
  ]);
  assert.deepEqual(facts('解約すると、データは即座に削除されます。'), ['immediate:即座に@deletion']);
  assert.deepEqual(facts('Billing records are kept indefinitely.'), ['indefinite:indefinitely@log-retention/general']);
});

test('vague wording where a number is owed, and "without undue delay" is vague, not immediate', () => {
  assert.deepEqual(facts('ログは一定期間保存します。'), ['vague:一定期間@log-retention/general']);
  assert.deepEqual(facts('お客様のデータは速やかに削除します。'), ['vague:速やかに@deletion']);
  assert.deepEqual(facts('We notify affected customers of an incident without undue delay.'), ['vague:without undue delay@incident-notification']);
  assert.deepEqual(facts('Backups are tested periodically.'), ['vague:periodically@backup-retention']);
});

test('several facts in one sentence get the topic and log kind of their own clause', () => {
  assert.deepEqual(facts('バックアップは毎日取得し、7世代保存します。ログは180日間保存します。'), [
    'frequency:毎日@backup-frequency',
    'generations:7世代=7@backup-retention',
    'duration:180日間=180@log-retention/general',
  ]);
  assert.deepEqual(facts('監査ログは1年間、アクセスログは90日間保存します。'), ['duration:1年間=365@log-retention/audit', 'duration:90日間=90@log-retention/access']);
  assert.deepEqual(facts('Audit logs are kept for 2 years and access logs for 90 days.'), [
    'duration:for 2 years=730@log-retention/audit',
    'duration:for 90 days=90@log-retention/access',
  ]);
  assert.deepEqual(facts('Backups run every 6 hours and are kept for one year; logs are kept indefinitely.'), [
    'frequency:every 6 hours@backup-frequency',
    'duration:for one year=365@backup-retention',
    'indefinite:indefinitely@log-retention/general',
  ]);
});

test("a fact whose sentence names no topic takes the section's subject, marked inferred", () => {
  assert.deepEqual(facts('保存期間:180日間', 'log'), ['duration:180日間=180@log-retention/general (inferred)']);
  assert.deepEqual(facts('本サービス解約日より60日経過後', 'deletion'), ['duration:60日経過後=60@deletion (inferred)']);
  assert.deepEqual(facts('保存期間:180日間'), ['duration:180日間=180@other']);
});

test('no periods in dates, versions, control ids, percentages or times of day', () => {
  assert.deepEqual(facts('2026年4月1日に改訂しました。'), []);
  assert.deepEqual(facts('Version 2.0 adds control 12.3.1 and CLD.8.1.5.'), []);
  assert.deepEqual(facts('稼働率は99.9%です。'), []);
  assert.deepEqual(facts('4月1日から受付を開始します。'), []);
});

test('sentences end at full stops and line breaks', () => {
  const text = '一文目です。二文目です\n三行目. Last one!';
  assert.deepEqual(splitSentences(text).map((r) => text.slice(r.start, r.end).trim()), ['一文目です。', '二文目です', '三行目.', 'Last one!']);
});

test('pathological input completes', () => {
  const text = `${'9'.repeat(200_000)}${'日'.repeat(200_000)}${'一'.repeat(100_000)}${'for '.repeat(50_000)}`;
  assert.ok(Array.isArray(extractFacts(text)));
});
