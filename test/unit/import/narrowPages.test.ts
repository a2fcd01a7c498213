// A narrow page's title, summary line or party names announce; they answer nothing. An account that lapses or a plan
// that shrinks deletes the customer's data as a cancellation does; records past their own retention period do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announcesTopics } from '../../../server/src/import/announcesTopics';
import { partyNames, withoutPartyNames } from '../../../server/src/import/partyNames';
import { deletedAtLapse } from '../../../server/src/import/accountLapses';
import { backupProductTerms } from '../../../server/src/import/backupProduct';
import { deletesStaffRecords } from '../../../server/src/import/staffRecords';
import { recognizeControls } from '../../../server/src/import/recognizeControls';

const ids = (heading: string, body: string, options: Parameters<typeof recognizeControls>[3] = {}) => recognizeControls(heading, body, [], options).map((c) => c.id).sort();

test('an opening of a date and a sentence listing topics announces; a sentence that states a practice does not', () => {
  assert.ok(announcesTopics('Security measures, encryption, access controls, incident response, and breach notification procedures.\nLast updated: 3 March 2026'));
  assert.ok(announcesTopics('2026年1月20日更新\n本ページでは、暗号化、アクセス管理、インシデント対応についてご案内します。'));
  assert.ok(!announcesTopics('We encrypt customer data, review access every quarter and report incidents within 24 hours.'));
  assert.ok(!announcesTopics('インシデントが発生した場合は、24時間以内にお客様へ通知します。'));
});

test('a title over an opening that only announces names no control the page leaves unanswered', () => {
  const summary = 'Encryption, access management, incident handling and breach disclosure.\nLast updated: 12 February 2026';
  assert.deepEqual(ids('Data Security & Incident Disclosure', summary, { title: true, opening: true, borne: new Set() }), []);
  assert.deepEqual(ids('Data Security & Incident Disclosure', summary, { title: true, opening: true, borne: new Set(['16.1.1', '16.1.2']) }), ['16.1.1', '16.1.2'], 'sections of the page take it up');
});

test("a party's defined name is blanked, a topic of the same word is not", () => {
  assert.deepEqual(partyNames('1.1 Customer authorizes SUBPROCESSOR to Process data.\n1.2 SUBPROCESSOR shall keep it confidential.'), ['SUBPROCESSOR']);
  assert.deepEqual(partyNames('株式会社A（以下「委託先」という。）は'), ['委託先']);
  assert.deepEqual(partyNames('Our SECURITY team NEVER shares data.'), [], 'an emphasised word is no party');
  const blank = withoutPartyNames('株式会社A（以下「委託先」という。）');
  assert.equal(blank('委託先は再委託先を監督する'), '   は再委託先を監督する', 'a subcontractor stays a subcontractor');
  assert.equal(withoutPartyNames('Acme ("Supplier") and SUPPLIER shall')('Supplier shall engage Sub-processors'), '         shall engage Sub-processors');
});

test('the service an agreement covers, defined by its product name, is blanked: a backup product is no backup practice', () => {
  assert.deepEqual(partyNames('当社が提供するハヤテクラウドバックアップ（以下「本サービス」という。）の利用条件'), ['ハヤテクラウドバックアップ']);
  assert.deepEqual(partyNames('These terms govern Kestrel Vault Backup (the "Service") as provided by Kestrel Ltd.'), ['Kestrel Vault Backup']);
  const blank = withoutPartyNames('「ハヤテ備品管理」（以下「本サービス」といいます）');
  assert.equal(blank('ハヤテ備品管理 利用規約'), '        利用規約');
  assert.deepEqual(partyNames('本サービス（以下「本サービス」という。）'), [], 'the service by its generic name is no product name');
});

test('data deleted when an account lapses or a plan shrinks; not a customer deleting on a plan, nor an inactive account', () => {
  assert.ok(deletedAtLapse('', 'When payments have been declined for 60 days the account is deactivated, and 120 days later the account and all its data are deleted.'));
  assert.ok(deletedAtLapse('How long is data kept for an account whose payments stopped?', 'The account is kept 90 days; after that all of its projects are deleted.') === undefined, 'the question names no lapse in these words');
  assert.ok(deletedAtLapse('ストレージ容量の制限', 'ダウングレード後は、上限を超えた動画を削除してください。削除されない場合、古い動画から自動的に削除されます。'));
  assert.ok(deletedAtLapse('', 'On the Free plan you can delete files at any time.') === undefined);
});

test('a page on leaving says the leaving once: in its title or the sentence before what it deletes or gives back', () => {
  assert.ok(deletedAtLapse('In brief', 'Your plan stays active to the end of the term. Files beyond the free allowance are then removed.', 'What becomes of my files if I cancel my plan?'));
  assert.ok(deletedAtLapse('', 'If you terminate your subscription we keep your data for 45 days. After this period all of your data is erased.'));
  assert.ok(deletedAtLapse('Before you go', 'Download the files you wish to keep as one archive.', 'Cancelling your subscription'), 'a way back counts too');
  assert.ok(deletedAtLapse('', 'Your plan renews each month. Deleted notebooks stay in the trash for 30 days.') === undefined, 'no leaving said');
  assert.ok(deletedAtLapse('退職者が出た場合、そのアカウントを停止できますか？', '管理者はいつでもアカウントを停止または削除できます。') === undefined, "a leaver's account is access, not the customer's data");
});

test("a backup product's terms, named in their title or opening, sell backups", () => {
  assert.ok(backupProductTerms('terms', 'Harbourline Vault Backup Terms of Service', ''));
  assert.ok(backupProductTerms('terms', '利用規約', '第1条（適用）\n当社は、本規約に基づき、クラウドバックアップサービスを提供します。'));
  assert.ok(!backupProductTerms('terms', 'ホスティングサービス利用規約', '当社は、本規約に基づき、レンタルサーバーサービスを提供します。'), "a host's terms");
  assert.ok(!backupProductTerms('whitepaper', 'Backup and recovery at Harbourline', ''), 'a page on the provider\'s own backups');
});

test("deleting log data is the log's keeping, not the customer's data leaving", () => {
  assert.deepEqual(ids('ログデータの削除', '不要になったログデータは、ファイル管理画面から削除できます。削除したログデータは元に戻せません。'), ['12.4.1']);
});

test('records deleted when their own retention period ends are a schedule, not the end of the contract', () => {
  assert.deepEqual(ids('保存期間終了データ削除のお知らせ', '保存期間が終了した打刻データの削除を3月1日に実施いたします。削除対象データは復元できません。'), []);
  assert.deepEqual(ids('契約終了時のデータ削除', '契約終了後30日以内にすべてのデータを削除します。'), ['CLD.8.1.5']);
});

test("an account's administrator and a plan's storage quota are no account management or capacity management", () => {
  assert.deepEqual(ids('ファイル保存ポリシー', 'アカウント管理者は既定の保存期間を設定できます。アカウント管理者が設定した期間は全フォルダーに適用されます。'), []);
  assert.deepEqual(ids('ストレージ容量の制限', 'プランごとのストレージ容量の上限を超えた場合は、追加容量をご購入ください。'), []);
  assert.ok(ids('容量の管理', 'サーバーの容量を監視し、不足する前に増設します。').includes('12.1.3'), "the provider's own capacity still is");
});

test("a retention schedule's line names what is kept, not a practice of its topic", () => {
  assert.deepEqual(ids('Employee Data', '- Payroll records: 7 years\n- Security training records: 3 years'), []);
  assert.deepEqual(ids('Security Data', '- Audit logs: 2 years\n- Security logs: 1 year minimum'), ['12.4.1']);
  assert.ok(ids('Staff', 'Security training: every employee completes security awareness training when they join and every year after.').includes('7.2.2'));
});

test("a page deleting the records of the customer's staff who left asks nothing of the customer leaving", () => {
  assert.ok(deletesStaffRecords('Data deletion for leavers\nWhen an employee leaves your company, you can delete their timesheets and personal data.'));
  assert.ok(deletesStaffRecords('退職したスタッフの打刻データは、ご依頼によりサポートで削除いたします。\n誤って登録したスタッフの削除も承ります。'));
  assert.ok(!deletesStaffRecords('When an employee leaves, their data is deleted. When your contract ends, all customer data is deleted within 30 days.'), 'the customer leaving too');
  assert.ok(!deletesStaffRecords('When an employee leaves Quillrun, their accounts and access are removed within a day.'), 'access, not records');
  assert.ok(!deletesStaffRecords('Terminated instances are deleted with their data.'), 'no staff');
});
