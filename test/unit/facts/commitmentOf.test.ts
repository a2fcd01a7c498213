// Who commits to what a sentence says: the provider, the customer, a third party, or no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commitmentOf } from '../../../server/src/facts/commitmentOf';
import { providerNames } from '../../../server/src/facts/providerNames';

test('the provider: we, 当社, the Service, or the document speaking in its own voice', () => {
  assert.equal(commitmentOf('We notify affected customers promptly.'), 'provider');
  assert.equal(commitmentOf('If you close your account, we delete your data promptly.'), 'provider');
  assert.equal(commitmentOf('当社は、障害を検知した場合、速やかにお客様へ通知します。'), 'provider');
  assert.equal(commitmentOf('お客様が退会した場合、当社は一定期間経過後にデータを削除します。'), 'provider');
  assert.equal(commitmentOf('ログは一定期間保存しております。'), 'provider');
  assert.equal(commitmentOf('Customer data is deleted promptly after termination.'), 'provider');
  // What the customer agrees to is the clause after "that", whoever acts in it.
  assert.equal(commitmentOf('The Customer agrees that within a reasonable time after termination, Northwind shall delete the data.', 40), 'provider');
});

test('the customer: a duty of the customer as subject, an instruction, a notice owed to the provider', () => {
  assert.equal(commitmentOf('You must notify us promptly of any breach.'), 'customer');
  assert.equal(commitmentOf('Customers shall report suspected incidents promptly.'), 'customer');
  assert.equal(commitmentOf('2. ユーザーは、当社から求められた場合はいつでも、遅滞なく資料を返却しなければなりません。'), 'customer');
  assert.equal(commitmentOf('速やかにご確認ください。'), 'customer');
  assert.equal(commitmentOf('大量のファイルを作成する場合は事前にご相談ください。'), 'customer');
  assert.equal(commitmentOf('1. give Northwind prompt written notice of the claim', undefined, ['Northwind']), 'customer');
  assert.equal(commitmentOf('1. give Northwind prompt written notice of the claim'), 'provider');
});

test('a third party: a contract party in general, a processor, a cloud, an authority', () => {
  assert.equal(commitmentOf('The defaulting Party shall promptly notify the other Party of the event.'), 'third-party');
  assert.equal(commitmentOf('Subprocessors must delete data promptly after the engagement ends.'), 'third-party');
  assert.equal(commitmentOf('8. 受領者は、契約の終了時、遅滞なく秘密情報を返却しなければなりません。'), 'third-party');
  assert.equal(commitmentOf('委託先は、業務終了後速やかにデータを消去します。'), 'third-party');
  // A duty both parties share binds the provider too.
  assert.equal(commitmentOf('Each party shall notify the other promptly of any security incident.'), 'provider');
  // A list of whom the provider tells names no subject of its own.
  assert.equal(commitmentOf('Northwind shall promptly notify customers, partners, users and regulatory agencies.'), 'provider');
});

test('no one: a question, a definition, an example', () => {
  assert.equal(commitmentOf('How long is data kept after cancellation?'), 'none');
  assert.equal(commitmentOf('データは解約後どのくらい保存されますか。'), 'none');
  assert.equal(commitmentOf('"Retention Period" means the period the customer sets for its data.'), 'none');
  assert.equal(commitmentOf('For example, a log can be kept for a short period.'), 'none');
  assert.equal(commitmentOf('例えば、一定期間後に削除する設定ができます。'), 'none');
});

test('the provider names a text gives itself as a subject at least five times', () => {
  const text = Array.from({ length: 5 }, (_, i) => `Northwind maintains control ${i}. The Service is reviewed.`).join('\n');
  assert.deepEqual(providerNames(text), ['Northwind']);
  assert.deepEqual(providerNames('Northwind maintains logs. The Customer is responsible.'), []);
});

test('a passive names the one acted on, and a customer who may write owes nothing', () => {
  assert.equal(commitmentOf('Where required by law, affected parties should be notified based on severity.'), 'provider');
  assert.equal(commitmentOf('Your data is retained for a defined period, during which you can contact us to arrange an export.'), 'provider');
  assert.equal(commitmentOf('Please notify us of any suspected breach.'), 'customer');
});

test("a table cell starts a clause: a row's customer duty is the customer's", () => {
  const row = '| Storage limitation | You must ensure that personal data is stored for no longer than is necessary. |';
  assert.equal(commitmentOf(row, row.indexOf('no longer')), 'customer');
  const ours = '| Backups | We keep backups for a limited period. |';
  assert.equal(commitmentOf(ours, ours.indexOf('limited')), 'provider');
});

test('a sentence without a Latin letter is read the same with or without the provider\'s names (vague-period reads them only for one with)', () => {
  const names = ['Northwind', 'ISRG', 'Acme-Cloud', 'Ss'];
  const sentences = [
    '当社は、障害を検知した場合、速やかにお客様へ通知します。',
    'お客様が退会した場合、当社は一定期間経過後にデータを削除します。',
    '2. ユーザーは、当社から求められた場合はいつでも、遅滞なく資料を返却しなければなりません。',
    '速やかにご確認ください。',
    '委託先は、業務終了後速やかにデータを消去します。',
    '当社に速やかに通知してください。',
    'ログは一定期間保存しております。',
    'ｎｏｒｔｈｗｉｎｄは速やかに通知します。',
    'ſs は速やかに通知します。',
  ];
  for (const sentence of sentences) {
    for (const at of [undefined, 4]) assert.equal(commitmentOf(sentence, at, names), commitmentOf(sentence, at), sentence);
  }
  // With a Latin name written in it, the names count: the reason they are read for such a sentence.
  assert.notEqual(commitmentOf('1. give Northwind prompt written notice of the claim', undefined, ['Northwind']), commitmentOf('1. give Northwind prompt written notice of the claim'));
});

test("a DPA's roles (ruling Q6): the processor and 受託者 are the provider, the controller, the data exporter and 委託者 the customer", () => {
  assert.equal(commitmentOf('Processor shall delete or return all Personal Data within a reasonable time after termination.'), 'provider');
  assert.equal(commitmentOf('The data importer shall notify the data exporter without undue delay.'), 'provider');
  assert.equal(commitmentOf('受託者は、契約終了後速やかに個人データを消去します。'), 'provider');
  assert.equal(commitmentOf('The Controller shall promptly notify the Processor of any change to its instructions.'), 'customer');
  assert.equal(commitmentOf('Data Controller must provide its instructions without undue delay.'), 'customer');
  assert.equal(commitmentOf('委託者は、速やかに受託者に通知するものとします。'), 'customer');
  // "Notify the Processor": the reader tells the provider.
  assert.equal(commitmentOf('Any objection must notify the Processor promptly in writing.'), 'customer');
  // A controller named as a subject five times is no name of the provider's.
  const dpa = Array.from({ length: 5 }, (_, i) => `Controller shall give instruction ${i}. Northwind shall follow it.`).join('\n');
  assert.deepEqual(providerNames(dpa), ['Northwind']);
});
