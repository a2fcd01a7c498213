// The kind of page a published text is, judged before its sections are read, and what it changes: off a whitepaper a
// heading word names a provider's practice only where the section says it; a customer's rules for choosing providers
// answer nothing but the ids they write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageKind } from '../../../server/src/import/pageKind';
import { recognizeControls } from '../../../server/src/import/recognizeControls';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';

const kind = (title: string, text = '', headings: string[] = []) => pageKind({ title, text: `${title}\n\n${text}`, headings });

test('the kind of page, from its title, opening, headings and words', () => {
  assert.equal(kind('Acme Cloud Security Whitepaper'), 'whitepaper');
  assert.equal(kind('サービスのセキュリティについて', 'ISO/IEC 27017 の管理策ごとに説明します。'), 'whitepaper');
  assert.equal(kind('Acme Data Processing Addendum'), 'dpa');
  assert.equal(kind('サービスレベル合意書(SLA)'), 'sla');
  assert.equal(kind('クラウド会計 利用規約'), 'terms');
  assert.equal(kind('Pinecask Drive security features'), 'features');
  assert.equal(kind('製品情報', '', ['IPアドレス制限機能', 'パスワード付き送信機能']), 'features');
  assert.equal(kind('クラウドサービス利用基準'), 'procurement');
  const asked = ['The provider must encrypt stored data.', 'The provider must keep data in Japan.', 'The provider must hold an ISO/IEC 27001 certificate.'].join('\n');
  assert.equal(kind('Choosing online tools', asked), 'procurement', 'requirements put to providers, the page not speaking for one');
});

test("the provider's own agreement, whose clauses say what its Vendor shall do, is no customer's requirements", () => {
  const clauses = ['Vendor shall encrypt Customer Data at rest.', 'Vendor shall notify Customer of a breach.', 'Vendor shall delete Customer Data on request.', 'Vendor shall keep records of processing.'].join('\n');
  const named = `Customer and Larchway Storage Inc. (referred to herein as "Vendor") adopt this addendum.\n${clauses}`;
  assert.equal(kind('Service Level Agreement', named), 'sla', 'the provider named as the Vendor');
  assert.equal(kind('General Terms and Conditions', `These Terms and Conditions govern the orders between Client and Supplier.\n${clauses.replaceAll('Vendor', 'Supplier')}`), 'terms', 'the page names itself as the agreement');
  assert.equal(kind('Choosing online tools', clauses), 'procurement', 'neither: requirements put to a vendor');
  const ja = ['受託者は、データを暗号化していること。', '受託者は、事故を直ちに報告できること。', '受託者は、国内にデータを保管していること。'].join('\n');
  assert.equal(kind('外部委託先の選定', ja.replaceAll('受託者', '委託先')), 'procurement');
  assert.equal(kind('サービス利用規約', `本規約は、当社とお客様との間に適用されます。\n${ja.replaceAll('受託者', '委託先')}`), 'terms');
});

test('off a whitepaper, a heading names a practice only where its section states it', () => {
  const read = (heading: string, body: string, page: 'whitepaper' | 'features' | 'dpa') => recognizeControls(heading, body, [], { page }).map((c) => c.id);
  assert.deepEqual(read('Encryption', 'Files are encrypted.', 'whitepaper'), ['10.1.1']);
  assert.deepEqual(read('Encryption', 'Files are encrypted.', 'features'), [], 'a caption of one bare line');
  assert.deepEqual(read('Encryption', 'Files are encrypted at rest with AES-256 and in transit with TLS 1.2. Keys are rotated every year.', 'features'), ['10.1.1']);
  assert.deepEqual(read('パスワード付き送信機能', 'ファイルを送るときにパスワードを設定すると、受け取る方はパスワードを入力してからダウンロードします。', 'features'), [], 'a setting whose user goes unsaid');
  assert.deepEqual(read('Activity logs', 'Administrators can view and export the activity log of their workspace from the admin console.', 'features'), [], 'a setting the customer uses');
  assert.deepEqual(read('Access Controls', 'The Processor shall ensure that persons authorised to process personal data have committed themselves to confidentiality.', 'dpa'), [], 'no word of access control in its clause');
  assert.deepEqual(read('International Data Transfers', 'Personal data is not transferred outside the European Economic Area unless standard contractual clauses are in place.', 'dpa'), ['6.1.3'], 'where the data may go');
  assert.deepEqual(read('保管場所', 'お客様のデータは、Google Cloud Platform（日本リージョン）に保管されます。', 'dpa'), ['6.1.3'], 'the place, in one sentence');
  assert.deepEqual(read('保管場所', 'お客様のデータは、安全な環境に保管されます。', 'dpa'), [], 'no place named');
});

test("a customer's rules for choosing cloud services answer no control, and its glossary's terms are no sections", () => {
  const text = [
    'クラウドサービス利用基準',
    '',
    '第2条（用語）',
    'クラウド事業者',
    'クラウドサービスを提供する事業者をいう。',
    '利用部門',
    'クラウドサービスを業務に使う当社の部門をいう。',
    '',
    '第3条（事業者に求める要件）',
    '1. 事業者は、保存するデータと通信を暗号化していること。',
    '2. 事業者は、データを日本国内のデータセンターに保管していること。',
    '',
    '第4条（バックアップ）',
    '事業者は、データのバックアップを毎日取得し、障害時に復旧できること。',
    '',
    '第5条（契約終了時の取扱い）',
    '事業者は、契約終了後にデータを消去し、その証明書を発行できること。',
    '',
  ].join('\n');
  const imported = importWhitepaper(text, 'rules.txt');
  assert.deepEqual(imported.controls, []);
  assert.equal(imported.kind.kind, 'requirements', 'so it owes no value either');
  assert.deepEqual(imported.headings.map((h) => h.title), ['第2条（用語）', '第3条（事業者に求める要件）', '第4条（バックアップ）', '第5条（契約終了時の取扱い）']);
});

test("an opening answers by its own words, not by the page's title or a word in passing", () => {
  const text = [
    'Pinecask Drive backup policy',
    '',
    'Pinecask Drive keeps shared files for design studios. This page lists the settings your administrators use, from two-factor sign-in to the region where files are stored.',
    '',
    'Sharing links',
    'Links expire after seven days unless the owner renews them.',
    '',
  ].join('\n');
  assert.deepEqual(importWhitepaper(text, 'page.txt').controls.map((c) => c.id), []);
});

test('a title that names its own subject is that page, whatever its opening cites; a second document in the text is read as its own kind', () => {
  assert.equal(kind('Data Retention Policy', 'This policy covers customer data. Our DPA and sub-processors list are on the legal page.'), 'whitepaper');
  assert.equal(kind('Security Overview', 'Help Center › Security. Was this article helpful?'), 'whitepaper');
  assert.equal(kind('Help: closing your account', 'Help Center › Account'), 'help');
  const text = [
    '# Larkspur Privacy Statement',
    '',
    'This statement explains what personal information we collect.',
    '',
    '## Information we collect',
    '',
    'We collect your name and email address.',
    '',
    '# Larkspur Data Processing Addendum',
    '',
    '## 1. Definitions of roles',
    '',
    'Larkspur processes personal data on behalf of the Customer.',
    '',
    '## Appendix 1: User Accounts and Categories of Data',
    '',
    "Data subjects are the Customer's authorised users. Categories of data: names, email addresses.",
    '',
  ].join('\n');
  const sections = importWhitepaper(text, 'pair.md').headings;
  assert.deepEqual(sections.find((h) => h.title.startsWith('Appendix 1'))!.controls, [], "a DPA's appendix names no account management");
});

test("a maintenance or outage page is read as an SLA: its outage sections, alternatives and customer duties answer no incident handling or shared roles", () => {
  assert.equal(kind('メンテナンス・障害情報について'), 'sla');
  assert.equal(kind('Scheduled maintenance and outages'), 'sla');
  const ids = (heading: string, body: string, page: 'sla' | 'whitepaper') => recognizeControls(heading, body, [], { page }).map((c) => c.id).sort();
  const outage = 'If the service cannot be reached for more than five minutes we post the cause and the expected recovery time on the status page every thirty minutes until it is back.';
  assert.deepEqual(ids('Service outages', outage, 'sla'), []);
  assert.deepEqual(ids('早期復旧が困難な場合の代替手段', '復旧まで4時間以上かかる見込みの場合は、当日分の予約一覧をCSV形式でお送りし、電話での受付に切り替えていただけるようにします。', 'sla'), []);
  assert.deepEqual(ids('Security incidents', 'We notify affected customers of a security incident within 24 hours of confirming it, and keep them informed until it is closed.', 'sla'), ['16.1.1', '16.1.2'], 'an incident named as such still answers');
  assert.deepEqual(ids('障害対応', '障害を検知した場合は、担当者が原因を調査し、お客様に状況をご連絡します。', 'whitepaper'), ['16.1.1', '16.1.2'], 'on a whitepaper an outage heading still reads as incident handling');
  const duties = 'Customer keeps its staff accounts up to date, uses a supported browser and reports any problem it notices through the support portal.';
  assert.deepEqual(ids('Customer responsibilities', duties, 'sla'), []);
  assert.deepEqual(ids('Customer responsibilities', duties, 'whitepaper'), ['CLD.6.3.1']);
});

test("a FAQ entry's question names its topic, and its answer answers it in whatever words", () => {
  const result = importWhitepaper('How far ahead do you announce maintenance windows?\n\nWe announce each one at least ten days before it starts, by email to every workspace owner.\n', 'faq.txt');
  assert.deepEqual(result.controls.map((c) => c.id), ['12.1.2']);
  assert.deepEqual(recognizeControls('Do you encrypt data at rest?', 'No, not at the moment.', [], { page: 'help' }), [], 'a declined question answers nothing');
});
