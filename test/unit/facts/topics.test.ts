// Which promise a period belongs to, read from its sentence: the nearest
// topic word, in its own clause first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicOfHeading } from '../../../server/src/facts';
import { fact, summary } from './read';

test('each topic from its keywords, in both languages', () => {
  const cases: [string, string, string][] = [
    ['契約終了後30日以内に利用者のデータを削除します。', '30日以内', 'deletion'],
    ['退会後、記録媒体上の情報は90日で抹消します。', '90日', 'deletion'],
    ['Customer content is purged within 30 days.', 'within 30 days', 'deletion'],
    ['解約後14日間はデータをエクスポートできます。', '14日間', 'data-return'],
    ['Customers can export their data for 30 days after termination.', 'for 30 days', 'data-return'],
    ['バックアップは14日間保持します。', '14日間', 'backup-retention'],
    ['バックアップは毎日取得します。', '毎日', 'backup-frequency'],
    ['Snapshots are taken hourly.', 'hourly', 'backup-frequency'],
    ['Snapshots are retained for 35 days.', 'for 35 days', 'backup-retention'],
    ['ログは1年間保存します。', '1年間', 'log-retention'],
    ['Logs are retained for 400 days.', 'for 400 days', 'log-retention'],
    ['個人情報の漏えいが判明した場合は72時間以内に報告します。', '72時間以内', 'incident-notification'],
    ['We notify customers of a breach within 48 hours.', 'within 48 hours', 'incident-notification'],
    ['仕様の変更は30日前までに通知します。', '30日前まで', 'change-notice'],
    ['Material changes are announced 60 days in advance.', '60 days in advance', 'change-notice'],
    ['時刻はNTPで1時間ごとに同期します。', '1時間ごと', 'clock-source'],
    ['TLS certificates are renewed every 90 days.', 'every 90 days', 'encryption-in-transit'],
    ['暗号鍵は1年ごとに更新します。', '1年ごと', 'encryption-at-rest'],
  ];
  for (const [text, phrase, topic] of cases) assert.equal(fact(text, phrase).topic, topic, text);
});

test('how long logs can be had is how long they are kept; a deadline or a window after leaving is the return', () => {
  const cases: [string, string, string][] = [
    ['Per our retention policy, audit logs can be retrieved for up to 12 months.', 'up to 12 months', 'log-retention'],
    ['Audit logs are signed, and can be exported for the last 90 days.', 'the last 90 days', 'log-retention'],
    ['監査ログは最大1年間エクスポートできます。', '最大1年間', 'log-retention'],
    ['古い操作ログも、最長1年間さかのぼってダウンロードできます。', '最長1年間', 'log-retention'],
    ['Logs can be downloaded within 30 days of the request.', 'within 30 days', 'data-return'],
    ['After cancellation, your data and logs can be exported for 30 days.', 'for 30 days', 'data-return'],
    ['We review logs weekly, and you can export your data for 30 days.', 'for 30 days', 'data-return'],
  ];
  for (const [text, phrase, topic] of cases) assert.equal(fact(text, phrase).topic, topic, text);
});

test('the nearest topic word wins when several compete in one sentence', () => {
  assert.deepEqual(summary('バックアップは毎日取得し7世代保存、ログは180日間保存します。'), [
    'frequency:毎日@backup-frequency',
    'generations:7世代=7@backup-retention',
    'duration:180日間=180@log-retention/general',
  ]);
  assert.deepEqual(summary('Backups run every 6 hours and are kept for one year; logs are kept indefinitely.'), [
    'frequency:every 6 hours@backup-frequency',
    'duration:for one year=365@backup-retention',
    'indefinite:indefinitely@log-retention/general',
  ]);
  assert.deepEqual(summary('解約後30日以内にデータを削除しますが、バックアップは最大35日間残ります。'), [
    'duration:30日以内=30@deletion',
    'duration:最大35日間=35@backup-retention',
  ]);
});

test('log kinds, one per clause', () => {
  assert.deepEqual(summary('監査ログは1年間、アクセスログは90日間、操作ログは6か月保存します。'), [
    'duration:1年間=365@log-retention/audit',
    'duration:90日間=90@log-retention/access',
    'duration:6か月=180@log-retention/operation',
  ]);
  assert.deepEqual(summary('Audit logs are kept for 2 years and access logs for 90 days.'), [
    'duration:for 2 years=730@log-retention/audit',
    'duration:for 90 days=90@log-retention/access',
  ]);
  for (const [text, kind] of [
    ['アプリケーションログは30日間保存します。', 'application'],
    ['イベントログは30日間保存します。', 'event'],
    ['通信ログは30日間保存します。', 'network'],
    ['ネットワークのログは30日間保存します。', 'network'],
    ['認証ログは30日間保存します。', 'authentication'],
    ['システムログは30日間保存します。', 'system'],
    ['監査証跡は30日間保存します。', 'audit'],
    ['Authentication logs are kept for 30 days.', 'authentication'],
    ['Flow logs are kept for 30 days.', 'network'],
    ['ログは30日間保存します。', 'general'],
  ]) assert.equal(fact(text, /^[A-Z]/.test(text) ? 'for 30 days' : '30日間').logKind, kind, text);
});

test('a kind named before a list with a bare "log" in the period\'s clause is logs in general', () => {
  assert.equal(fact('アクセスログ、その他の運用ログを最低2年間保存します。', '最低2年間').logKind, 'general');
  assert.equal(fact('監査ログは、1年間保存します。', '1年間').logKind, 'audit');
});

test('a notice verb in the clause outranks a subject in another clause', () => {
  assert.equal(fact('インシデントの発生時はログを確認し、72時間以内に通知します。', '72時間以内').topic, 'incident-notification');
});

test('notice counted back from an event is a change notice', () => {
  assert.equal(fact('作業は2週間前にお知らせします。', '2週間前に').topic, 'change-notice');
});

test('periods that keep nothing: reviews, tests, restores and recovery times', () => {
  assert.equal(fact('ログは定期的に確認します。', '定期的に').topic, 'other');
  assert.equal(fact('Logs are reviewed weekly.', 'weekly').topic, 'other');
  assert.equal(fact('バックアップからの復元は4時間以内に完了します。', '4時間以内').topic, 'other');
  assert.equal(fact('Backups are tested quarterly.', 'quarterly').topic, 'other');
  assert.equal(fact('障害は4時間以内に復旧します。', '4時間以内').topic, 'other');
  assert.equal(fact('ログは毎日収集します。', '毎日').topic, 'other');
  assert.equal(fact('ログは1年間保存し、定期的に確認します。', '1年間').topic, 'log-retention');
});

test('how far back a restore reaches is how long backups are kept', () => {
  assert.equal(fact('バックアップは毎日取得し、最大35日前の時点まで復元できます。', '最大35日前').topic, 'backup-retention');
  assert.equal(fact('Daily backups are taken; backups from the last 14 days are available for restore.', 'the last 14 days').topic, 'backup-retention');
  assert.equal(fact('Point-in-time recovery is available for up to 7 days, from backups taken every day.', 'up to 7 days').topic, 'backup-retention');
  assert.equal(fact('Backups are restored within 4 hours.', 'within 4 hours').topic, 'other', 'a deadline to restore is still no retention');
});

test("in a backup section, how often restores are tested or drilled is neither the backups' period nor their cadence", () => {
  assert.equal(fact('The recovery procedure is tested on a 90-day cycle.', '90-day', 'backup').topic, 'other');
  assert.equal(fact('復元テストは、90日以内に完了します。', '90日以内', 'backup').topic, 'other');
  assert.equal(fact('復旧手順の訓練を6か月に1回実施します。', '6か月に1回', 'backup').topic, 'other');
  assert.equal(fact('Disaster recovery drills are held every 6 months.', 'every 6 months', 'backup').topic, 'other');
  assert.equal(fact('Restore tests are carried out within 90 days of each major release.', 'within 90 days', 'backup').topic, 'other');
  // A restore window or a copy kept is still lent the section's subject, a test beside it or not.
  assert.equal(fact('Recovery to any point in the last 7 days is possible.', 'the last 7 days', 'backup').topic, 'backup-retention');
  assert.equal(fact('Copies are kept for 30 days and tested monthly.', 'for 30 days', 'backup').topic, 'backup-retention');
});

test('a notice sent after an emergency change is no notice period', () => {
  assert.equal(fact('緊急の修正は適用後速やかにお知らせします。', '速やかに').topic, 'other');
  assert.equal(fact('Urgent fixes are announced promptly after release.', 'promptly').topic, 'other');
  assert.equal(fact('変更は速やかに通知します。', '速やかに').topic, 'change-notice');
});

test('vague cadences of backups are their frequency, vague lengths their retention', () => {
  assert.equal(fact('バックアップは定期的に取得します。', '定期的に').topic, 'backup-frequency');
  assert.equal(fact('バックアップは一定期間保持します。', '一定期間').topic, 'backup-retention');
});

test('"ログイン" is no log and "login" no log either', () => {
  assert.equal(fact('ログイン後15分間操作がないとロックします。', '15分間').topic, 'other');
  assert.equal(fact('Users log in again after 15 minutes.', 'after 15 minutes').topic, 'other');
});

test('a period with only 解約 or termination near it is taken for the deletion, marked inferred', () => {
  const f = fact('解約日から60日経過後', '60日経過後');
  assert.equal(f.topic, 'deletion');
  assert.equal(f.inferred, true);
  assert.equal(fact('After termination, the account stays readable for 30 days.', 'for 30 days').inferred, true);
  const vague = fact('利用契約が終了した場合、アカウントは速やかに無効な状態へ変更します。', '速やかに');
  assert.equal(vague.topic, 'deletion');
  assert.equal(vague.inferred, true);
});

test('headings name a subject', () => {
  assert.equal(topicOfHeading('データの削除'), 'deletion');
  assert.equal(topicOfHeading('Backup and restore'), 'backup');
  assert.equal(topicOfHeading('ログの保存期間'), 'log');
  assert.equal(topicOfHeading('インシデント発生時の対応'), 'incident-notification');
  assert.equal(topicOfHeading('変更管理'), 'change-notice');
  assert.equal(topicOfHeading('データの保管場所(リージョン)'), 'data-location');
  assert.equal(topicOfHeading('準拠法'), 'governing-law');
  assert.equal(topicOfHeading('時刻同期'), 'clock-source');
  assert.equal(topicOfHeading('はじめに'), undefined);
});

test('a log described in words is its own kind, not logs in general', () => {
  assert.equal(fact('アクセスログ、サービス運用に関するログを最低2年間保存します。', '最低2年間').logKind, 'described');
  assert.equal(fact('ログは最低2年間保存します。', '最低2年間').logKind, 'general');
  assert.equal(fact('Logs of administrator sign-ins are kept for 2 years.', 'for 2 years').logKind, 'described');
  assert.equal(fact('Logs of the service are kept for 2 years.', 'for 2 years').logKind, 'general');
  // A noun naming one sort of log opens the subject: that log's period, not every log's.
  assert.equal(fact('Endpoint logs are retained for 90 days.', 'for 90 days').logKind, 'named');
  assert.equal(fact('Our build logs are kept for 30 days.', 'for 30 days').logKind, 'named');
  assert.equal(fact('ビルドログは30日間保存します。', '30日間').logKind, 'named');
  assert.equal(fact('All logs are retained for 90 days.', 'for 90 days').logKind, 'general');
  assert.equal(fact('Security logs are kept for one year.', 'for one year').logKind, 'general');
  assert.equal(fact('We keep logs for 90 days.', 'for 90 days').logKind, 'general');
  assert.equal(fact('各種ログは1年間保存します。', '1年間').logKind, 'general');
});

test('how soon logs are moved elsewhere is no retention; how often backups are moved is still their cadence', () => {
  assert.deepEqual(summary('Logs are shipped to our SIEM within 15 minutes and retained for one year.'), [
    'duration:within 15 minutes=0.01@other',
    'duration:for one year=365@log-retention/general',
  ]);
  assert.equal(fact('ログは収集後5分以内に分析基盤へ転送します。', '5分以内').topic, 'other');
  assert.equal(fact('バックアップデータは毎日遠隔地へ転送します。', '毎日').topic, 'backup-frequency');
});

test('how soon a backup is made, or logs are delivered, is no retention', () => {
  assert.equal(fact('バックアップの取得結果を毎朝確認し、失敗した場合は当日中に再取得します。', '当日中', 'backup').topic, 'other');
  assert.equal(fact('Events are delivered to our central logging system within 15 minutes.', 'within 15 minutes', 'log').topic, 'other');
  assert.equal(fact('ログは発生から5分以内にSIEMへ連携します。', '5分以内', 'log').topic, 'other');
  // A deadline beside a word of keeping is still a retention.
  assert.equal(fact('バックアップは毎日取得し、最大30日間保持します。', '最大30日間').topic, 'backup-retention');
});

test('the words after "of" qualify the noun before them, and an absolute phrase between commas is an aside', () => {
  assert.deepEqual(summary('- Audit logs of account and permission changes: kept for 1 year.'), ['duration:for 1 year=365@log-retention/audit']);
  assert.equal(fact('Backups of deleted data are kept for 30 days.', 'for 30 days').topic, 'backup-retention');
  assert.equal(fact('We delete all customer data, backups included, within 30 days after the contract ends.', 'within 30 days').topic, 'deletion');
});

test('a recovery objective is no retention, in the backup section or out of it', () => {
  assert.equal(fact('Recovery Point Objective: 1 day', '1 day', 'backup').topic, 'other');
  assert.equal(fact('目標復旧時間(RTO)は4時間です。', '4時間', 'backup').topic, 'other');
  assert.equal(fact('目標復旧時点(RPO)は24時間、バックアップは7日間保持します。', '7日間').topic, 'backup-retention');
});

test('a period something is kept for before it is deleted is its retention, past the comma after its subject', () => {
  assert.equal(fact('監査ログは、13か月間保管した後に削除します。', '13か月間').topic, 'log-retention');
  assert.equal(fact('バックアップは、30日間保存した後に消去します。', '30日間').topic, 'backup-retention');
  assert.equal(fact('契約終了後、30日間保管した後に削除します。', '30日間').topic, 'deletion', 'no subject before it: the deletion it leads to');
});

test('a deletion said not to happen is no subject: the period is how long the thing is kept at the least', () => {
  assert.equal(fact('クラウドシステムに対する全ての操作はログに保管し最低1年間は破棄いたしません。', '最低1年間').topic, 'log-retention');
  assert.equal(fact('Audit logs are not deleted for 90 days.', 'for 90 days').topic, 'log-retention');
  assert.equal(fact("Backups won't be deleted for 30 days.", 'for 30 days').topic, 'backup-retention');
  // A deletion that happens is still one.
  assert.equal(fact('Audit logs are deleted after 90 days.', 'after 90 days').topic, 'deletion');
  assert.equal(fact('契約終了後30日以内にデータを破棄いたします。', '30日以内').topic, 'deletion');
});

test("how long a piece of work lasts is never the notice's lead time; a bound counted back from the change still is", () => {
  assert.equal(fact('Scheduled maintenance windows last up to 2 hours and are announced in advance.', 'up to 2 hours').topic, 'other');
  assert.equal(fact('We will let you know if the window changes and if a release goes over 15 minutes of downtime.', 'over 15 minutes').topic, 'other');
  assert.equal(fact('メンテナンスは事前にお知らせします。作業時間は最大30分です。', '最大30分').topic, 'other');
  assert.equal(fact('Maintenance is announced up to 30 days in advance.', 'up to 30 days in advance').topic, 'change-notice');
  assert.equal(fact('メンテナンスは7日前までにお知らせします。', '7日前まで').topic, 'change-notice');
});

test('signing in is no logging: "logging in to" the CLI dates no log', () => {
  assert.notEqual(fact('Tokens generated by logging in to the CLI expire after 1 hour.', 'after 1 hour').topic, 'log-retention');
  assert.notEqual(fact('After logging out, sessions are removed within 1 hour.', 'within 1 hour').topic, 'log-retention');
  assert.equal(fact('We keep logging data for 30 days.', 'for 30 days').topic, 'log-retention');
});
