// The importer on published whitepapers written in each heading style.
// The generated YAML is pinned in golden files; positions map back to the original.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { headingControls, ownOutline } from '../../../server/src/import/headingControls';
import { importWhitepaper, weaklyRecognised, withoutInferredControlFindings } from '../../../server/src/import/importWhitepaper';
import { checkGolden } from '../../helpers/golden';

const PUBLISHED = join(__dirname, '..', '..', 'fixtures', 'published');
const FIXTURES = ['angle-headings.ja.txt', 'numbered-2022.ja.txt', 'chapters.ja.txt', 'markdown.en.md', 'marks.ja.txt', 'pdf-layout.ja.txt', 'plain-headings.en.txt'];

for (const name of FIXTURES) {
  test(`${name}: imports to valid YAML that matches the golden file`, () => {
    const result = importWhitepaper(readFileSync(join(PUBLISHED, name), 'utf8'), name);
    checkGolden(`import/${name}.wp.yaml`, result.yaml);
    const findings = createAnalyzer(WHITEPAPER).analyze(result.yaml).findings;
    const format = findings.filter((f) => ['yaml-syntax', 'unknown-key', 'missing-key', 'invalid-value', 'duplicate-key'].includes(f.ruleId));
    assert.deepEqual(format.map((f) => `${f.ruleId} ${JSON.stringify(f.data)}`), []);
  });
}

test('control references in the forms real whitepapers use', () => {
  const ids = (heading: string) => headingControls(heading).ids;
  assert.deepEqual(ids('8.13 データのバックアップ ([ISO/IEC 27001:2013] A.12.3.1)'), ['12.3.1']);
  assert.deepEqual(ids('5.17 パスワードと認証 ([ISO/IEC 27001:2013] A.9.2.4, A.9.3.1, A.9.4.2)'), ['9.2.4', '9.3.1', '9.4.2']);
  assert.deepEqual(ids('ログの保存 (ISO/IEC27017 項:12.4.1)'), ['12.4.1']);
  assert.deepEqual(ids('CLD.9.5.1 テナントの分離'), ['CLD.9.5.1']);
  assert.deepEqual(ids('12.3.1 Information backup'), ['12.3.1']);
  assert.deepEqual(ids('8.15 ログ取得'), ['12.4.1', '12.4.2', '12.4.3'], 'a 2022 id whose title matches becomes its 2013 ids');
  assert.deepEqual(ids('2.3. データの削除'), ['CLD.8.1.5'], "a chapter number is not a control; the topic is");
  assert.deepEqual(ids('8.6. 第三者認証の取得について'), ['18.2.1'], 'a trailing dot marks a chapter number, even one that is a 2022 id (8.6): the topic comes from the words');
  assert.deepEqual(ids('5.1 会社概要'), [], 'a 2022 id whose words do not match is a chapter number');
  assert.deepEqual(ids('クロック同期・タイムゾーン'), ['12.4.4']);
  assert.deepEqual(ids('Deletion of customer data'), ['CLD.8.1.5'], 'English keywords match in any word order');
  assert.deepEqual(ids('セキュリティに配慮した開発の進め方'), ['14.2.1']);
  assert.deepEqual(ids('Secure coding practices'), ['14.2.1']);
  assert.deepEqual(ids('第三者による独立したレビューの実施'), ['18.2.1']);
  assert.deepEqual(ids('4.2. ISO/IEC 27001 の取得状況'), ['18.2.1'], 'a certificate named by its standard');
});

test('a document that numbers its own outline: a heading\'s number is its chapter\'s unless its words are the control\'s title', () => {
  assert.equal(ownOutline(['1. Introduction', '1.1 Overview', '9.1 Fees', '9.1.2 Certificate access fees']), true);
  assert.equal(ownOutline(['5. セッション管理', '5.1 セッションの保存', '5.2 セッションセキュリティ']), true);
  assert.equal(ownOutline(['12.3.1 Backups', '12.4.1 Event logging', 'Contact']), false, 'controls cited by number head no section with a parent number');
  assert.deepEqual(headingControls('9.1.2 Certificate access fees').ids, ['9.1.2'], 'alone, a shared word still names the control');
  assert.deepEqual(headingControls('9.1.2 Certificate access fees', true).ids, []);
  assert.deepEqual(headingControls('5.2 セッションセキュリティ', true).ids, []);
  assert.deepEqual(headingControls('12.3.1 Information backup', true).ids, ['12.3.1'], "the control's own title is the control's");
  assert.deepEqual(headingControls('CLD.9.5.1 テナントの分離', true).ids, ['CLD.9.5.1'], 'a reference is one in any document');
});

test('positions in the imported YAML map back to the original text', () => {
  const source = readFileSync(join(PUBLISHED, 'angle-headings.ja.txt'), 'utf8');
  const result = importWhitepaper(source, 'angle-headings.ja.txt');
  const phrase = '一定期間';
  const at = result.yaml.indexOf(phrase);
  assert.equal(source.slice(result.toSource(at), result.toSource(at) + phrase.length), phrase);
  const heading = result.yaml.indexOf('title: "バックアップ"') + 'title: "'.length;
  assert.equal(source.slice(result.toSource(heading), result.toSource(heading) + 6), 'バックアップ');
});

test('a table row of a revision history is not a heading', () => {
  const result = importWhitepaper(readFileSync(join(PUBLISHED, 'chapters.ja.txt'), 'utf8'), 'chapters.ja.txt');
  assert.doesNotMatch(result.yaml, /title: "1\.0/);
});

test('empty, binary and one-line inputs import without throwing', () => {
  for (const text of ['', '\u0000\u0001\u0002', 'just one line', '# Only a heading']) {
    const result = importWhitepaper(text, 'x.txt');
    assert.ok(result.yaml.startsWith('# Imported by wp27017'));
    assert.equal(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings.filter((f) => f.ruleId === 'yaml-syntax').length, 0);
  }
});

test('the service name is the family product the text names most, so its near-misses are reported', () => {
  const body = ['ExampleDrive はファイル共有サービスです。', 'ExampleDrive のデータは国内に保存します。', 'ExampleDrive の管理画面から設定できます。', 'ExampleDirve の利用者は二要素認証を使えます。'];
  const source = `ExampleSuite セキュリティホワイトペーパー\n\n■ 概要\n${body.join('\n')}\n`;
  const result = importWhitepaper(source, 'x.txt');
  assert.match(result.yaml, /^ {2}name: "ExampleDrive"$/m);
  const spelling = createAnalyzer(WHITEPAPER).analyze(result.yaml).findings.filter((f) => f.ruleId === 'service-name-spelling');
  assert.deepEqual(spelling.map((f) => result.yaml.slice(f.start, f.end)), ['ExampleDirve']);
  assert.match(importWhitepaper('ExampleSuite Whitepaper\n\nExampleDrive is one part.\n', 'x.txt').yaml, /^ {2}name: "ExampleSuite"$/m, 'a name used once does not outweigh the title');
});

test('a text extracted from a PDF: the contents block and running headers are dropped, an announced list stays in its section', () => {
  const result = importWhitepaper(readFileSync(join(PUBLISHED, 'pdf-layout.ja.txt'), 'utf8'), 'pdf-layout.ja.txt');
  assert.doesNotMatch(result.yaml, /\.\.\.\.\.|- 2 -|目次/);
  assert.equal(result.yaml.match(/クラウドセキュリティ説明書/g)?.length, 1, 'the title only, no running header');
  assert.match(result.yaml, /^ {2}name: "サンプル請求"$/m, 'the name without the kind of document');
  assert.doesNotMatch(result.yaml, /title: "1\. 解約日/);
  assert.match(result.yaml, /title: "2\.2 データの削除"\n.*\n\s+body: \|\n.*\n.*1\. 解約日.*\n.*2\. バックアップ.*\n.*削除の前に/);
});

test('short lines standing alone above prose are headings; the reason for each control is in the import result', () => {
  const result = importWhitepaper(readFileSync(join(PUBLISHED, 'plain-headings.en.txt'), 'utf8'), 'plain-headings.en.txt');
  assert.deepEqual(
    result.controls.map((c) => `${c.section}: ${c.id} ${c.via}`),
    ['Where data is stored: 6.1.3 heading', 'Backup: 12.3.1 heading', 'What happens when you leave: CLD.8.1.5 heading', 'Incident notification: 16.1.1 heading', 'Incident notification: 16.1.2 heading'],
  );
});

test('a control read only from body words gets no finding about what its section should say', () => {
  const findingsOf = (text: string) => {
    const result = importWhitepaper(text, 'page.txt');
    return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result).map((f) => f.ruleId);
  };
  const passing = 'Example Notes security\n\nOverview\n\nNotes are stored on our own servers. Staff can restore a deleted note from the nightly backup on request, and every backup is encrypted.\n';
  assert.ok(!findingsOf(passing).includes('backup-retention'), 'backups mentioned in passing are no backup policy');
  const policy = 'Example Notes security\n\nBackup\n\nEvery backup is encrypted, and staff can restore a note from the backup on request.\n';
  assert.ok(findingsOf(policy).includes('backup-retention'), 'a backup section still owes its retention');
  const cadence = 'Example Notes security\n\nInfrastructure\n\nNotes run on servers of our hosting partner, and we copy encrypted backups of every database to a second host every day.\n';
  assert.ok(findingsOf(cadence).includes('backup-retention'), "the provider's own backups on a cadence owe their retention under any heading");
  const mechanism = 'Example Notes security\n\nInfrastructure\n\nNotes run on servers of our hosting partner. Your notes are included in our backups, which are encrypted.\n';
  assert.ok(!findingsOf(mechanism).includes('backup-retention'), 'backups named as a mechanism state no cadence');
  const measures =
    'Example Notes security\n\nAccess\n\n- Staff sign in with single sign-on\n- Access rights are reviewed every quarter\n\nAvailability\n\n- Technical measures:\n    - Daily backups to a second data centre\n    - Monitoring of every backup job\n    - Restore tests twice a year\n\nEncryption\n\n- Data is encrypted at rest and in transit\n';
  assert.ok(findingsOf(measures).includes('backup-retention'), "a disclosure's list of measures names the provider's backups by their cadence, with no verb");
  const measuresJa =
    'サンプルノートのセキュリティ対策\n\nアクセス管理\n\n- 従業員はシングルサインオンでログインします\n- アクセス権限は四半期ごとに見直します\n\n可用性の確保\n\n- 技術的な措置:\n    - 別のデータセンターへの日次バックアップ\n    - すべてのバックアップ処理の監視\n    - 年2回の復元テスト\n\n暗号化\n\n- 保存データと通信を暗号化しています\n';
  assert.ok(findingsOf(measuresJa).includes('backup-retention'), '措置のリストの「日次バックアップ」も事業者自身のバックアップ');
  const sold = measures.replace('Daily backups to a second data centre', 'Daily backups are included in every paid plan');
  assert.ok(!findingsOf(sold).includes('backup-retention'), 'a cadence named as a feature of a plan is no practice of the provider');
});

test('ruling P3: the finding\'s own sentence taking backups, or naming their cadence without a number, asks both figures where body words read 12.3.1', () => {
  const findingsOf = (text: string) => {
    const result = importWhitepaper(text, 'page.txt');
    return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result)
      .filter((f) => f.ruleId === 'backup-retention')
      .map((f) => f.messageId);
  };
  const kept =
    'To run this service we store your email address and your name.\n\nYou may close your account at any time, which removes your personal data from the database as soon as possible.\n\nRegular backups of our database will be created and stored for one week, in case we have to restore the service after an outage.\n\nThe service runs on a hosting platform that does not share any data with third parties.\n';
  assert.deepEqual(findingsOf(kept), ['noFrequency'], "'regular' backups kept a week owe how often they run");
  const stored = kept.replace('Regular backups of our database will be created and stored for one week', 'Backups of our database are encrypted and stored apart from production');
  assert.deepEqual(findingsOf(stored), [], 'backups only stored say nothing of a regime the body words must answer for');
});

test('a page on one topic asks for the backups\' period only where it says the provider backs up itself', () => {
  const findingsOf = (text: string) => {
    const result = importWhitepaper(text, 'page.txt');
    return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result).map((f) => f.ruleId);
  };
  const terms =
    'Harbour Vault\n\nHarbour Vault online backup: terms of use\nThese terms govern the use of "Harbour Vault".\n\nArticle 1 (Copies)\nBackups run on the schedule you set for the folders you choose.\n\nArticle 2 (Fees)\nFees follow the storage the subscriber reserves.\n';
  assert.ok(!findingsOf(terms).includes('backup-retention'), "terms of a backup product name the customer's copies, not the provider's backups");
  const own = terms.replace('Article 2 (Fees)', 'Article 2 (Our copies)\nWe also back up the vault servers themselves every night.\n\nArticle 3 (Fees)');
  assert.ok(findingsOf(own).includes('backup-retention'), "the provider's own backups still owe their period");
});

test('a deletion at the end of the contract is reported wherever it is said, also where body words read its control', () => {
  const findingsOf = (text: string) => {
    const result = importWhitepaper(text, 'page.txt');
    return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result).map((f) => `${f.ruleId}/${f.messageId}`);
  };
  const text = 'サービス概要\n\nご利用にあたって\n\n利用者の登録はお客様が行います。解約された場合、契約終了後にデータの削除を行います。データ削除の後は復元できません。\n';
  assert.deepEqual(importWhitepaper(text, 'page.txt').controls.map((c) => `${c.id} ${c.via}`), ['CLD.8.1.5 body']);
  assert.deepEqual(findingsOf(text).filter((f) => f.startsWith('deletion-policy')), ['deletion-policy/noTiming', 'deletion-policy/noReturn']);
});

test('ruling Q2: a log listed among the information collected owes its period on that row, also where body words read 12.4.1', () => {
  const text = 'サンプル帳 利用規約\n\n第1条（適用）\n\n本規約は、サンプル帳の利用条件を定めます。\n\n第2条（収集する情報）\n\n| 種類 | 内容 | 取得方法 |\n|---|---|---|\n| 利用データ | ページ閲覧履歴、検索履歴 | サービス利用中 |\n| 技術情報 | アクセスログ、IPアドレス、ブラウザ情報 | 自動取得 |\n\n第3条（利用目的）\n\n取得した情報は、本サービスの提供と改善のために利用します。\n';
  const result = importWhitepaper(text, 'terms.md');
  assert.ok(result.controls.some((c) => c.id === '12.4.1' && c.via !== 'heading' && c.via !== 'reference'), '12.4.1 is read from body words only');
  const findings = withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result).filter((f) => f.ruleId === 'log-retention-missing');
  assert.deepEqual(findings.map((f) => `${f.messageId} ${result.yaml.slice(f.start, f.end)}`), ['collectedNoRetention | 技術情報 | アクセスログ、IPアドレス、ブラウザ情報 | 自動取得 |']);
});

test('maintenance announced "in advance" with no lead time is reported at its words, also where body words read 12.1.2', () => {
  const text = 'Example Chat platform\n\nAlways current\n\nWe release updates every two weeks and use recurring maintenance windows to keep each workspace current. Maintenance windows are announced in advance on our status page.\n\nBackups\n\nDaily backups are kept for 30 days.\n';
  const result = importWhitepaper(text, 'page.txt');
  assert.ok(result.controls.some((c) => c.id === '12.1.2' && c.via === 'body'), '12.1.2 is read from body words only');
  const findings = withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(result.yaml).findings, result).filter((f) => f.ruleId === 'change-notice');
  assert.deepEqual(findings.map((f) => result.yaml.slice(f.start, f.end)), ['Maintenance windows are announced in advance on our status page.']);
  const timed = importWhitepaper(text.replace('announced in advance', 'announced 7 days in advance'), 'page.txt');
  assert.deepEqual(withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(timed.yaml).findings, timed).filter((f) => f.ruleId === 'change-notice'), []);
});

test('a breach notice promised "without undue delay" is reported, also where only body words read 16.1.2 (ruling P6)', () => {
  const text =
    'Example Notes data processing terms\n\nCustomer data\n\nWe process customer data on instructions. Upon becoming aware of a breach of customer data, we notify the customer without undue delay. Incidents are investigated by our team.\n\nBackups\n\nDaily backups are kept for 30 days.\n';
  const result = importWhitepaper(text, 'page.txt');
  assert.ok(weaklyRecognised(result.controls).has('16.1.2'), '16.1.2 is read from body words only');
  const findingsOf = (imported: ReturnType<typeof importWhitepaper>) =>
    withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(imported.yaml).findings, imported).filter((f) => f.ruleId === 'incident-notification');
  assert.equal(findingsOf(result).length, 1);
  assert.deepEqual(findingsOf(importWhitepaper(text.replace('without undue delay', 'within 48 hours'), 'page.txt')), []);
});

test('the title answers what it names only where no section does, unless the opening text bears it out', () => {
  const text = 'Data retention policy\n\nWe keep personal data only while we need it, and we collect as little as we can for the service.\n\nRemoval of data\n\nOn request, customer data is deleted from the live service and purged from backups within 30 days.\n';
  const result = importWhitepaper(text, 'page.txt');
  assert.deepEqual(result.controls.map((c) => `${c.section}: ${c.id} ${c.via}`), ['Removal of data: CLD.8.1.5 heading']);
});

test('text before a first heading that is the introduction opens that section: one "はじめに", not two', () => {
  const text = ['クラウドノート セキュリティ説明書', '', '2026年4月版', '', 'はじめに', '本書はサービスの取り組みを説明します。', '', '1. 保管場所', 'データは国内に保管します。'].join('\n');
  const result = importWhitepaper(text, 'notes.txt');
  const titles = [...result.yaml.matchAll(/^\s*- title: "(.*)"$/gm)].map((m) => m[1]);
  assert.deepEqual(titles, ['はじめに', '1. 保管場所']);
  assert.match(result.yaml, /body: \|\n\s+2026年4月版\n+\s+本書はサービス/);
  const other = importWhitepaper(['Notes', '', 'Version 3', '', '1. Introduction', 'This paper explains our practices.', '', '2. Location', 'Data stays in Canada.'].join('\n'), 'notes.txt');
  assert.deepEqual([...other.yaml.matchAll(/^\s*- title: "(.*)"$/gm)].map((m) => m[1]), ['1. Introduction', '2. Location']);
  const toSource = (needle: string) => text.slice(result.toSource(result.yaml.indexOf(needle))).startsWith(needle);
  assert.ok(toSource('2026年4月版') && toSource('本書はサービス'), 'both parts of the body map back to the text');
});

test('a FAQ group title over questions: a common word of the title is not borne out by one of its answers', () => {
  const text = [
    '# よくあるご質問',
    '',
    '## ご契約について',
    '',
    '### プランは途中で変更できますか？',
    '管理画面からいつでも変更でき、翌月の請求から新しい料金になります。',
    '',
    '### 請求書は発行されますか？',
    '毎月発行します。お支払いに関する秘密保持の義務は契約書に定めています。',
    '',
    '### 解約するとデータはどうなりますか？',
    '解約後30日間はデータをダウンロードでき、その後バックアップを含めて削除します。',
    '',
  ].join('\n');
  const controls = importWhitepaper(text, 'faq.md').controls.map((c) => `${c.section}: ${c.id}`);
  assert.deepEqual(controls, ['解約するとデータはどうなりますか？: CLD.8.1.5']);
});

test("a run of paragraphs opening with run-in labels makes each label its own section, read with its paragraph's facts", () => {
  const annex = [
    'Security Annex', '', 'Annex 1: Security Measures', '', 'The provider maintains the following measures.', '',
    'Encryption. Customer data is encrypted in transit with TLS 1.2 and at rest with AES-256.', '',
    'Logging: The provider records administrator activity on production systems in system logs.', '',
    'Backups. The provider backs up customer data every night to a second data centre.', '',
  ].join('\n');
  const result = importWhitepaper(annex, 'annex.txt');
  assert.deepEqual(result.headings.map((h) => `${h.title}: ${h.controls.map((c) => `${c.id} ${c.via}`).join(', ')}`), ['Annex 1: Security Measures: ', 'Encryption: 10.1.1 label', 'Logging: 12.4.1 label', 'Backups: 12.3.1 label']);
  assert.match(result.yaml, /- title: "Logging"\n\s+controls: \[12\.4\.1\][^\n]*\n\s+body: \|\n\s+The provider records administrator activity/, 'the label is the title, the rest of its paragraph the body');
  const logs = result.yaml.indexOf('The provider records administrator');
  assert.equal(result.toSource(logs), annex.indexOf('The provider records administrator'), 'the body maps back after the label');
  const findings = createAnalyzer(WHITEPAPER).analyze(result.yaml).findings;
  assert.deepEqual(findings.filter((f) => ['yaml-syntax', 'unknown-key', 'missing-key', 'invalid-value', 'empty-body'].includes(f.ruleId)).map((f) => f.ruleId), []);
  assert.ok(findings.some((f) => f.ruleId === 'log-retention-missing'), 'the logging label, with no period in its paragraph, is asked for one');

  const ja = ['安全管理措置', '', '別紙 安全管理措置', '', '次の措置を講じます。', '', '暗号化:通信はTLS 1.2以上で暗号化します。', '', 'バックアップ:顧客データを毎日別のデータセンターへバックアップします。', ''].join('\n');
  assert.deepEqual(importWhitepaper(ja, 'ja.txt').headings.map((h) => h.title), ['別紙 安全管理措置', '暗号化', 'バックアップ']);
});

test("an agreement's numbered clauses that open with their captions are its sections, titled by number and caption", () => {
  const dpa = [
    'Data Processing Addendum', '', 'This addendum forms part of the subscription agreement.', '',
    '1. Definitions. For the purposes of this Addendum', '"Personal Data" means information about a person.', '',
    '2. Breach notification. The processor notifies the customer of a personal data breach within 48 hours.', '',
    '3. Deletion. Within 30 days after the agreement ends, the processor deletes all Personal Data.', '',
    '4. Governing law. This Addendum is governed by the laws of Ireland.', '',
  ].join('\n');
  const result = importWhitepaper(dpa, 'dpa.txt');
  assert.deepEqual(result.headings.map((h) => h.title), ['2. Breach notification', '3. Deletion', '4. Governing law']);
  assert.match(result.yaml, /- title: "3\. Deletion"\n[^\n]*\n\s+body: \|\n\s+Within 30 days after the agreement ends/, 'the clause\'s sentence is its body');
  assert.equal(result.toSource(result.yaml.indexOf('Within 30 days after')), dpa.indexOf('Within 30 days after'), 'the body maps back after the caption');
  const findings = createAnalyzer(WHITEPAPER).analyze(result.yaml).findings;
  assert.deepEqual(findings.filter((f) => ['yaml-syntax', 'unknown-key', 'missing-key', 'invalid-value', 'empty-body'].includes(f.ruleId)).map((f) => f.ruleId), []);
  // An item's label before a colon ("3. Risk assessment: …") is a value of its list, not a clause's caption.
  const policy = ['Breach policy', '', 'This policy sets out how the company handles a breach of personal data, from its discovery to its review.', '', '1. Discovery: A breach is discovered on the first day it is known to the company.', '', '2. Assessment: The security officer assesses every breach within one day.', ''].join('\n');
  assert.deepEqual(importWhitepaper(policy, 'policy.txt').headings.map((h) => h.title), []);
});

test('a label over a bare value, a lone label over prose or a list item heads no section', () => {
  const spec = ['Notes service', '', '## Backups', '', 'Backups are taken automatically.', '', 'Schedule: nightly, 01:00 UTC', '', 'Copies kept: 14', ''].join('\n');
  assert.deepEqual(importWhitepaper(spec, 'spec.md').headings.map((h) => h.title), ['Backups']);
  const updated = ['Retention policy', '', 'Updated: This page was revised in March to add support tickets.', '', 'Invoices: we keep every invoice for seven years, as the tax law of our country requires.', '', 'We delete support tickets two years after they are closed, unless a dispute about them is still open.', '', 'We keep access logs for ninety days and then delete them from every system that held them.', '', 'Backups of the billing database are kept for thirty days and then overwritten by newer copies.', ''].join('\n');
  assert.deepEqual(importWhitepaper(updated, 'policy.txt').headings.map((h) => h.title), [], 'two labels over five paragraphs of prose');
  const items = ['Measures', '', '## Logging', '', '- Access logs: kept for one year in a central store.', '- Audit logs: kept for three years in a central store.', ''].join('\n');
  assert.deepEqual(importWhitepaper(items, 'items.md').headings.map((h) => h.title), ['Logging']);
});

test('a paid package expiring ends the use: the clips it clears are the customer\'s data at its end', () => {
  const text = '(1) When your last storage package expires, every clip kept in the cloud is cleared within 24 hours.\n(2) Cleared clips cannot be recovered.\n';
  assert.deepEqual(importWhitepaper(text, 'page.txt').controls.map((c) => `${c.id} ${c.via}`), ['CLD.8.1.5 body']);
});

test('a terms page named by its front matter: its intellectual-property and account articles are the contract\'s, answered by ids only', () => {
  const terms = [
    '---',
    'title: Terms of Use',
    '---',
    '',
    '*Last updated: 3 March 2026*',
    '',
    'These Terms of Use set out the rules for using Quillpad.',
    '',
    '## Your account',
    '',
    'Keep your login details safe. We store passwords as hashes and reset them only through a link sent to your address.',
    '',
    '## Intellectual property',
    '',
    'The app and its code belong to us and our licensors; the documents you write remain yours.',
  ].join('\n');
  assert.deepEqual(importWhitepaper(terms, 'terms.md').controls.map((c) => c.id), []);
  const ja = ['ツバメ日報 利用規約', '', '第2条（知的財産権）', '本サービスに関する著作権その他の知的財産権は、当社に帰属します。'].join('\n');
  assert.deepEqual(importWhitepaper(ja, 'terms.txt').controls.map((c) => c.id), []);
});

test('a section that only asks for vulnerability reports is a channel, not vulnerability management, unless it commits to a fix', () => {
  const ids = (text: string) => importWhitepaper(text, 'security.md').controls.map((c) => c.id);
  assert.deepEqual(ids('# Security\n\n## Reporting a vulnerability\n\nEmail security@example.com with the steps to reproduce; we acknowledge every report within two days.'), []);
  assert.deepEqual(ids('# セキュリティ\n\n## 脆弱性のご報告\n\n脆弱性を発見された場合は、security@example.jp までご報告ください。'), []);
  assert.deepEqual(ids('# Security\n\n## Responsible disclosure\n\nEmail us the vulnerability; we fix critical vulnerabilities within 7 days and tell you the resolution date.'), ['12.6.1']);
});

test('monitoring words answer CLD.12.4.5 only where the customer sees the state of the service', () => {
  const ids = (text: string) => importWhitepaper(text, 'security.md').controls.map((c) => c.id);
  assert.deepEqual(ids('# Security\n\n## Monitoring and alerts\n\nOur servers report metrics to a dashboard our on-call engineers watch; alerts page the engineer on duty.'), []);
  assert.deepEqual(ids('# セキュリティ\n\n## 監視とアラート\n\n当社の運用担当者がサーバを常時監視し、異常を検知するとアラートで担当者に通知します。'), []);
  assert.deepEqual(ids('# Security\n\n## Monitoring\n\nCustomers can watch the uptime of each service on our status page.'), ['CLD.12.4.5']);
});

test('the markup of a page saved with its tags names no topic in its title', () => {
  const page = ['<span class="section-label">Security</span>', '', 'We encrypt all data at rest with AES-256 and in transit with TLS 1.2 or later.'].join('\n');
  assert.deepEqual(importWhitepaper(page, 'security.txt').controls.filter((c) => c.id === '8.2.2'), []);
});

test('terms kept as code are told by their own clauses, and their intellectual-property article names no 18.1.2', () => {
  const ids = (text: string, name: string) => importWhitepaper(text, name).controls.map((c) => c.id);
  const module = [
    'export const termsJa = `この利用規約（以下「本規約」といいます。）は、当社が提供する「ハコベ台帳」サービス（以下「本サービス」といいます。）に適用されます。',
    '',
    '第1条（適用）',
    '本規約は、本サービスの利用に関する一切の関係に適用されます。',
    '',
    '第2条（知的財産権）',
    '本サービスに関する著作権その他の知的財産権は、当社に帰属します。本規約に定めのない事項は当社が定めます。',
  ].join('\n');
  assert.deepEqual(ids(module, 'terms.ts.txt'), []);
  const toml = [
    '+++',
    'title = "Terms of Service"',
    '+++',
    '',
    'These Terms govern your use of the service. By signing up you accept these Terms.',
    '',
    '## 2. Intellectual Property',
    '',
    'The service and its code belong to us and our licensors; the notes you write remain yours. These Terms give you a licence to use the app.',
  ].join('\n');
  assert.deepEqual(ids(toml, 'terms.md'), []);
});

test('a terms article that changes, suspends or ends the service answers 12.1.2, told or not; the terms changed, a user stopped or a privacy policy\'s end of the app do not', () => {
  const ids = (article: string, title = 'ハコベ台帳 利用規約') => importWhitepaper([title, '', article].join('\n'), 'terms.txt').controls.map((c) => c.id);
  assert.deepEqual(ids('第10条（サービス提供の中断・変更・終了）\n当社は、事前に利用者へ通知した上で、本サービスの内容を変更または終了することができます。'), ['12.1.2']);
  assert.deepEqual(ids('第16条（本サービス等の内容の変更、終了）\n当社は、予め利用者に通知することにより、本サービスの内容を変更できます。'), ['12.1.2']);
  assert.deepEqual(ids('第11条（サービスの中断・終了）\n当社は、利用者に事前に通知した上で、本サービスの提供を終了することがあります。'), ['12.1.2']);
  assert.deepEqual(ids('第6条（本サービスの提供の停止等）\n当社は、システム保守その他やむを得ない事由がある場合、事前の通知なく本サービスの提供を停止することがあります。'), ['12.1.2']);
  assert.deepEqual(ids('第10条（サービス提供の中断・変更）\n当社は、当社の判断により本サービスの内容を変更できるものとします。'), ['12.1.2']);
  assert.deepEqual(ids('第9条（規約の変更）\n当社は、本規約を変更する場合、変更後の規約を本サービス上に掲載して利用者に周知します。'), []);
  assert.deepEqual(ids('第12条（利用停止）\n当社は、利用者が本規約に違反した場合、事前に通知することなく本サービスの利用を停止できます。'), []);
  assert.equal(ids('第10条（サービスの終了と情報の取扱い）\n本アプリの提供を終了した場合、お預かりした情報は速やかに削除します。', 'ハコベ台帳 プライバシーポリシー').includes('12.1.2'), false);
});

test('terms that give a process for intellectual-property complaints, or register users on approval and remove them, answer 18.1.2 and 9.2.1', () => {
  const ids = (article: string) => importWhitepaper(['ハコベ台帳 利用規約', '', article].join('\n'), 'terms.txt').controls.map((c) => c.id);
  assert.deepEqual(ids('第8条（知的財産権）\n本サービスに関する知的財産権は当社に帰属します。著作権侵害の申立ては、当社の定める窓口で受け付けます。'), ['18.1.2']);
  assert.deepEqual(ids('第3条（登録）\n登録希望者は当社所定の方法で登録を申請し、当社が承認した時点で登録が完了します。当社は、利用者が本規約に違反した場合、登録を抹消できます。'), ['9.2.1']);
});

test('a bare word for the service defined as 本サービス is no product name to blank', () => {
  const terms = ['利用規約', '', '本規約は、当社が提供するサービス（以下「本サービス」といいます。）に適用されます。', '', '第16条（サービスの変更、中止及び終了）', '当社は、事前に会員に通知をしたうえで、本サービスの内容を変更することができます。'].join('\n');
  assert.deepEqual(importWhitepaper(terms, 'terms.txt').controls.map((c) => c.id), ['12.1.2']);
});

test('a heading in the standard\'s words for secret authentication information answers 9.2.4; a word for signing in needs two steps of the secret\'s life', () => {
  const ids = (heading: string) => importWhitepaper(['セキュリティへの取り組み', '', heading, 'パスワードはハッシュ化して保存します。', ''].join('\n'), 'security.txt').controls.map((c) => c.id);
  assert.deepEqual(ids('認証情報の管理'), ['9.2.4']);
  assert.deepEqual(ids('パスワード'), []);
});

test('a DPA\'s sub-processor clause answers the agreements that bind them (15.1.2), and 15.1.1 only where the provider assesses the sub-processors\' security', () => {
  const ids = (clause: string) => importWhitepaper(['Data Processing Addendum', '', '1. Sub-processors', '', clause].join('\n'), 'dpa.md').controls.map((c) => c.id).sort();
  assert.deepEqual(ids('Customer authorises the sub-processors listed on our website; each is bound by a written agreement with the same obligations as this DPA.'), ['15.1.2']);
  assert.deepEqual(ids('We conduct a security assessment of each sub-processor before we engage it, and list them on our website.'), ['15.1.1', '15.1.2']);
});

test('a page kept as its source is titled by its <h1> and answers by the headings in its tags and components\' titles, not by its code', () => {
  const text = ['import type { Metadata } from "next";', '', 'export const metadata: Metadata = {', '  title: "規約 | Example",', '};', '', 'export default function Page() {', '  return (', '    <main>', '      <h1 className="title">Example セキュリティ方針</h1>', '      {/* 暗号化 */}', '      <Section title="1. 暗号化">', '        <p>通信はTLS 1.2以上で暗号化し、保存データはAES-256で暗号化します。</p>', '      </Section>', '      <section>', '        <h2 className="sub">2. バックアップ</h2>', '        <p>データベースのバックアップを毎日取得し、14日間保管します。</p>', '      </section>', '    </main>', '  );', '}'].join('\n');
  const result = importWhitepaper(text, 'page.txt');
  assert.match(result.yaml, /^title: "Example セキュリティ方針"$/m);
  assert.deepEqual(result.headings.map((h) => `${h.title}: ${h.controls.map((c) => `${c.id} ${c.via}`).join(', ')}`), ['1. 暗号化: 10.1.1 heading', '2. バックアップ: 12.3.1 heading']);
});

test("a help page's steps to delete an account say what the customer clicks, not what becomes of the data", () => {
  const controls = (text: string) => importWhitepaper(text, 'faq.md').controls.map((c) => `${c.section}: ${c.id}`);
  const steps = '# FAQ\n\n## Members\n\n### How do I delete an account?\n\nGo to **Settings** > **Members** and click the bin icon next to the account you wish to remove.\n\n### Does it support SSO?\n\nYes, on every plan.\n';
  assert.deepEqual(controls(steps).filter((c) => c.endsWith('CLD.8.1.5')), []);
  const practice = steps.replace('Go to **Settings** > **Members** and click the bin icon next to the account you wish to remove.', 'Ask support to close it: we delete the account and its data within 30 days.');
  assert.deepEqual(controls(practice).filter((c) => c.endsWith('CLD.8.1.5')), ['How do I delete an account?: CLD.8.1.5']);
});

test("a page's title answers in its opening only what two of its sections take up in words that name the topic", () => {
  const page = [
    '# Security Policy',
    '',
    'We welcome reports of security bugs in our service and reward the first reporter of each.',
    '',
    '## Contact',
    '',
    'Write to the security desk and add "I have read the Security Policy of Example Co." to your message.',
    '',
    '## Out of scope',
    '',
    '- Our policies on mail records',
    '- Missing headers on static pages',
    '',
  ].join('\n');
  assert.equal(importWhitepaper(page, 'security.md').controls.some((c) => c.id === '5.1.1' && c.via === 'title'), false);
});
