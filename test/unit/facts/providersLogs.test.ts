// The provider's own logs as a sentence says them, a measures list's bullet with no verb included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectedLog, collectsInformation, loggedAsProperty, statesProvidersLogs } from '../../../server/src/facts/providersLogs';

test('logging said as the act, in a sentence or a bullet with no verb before it', () => {
  for (const sentence of ['We log every administrative request.', 'Every access is recorded and logged.', '- Systems access logged and tracked for auditing purposes', '-   All API calls logged centrally']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
});

test('a user logged in, a bullet of something else, a log the text denies', () => {
  for (const sentence of ['- Users logged in with single sign-on', '- Secure document-destruction policies for all sensitive information', 'Users who have logged out are asked to sign in again.', 'We do not log request bodies.']) {
    assert.ok(!statesProvidersLogs(sentence), sentence);
  }
});

test('logs said not to be deleted are kept', () => {
  for (const sentence of ['アカウントは削除しますが、利用ログは削除しないため、利用時間はリセットされません。', 'Usage logs are not deleted when you delete your account.']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
  assert.ok(!statesProvidersLogs('Deleted files are not kept in the trash.'));
});

test('logging named as a measure of a technical and organisational measures annex', () => {
  for (const sentence of [
    'Technical operations incorporate physical deletion of data carriers, logging of accesses to applications, and SSH encrypted access.',
    'As technical and organisational actions serve the use of VPNs, encrypted connections and the logging of accesses and retrievals.',
    'Input control is achieved through logging, which can take place at various levels.',
    '入力管理として、個人データを入力した者と日時を操作ログとして記録しています。',
  ]) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
  for (const sentence of ['Our platform provides real-time logging of errors in your pipelines.', 'Users can authenticate by logging in with SSO.', 'Disable logging of requests in the runner settings.']) {
    assert.ok(!statesProvidersLogs(sentence), sentence);
  }
});

test("the provider's logs shipped to where they are kept or watched, not the reader's", () => {
  for (const sentence of ['Cloud Platform logs are pushed to the Security Operations Centre.', 'Jump servers must be monitored and logs should be sent to an external tool.', 'WAF audit logs are sent to a separate search cluster.', '監査ログはセキュリティ監視センターへ転送しています。']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
  for (const sentence of ['Your logs are sent to the destination you configure.', 'Log in to the console.', 'お客様のサーバーのログを当社の分析基盤へ転送できます。']) {
    assert.ok(!statesProvidersLogs(sentence), sentence);
  }
});

test('a kind of log the provider keeps or provides, named as such (ruling P4), in English and Japanese', () => {
  for (const sentence of [
    '* Audit logs to let administrators see every change a staff member makes',
    'Acme provides comprehensive audit logs to track all actions performed within your account.',
    'Acme uses logging in its cloud network, enabling forensic analysis of incidents.',
    'Robust write-only logging is present across the entire stack.',
    '- Execution logs retained for error resolution and debugging purposes',
    'The server logs every action taken by an administrator.',
    'We actively monitor and log various cloud services.',
    'Audit Logs enable organization admins to review actions taken by members.',
    '重要な操作の監査ログを保存。',
    'はい、操作ログ、アクセスログなど監査に必要な情報が記録・保存されます。',
  ]) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
});

test('no log of the service (ruling P4): an incident register, a life log, a ticket written down, logs under the customer\'s control, logging vendors', () => {
  for (const sentence of [
    '1. Incident register: each suspected breach is written into the incident register kept by the security lead.',
    'こもれび日記は、利用者自身が毎日の体調を記録し、あとから振り返るためのライフログアプリです。',
    'All support requests need to be sent by email so that all information is properly logged and tickets can be handled.',
    '| Observability data | Metrics and logs | Stored locally, fully under your control |',
    'Acme uses logging and metrics observability providers, including two vendors.',
    'The maximum record limit for audit logs is 50,000 entries.',
    'API credentials are encrypted at rest and never logged in plaintext.',
  ]) {
    assert.ok(!statesProvidersLogs(sentence), sentence);
  }
});

test('ruling Q2: a log of the service\'s use listed among the information collected, as an item or said with the verb', () => {
  for (const item of ['- サービスの利用状況（アクセスログ）', '<li>サービス利用履歴</li>', '<li>端末・ログ情報（IPアドレス、ブラウザ情報、アクセス日時、Cookie等）</li>', '- Log data: IP address, browser type and the pages you visit', '| 技術情報 | アクセスログ、IPアドレス |']) {
    assert.ok(collectedLog(item, true), item);
    assert.ok(!collectedLog(item, false), `${item}: only in a section on what is collected`);
  }
  assert.ok(collectedLog('| 技術情報 | アクセスログ、IPアドレス | 自動取得 |', false), 'a row that says it is taken automatically');
  assert.ok(collectedLog('Log Data: We collect information that your browser sends whenever you visit our website.', false));
  assert.ok(collectedLog('We collect your IP address, browser type, access logs and device identifiers.', false), 'an access log among the data is a log of the use');
});

test('ruling Q2: no log of its own, or no item', () => {
  for (const item of [
    '- IPアドレス、ブラウザの種類、アクセス日時',
    '- Googleアナリティクスによるアクセスログ',
    '- Analytics: access logs collected by Google Analytics under its own terms',
    '- 購入履歴、決済金額',
    'ログは不正利用の調査のために利用します。',
    'We collect member names, phone numbers, billing details and check-in logs.',
    '- Information gathered via cookies, pixel tags, logs, or other similar technologies.',
    '「ユーザー情報」とは、当社のサーバーに保存された各種情報や通信記録その他の一切の情報をいいます。',
    '当社のサーバーに保存された各種情報や通信記録その他の一切の情報をいい、当社が取得した情報を含みます。',
    '- 製品の閲覧履歴、検索履歴',
  ]) {
    assert.ok(!collectedLog(item, true), item);
  }
});

test('logs kept as a duty of the policy, or processed by the platform itself', () => {
  for (const sentence of ['Logs must be kept for all administrators and system operators on sensitive systems.', 'The only personal data the platform processes are access logs of its developers.', 'The platform itself is the processor of certain system and access logs.']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
  assert.ok(loggedAsProperty('All secrets are stored in a secrets manager, with audit trails enabled.'));
});

test('ruling Q2: a section says what it collects by its heading, its first sentence or the lead of a list, not by a verb anywhere', () => {
  assert.ok(collectsInformation('2-2. サービス利用時に自動的に収集される情報', ['- アクセスログ']));
  assert.ok(collectsInformation('Privacy', ['When you use the Service, we may collect the following information:', '- Log data']));
  assert.ok(!collectsInformation('第5条（禁止事項）', ['利用者は、次の行為をしてはなりません。', '- 他人の登録情報、アクセス履歴を不正に取得する行為']));
});

test('an incident register records breaches, no log of the service', () => {
  assert.ok(!statesProvidersLogs('The company shall maintain a process to record or log all breaches of unsecured data.'));
});
