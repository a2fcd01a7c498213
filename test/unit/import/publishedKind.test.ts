// What kind of document a published text is read as, and which missing values it is then asked for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { importWhitepaper, withoutInferredControlFindings } from '../../../server/src/import/importWhitepaper';
import { describeKind, forcedKind, owesAnswer } from '../../../server/src/import/publishedKind';

const kindOf = (text: string, name = 'page.txt') => importWhitepaper(text, name).kind;

/** The rules a reviewer sees on a published text, as `wp27017 check` reports them. */
function rulesOn(text: string, name = 'page.txt'): string[] {
  const imported = importWhitepaper(text, name);
  return withoutInferredControlFindings(createAnalyzer(WHITEPAPER).analyze(imported.yaml).findings, imported).map((f) => f.ruleId);
}

// One backup section, the same words under different titles: only the whitepaper owes its retention.
const BACKUP_SECTION = '\n\nBackups\n\nEvery workspace is backed up so that notes can be recovered after an outage.\n';

test('a whitepaper or security disclosure is read as one, in Japanese and English', () => {
  assert.equal(kindOf('Larchpad Cloud Security Whitepaper\n\nOverview\n\nLarchpad is a note service.\n').kind, 'whitepaper');
  assert.equal(kindOf('こはくドライブ セキュリティへの取り組み\n\n概要\n\n本サービスはファイル共有サービスです。\n').kind, 'whitepaper');
  const ids = 'こはくドライブ\n\n1. 概要\n\n本サービスはファイル共有サービスです(A.12.3.1、A.12.4.1)。\n\n2. 運用\n\n運用は当社が行います(CLD.6.3.1)。\n';
  assert.equal(kindOf(ids).kind, 'whitepaper');
  assert.match(kindOf(ids).why.en, /control ids/);
});

test('a question heading that opens a row of sections of its level is a section, not the title of an FAQ entry', () => {
  const rows = '### Found a vulnerability?\n\nWrite to us.\n\n### Physical Security\n\nBadges at every door.\n\n###Network Security\n\nFirewalls.\n\n### Data Storage\n\nDisks are encrypted.\n';
  assert.equal(kindOf(rows).kind, 'page');
  assert.match(kindOf(rows).why.en, /one of its sections/);
  const ja = '## 脆弱性を見つけたら?\n\nご連絡ください。\n\n## 物理的セキュリティ\n\n入館を管理します。\n\n## ネットワーク\n\nファイアウォールを置きます。\n\n## データの保管\n\nディスクを暗号化します。\n';
  assert.equal(kindOf(ja).kind, 'page');
  // The answer's own parts, a level below the question, and a page of questions stay FAQ.
  assert.equal(kindOf('## How is my data encrypted?\n\n### In transit\n\nTLS.\n\n### At rest\n\nAES.\n\n### Keys\n\nRotated.\n').kind, 'faq');
  assert.equal(kindOf('## Can I export?\n\nYes.\n\n## Is there an API?\n\nYes.\n\n## Pricing tiers\n\nThree.\n\n## Do you offer SSO?\n\nYes.\n').kind, 'faq');
});

test('a page on one topic is told by its title first, then by what surrounds it', () => {
  assert.equal(kindOf('Data retention policy\n\nCustomer data is kept while the subscription is active.\n').kind, 'policy');
  assert.equal(kindOf('データの保存期間に関する規約\n\n利用者のデータは契約期間中保存します。\n').kind, 'policy');
  assert.equal(kindOf('How to restore a deleted note\n\nOpen the trash and click Restore.\n').kind, 'help');
  assert.equal(kindOf('削除したファイルを元に戻すには\n\nゴミ箱を開き、[元に戻す]をクリックします。\n').kind, 'help');
  assert.equal(kindOf('解約するとデータはどうなりますか?\n\n解約後もしばらくは閲覧できます。\n').kind, 'faq');
  assert.equal(kindOf('Can I get my notes back after cancelling?\n\nYes, for a while.\n').kind, 'faq');
  assert.equal(kindOf('Privacy Policy\n\nWe collect the name and email of people who sign up.\n').kind, 'privacy');
  assert.equal(kindOf('プライバシーポリシー\n\n当社は、お客様の個人情報を適切に取り扱います。\n').kind, 'privacy');
  // A privacy statement that goes on to the provider's DPA holds the DPA's commitments: not a privacy policy alone.
  const withDpa = '# Privacy Statement\n\nWe collect the name and email of people who sign up.\n\n# Data Processing Agreement\n\n## 1. Security\n\nThe Processor takes backups on a regular basis.\n';
  assert.notEqual(kindOf(withDpa).kind, 'privacy');
  assert.equal(kindOf('# Privacy Statement\n\nWe collect names.\n\n## Sub-processors\n\nWe use a mail service.\n').kind, 'privacy', 'a clause about sub-processors opens no agreement');
  assert.notEqual(kindOf('# プライバシーポリシー\n\n当社は個人情報を取り扱います。\n\n# 個人データの取扱いに関する覚書\n\n## 第1条 安全管理\n\n当社はバックアップを定期的に取得します。\n').kind, 'privacy');
  assert.equal(kindOf('Larchpad\n\nNotes for teams.\n\nStart your free trial today, or see our pricing.\n').kind, 'product');
  assert.equal(kindOf('Restoring notes\n\nOpen the trash.\n\nWas this article helpful?\n').kind, 'help');
});

test('a help article owes the retention of the backups it says the provider takes, not of backups it only mentions (ruling Q1)', () => {
  assert.ok(rulesOn(`How to restore a deleted note${BACKUP_SECTION}`).includes('backup-retention'), 'every workspace backed up: the provider\'s own practice');
  assert.ok(rulesOn(`ノートを元に戻すには\n\nバックアップについて\n\nサービス全体のバックアップを取得していますが、個別のノートの復元はお受けしていません。\n`).includes('backup-retention'));
  assert.ok(!rulesOn('How to restore a deleted note\n\nRestoring\n\nOpen the trash and click Restore. If the note is gone from the trash too, restore it from your own backup.\n').includes('backup-retention'));
  assert.ok(rulesOn(`Larchpad Cloud Security Whitepaper${BACKUP_SECTION}`).includes('backup-retention'), 'a real gap in a real whitepaper is still reported');
  assert.ok(rulesOn(`Backup policy${BACKUP_SECTION}`).includes('backup-retention'), 'a page on backups owes their retention');
});

test('a privacy policy owes the data\'s fate where it says the customer leaves, not its retention by purpose (rulings Q1, P2)', () => {
  const leaving = 'Cancel your subscription\n\nWhat happens when you cancel\n\nThirty days after you cancel, the workspace and every note and file in it are deleted.\n';
  assert.ok(rulesOn(leaving).includes('deletion-policy'), 'no way to get the data back first: a gap even on a help page');
  const privacy =
    'Privacy Policy\n\nData retention\n\nWe keep personal information for as long as your account is open, and delete it when you close your account.\n\nBackups\n\nCopies may remain in backups until they are replaced.\n';
  assert.deepEqual(
    rulesOn(privacy).filter((r) => r === 'deletion-policy' || r === 'backup-retention'),
    ['deletion-policy', 'deletion-policy'],
    'the account closed: no way back; backups named in passing owe nothing',
  );
  const byPurpose = 'Privacy Policy\n\nData retention\n\nWe keep personal information for as long as necessary for the purposes above, and then delete it.\n';
  assert.ok(!rulesOn(byPurpose).includes('deletion-policy'));
  const ownDeletion = 'プライバシーポリシー\n\n保存期間\n\n予定の情報は、利用者がアカウントを削除するまで保存されます。\n';
  assert.ok(!rulesOn(ownDeletion).includes('deletion-policy'), "the user's own account deletion is optional (P2)");
  const ja = 'プライバシーポリシー\n\n解約時の取扱い\n\n契約が終了した場合、当社は一定期間経過後に利用者のデータを削除します。\n';
  assert.ok(rulesOn(ja).includes('deletion-policy'));
});

test('a privacy policy owes the time of the breach notice it promises, not the lead time of its own changes (rulings Q4, Q5)', () => {
  const en = 'Privacy Policy\n\nSecurity\n\nIf a data breach affects your personal information, we will notify affected users without undue delay.\n\nChanges to this policy\n\nWe will notify you of changes to this policy in advance.\n';
  assert.deepEqual(rulesOn(en).filter((r) => r === 'incident-notification' || r === 'change-notice'), ['incident-notification']);
  const ja = 'プライバシーポリシー\n\n安全管理措置\n\n個人情報の漏えいが発生した場合、当社は影響を受ける利用者に速やかに通知します。\n\n本ポリシーの変更\n\n当社は、本ポリシーを変更する場合は事前に通知します。\n';
  assert.deepEqual(rulesOn(ja).filter((r) => r === 'incident-notification' || r === 'change-notice'), ['incident-notification']);
  const service = 'Privacy Policy\n\nService changes\n\nWe will notify you in advance of maintenance that interrupts the service.\n';
  assert.ok(rulesOn(service).includes('change-notice'), 'a change to the service owes its lead time on every kind');
});

test('an FAQ entry that says the data is deleted when the customer leaves owes when, and how to get it back', () => {
  const faq = 'How is my data protected?\n\nWe keep every change, so we can undo a mistake. Your records are deleted only when you cancel your subscription.\n';
  assert.equal(kindOf(faq).kind, 'faq');
  assert.ok(rulesOn(faq).includes('deletion-policy'));
  const trash = 'Trash\n\nDeleted files stay in the Trash for 14 days.\n- Open the Trash\n- Click Restore next to the file\n- Expiration date (when the item will be permanently deleted)\n';
  assert.equal(kindOf(trash).kind, 'help');
  assert.deepEqual(kindOf(trash).about, [], 'an item in the trash expiring is not the end of the contract');
});

test('a page of several questions owes the topic each question names, in English and Japanese', () => {
  const en =
    'Cloud FAQ\n\nFrequently asked questions. Was this article helpful?\n\n## Q: Which regions are available?\n\nWe run in several regions.\n\n## Q: Are Larchpad clusters backed up?\n\nYes. Larchpad takes automated backups every day.\n';
  assert.equal(kindOf(en).kind, 'help');
  assert.ok(kindOf(en).about.includes('12.3.1'));
  assert.ok(rulesOn(en).includes('backup-retention'), 'daily backups and no retention, under a question on backups');
  const ja = 'よくある質問\n\n## データはバックアップされていますか？\n\nはい。毎日自動でバックアップを取得しています。\n\n## 料金はいくらですか？\n\n料金ページをご覧ください。\n';
  assert.ok(kindOf(ja).about.includes('12.3.1'));
  assert.ok(rulesOn(ja).includes('backup-retention'));
  // A question on something else still owes the retention of backups the page says are taken (ruling Q1).
  const other = 'Cloud FAQ\n\nWas this article helpful?\n\n## Q: Which regions are available?\n\nWe run in several regions and back up every cluster daily.\n';
  assert.ok(rulesOn(other).includes('backup-retention'));
});

test('a pricing page that deletes the services once the bills stop owes the way back, in English and Japanese', () => {
  const en = 'Pricing\n\nCompute is billed per hour and storage per GB each month. Sign up to get started.\n\nUnpaid invoices\n\nYour account is suspended when an invoice is overdue. If you still fail to pay within two weeks, we delete all your instances, volumes and snapshots.\n';
  assert.equal(kindOf(en).kind, 'product');
  assert.ok(rulesOn(en).includes('deletion-policy'));
  const ja = '料金プラン\n\nサーバーは1時間単位、ストレージは1GBあたり月額で課金します。無料トライアルもご用意しています。\n\n未払いの場合\n\nお支払いが確認できない場合はアカウントを停止し、停止から2週間後にすべてのサーバーとデータを削除します。\n';
  assert.equal(kindOf(ja).kind, 'product');
  assert.ok(rulesOn(ja).includes('deletion-policy'));
  const plain = 'Pricing\n\nCompute is billed per hour and storage per GB each month. Sign up to get started.\n\nBackups\n\nEvery volume is backed up daily.\n';
  assert.ok(rulesOn(plain).includes('backup-retention'), 'the daily backups it states owe their period (ruling Q1)');
  assert.match(describeKind(kindOf(en), 'en'), /the values of each practice it states as the provider's own .* are asked of it/);
  assert.match(describeKind(kindOf(ja), 'ja'), /事業者自身の運用として述べる事柄の値/);
  assert.match(describeKind({ ...kindOf(en), kind: 'requirements' }, 'en'), /are not asked of it/);
});

test('which kinds owe an answer about a control', () => {
  const help = kindOf('Cancel your subscription\n\nOpen Billing and click Cancel.\n');
  assert.equal(help.kind, 'help');
  assert.ok(owesAnswer(help, ['CLD.8.1.5']), 'its title names the end of the contract');
  assert.ok(!owesAnswer(help, ['12.3.1']));
  assert.ok(owesAnswer(forcedKind('whitepaper', help), ['12.3.1']), '--as whitepaper asks everything');
  assert.ok(!owesAnswer(forcedKind('privacy', help), ['CLD.8.1.5']));
  assert.ok(owesAnswer(forcedKind('privacy', help), ['CLD.8.1.5'], true), "the provider's practice stated: owed on every kind (ruling Q1)");
  assert.ok(owesAnswer(help, ['12.3.1'], true));
  assert.ok(owesAnswer(forcedKind('product', help), ['12.3.1'], true));
  assert.ok(!owesAnswer(forcedKind('requirements', help), ['12.3.1'], true), "a customer's requirements state no practice of the provider");
});

test('the reviewer is told what the text was read as, in English and Japanese', () => {
  const help = kindOf('How to restore a deleted note\n\nOpen the trash and click Restore.\n');
  assert.match(describeKind(help, 'en'), /^read as a help article \(its title is a task\): /);
  assert.match(describeKind(help, 'ja'), /^ヘルプ記事として読みました\(タイトルが操作の説明\): /);
  assert.match(describeKind(forcedKind('whitepaper', help), 'en'), /set with --as\): each section is checked/);
  assert.match(describeKind(forcedKind('whitepaper', help), 'ja'), /--as による指定/);
});

test('a text that never speaks of leaving is asked no deletion timing unless it names CLD.8.1.5', () => {
  const lifecycle = 'Data lifecycle policy\n\n1. Classification\n\nWe classify data by how sensitive it is.\n\n2. Data disposal\n\nData whose retention period has passed is deleted securely.\n';
  assert.ok(!rulesOn(lifecycle).includes('deletion-policy'), 'data disposed of when its own period ends is no answer owed about leaving');
  const exports = 'Kestrel Boards Security Overview\n\nEncryption\n\nData is encrypted at rest.\n\nData export\n\nAdmins can export every board as CSV.\n\nBackups\n\nBackups run daily and are kept for 30 days.\n';
  assert.ok(!rulesOn(exports).includes('deletion-policy'), 'an export section that never speaks of leaving');
  const named = 'Kestrel Boards Security Overview\n\nData deletion (CLD.8.1.5)\n\nData can be deleted by an administrator.\n\nBackups (12.3.1)\n\nBackups run daily and are kept for 30 days.\n';
  assert.ok(rulesOn(named).includes('deletion-policy'), 'the text names the control: the question stands');
  const deleting = '# Kestrel Boards Security Overview\n\n## Encryption\n\nData is encrypted at rest.\n\n## Data deletion\n\nAdministrators can delete any board on request.\n\n## Backups\n\nBackups run daily and are kept for 30 days.\n';
  assert.ok(!rulesOn(deleting, 'page.md').includes('deletion-policy'), 'a whitepaper section on deleting during use, with no word of leaving, owes nothing (ruling P2)');
});

test('a retention schedule that deletes data when its period ends owes nothing about leaving, under a deletion heading too', () => {
  const schedule = 'データ保存方針\n\n1. 保存\n\n業務データは暗号化して保管します。\n\n2. データの削除\n\n保存期間が満了したデータは、復元できない方法で削除します。\n';
  assert.ok(!rulesOn(schedule).includes('deletion-policy'), 'a deletion at the end of its own period');
  const audit = 'How long is audit data kept?\n\nAudit results are kept for 90 days. Archived data is retained for up to 1 year before auto-deletion.\n';
  assert.ok(!rulesOn(audit).includes('deletion-policy'), 'kept a year before auto-deletion');
});

test('a short page on leaving answers CLD.8.1.5 where it says what becomes of the data', () => {
  const page = 'Leaving Kestrel Boards\n\nYou can leave whenever you like.\n\nWhen you close your account, every board and attachment is deleted at once.\n';
  const imported = importWhitepaper(page, 'page.txt');
  assert.deepEqual(imported.controls.filter((c) => c.id === 'CLD.8.1.5').map((c) => c.via), ['body']);
  assert.ok(rulesOn(page).includes('deletion-policy'), 'no way to take the data out first');
});

test('a schedule line that leaves its data to its heading answers CLD.8.1.5', () => {
  const schedule = 'Kestrel Boards records schedule\n\nBilling records\n\nKept for seven years for tax purposes.\n\nCustomer content\n\nRetained for the term of the contract and deleted after the contract ends.\n';
  assert.deepEqual(importWhitepaper(schedule, 'page.txt').controls.filter((c) => c.id === 'CLD.8.1.5').map((c) => c.via), ['body']);
});

test('the site name in a web page\'s title is no topic', () => {
  const site = importWhitepaper('Data handling | Harbor Law Library\n\nStored files are encrypted and kept in Japan.\n', 'page.txt');
  assert.deepEqual(site.controls.filter((c) => c.id === '18.1.1'), []);
});

test('the question of leaving stands by the text\'s own words, not by the controls read', () => {
  const faq = 'What happens to my records if the contract ends?\n\nAt termination, every record is migrated to a system the customer chooses. We may hold a copy for a certain period after migration.\n';
  assert.ok(rulesOn(faq).includes('deletion-policy'), 'a hold of a certain period is no timing, even on an FAQ entry');
  const withdrawal = 'Before you withdraw\n\nWe keep the information of your account for 30 days after you cancel your membership. After 30 days the account is deleted completely.\n\n1. Open Settings.\n2. Click Unsubscribe.\n';
  assert.ok(rulesOn(withdrawal).includes('deletion-policy'), 'a withdrawal help page: timed, with no way back');
  const retention = 'Data retention policy\n\nWe keep event data for 90 days, then delete it.\n\nArchive\n\nArchived events are kept for a year.\n';
  assert.deepEqual(importWhitepaper(retention, 'page.txt').controls.filter((c) => c.id === 'CLD.8.1.5'), [], 'a retention page that never speaks of leaving answers no CLD.8.1.5');
  assert.ok(!rulesOn(retention).includes('deletion-policy'));
  const offboarding = 'Kestrel Boards Security Overview\n\nEncryption\n\nData is encrypted at rest.\n\nOffboarding\n\nWhen an employee leaves, their accounts are deleted within one day.\n\nBackups\n\nBackups run daily and are kept for 30 days.\n';
  assert.ok(!rulesOn(offboarding).includes('deletion-policy'), 'staff offboarding is not the customer leaving');
});

test("a Markdown page's front matter title names it when its first line is prose, not when the page has its own heading", () => {
  const statement = '---\ntitle: Security Statement\nlayout: page\n---\nof Pinecrest Labs about the hosted Pinecrest Boards service\n\nPinecrest Boards runs on virtual servers. When you sign up, we keep your email address.\n\n### Hosting\n\nServers run in Canada.\n';
  assert.equal(kindOf(statement, 'statement.md').kind, 'whitepaper');
  const guide = '---\ntitle: Data Deletion\n---\n\n# データを削除するには\n\nアプリを削除すると端末のデータが消えます。\n';
  assert.equal(kindOf(guide, 'guide.md').kind, 'help');
});
