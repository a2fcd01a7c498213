// Controls read from a whole section: ids anywhere in it, every topic its
// heading names, then its body's vocabulary; the known confusions kept apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeControls } from '../../../server/src/import/recognizeControls';
import { findControlReferences } from '../../../server/src/catalog/references';

const ids = (heading: string, body = '') => recognizeControls(heading, body).map((c) => c.id).sort();

test('references anywhere in the section, in the forms whitepapers write them', () => {
  assert.deepEqual(ids('運用', '手順は文書化しています(CLD.12.1.5)。'), ['CLD.12.1.5']);
  assert.deepEqual(ids('Access', 'See ISO/IEC 27017 9.2.1 for details.'), ['9.2.1']);
  assert.deepEqual(ids('アクセス管理 (A. 9. 2. 1)'), ['9.2.1']);
  assert.deepEqual(ids('運用', '管理策\t内容\n12.4.4\t時刻の同期'), ['12.4.4'], 'a bare id in a table row');
  assert.deepEqual(ids('CLD12.1.5 管理者の運用'), ['CLD.12.1.5'], 'a malformed reference still names its control');
  assert.deepEqual(findControlReferences('see CLD12.1.5').map((r) => r.canonical), ['CLD.12.1.5']);
  assert.deepEqual(findControlReferences('see CLD.12.1.5 and A. 9. 2. 1').map((r) => r.canonical), [undefined, undefined]);
  assert.deepEqual(ids('責任の分担', '本書「5.2 役割 ([ISO/IEC 27001:2013] A.6.1.1)」を参照してください。'), ['CLD.6.3.1'], 'a quoted cross-reference is not this section\'s');
});

test('the known confusions', () => {
  assert.deepEqual(ids('データの保管場所'), ['6.1.3']);
  assert.deepEqual(ids('Data location'), ['6.1.3']);
  assert.deepEqual(ids('セキュリティインシデント発生時の対応'), ['16.1.1', '16.1.2']);
  assert.deepEqual(ids('お客様データの消去'), ['CLD.8.1.5']);
  assert.deepEqual(ids('ハードウェアの処分'), ['11.2.7']);
  assert.deepEqual(ids('契約内容の変更の通知'), ['12.1.2']);
  assert.deepEqual(ids('準拠法'), ['18.1.1']);
  assert.deepEqual(ids('データ廃棄と削除の基準'), ['CLD.8.1.5'], 'disposing of data is erasing it, not disposing of equipment');
});

test('an incident heading answers both responding and reporting, whichever word names the incident', () => {
  assert.deepEqual(ids('事故が起きたときのお知らせ'), ['16.1.1', '16.1.2']);
  assert.deepEqual(ids('障害の定義', '障害が発生した場合は、お客様にメールで通知します。'), ['16.1.1', '16.1.2']);
  assert.deepEqual(ids('違反及び事故への対応', '違反や事故が発生した場合は、原因を調査し、再発防止策を講じます。'), ['16.1.1'], 'a mishap handled inside reports to no one');
  assert.deepEqual(ids('Incident response', 'Our on-call engineers triage, contain and fix each problem.'), ['16.1.1', '16.1.2'], '"incident" names the topic outright: the section owes the notice');
  assert.deepEqual(ids('Data breaches'), ['16.1.2'], 'a breach heading owes the report; the provider\'s whole handling is named by incident words');
});

test('the contract beside another topic is its setting, not an agreement', () => {
  assert.deepEqual(ids('契約と法令について', '利用契約は日本法に準拠し、東京地方裁判所を合意管轄裁判所とします。'), ['18.1.1']);
  assert.deepEqual(ids('Which law governs the contract?'), ['18.1.1']);
  assert.deepEqual(ids('What happens to our data when the contract ends?'), ['CLD.8.1.5']);
  assert.deepEqual(ids('解約後のデータ'), ['CLD.8.1.5']);
  assert.deepEqual(ids('契約について', '当社とお客様との利用契約では、当社が講じるセキュリティ対策と責任の範囲を定めています。'), ['15.1.2'], 'alone, and saying what the agreement holds on security, the contract is the topic');
});

test('a question names its topic in its own words', () => {
  assert.deepEqual(ids('Ｑ．お客様のデータはどこに保管されますか？'), ['6.1.3']);
  assert.deepEqual(ids('Q1. Where is customer data stored?'), ['6.1.3']);
});

test('a heading with two topics maps to both; a generic word yields to a specific one', () => {
  assert.deepEqual(ids('バックアップとログの保存'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('Backup and logging'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('仮想ネットワークの情報セキュリティ方針'), ['CLD.13.1.4']);
  assert.deepEqual(ids('ログイン認証', 'パスワードはハッシュ化して保存し、再設定は登録メールアドレス宛のリンクでのみ受け付けます。'), ['9.2.4'], 'ログイン is signing in, not a log');
});

test('of a heading\'s topics, those its body takes up, when it takes up any', () => {
  assert.deepEqual(ids('Logging and monitoring', 'Access logs are recorded for every request and kept for one year.'), ['12.4.1']);
  assert.deepEqual(ids('Authentication and authorization', 'Sign in with a password or through SSO. Passwords are kept as salted hashes and reset only through a link sent to the account address.'), ['9.2.4']);
  assert.deepEqual(ids('ログの取得と監視', 'お客様は稼働状況ページでサーバの状態を確認できます。操作ログは1年間保存します。'), ['12.4.1', 'CLD.12.4.5'], 'both taken up');
  assert.deepEqual(ids('ログの取得と監視', 'サーバの状態を常時監視し、操作ログを1年間保存します。'), ['12.4.1'], 'the provider watching its own servers is no monitoring the customer sees');
  assert.deepEqual(ids('Logging and backups', 'We keep what the law asks of us.'), ['12.3.1', '12.4.1'], 'a body in other words leaves every topic standing');
  assert.deepEqual(ids('Audit and observability', 'Metrics, traces and application logs are kept for 30 days.'), ['12.4.1'], 'observability is logging here, not an audit');
});

test('the body speaks when the heading does not, and each control says why', () => {
  const found = recognizeControls('概要', 'データは毎日バックアップし、バックアップは7世代保存します。復元はお問い合わせください。');
  assert.deepEqual(found.map((c) => [c.id, c.via]), [['12.3.1', 'body']]);
  assert.ok(found[0].words.includes('バックアップ'));
  assert.deepEqual(recognizeControls('バックアップ', '').map((c) => [c.id, c.via, c.words.join()]), [['12.3.1', 'heading', 'バックアップ']]);
});

test('a heading names its topic and says which body words bear it out', () => {
  const [hosting] = recognizeControls('Hosting', 'Everything we run is hosted in two data centres in Frankfurt, operated under contract.');
  assert.deepEqual([hosting.id, hosting.via, hosting.words, hosting.support], ['6.1.3', 'heading', ['Hosting'], ['Frankfurt', 'hosted in', 'data centres']], 'the place first: the evidence a generic word needs');
  const [labels] = recognizeControls('ラベル付け', '本サービスでは項目をグループ単位でまとめ、部署ごとに整理して表示できます。');
  assert.deepEqual([labels.id, labels.via, labels.support], ['8.2.2', 'heading', undefined], 'a heading over a body in other words still names its topic');
});

test('a label names its topic as a heading would, and says so', () => {
  const found = recognizeControls('Operations', 'Logs: audit logs are kept for 400 days.\n\nChanges: customers are told before changes take effect.');
  assert.deepEqual(found.map((c) => `${c.id} ${c.via}`), ['12.4.1 label', '12.1.2 label']);
});

test('English words are read inflected', () => {
  assert.deepEqual(ids('After you leave', 'Your workspace is deleted 30 days after your subscription ends; until then it can be exported.'), ['CLD.8.1.5']);
});

test('a section that divides the work between provider and customer answers the shared roles', () => {
  const found = recognizeControls('サービスの運営について', 'サーバとネットワークの運用は当社が行います。利用者の登録と権限の設定はお客様に行っていただきます。');
  assert.deepEqual(found.map((c) => [c.id, c.via]), [['CLD.6.3.1', 'body']]);
  assert.deepEqual(ids('About the service', 'We run the servers and the network; the customer manages its own users.'), ['CLD.6.3.1']);
  assert.deepEqual(ids('About the service', 'We run the servers and the network.'), [], 'one side only');
});

test('a log of something is a log; a service level is not an agreement', () => {
  assert.deepEqual(ids('Authentication Logs'), ['12.4.1']);
  assert.deepEqual(ids('ログイン履歴の確認'), ['12.4.1']);
  assert.deepEqual(ids('Service levels', 'We aim for 99.9% monthly uptime and publish our SLA.'), []);
});

test('a heading that joins two topics with a conjunction names both, the weaker word too', () => {
  assert.deepEqual(ids('ログと監視', 'ログは1年間保存します。お客様は管理画面で稼働状況を確認できます。'), ['12.4.1', 'CLD.12.4.5']);
  assert.deepEqual(ids('Logs and backups'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('ログ及びバックアップ'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('ログ管理のデータセキュリティ'), ['12.4.1'], 'no conjunction, one topic');
  assert.deepEqual(ids('データセンターの監視', 'ステータスページで稼働状況を公開します。'), ['CLD.12.4.5'], 'a weaker word in the same topic still yields');
  assert.deepEqual(ids('お客様とともに行う監視', 'ステータスページで稼働状況を公開します。'), ['CLD.12.4.5'], 'と before a particle joins nothing');
});

test('a single word said in passing is not the body\'s topic; a phrase, two words or three mentions are', () => {
  assert.deepEqual(ids('インフラ基盤', '当社のエンジニアが24時間体制で監視し、監視の結果を毎朝確認しています。'), [], 'the provider\'s own monitoring, twice');
  assert.deepEqual(ids('Introduction', 'We keep the platform running with monitoring, and the same monitoring tells us when a page is slow.'), []);
  assert.deepEqual(ids('インフラ基盤', 'バックアップを毎日取得し、バックアップは14日分保管します。障害時はバックアップから戻します。'), ['12.3.1'], 'three mentions');
  assert.deepEqual(ids('Secure networking', 'Customers can turn on ip filtering for their workspace; ip filtering covers the API too.'), ['9.4.1'], 'a phrase, twice (an IP allowlist restricts access to the service)');
  assert.deepEqual(ids('Scope', 'These rules cover every system we run: production servers, customer databases, backups and backup media, and staff laptops.'), [], 'a word and its plural are one word, said twice in a list of what the rules cover');
});

test('the contract is the setting of a terms document: its title and body name no agreement; a heading does', () => {
  const body = '本書は本サービスの利用規約の一部を構成し、利用契約の定めが優先します。詳しくは利用規約をご覧ください。';
  assert.deepEqual(ids('第1条（目的）', body), []);
  assert.deepEqual(ids('総則', body), []);
  assert.deepEqual(recognizeControls('さくらんぼ勤怠クラウド 利用規約', '', [], { title: true }).map((c) => c.id), []);
  assert.deepEqual(ids('Overview', 'Agreement: the order form and the terms a customer signs.'), [], 'a label names no agreement');
  assert.deepEqual(ids('利用規約', '利用規約の第12条に、当社のセキュリティ上の義務を定めています。'), ['15.1.2'], 'a heading still names it where the section says what it holds on security');
});

test('a contract heading names no agreement unless its section says what the agreement holds on security', () => {
  assert.deepEqual(ids('第1条（利用規約の適用）', '本規約は、本サービスの利用に関する当社と契約者との一切の関係に適用されます。'), []);
  assert.deepEqual(ids('第3条（契約の成立）', '利用契約は、当社が申込みを承諾した時に成立します。'), []);
  assert.deepEqual(ids('Service Level Agreement', 'We aim to keep the service available 99.9% of each month; a missed month earns a service credit.'), []);
  assert.deepEqual(ids('Our agreements', 'The customer agreement sets out the security measures we maintain and the responsibilities of each party.'), ['15.1.2']);
  assert.deepEqual(ids('Supplier agreements', 'Each supplier signs our terms before it starts.'), ['15.1.2'], 'a supplier agreement is named outright (its suppliers, never selected or overseen here, answer no supplier policy)');
  const why = recognizeControls('契約について', '当社とお客様との利用契約では、当社が講じるセキュリティ対策を定めています。')[0];
  assert.ok(why.support?.some((w) => /契約 … セキュリティ/.test(w)), 'the reason shows the sentence\'s words');
});

test('a law-compliance or confidentiality heading is the applicable law only where its section says which law', () => {
  assert.deepEqual(ids('法令遵守', '当社は、関係する法令及び社内規程を遵守します。'), []);
  assert.deepEqual(ids('Legal compliance', 'We follow the laws and regulations of the countries where we operate.'), []);
  assert.deepEqual(ids('第8条（秘密保持）', '当社は契約者の秘密情報を第三者に開示しません。ただし、法令又は裁判所の命令に基づく場合を除きます。'), []);
  assert.deepEqual(ids('Confidentiality', 'We never disclose customer data, except where required by law or by a court of competent jurisdiction.'), []);
  assert.deepEqual(ids('法令遵守', '当社は、個人情報保護法その他の関係法令を遵守します。'), ['18.1.1'], 'a law named by its name');
  assert.deepEqual(ids('Compliance with laws', 'These terms are governed by the laws of Ireland.'), ['18.1.1']);
  assert.deepEqual(ids('Applicable law', 'We comply with the Data Protection Act 2018.'), ['18.1.1']);
  assert.deepEqual(ids('準拠法', '本契約は日本法に準拠します。'), ['18.1.1']);
  assert.deepEqual(ids('Which law governs the contract?'), ['18.1.1'], 'the question says it');
  const why = recognizeControls('法令遵守', '当社は、個人情報保護法その他の関係法令を遵守します。')[0];
  assert.deepEqual(why.support?.[0], '個人情報保護法', 'the law named is the reason');
});

test('a hosting, audit or restore heading names its control where the section says where, who reviewed, or from what copy', () => {
  assert.deepEqual(ids('Hosting', 'We run on a major public cloud and scale with demand.'), []);
  assert.deepEqual(ids('Hosting', 'Customer data is stored in data centres in Frankfurt, Germany.'), ['6.1.3']);
  assert.deepEqual(ids('データセンター', '国内の2か所のデータセンターで運用しています。'), ['6.1.3']);
  assert.deepEqual(ids('Data residency', 'You choose where it is kept when you sign up.'), ['6.1.3'], 'a precise word needs no place');
  assert.deepEqual(ids('Audit and observability', 'Every action in a workspace is written to an audit log that admins can export.'), ['12.4.1']);
  assert.deepEqual(ids('Audits', 'An independent firm audits our controls every year against SOC 2.'), ['18.2.1']);
  assert.deepEqual(ids('Restoring files', 'Deleted files stay in the trash for 30 days; open the trash and choose Restore.'), [], 'the trash is no backup');
  assert.deepEqual(ids('データの復元', '障害時は前日のバックアップから復元します。'), ['12.3.1']);
  assert.deepEqual(ids('Deleting messages', 'Any member can delete a message; deleted messages disappear at once.'), [], 'a deletion of the day is not the customer leaving');
  assert.deepEqual(ids('Data deletion', 'When the contract ends, all customer data is deleted within 30 days.'), ['CLD.8.1.5']);
  assert.deepEqual(ids('Removal of data', 'On request, customer data is purged from backups within 30 days.'), ['CLD.8.1.5'], 'a deletion that reaches the backups');
  assert.deepEqual(ids('Secure deletion methods', 'Disks are wiped. Encrypted volumes are destroyed with their encryption key.'), [], 'a heading too common to name its control still gives the body a topic');
  assert.deepEqual(ids('Monitoring', 'We monitor our servers around the clock and page an engineer on any fault.'), [], 'the provider watching its own systems');
  assert.deepEqual(ids('Monitoring', 'Customers can follow the state of the service on our status page.'), ['CLD.12.4.5']);
  assert.deepEqual(ids('稼働監視', 'お客様は管理画面で稼働状況を確認できます。'), ['CLD.12.4.5']);
  const why = recognizeControls('Hosting', 'Customer data is stored in Germany.')[0];
  assert.deepEqual(why.support?.[0], 'Germany', 'the place is the reason');
});

test('a table of who does what answers the shared roles; a list of places answers where data is', () => {
  const matrix = '| 項目 | 当社 | お客様 |\n| 物理的セキュリティ | ○ | - |\n| アカウント管理 | - | ○ |';
  assert.deepEqual(ids('運用体制', matrix), ['CLD.6.3.1']);
  const named = 'Area\tPlumtree\tCustomer\nServers\tYes\tNo\nUser accounts\tNo\tYes';
  assert.deepEqual(ids('Who does what', named), ['CLD.6.3.1'], 'the provider by its name, marks in the rows');
  assert.deepEqual(ids('Pricing', '| Plan | Price | Users |\n| Team | 10 | 5 |\n| Business | 20 | 50 |'), [], 'a table without the two parties');
  assert.deepEqual(ids('運用', '項目 当社 お客様\n物理的な管理 ○ -\nアカウント管理 - ○'), ['CLD.6.3.1'], 'a PDF table with single spaces between its cells');
  assert.deepEqual(ids('Operations', 'Physical security: Provider\nNetwork: Provider\nUser data: Customer'), ['CLD.6.3.1'], 'a row per task, the party as its value');
  assert.deepEqual(ids('FAQ', 'How do we protect you\nWe encrypt everything and we never sell data to anyone.\nNo'), [], 'a short sentence is no header');
  const subprocessors = '| Subprocessor | Purpose | Location |\n| Northwind Cloud | Hosting | Germany |\n| Parcelpost | Email | Ireland |';
  assert.deepEqual(ids('Service providers', subprocessors), ['15.1.2', '6.1.3']);
  assert.deepEqual(ids('再委託先', '・データセンター事業者（日本）\n・メール配信事業者（米国）'), ['15.1.2', '6.1.3']);
  assert.deepEqual(ids('Infrastructure', '- Primary database: ap-northeast-1\n- Replica: ap-northeast-3'), ['6.1.3'], 'cloud regions by their codes');
  assert.deepEqual(ids('バックアップ', '| データ | 保管先 |\n| 勤怠データ | 国内の別リージョン |\n| 添付ファイル | 国内の別リージョン |'), ['12.3.1'], '国内 row after row is where copies go');
});

test('a heading that defines a word names the word, not a section answering its control', () => {
  assert.deepEqual(ids('「バックアップ」とは', '障害に備えて取得する利用データの複製をいいます。'), []);
  assert.deepEqual(ids('(2)「監視」とは、当社が稼働を確認する作業'), []);
  assert.deepEqual(ids('Backup means a copy of Customer Data kept to restore it.'), []);
  assert.deepEqual(ids('“Service Level Agreement” means the availability we commit to'), []);
  assert.deepEqual(ids('Backup', 'We back up every database nightly.'), ['12.3.1'], 'the word alone is still its topic');
  assert.deepEqual(ids('「バックアップ」とは (CLD.12.4.5)'), ['CLD.12.4.5'], 'an id still names its control');
});

test('a section of definitions names words, not answers', () => {
  const body = '(1) バックアップ：障害に備えて取得するデータの複製\n(2) 監視：当社が稼働を確かめる作業\n(3) 操作ログ：利用者の操作の記録。操作ログは監査ログの一部です。';
  assert.deepEqual(ids('第2条（定義）', body), []);
  assert.deepEqual(ids('第 2 条 (⽤語の定義)', body), [], 'spaced article number, a radical for 用');
  assert.deepEqual(ids('Definitions', '- Backup: a copy of a workspace kept for restore.\n- Backups are taken nightly; backup copies are encrypted.'), []);
  assert.deepEqual(ids('定義', 'CLD.12.4.5 に対応する用語を定めます。'), ['CLD.12.4.5'], 'an id still names its control');
});

test('monitoring and logs answer apart: a logging section that mentions monitoring does not answer it, nor the reverse', () => {
  assert.deepEqual(ids('監査ログ', '監査ログは書き込み専用の領域に5年間保管し、当社はその領域を監視しています。'), ['12.4.1']);
  assert.deepEqual(ids('Monitoring', 'Customers see uptime on a status page; an access log of the page is kept.'), ['CLD.12.4.5']);
  assert.deepEqual(ids('ログの保存', '操作ログを5年間保管します。管理者の作業ログも同じ期間保管します。'), ['12.4.1', '12.4.3'], 'kinds of log are still neighbours');
});

test('a katakana word is one word, however long; a compound across scripts or with の is a phrase', () => {
  assert.deepEqual(ids('サービスについて', '当社はサプライヤと連携し、サプライヤの評価を行います。'), [], 'one word, twice');
  assert.deepEqual(ids('サービスについて', '管理画面ではIP制限を設定できます。IP制限は全利用者に適用されます。'), ['9.4.1'], 'IP制限 spans two scripts: a phrase');
});

test('audit events and application logs are logs', () => {
  assert.deepEqual(ids('Retention windows', 'Audit events and application logs are removed by a daily job after the window you set.'), ['12.4.1']);
});

test('a heading over labels and sub-headings alone (a page that lost its text) answers nothing', () => {
  assert.deepEqual(ids('3.2 Encryption', 'Data in Transit:\n\nData at Rest:\n\nKey Management:'), [], 'labels whose text is gone');
  assert.deepEqual(ids('2. Security Organization', '2.1 Security Team\n\n2.2 Security Governance'), [], 'empty sub-headings');
  assert.deepEqual(ids('Certifications', 'Our hosting partners hold the standards below:'), [], 'a list announced and lost');
  assert.deepEqual(ids('第5章 暗号化', '5.1 通信の暗号化\n5.2 保存データの暗号化'), []);
  assert.deepEqual(ids('3.2 Encryption', 'Data at Rest: AES-256 on every volume.'), ['10.1.1'], 'a label with its text states it');
  assert.deepEqual(ids('Encryption', '- TLS 1.3 in transit\n- AES-256 at rest'), ['10.1.1'], 'short items state it');
  assert.deepEqual(ids('Data location', 'Region: Tokyo'), ['6.1.3'], 'a label and its value');
});

test('"data retention" is the end of the contract only where its section speaks of leaving', () => {
  assert.deepEqual(ids('Data retention', 'We keep personal data only as long as we need it and delete it within 14 days after that.'), []);
  assert.deepEqual(ids('Data retention', 'When your subscription ends we delete your workspace within 30 days.'), ['CLD.8.1.5']);
  assert.deepEqual(ids('Customer data retention', 'Each kind of record is kept for the period in the table below.'), ['CLD.8.1.5'], 'the customer\'s data named');
});

test('classifying is not labelling, a tag names labelling only in a heading of its own, a quota is no capacity plan', () => {
  assert.deepEqual(ids('Data classification', 'We sort data into public, internal and confidential and handle each class accordingly.'), []);
  assert.deepEqual(ids('Backup tagging', 'Tag each backup so you can find it later; the tags are shown in the backup list.'), ['12.3.1']);
  assert.deepEqual(ids('Labelling', 'Customers label records with their own classification labels.'), ['8.2.2']);
  assert.deepEqual(ids('Storage quota', 'Each workspace holds up to 50 GB; you can buy more storage on the billing page.'), []);
  assert.deepEqual(ids('Capacity management', 'We watch usage and add servers before load reaches 70 percent.'), ['12.1.3']);
});

test('leaving in the words of help pages: cancelling a subscription, deleting the account; a leaving employee is not a leaving customer', () => {
  assert.deepEqual(ids('How do I cancel my subscription?', 'Open Billing and choose Cancel. Your files are deleted 30 days later.'), ['CLD.8.1.5']);
  assert.deepEqual(ids('アカウント削除の手順', '設定画面から削除すると、アカウントに紐づくデータはすべて消去されます。'), ['CLD.8.1.5']);
  assert.deepEqual(ids('Offboarding', 'When an employee leaves, HR revokes their laptop and badge on the last day.'), []);
  assert.deepEqual(ids('Offboarding', 'When your contract ends you can export every project before we delete it.'), ['CLD.8.1.5']);
});

test('a heading that puts requirements to others (a customer\'s cloud policy, a buyer\'s guide) answers nothing', () => {
  assert.deepEqual(ids('2.クラウド事業者に求めること', '・利用者ごとにアクセス権を設定できること\n・障害時の報告窓口が明確であること'), []);
  assert.deepEqual(ids('Questions to ask your provider', '- Where is our data stored?\n- How long are backups kept?'), []);
  assert.deepEqual(ids('アクセス権の管理', '利用者ごとにアクセス権を付与し、不要になれば削除します。'), ['9.2.2'], 'the provider\'s own statement');
});

test('a certification still being prepared is no independent review yet', () => {
  assert.deepEqual(ids('ISO27001/27017取得について', '当社は本社を範囲としてISO27001の取得準備をしています。'), []);
  assert.deepEqual(ids('Compliance & audits', 'ISO/IEC 27001 is planned for next year and SOC 2 for the year after.'), []);
  assert.deepEqual(ids('Certifications', 'We hold ISO/IEC 27001 certification, audited every year by an accredited body.'), ['18.2.1']);
  assert.deepEqual(ids('第三者認証', '2025年にISMAPの登録を取得しました。'), ['18.2.1']);
});

test('the certifications of the cloud the service runs on are its host\'s reviews, not the service\'s own: how it keeps its security through that host (R2)', () => {
  assert.deepEqual(ids('Audits and attestations', 'Our hosting provider holds these reports:\n- ISO/IEC 27001 certificate\n- SOC 2 Type II report'), ['15.1.3']);
  assert.deepEqual(ids('第三者認証', '基盤のデータセンターはISO/IEC 27001の認証を取得しています。'), []);
  assert.deepEqual(ids('Audits and attestations', 'We run on a public cloud whose data centres hold ISO/IEC 27001. We hold SOC 2 Type II ourselves, audited each year.'), ['18.2.1'], 'the service\'s own review beside its host\'s');
});

test('a security policy page naming itself, or pointing to its privacy policy, states no set of policies', () => {
  assert.deepEqual(ids('About this page', 'We may revise this security policy from time to time; see also our privacy policy.'), []);
  assert.deepEqual(ids('このページについて', '本ポリシーは必要に応じて改定します。プライバシーポリシーもあわせてご確認ください。'), []);
  assert.deepEqual(ids('Information security policy', 'Our information security policy is approved by management and reviewed every year.'), ['5.1.1']);
});

test('an introduction among the first sections previews topics and answers none; further on, an overview heads its topic', () => {
  const lead = (heading: string, body: string) => recognizeControls(heading, body, [], { leading: true }).map((c) => c.id);
  assert.deepEqual(lead('1. はじめに', '本資料では暗号化、バックアップ、インシデント対応、監視および第三者認証についてご説明します。'), []);
  assert.deepEqual(lead('Overview¶', 'This page covers encryption, backups, incident response, monitoring and our certifications.'), []);
  assert.deepEqual(lead('想定読者', 'ログの管理やインシデント対応を確認される情報システム部門の方'), []);
  assert.deepEqual(ids('概要', 'データは毎日バックアップし、バックアップは7世代保存します。'), ['12.3.1']);
});

test('an SLA\'s downtime and credits count outages: no incident handling, no operating procedures', () => {
  assert.deepEqual(ids('6.1 累計障害時間について', '累計障害時間とは、本サービスが利用できなかった時間の月ごとの合計です。'), []);
  assert.deepEqual(ids('Claim procedures', 'Send a claim within 30 days naming the dates and times of the incident; credits go on the next invoice.'), []);
  assert.deepEqual(ids('障害時の対応', '障害を検知した場合、30分以内にお客様へ通知します。'), ['16.1.1', '16.1.2']);
});

test('a feature the customer configures, or a how-to, is no access control of the provider\'s; its staff\'s practice is', () => {
  assert.deepEqual(ids('Authentication', 'You can require two-factor authentication for every member and set a minimum password length.'), []);
  assert.deepEqual(ids('Setting up two-factor auth', 'Open your profile, choose Security and scan the code with an authenticator app.'), []);
  assert.deepEqual(ids('ログイン設定', 'お客様の管理者は、管理画面からパスワードの最低文字数と二段階認証の要否を設定できます。'), []);
  assert.deepEqual(ids('Authentication', 'Our engineers sign in to production with hardware keys; every password is stored hashed and reset only by the security team.'), ['9.2.4']);
  // The learnt words may add a neighbouring access control (9.4.1); the hand-written paths' reading is the point here.
  assert.deepEqual(recognizeControls('当社従業員のアクセス管理', '当社の運用担当者は多要素認証で本番環境にアクセスし、アクセス権は上長の承認を得て付与しています。').filter((c) => c.via !== 'learned').map((c) => c.id), ['9.2.2']);
});

test('advice to the customer on its own passwords and rights is no access control of the provider\'s', () => {
  assert.deepEqual(ids('パスワードポリシー', 'パスワードは12文字以上とし、記号を組み合わせてください。他のサービスと同じパスワードは使わないでください。'), []);
  assert.deepEqual(ids('アクセス権のコントロール', 'メンバーごとに権限を割り当ててください。退職した方のアカウントは速やかに無効にしてください。'), []);
  assert.deepEqual(ids('認証情報の取り扱いについて', 'パスワードを他人に教えないでください。当社の社員がお客様にパスワードをお尋ねすることはありません。'), [], 'staff who never ask are a reassurance, not a practice');
  assert.deepEqual(ids('2段階認証 | アカウントロック設定', '管理者は「組織設定」から2段階認証の必須化と、ログインに5回失敗したときのアカウントロックを設定できます。'), []);
  assert.deepEqual(ids('Passwords', 'Use a password manager. Never share your password with anyone.'), []);
  assert.deepEqual(ids('Passwords', 'Our employees keep their passwords in a password vault and use hardware keys; a password is reset by the vault every 90 days. Please contact support if you have questions.'), ['9.2.4']);
});

test('an SLA\'s resolution targets and incident handling sold as a service are service levels, not incident management', () => {
  assert.deepEqual(ids('(1) インシデントの解決目標', '重要度1は4時間以内、重要度2は1営業日以内に解決します。'), []);
  assert.deepEqual(ids('2.2 障害対応サービス', '障害の受付は24時間365日行い、重要度に応じて対応します。'), []);
  assert.deepEqual(ids('Incident Response Retainer', 'When you suffer a breach, our team joins you within four hours to contain it.').filter((id) => id.startsWith('16.1.') && id !== '16.1.7'), []);
});

test('roles and responsibilities answer the shared roles only where the customer\'s share is given too', () => {
  assert.deepEqual(ids('1.2 当社の役割と責任', '当社は、本サービスを定める稼働率で提供し、障害の検知と復旧を行い、その状況をお客様に報告します。'), []);
  assert.deepEqual(ids('Roles and responsibilities', 'We run the servers and the network. Customers decide who can read each space.'), ['CLD.6.3.1']);
  assert.deepEqual(ids('責任分界', '当社はインフラを運用します。'), ['CLD.6.3.1'], 'a precise word needs no evidence');
});

test('a template\'s measures given by example answer nothing; a period under a plain heading answers its topic', () => {
  assert.deepEqual(ids('1. Confidentiality', '- Virtual access control: no unauthorised use of systems, e.g. strong passwords, two-factor authentication, access control lists.\n- Data access control: no unauthorised reading, e.g. role-based access control, logging of access control events.'), []);
  assert.deepEqual(ids('Copies kept for recovery', 'Backups of each database are taken every night in a second region and kept for 35 days.'), ['12.3.1']);
  assert.deepEqual(ids('Activity history', 'Sign-in events and the changes administrators make are written to audit logs, which we keep for 12 months.'), ['12.4.1']);
  assert.deepEqual(ids('Logs', 'Logs you send to the product are kept for 30 days on every plan.').filter((id) => id !== '12.4.1'), []);
  assert.deepEqual(ids('Your plan', 'Logs you send are kept for 30 days on every plan.'), [], 'the product\'s logs are the customer\'s, not the provider\'s');
});

test('a sub-processor list is a supplier relationship; a licence sold, a storage quota, an operations team are not their controls', () => {
  assert.deepEqual(ids('Sub-processors', 'We choose each sub-processor after a security review and list them below.'), ['15.1.1', '15.1.2']);
  assert.deepEqual(ids('Sub-processors', 'We list the sub-processors we engage below and notify you of changes.'), ['15.1.2'], 'the chain without an assessment');
  assert.deepEqual(ids('利用ライセンス', '契約されたユーザー数に応じたライセンスでご利用いただけます。'), []);
  assert.deepEqual(ids('オープンソースのライセンス', '本サービスが利用するオープンソースソフトウェアのライセンスを遵守しています。'), ['18.1.2']);
  assert.deepEqual(ids('容量の扱い', '1ユーザーあたり10GBまで保存できます。上限を超えた場合は追加容量をご購入ください。'), []);
  assert.deepEqual(ids('5 .システム運用管理体制', '運用チームが24時間365日体制でシステムを運用しています。'), []);
  assert.deepEqual(ids('Personal Data Breaches (GDPR)', 'We notify you without undue delay after becoming aware of a breach.'), ['16.1.2'], 'a breach clause owes the report, not the whole incident handling');
  assert.deepEqual(ids('Breach response', 'Our security team contains and investigates every breach.'), ['16.1.1', '16.1.2']);
});

test('one sentence deep in a broader section says where the data is kept, or how the provider backs it up', () => {
  assert.deepEqual(ids('Infrastructure', 'The service runs on containers. All customer data is hosted in Finland, in two availability zones.'), ['6.1.3']);
  assert.deepEqual(ids('システム構成', '本サービスはクラウド上で稼働しています。お客様のデータは東京リージョンに保管しています。'), ['6.1.3']);
  assert.deepEqual(ids('Architecture', 'The service runs on containers. We back up every database each night to a second region.'), ['12.3.1']);
  assert.deepEqual(ids('Storage', 'Your data sits securely on our cloud vendor’s machines, located in Montreal.'), ['6.1.3'], 'words and an apostrophe between the data and the place');
  assert.deepEqual(ids('Platform', 'For hosting we rely on a data centre located in Oregon, run by our provider.'), ['6.1.3'], 'the data centre named, then its place');
  assert.deepEqual(ids('Storage', 'All data is stored in encrypted form, as EU rules expect.'), [], 'a place the sentence names elsewhere is not where the data is');
  assert.deepEqual(ids('Who does what', 'We run the platform and patch it; you manage your users and their permissions.'), ['CLD.6.3.1']);
});

test('where the service runs, said of its servers, its cloud or by the provider, is where the data is kept', () => {
  assert.deepEqual(ids('Other limitations', '- Output may be delayed.\n- Acme Cloud hosts all apps in the United States.'), ['6.1.3'], 'the provider as the subject, the apps as the object');
  assert.deepEqual(ids('Build machines', 'Our build servers are all based in the US, in Denver and Austin.'), ['6.1.3'], '"based in"');
  assert.deepEqual(ids('Runners', 'The secondary build cloud is running in the "Central US" zone of our cloud provider.'), ['6.1.3']);
  assert.deepEqual(ids('稼働環境', '本サービスのサーバーは国内のデータセンターで運用しています。'), ['6.1.3']);
  assert.deepEqual(ids('Team', 'Our support team is based in London.'), [], 'people based somewhere are not the data');
  assert.deepEqual(ids('Runtime', 'The app is running in the background in your browser.'), [], 'no place named');
});

test('a certificate or an outside audit the provider says it holds answers 18.2.1 under any heading', () => {
  assert.deepEqual(ids('Overview', 'Acme is currently certified as FedRAMP Moderate.'), ['18.2.1']);
  assert.deepEqual(ids('About us', 'Our platform undergoes a yearly audit by an independent third party.'), ['18.2.1']);
  assert.deepEqual(ids('会社概要', '当社は毎年、監査法人による監査を受けています。'), ['18.2.1']);
  assert.deepEqual(ids('インフラ', 'ISMS（ISO/IEC 27001）認証取得済み。'), ['18.2.1']);
  assert.deepEqual(ids('Payments', 'Card numbers go straight to Stripe, a PCI DSS Level 1 certified provider.'), [], 'a payment processor\'s certificate');
  assert.deepEqual(ids('決済', 'カード情報は PCI DSS 認証を受けた決済代行会社が直接取得します。'), [], 'the review of the company named after it');
  assert.deepEqual(ids('Program', 'Our security program is aligned with ISO 27001.'), [], 'a standard followed, nothing certified');
  assert.deepEqual(ids('Roadmap items', 'We plan to complete a SOC 2 Type II audit next year.'), [], 'a review still to come');
  assert.deepEqual(ids('Hosting', 'Our hosting provider, AWS, holds ISO 27001 and SOC 2 reports.'), ['15.1.3'], 'the host\'s reviews: the peer\'s, relied on (R2)');
  assert.deepEqual(ids('Vendors', 'Every vendor must hold an ISO 27001 certificate.'), ['15.1.2'], 'a requirement asks of others: what the supplier agreements hold them to');
});

test('a heading naming a scheme over a body that only follows it answers no 18.2.1', () => {
  assert.deepEqual(ids('SOC 2 対応', 'プラットフォームは SOC 2 Type II の統制を念頭に設計されています。\n\n| 基準 | 実装 |\n|---|---|\n| セキュリティ | コンテナ隔離、認証情報管理、監査ログ |'), [], 'designed with it in mind; an audit log is no audit');
  assert.deepEqual(ids('ISO 27001', 'Our information security management system is aligned with ISO 27001.'), []);
  assert.deepEqual(ids('ISO 27001', 'Our information security management system is certified to ISO 27001 by an accredited body.'), ['18.2.1']);
  assert.deepEqual(ids('Compliance', 'We follow SOC 2 principles. Our SOC 2 Type II report is available under NDA.'), ['18.2.1'], 'one sentence says a report exists');
});

test("the provider's machines kept in a network apart answer 13.1.3 under any heading; a network the customer sets up does not", () => {
  assert.deepEqual(ids('Architecture', 'The platform runs as containers on a managed Kubernetes service. All of our servers sit inside a virtual private cloud, and only the load balancer is reachable from the internet.'), ['13.1.3']);
  assert.deepEqual(ids('Where it runs', 'Each customer cluster is launched into its own isolated network.'), ['13.1.3']);
  assert.deepEqual(ids('システム構成', 'データベースサーバーはインターネットから隔離されたプライベートネットワークに配置しています。'), ['13.1.3']);
  assert.deepEqual(ids('Private connectivity', 'You can connect your VPC to the service with a private link.'), [], 'the customer\'s own network');
  assert.deepEqual(ids('第9条（詳細）', '詳細なセキュリティ対策（暗号化、ネットワーク分離、バックアップ体制）は別途定めます。'), [], 'a topic named in a list');
});

test("a security annex's run-in labels name their paragraphs' topics: bold, in 【】, or ending in a full stop", () => {
  const body = [
    '**Logging.** The provider records administrator actions and sign-ins to production in a central store and keeps them a year.',
    '',
    '**Encryption in transit:** Every connection to the service and between its internal services uses TLS 1.2 or later.',
    '',
    'Staff training. Every employee completes security awareness training on joining and every year after.',
  ].join('\n');
  assert.deepEqual(ids('Appendix 2: Security Measures', body), ['10.1.1', '12.4.1', '7.2.2']);
  const ja = ['【テナントの分離】利用者ごとにデータベースのスキーマを分け、他の利用者のデータを参照できない構成としている。', '【媒体の廃棄】顧客データを保存していたディスクは消去した後に物理的に破壊する。'].join('\n');
  assert.deepEqual(ids('別紙2　安全管理措置', ja), ['11.2.7', 'CLD.9.5.1']);
  assert.deepEqual(ids('Notes', 'We keep it simple. Files are shared by link.'), [], 'a short sentence with a subject is no label');
});

test('the governing law said inside a clause of odds and ends answers 18.1.1', () => {
  assert.deepEqual(ids('6. General', 'If a provision is unenforceable, the rest stays in force. This Addendum is governed by the laws of Ireland.'), ['18.1.1']);
  assert.deepEqual(ids('第5条（雑則）', '本覚書に定めのない事項は利用契約による。本覚書の準拠法は日本法とし、東京地方裁判所を専属的合意管轄裁判所とする。'), ['18.1.1']);
  assert.deepEqual(ids('General', 'Each party complies with applicable law.'), [], 'a law obeyed in general names none');
});

test('headings whose words name no practice here: an uptime target, a continuity plan, a records schedule, ways to sign in, a declined question', () => {
  assert.deepEqual(ids('2. Service Uptime', 'The hosted application is available 99.9% of each calendar month, excluding announced maintenance.'), []);
  assert.deepEqual(ids('Business Continuity Overview', 'We keep a plan to carry on through a long outage at a provider. The plan names who decides during an incident of that size; a lesser incident follows the support process.'), []);
  assert.deepEqual(ids('Records retention schedule', 'Boards: while the subscription is active, then 60 days.\nBilling records: seven years.'), []);
  assert.deepEqual(ids('Protection of records', 'Records are protected against loss and tampering.'), ['18.1.3']);
  assert.deepEqual(ids('Sign-in methods', 'Teachers sign in with an email link or a school Google account.'), []);
  assert.deepEqual(ids('Do you offer single sign-on?', 'Not yet. We plan to add it next year.'), []);
  assert.deepEqual(ids('シングルサインオンに対応していますか？', 'いいえ、現在は対応しておりません。'), []);
  assert.deepEqual(ids('Can a forgotten password be reset?', 'Yes, through a link sent to the account address; we keep only salted hashes of passwords.'), ['9.2.4']);
});

test("a check sheet stored with its answers only: each affirmative answer names its own control", () => {
  const body = ['はい。通信はすべてTLS1.2以上で暗号化しています。', 'はい。全従業員にセキュリティ教育を年1回実施しています。', 'いいえ。専用環境は提供していません。'].join('\n');
  assert.deepEqual(ids('回答', body), ['10.1.1', '7.2.2']);
  assert.deepEqual(ids('Responses', 'Yes. Every connection is encrypted with TLS 1.2.\nYes. A backup of every database is taken each night.'), ['10.1.1', '12.3.1']);
});

test('a label that heads a list, or a name set in 【】, names no topic', () => {
  const limits = ['Backups are kept by the policy you choose:', '', '**Default limits** (maximums):', '- Up to 50 backups for each service', '- Up to 1 TiB of storage'].join('\n');
  assert.deepEqual(ids('Backup retention settings', limits).includes('12.1.3'), false);
  assert.deepEqual(ids('1.1 本サービスの目的', '【ことば訓練ノート（発音練習の記録サービス）】(以下「本サービス」という)は、教室が生徒の練習記録を管理するためのクラウドサービスである。'), []);
  assert.deepEqual(ids('別紙　安全管理措置', '【教育】全従業員に情報セキュリティ教育を入社時と毎年実施している。'), ['7.2.2'], 'a topic label in 【】 still names its topic');
});

test('data protected from accidental or unlawful destruction names no disposal of equipment', () => {
  assert.deepEqual(ids('How is my data protected from accidental destruction?', 'Every entry is audited and kept in our own system.'), []);
  assert.deepEqual(ids('Security of processing', 'Measures protect personal data against accidental or unlawful destruction, loss or alteration.'), []);
  assert.deepEqual(ids('Disposal of equipment', 'Retired disks are shredded by a certified contractor.'), ['11.2.7']);
});

test('a list of security measures answers a control per item that states a specific practice', () => {
  const annex = [
    'We maintain the following measures:',
    '- Production databases are backed up every six hours and each backup is kept for 35 days.',
    '- Critical vulnerabilities are patched within 7 days of a fix becoming available.',
    '- All staff complete security awareness training on joining and every year after.',
    '- Our offices are in Berlin and Lisbon, and we serve customers across Europe.',
  ].join('\n');
  assert.deepEqual(ids('Technical and Organisational Measures', annex), ['12.3.1', '12.6.1', '7.2.2']);
  const ichiran = ['・データベースのバックアップを毎日取得し、30日間保管しています。', '・重大な脆弱性は14日以内に修正しています。'].join('\n');
  assert.deepEqual(ids('セキュリティ対策一覧', ichiran), ['12.3.1', '12.6.1']);
  assert.deepEqual(recognizeControls('1. Operations', '  - Audit logging is enabled on every server and kept for 12 months.\n  - Vulnerability scanning is performed weekly.', [], { measures: true }).map((c) => c.id).sort(), ['12.4.1', '12.6.1'], 'sub-bullets on a security page');
});

test('a list read per item is not a customer duty, a procedure, a definition, a bare word or a passing keyword', () => {
  const duties = ['- You should enable multi-factor authentication for every administrator.', '- You must rotate your API credentials every 90 days.'].join('\n');
  assert.deepEqual(ids('Security measures', duties), []);
  const steps = ['1. Click Settings and open the Security tab.', '2. Select Audit logging and keep it for 12 months.', '3. Click Save.'].join('\n');
  assert.deepEqual(ids('Security settings', steps), []);
  const terms = ['- “Sub-processor” means a company that processes data for us within 30 days.', '- “Encryption” means encoding data so that only holders of a key read it.'].join('\n');
  assert.deepEqual(ids('Security terms', terms), []);
  const passing = ['- We require strong 2FA for all staff accounts.', '- Everything we run is watched by our monitoring.'].join('\n');
  assert.deepEqual(ids('Security', passing), [], 'one word of a control, said without a figure, is no specific answer');
  const rotation = '- Production passwords of our engineers are stored hashed and reset every 90 days.\n- New releases are shipped twice a week.';
  assert.deepEqual([ids('Security', rotation), ids('Features', rotation)], [['9.2.4'], []], 'a list under no security heading keeps the body reading');
});

test('a list given to the customer, by its heading or its lead-in line, answers nothing per item', () => {
  const items = '- Production passwords of our engineers are stored hashed and reset every 90 days.\n- New releases are shipped twice a week.';
  assert.deepEqual(ids('Security measures', items), ['9.2.4'], 'the provider’s measures');
  assert.deepEqual(ids('Your own security measures', items), []);
  assert.deepEqual(ids('Security measures', `The customer is responsible for the following:\n${items}`), []);
  const ja = ['・権限管理機能により、コンテンツの操作権限を編集者ごとに制限しています。', '・変更履歴から変更前のコンテンツを毎日復元できます。'].join('\n');
  assert.deepEqual([ids('データ保護の対策', ja), ids('ユーザー様ご自身によるデータの消失対策', ja)], [['9.4.1'], []], 'rights limited per editor restrict access; a history that records changes grants none');
});

test('in a list that mixes both sides, an item whose subject is the customer answers nothing', () => {
  const mixed = [
    '- Production databases are backed up every night and kept for 30 days.',
    '- The customer manages the passwords of its own users and rotates them every 90 days.',
    '- Customers configure their own firewall rules for each of their networks every quarter.',
    '- Customer data is encrypted at rest with AES-256 on every disk.',
  ].join('\n');
  assert.deepEqual(ids('Security measures', mixed), ['10.1.1', '12.3.1']);
  const ja = ['・データベースのバックアップを毎日取得し、30日間保管しています。', '・お客さまは利用者のパスワードを90日ごとに変更します。', '・契約者は自社の端末の脆弱性を毎月確認します。'].join('\n');
  assert.deepEqual(ids('セキュリティ対策', ja), ['12.3.1']);
});

test('an item whose access words overlap answers one access control, the most specific; two sentences answer two', () => {
  const one = ['- Access to production requires multi-factor authentication for every engineer.', '- Vulnerability scans run weekly on every host.'].join('\n');
  assert.deepEqual(ids('Security measures', one), ['12.6.1']);
  const two = ['- Access rights are granted by role and reviewed every quarter. Privileged access is limited to the on-call team.', '- Vulnerability scans run weekly on every host.'].join('\n');
  assert.deepEqual(ids('Security measures', two), ['12.6.1', '9.2.2', '9.2.3']);
});

test('a heading on records over a body that records access or operations answers logging', () => {
  assert.deepEqual(ids('2. 操作の記録', '運用担当者による設定変更と、お客様データへのすべてのアクセスを記録しています。'), ['12.4.1']);
  assert.deepEqual(ids('Recording operations', 'Every configuration change by an operator and every access to customer data is recorded.'), ['12.4.1']);
  assert.deepEqual(ids('作業の記録', '定期保守の作業内容を記録し、毎月お客様に報告します。'), [], 'a work report is no log');
});

test('access words on a log page or in a section listing what the log records name logged events', () => {
  assert.deepEqual(ids('Event coverage', 'The following activity is written to the audit log:\n  • Authentication: sign-ins, SSO assertions and failed attempts.\n  • Identity & Roles: role and permission changes.'), ['12.4.1']);
  assert.deepEqual(ids('User Management / Access Rights Events', 'These logs document changes to who belongs to the organization.\nMember Role Changed | A member\'s role was changed. |\nPassword Changed | A member changed their password. |'), ['12.4.1']);
  assert.deepEqual(recognizeControls('二段階認証を利用している場合', '二段階認証を有効にしている従業員の履歴には、次の行が追加で表示されます。', [], { logs: true }).map((c) => c.id), ['12.4.1']);
  assert.deepEqual(ids('Authentication', 'Every administrator signs in with a password and multi-factor authentication; passwords are stored hashed and reset by the security team.'), ['9.2.4'], 'a practice stated outside a log still answers');
});

test('access rights held by role or by some staff restrict access (9.4.1); granting or removing them provisions it (9.2.2); reviewing them is neither', () => {
  assert.deepEqual(ids('Security measures', '- Role-based access for staff and least privilege for every engineer.\n- Backups are taken daily.'), ['12.3.1', '9.4.1']);
  assert.deepEqual(ids('Security measures', '- Access rights are granted on an approved request and removed on the day an engineer leaves.\n- Backups are taken daily.'), ['12.3.1', '9.2.2']);
  assert.deepEqual(ids('セキュリティ対策', '- アクセス権限は四半期ごとに見直しています。\n- 全サーバーで監査ログを取得しています。'), ['12.4.1'], 'a review of access rights is 9.2.5, asked of no whitepaper');
});

test('a heading that names access in general lets its body say which access control it answers', () => {
  assert.deepEqual(ids('Authorisation and workspace boundaries', 'Every request is checked against the workspace that owns the ledger. A request into another customer\'s workspace is refused.'), ['CLD.9.5.1'], 'one tenant kept from another');
  assert.deepEqual(ids('Access management', 'Database superuser rights are granted to the on-call engineers of the week.'), ['9.2.3'], 'privileged rights given');
  assert.deepEqual(ids('Permissions', 'Permissions of every engineer are reviewed twice a year.'), [], 'a review alone');
  assert.deepEqual(ids('ネットワーク上のアクセス管理', '外部に開いているポートは443番のみで、その他の通信はファイアウォールで遮断しています。'), ['13.1.3'], 'a firewall');
  assert.deepEqual(ids('アクセス管理', '本番環境の管理者権限は当番の担当者にのみ付与し、当番の終了とともに取り消しています。'), ['9.2.3']);
  assert.deepEqual(ids('Access management', 'Accounts are created on a manager\'s request and removed on the day a person leaves.'), ['9.2.2'], 'provisioning stays');
});

test('a section its heading marks as a plan answers nothing by its words', () => {
  assert.deepEqual(ids('7. Future plans (not yet in production)', 'We intend to encrypt backups with customer keys and to run yearly penetration tests.'), []);
  assert.deepEqual(ids('Hosted service security (roadmap)', '- TLS 1.2 for all transport\n- Encryption at rest with customer-managed keys'), []);
  assert.deepEqual(ids('今後の取り組み', 'バックアップの別リージョンへの複製と、年1回の外部診断を計画しています。'), []);
  assert.deepEqual(ids('Planned maintenance', 'Maintenance windows are announced seven days ahead on the status page.').includes('12.1.2'), true, 'a schedule of work, not a plan');
});

test('9.2.4 from words is how the provider manages credentials over their life, two of issuing, keeping and resetting them; one fact, a sign-in method, a password rule or a terms clause on keeping it secret is not', () => {
  assert.deepEqual(ids('Authentication', 'Members sign in with a password or through SSO, and owners can require a second factor.'), []);
  assert.deepEqual(ids('4. Access control & 2FA', 'Every member signs in with a password and a code from an authenticator app.'), [], 'a body of sign-in alone takes up neither topic as a practice');
  assert.deepEqual(ids('How we keep sign-in secrets', 'We store passwords only as salted bcrypt hashes.'), [], 'one technical fact is touched in passing');
  assert.deepEqual(ids('Passwords and sessions', 'Passwords are stored as hashes, so we cannot read them. Session tokens keep you logged in.'), []);
  assert.deepEqual(ids('How we keep sign-in secrets', 'We store passwords only as salted bcrypt hashes; a forgotten password is reset through a link sent to the account address.'), ['9.2.4']);
  assert.deepEqual(ids('パスワード', 'パスワードはハッシュ化して保存しています。'), []);
  assert.deepEqual(ids('パスワード', '初期パスワードは登録メールアドレス宛に発行し、初回ログイン時に変更していただきます。'), ['9.2.4']);
  assert.deepEqual(recognizeControls('第2条（申込み）', '当社は申込みを承諾したときは、契約者にログインIDおよび初期パスワードを発行します。', [], { page: 'terms' }).map((c) => c.id), ['9.2.4'], 'terms that say how the initial password is issued (ruling R4)');
  assert.deepEqual(recognizeControls('第5条（ID及びパスワードの管理）', '契約者は、ログインID及びパスワードを自己の責任で管理し、第三者に使用させないものとします。', [], { page: 'terms' }).map((c) => c.id), [], 'the duty to keep them secret alone');
  assert.deepEqual(ids('Authorization', 'Each member holds one of three roles: owner, editor or viewer.'), ['9.4.1'], 'who may reach what, granting nothing');
});

test('procedures in general are no administrator operational security; documented critical operations are', () => {
  assert.deepEqual(ids('Procedures for regular review, assessment and evaluation', 'Measures are reviewed every year by the data protection officer.'), []);
  assert.deepEqual(ids('運用手順', '基盤の運用手順は文書化し、作業は二名で確認します。'), ['CLD.12.1.5']);
});

test('a status page answers monitoring where it shows the state of the service, not where notices are posted', () => {
  assert.deepEqual(ids('Status page', 'Each maintenance window is posted on the status page five days before it starts.'), []);
  assert.deepEqual(ids('Status page', 'The status page shows the current status of each service and its uptime over ninety days.'), ['CLD.12.4.5']);
  assert.deepEqual(ids('Monitoring', 'We monitor every server around the clock; customers can check current incidents on the status page.'), ['CLD.12.4.5'], 'a monitoring heading is borne out as before');
});

test('a heading word its body does not bear out lends its clause no neighbour', () => {
  assert.deepEqual(ids('7.3 Record Laws by Province', 'Table of what each province requires for record retention'), [], 'a heading on the laws over a line that lost its table');
  assert.deepEqual(ids('ログの管理', '運用者のログも取得しています。'), ['12.4.1', '12.4.3'], 'a logging section still answers the administrators\' logs it names');
});

test('a sentence that deletes the customer\'s data or hands it back is no backup practice of the provider\'s', () => {
  assert.deepEqual(ids('If you stop paying', 'Ninety days after the plan lapses we erase your workspace from our servers, and from our backups within 120 days.').filter((id) => id === '12.3.1'), []);
  assert.deepEqual(ids('Before you go', 'We send a reminder so that you can back up your projects before the account closes.').filter((id) => id === '12.3.1'), []);
  assert.deepEqual(ids('データの取扱い', 'データは毎日バックアップを取得しており、14日を過ぎたバックアップは自動的に削除しています。').filter((id) => id === '12.3.1'), ['12.3.1'], 'the backups\' own rotation is how long they are kept');
});

test('a retention table flattened one cell a line names what each row keeps', () => {
  assert.deepEqual(ids('保存期間一覧', '種別\n\n保存期間\n\n請求書類\n\n7年\n\n監査ログ\n\n1年\n\n問い合わせ履歴\n\n3年').filter((id) => id === '12.4.1'), ['12.4.1']);
  assert.deepEqual(ids('Contact', 'Support desk\n\n9 hours'), [], 'one label over a period is no schedule');
});

test('a participle before another topic\'s noun says how that topic is done: the noun is the heading\'s topic', () => {
  assert.deepEqual(ids('Encrypted backups', 'Backups run every night to a second region and are kept for 21 days.'), ['12.3.1']);
  assert.deepEqual(ids('Data encryption', 'Stored data is encrypted with AES-256.'), ['10.1.1']);
});

test('an IP allowlist alone restricts access to the service (9.4.1); a VPN or a private line is access to the network (9.1.2)', () => {
  assert.deepEqual(ids('IP allowlist', 'Each project keeps an IP allowlist: connections from any other address are refused before they reach the database.'), ['9.4.1']);
  assert.deepEqual(ids('接続元の制限', '管理コンソールへの接続元IPアドレスを、登録した範囲だけに制限しています。'), ['9.4.1']);
  assert.deepEqual(ids('Remote access', 'Operators reach the hosts only over a VPN, and the VPN itself sits behind an IP allowlist.'), ['9.1.2']);
});

test('segregation between tenants stands where one sentence says whose environment is kept apart', () => {
  assert.deepEqual(ids('Customer data isolation', "Each customer's data is kept in its own partition; one customer cannot access another's records."), ['CLD.9.5.1']);
  assert.deepEqual(ids('シングルテナント', 'お客様ごとに専用の環境を用意します。'), ['CLD.9.5.1'], 'a dedicated environment per customer');
  assert.ok(!ids('Network security', 'Isolation: we use private subnets to isolate environments and segment networks.').includes('CLD.9.5.1'), 'environments isolated inside the provider');
  assert.deepEqual(ids('Identity and access management', 'The Multi-tenant Cloud lets you restrict who can view or edit a project.'), ['9.4.1'], 'a product named for its tenancy');
  assert.ok(!ids('禁止事項', '他の利用者に成りすます行為、他の利用者の権限を不正に利用する行為').includes('CLD.9.5.1'), 'other users in a list of prohibited acts');
});

test('a document\'s own upkeep and a feature\'s effects name no change notice', () => {
  assert.deepEqual(ids('Document maintenance', 'This document is reviewed every year and changes to it are approved by the CTO.'), []);
  assert.deepEqual(ids('12. Policy Maintenance', 'Changes to this policy are approved by management.'), []);
  assert.deepEqual(ids('What changes when compliance mode is enabled', 'Enabling it applies these changes to your account.'), []);
  assert.deepEqual(ids('本ポリシーの見直し', '本ポリシーは毎年見直し、変更は取締役会が承認します。'), []);
  assert.deepEqual(ids('Changes to the service', 'We notify customers 30 days before changes to the service.'), ['12.1.2']);
});

test('a terms article that changes the terms touches 12.1.2 only in passing (ruling R5); a privacy policy\'s own changes do not touch it', () => {
  assert.deepEqual(ids('第6条（規約の変更）', '当社は、必要に応じて本規約を変更することができます。変更後の規約は、本サービス上に掲載した時点で効力を生じます。'), []);
  assert.deepEqual(ids('第15条 (本規約等の変更)', '運営者は、本規約を変更した場合には、登録ユーザに当該変更内容を通知するものとします。'), []);
  assert.deepEqual(ids('第27条(約款の変更)', '弊社は、改定後の本約款を、弊社が任意に定めた適宜の方法で利用者に通知するものとします。'), []);
  assert.deepEqual(ids('第9条（プライバシーポリシーの変更）', '当社は、本ポリシーを変更した場合、本ウェブサイト上に掲載してお知らせします。'), []);
  assert.deepEqual(ids('ポリシーの変更', '本ポリシーの内容は、ユーザーに通知することなく変更することができます。'), []);
  assert.deepEqual(ids('Changes to this notice', 'We may change this privacy notice. We will tell you by email when we do.'), []);
});

test('words of other things: an architecture of roles, a policy\'s documented procedures, a link\'s target', () => {
  assert.deepEqual(ids('Role-based architecture', 'The platform is split into roles: the edge layer and the core layer scale on their own.'), []);
  assert.deepEqual(ids('Role-based access control', 'Staff reach production only through roles that grant the least privilege their work needs.'), ['9.4.1']);
  assert.deepEqual(ids('Documented operating procedures', 'Operating procedures shall be documented as needed and made available to the users who need them.'), []);
  assert.deepEqual(ids('運用', '監査ログは[こちら]({{< relref path="/guides/hosting/data-location/logs.md" >}})と[その他](https://example.com/hosting/region)をご覧ください。'), [], 'the paths of links name no data location');
});

test('a personal-data leak heading owes the notice', () => {
  assert.deepEqual(ids('漏洩等発生時の対応', '個人データの漏洩等が発生した場合、影響を受けるお客様に72時間以内に通知します。'), ['16.1.2']);
});

test('a heading in the standard\'s own words answers its access control over a sentence on what the customer\'s administrators do', () => {
  assert.deepEqual(ids('Access provisioning', 'Each user gets one of four roles, and administrators can change a role at any time.'), ['9.2.2']);
  assert.deepEqual(ids('Passwords and secret authentication information', 'Passwords are hashed with bcrypt, and customers can require multi-factor authentication.'), ['9.2.4']);
  assert.deepEqual(ids('アクセス権の付与', '利用者には四つの役割のいずれかを割り当て、管理者はいつでも変更できます。'), ['9.2.2']);
  assert.deepEqual(ids('Managing roles', 'Administrators can change a role at any time in the settings.'), [], 'a feature under a heading of its own words');
});

test('a software supply chain is how the provider develops, a supplier\'s is the ICT supply chain', () => {
  assert.deepEqual(ids('Supply chain security', 'SBOMs are generated in CI/CD for every build, and dependencies are pinned and scanned for CVEs.'), ['14.2.1']);
  const suppliers = ids('Supply chain security', 'We assess the security of our cloud providers and suppliers every year.');
  assert.ok(suppliers.includes('15.1.3') && !suppliers.includes('14.2.1'), suppliers.join());
});

test('a data centre\'s backup power keeps the electricity on: it answers no backup', () => {
  assert.ok(!ids('Power', 'UPS units provide back-up power when the grid fails, and generators supply backup power to the whole facility.').includes('12.3.1'));
  assert.ok(ids('Backups', 'Databases are backed up daily and each backup is kept for 30 days.').includes('12.3.1'));
});

test('a run-in label names its paragraph\'s topic only as words that say something', () => {
  // Code and data: a JSON key, a request header, front matter, a link reference.
  assert.deepEqual(ids('Response', '```json\n{\n  "timestamp": "2025-03-02T09:15:00Z",\n  "status": "done"\n}\n```'), []);
  assert.deepEqual(ids('Purge by metadata', 'curl -X POST https://api.example.com/v1/purge \\\n  -H "Authorization: Bearer $API_KEY" \\\n  -d \'{"filter": "old"}\''), []);
  assert.deepEqual(ids('Key management', '[aws-kms]: https://aws.amazon.com/kms/'), ['10.1.2'], 'the heading still names its topic');
  assert.deepEqual(ids('Resources', '[aws-kms]: https://aws.amazon.com/kms/'), []);
  // Alone on its line: a label over a list, or a form's blank.
  assert.deepEqual(ids('Platform', '**Supply Chain Security**:\n\n- Pinned versions of every package\n- Builds on a clean runner'), []);
  assert.deepEqual(ids('Worksheet', 'Backup storage location: ______________________'), []);
  assert.deepEqual(ids('提供機能', '**ユーザー操作ログの記録と確認**：\n\n- 操作ログの見方（ヘルプ）'), []);
  // A label that says something still names its topic.
  assert.deepEqual(ids('Platform', '**Backups**: every database is copied each night to a second region.'), ['12.3.1']);
});

test('virtual machine hardening is both: a machine hardened', () => {
  assert.deepEqual(ids('Hypervisor maintenance', 'The hypervisor hosts are updated in a weekly window; running machines move to another host first.'), []);
  assert.deepEqual(ids('Container hardening', 'Images are built from a minimal base and run as a non-root user.'), []);
  assert.deepEqual(ids('仮想マシン', '仮想マシンのスペックはプランごとに異なります。'), []);
  assert.deepEqual(ids('Virtual machine hardening', 'Every virtual machine image is hardened to the CIS benchmark before it is offered.'), ['CLD.9.5.2']);
  assert.deepEqual(ids('仮想マシンの堅牢化', '提供する仮想マシンのイメージは、不要なサービスを停止して堅牢化しています。'), ['CLD.9.5.2']);
});

test('security requirements answer 14.1.1 where they are written into what is built, not as a list of features', () => {
  assert.deepEqual(ids('Security Features', '- Single sign-on for every workspace\n- Session timeout set by the administrator'), []);
  assert.deepEqual(ids('Application Security Requirements', 'The service relies on the upstream community for defining and implementing application security requirements.'), []);
  assert.deepEqual(ids('セキュリティ機能', '管理者はワークスペースごとに共有の範囲を選べます。'), []);
  assert.deepEqual(ids('Security requirements', 'Security requirements are written into every feature specification.'), ['14.1.1']);
  assert.deepEqual(ids('セキュリティ要求事項', '機能の仕様書には、セキュリティ上の要求事項を必ず記載します。'), ['14.1.1']);
});

test('a resource or scalability in a heading is what is shared or scaled, not capacity management', () => {
  assert.deepEqual(ids('関連リソース', '- テナント設定のヘルプ\n- API リファレンス'), []);
  assert.deepEqual(ids('Availability and scalability', 'The service runs in three zones and adds nodes as load grows.'), []);
  assert.deepEqual(ids('容量の管理', 'ストレージの使用量を監視し、80%を超える前に増設します。'), ['12.1.3']);
});

test('a key or token a program signs in with names 9.2.4 from a heading whose section says how its life is managed', () => {
  assert.deepEqual(ids('Access tokens', 'Every API call carries an access token. Tokens are valid for 60 minutes and can be revoked at any time.'), ['9.2.4']);
  assert.deepEqual(ids('アクセスキー', 'アクセスキーの有効期限は90日で、期限の前に再発行できます。'), ['9.2.4']);
  assert.deepEqual(ids('API key and client secret', 'Keys are rotated every year; a leaked secret is revoked the same day.'), ['9.2.4']);
  assert.deepEqual(ids('Access tokens', 'Send the access token in the Authorization header of each request, as in the example below.'), [], 'how to send one is the customer\'s call');
  assert.deepEqual(ids('Getting started', 'Create an API key. Pass the API key in the header. Each API key has a name, and an API key can be revoked.'), [], 'the body\'s API keys are an API page\'s examples');
});

test('the standard\'s topics in words a first whitepaper of its kind uses', () => {
  assert.deepEqual(ids('Upgrades', 'Managed clusters are upgraded to each new minor version; customers are told 14 days before an upgrade starts.'), ['12.1.2']);
  assert.deepEqual(ids('Deprecation schedule', 'An API version is supported for 12 months after its successor is released.'), ['12.1.2']);
  assert.deepEqual(ids('Can I upgrade my account to the Plus plan?', 'Yes, you can upgrade your plan at any time from the billing page.'), [], 'buying a larger plan is no change the provider makes');
  assert.deepEqual(ids('Operator access', 'Engineers have no standing access to customer clusters; access is granted for four hours and each session is recorded.'), ['9.2.3']);
  assert.deepEqual(ids('Key generation', 'Encryption keys are generated in a hardware security module and rotated every year.'), ['10.1.2']);
  assert.deepEqual(ids('Information Security Program', 'A documented program, approved by management and reviewed every year.'), ['5.1.1']);
  assert.deepEqual(ids('Who can access your data', 'Only the support engineers assigned to your ticket can read your workspace, after you grant them access.'), ['9.4.1']);
  assert.deepEqual(ids('Demarcation of responsibilities', 'We operate the platform; the customer configures its own users and data.'), ['CLD.6.3.1']);
  assert.deepEqual(ids('セキュリティホール対策', 'サーバーのソフトウェアには公開された修正を7日以内に適用します。'), ['12.6.1']);
  assert.deepEqual(ids('新規アカウント登録', '登録画面でメールアドレスを入力し、届いたリンクから本登録を行います。'), ['9.2.1']);
  assert.deepEqual(ids('通信の保護', 'ブラウザとサーバーの間の通信はTLS 1.2以上で暗号化しています。'), ['10.1.1']);
  assert.deepEqual(ids('組織的安全管理措置', '個人データの取扱いに関する責任者を設置し、報告連絡体制を整備しています。'), ['6.1.1']);
});

test('a policy section\'s numbered clauses answer a control per clause, as a list of measures does', () => {
  const clauses = [
    '1. Nightly snapshots are taken of every database that holds customer records.',
    '2. The Operations Lead is designated to be in charge of the snapshots.',
    '3. Snapshots are kept encrypted at rest in two separate regions.',
  ].join('\n');
  assert.deepEqual(ids('4.2 Snapshot Policy and Procedures', clauses), ['10.1.1', '12.3.1']);
  assert.deepEqual(ids('4.2 Snapshot timetable', clauses), ['12.3.1'], 'no policy heading: the body read whole');
  const ja = ['1. 業務データのバックアップを毎日取得し、暗号化した領域に保管する。', '2. 保守作業者のアクセス権限は、異動の当日に削除する。'].join('\n');
  assert.deepEqual(ids('第4条 バックアップ管理規程', ja), ['10.1.1', '12.3.1', '9.2.2']);
  assert.deepEqual(ids('4.3 Offboarding Procedures', '1. The access rights of a leaver are removed by the Security Officer on the day of departure.\n2. Every removal is signed off by the Security Officer within 24 hours.'), ['9.2.2'], 'the officer a clause names is its actor, not the security organisation');
  assert.deepEqual(ids('Privacy Policy', '- We share your address with couriers who deliver your order within 3 days.\n- Payment details are encrypted by our payment processor within 24 hours.'), [], 'a privacy policy lists no measures');
});

test('the rows of a measures table answer a control per row, as list items do', () => {
  const table = [
    '| No. | Measure |',
    '| --- | --- |',
    '| 1 | Every database is backed up daily and each copy is kept for 30 days. |',
    '| 2 | Critical vulnerabilities are patched within 7 days of a fix. |',
    '| 3 | All staff complete security awareness training every year. |',
  ].join('\n');
  assert.deepEqual(ids('Security measures', table), ['12.3.1', '12.6.1', '7.2.2']);
  const hyo = ['| 項番 | 対策 |', '|---|---|', '| 1 | データベースのバックアップを毎日取得し、30日間保管しています。 |', '| 2 | 重大な脆弱性は14日以内に修正しています。 |'].join('\n');
  assert.deepEqual(ids('セキュリティ対策', hyo), ['12.3.1', '12.6.1']);
  const values = ['| Record | Kept |', '| --- | --- |', '| Audit logs | 1 year |', '| Backups | 30 days |'].join('\n');
  assert.deepEqual(ids('Security measures', values).includes('7.2.2'), false, 'a table of values states no clause per row');
});

test('the provider\'s own responsibilities, listed as gerunds, answer a control per item', () => {
  const duties = [
    'Acme takes these actions for every hosted cluster:',
    '- Providing yearly security awareness training for all Acme employees.',
    '- Encrypting cluster data at rest and in transit with keys we rotate.',
  ].join('\n');
  assert.deepEqual(ids('Responsibilities of Acme', duties), ['10.1.1', '7.2.2']);
  assert.deepEqual(ids('Responsibilities of the customer', duties), [], 'the customer\'s side');
});

test('under a heading of security at large, access control named once and access limited answer 9.4.1', () => {
  const limited = 'Our consoles use role-based access control. Access to production hosts is restricted to the operations team.';
  assert.deepEqual(ids('Data Security', limited), ['9.4.1']);
  assert.deepEqual(ids('セキュリティ', '管理画面はアクセス制御を行っています。お客様データへのアクセスは運用担当者に限定しています。'), ['9.4.1']);
  assert.deepEqual(ids('Data Security', 'We follow the principle of least privilege in everything we build.'), [], 'one phrase alone is no limit said');
  assert.deepEqual(ids('Our offices', limited), [], 'a heading of another topic keeps the body\'s bar');
});

test('a table row of several cells of text pairs a name with its description: no measure per row', () => {
  const objectives = [
    '| Objective | Description |',
    '|---|---|',
    '| **Confidentiality** | Protect customer data from disclosure through encryption, access control and tenant isolation. |',
    '| **Availability** | Keep the service available through automated backups and disaster recovery procedures. |',
  ].join('\n');
  assert.deepEqual(ids('3. Security Objectives', objectives).filter((id) => ['CLD.9.5.1', '12.3.1'].includes(id)), []);
});

test('each customer\'s data kept apart, said outright, answers CLD.9.5.1 under any heading', () => {
  assert.deepEqual(ids('Data Security', 'Customer data is stored in separate databases per application, so one application never reads another\'s.'), ['CLD.9.5.1']);
  assert.deepEqual(ids('セキュリティ', 'お客様ごとにデータベースを分離して保管しています。'), ['CLD.9.5.1']);
  assert.deepEqual(ids('Data Security', 'Our production network is isolated from the office network.'), [], 'the provider\'s own networks apart');
  assert.deepEqual(ids('Architecture', 'Customer data is stored in separate databases per application.'), ['CLD.9.5.1'], 'a heading of another topic');
});

test("a reader's how-to question answered by the steps to take answers no control; an answer that states the provider's practice does", () => {
  assert.deepEqual(ids('How do I restore a project from a backup?', 'Open **Project** > **History**, select the version and click **Restore**.'), []);
  assert.deepEqual(ids('バックアップからデータを復元するには？', '［履歴］画面を開き、戻したい版を選択して［復元］をクリックしてください。'), []);
  assert.deepEqual(ids('How do I delete an account?', 'Go to **Settings** > **Members** and click the bin icon.\n\nRelated: How do I add a member?'), [], 'a pointer to a related question is no sentence');
  assert.deepEqual(ids('How do I restore a project from a backup?', 'Email support: we restore from our nightly backups, kept for 30 days.'), ['12.3.1'], 'the provider restores, and says for how long');
  assert.deepEqual(ids('バックアップからデータを復元するには？', '当社のサポート窓口にご連絡ください。当社が毎日のバックアップから復元します。'), ['12.3.1']);
  assert.deepEqual(ids('Backups', 'Click **Restore** to roll back to any of the 7 daily backups we keep.'), ['12.3.1'], 'a topic, not the reader\'s question');
});

test("a terms document's registration and access-rights articles are the contract's steps, not user registration or provisioning", () => {
  const onTerms = (heading: string, body: string) => recognizeControls(heading, body, [], { page: 'terms' }).map((c) => c.id).sort();
  assert.deepEqual(onTerms('第3条（ユーザー登録）', '本サービスの利用を希望する者は、当社所定の方法によりユーザー登録を申請し、当社が承認した時点で利用者の登録が完了します。'), []);
  assert.deepEqual(onTerms('第8条（アクセス権）', '当社は、利用者に対し、本サービスにアクセスする非独占的なアクセス権を付与します。'), []);
  assert.deepEqual(onTerms('3. Accounts', 'You register for an account with a valid email address; we may refuse a registration at our discretion.'), []);
  assert.deepEqual(onTerms('第3条（ユーザー登録）', '利用者の登録は A.9.2.1 に従って行います。'), ['9.2.1'], 'an id still names it');
  assert.deepEqual(onTerms('第3条（ユーザー登録）', '登録希望者は当社所定の方法で登録を申請し、当社が承認した時点で登録が完了します。当社は、利用者が本規約に違反した場合、登録を抹消できます。'), ['9.2.1'], 'registered on approval and removed by the provider (ruling R4)');
  assert.deepEqual(onTerms('2. Account credentials', 'Deno may accept or reject any registration in its sole discretion, and may disable any account at any time.'), [], 'no application said');
  assert.deepEqual(onTerms('2. Account credentials', 'You register with a valid email address. We may accept or reject any registration, and may disable any account at any time.'), ['9.2.1']);
  assert.deepEqual(onTerms('第6条（パスワードの管理）', '利用者は、自己の責任においてパスワードを管理し、第三者に利用させてはなりません。'), [], 'the user\'s duty to keep it secret alone');
  assert.deepEqual(onTerms('第6条（パスワードの管理）', '利用者は、自己の責任においてパスワードを管理するものとします。パスワードを忘れた場合は、当社所定の方法でパスワードを再設定できます。'), ['9.2.4'], 'the provider resets it');
  assert.deepEqual(onTerms('Copyright policy', 'We respond to notices of alleged infringement under the DMCA and terminate repeat infringers.'), ['18.1.2']);
  assert.deepEqual(onTerms('第7条（知的財産権）', '本サービスに関する著作権その他の知的財産権は、当社に帰属します。'), [], 'who owns what: in passing (ruling R3)');
  assert.deepEqual(onTerms('Indemnification', 'Provider will defend Customer against any claim that the Services infringe a third party\'s intellectual property rights.'), [], 'an indemnity is no complaints process');
  assert.deepEqual(ids('第3条（ユーザー登録）', '当社は、利用者の登録および削除を行う手順を定め、アカウントを発行しています。'), ['9.2.1'], 'off a terms document, read as before');
});

test('a list of links names no place by the addresses it points to', () => {
  const apps = ['Any of these apps will do:', '', '- [Keyring](https://apps.example.com/us/app/keyring/id100)', '- [Tokenbox](https://store.example.com/details?id=tokenbox&gl=US)', '- [Otpad](https://store.example.com/details?id=otpad&gl=US)'].join('\n');
  assert.deepEqual(ids('Authenticator apps', apps), []);
  assert.deepEqual(ids('Our servers', ['Copies of the data are held in:', '', '- Tokyo, Japan', '- Osaka, Japan'].join('\n')), ['6.1.3'], 'a list that names its places in words still does');
});

test('"development" alone in a heading names secure development only where the section says how the software is built safely', () => {
  assert.deepEqual(ids('Example 2: Putting the Development Team together', 'Create a team called Platform and give each member the Developer role.'), []);
  assert.deepEqual(ids('研究および開発', '利用者情報を、新機能の研究と製品の開発に用います。'), []);
  assert.deepEqual(ids('Development', 'Every change is reviewed by a second engineer and the source code is scanned before each release.'), ['14.2.1']);
  assert.deepEqual(ids('開発', 'すべての変更はコードレビューを経てリリースします。'), ['14.2.1']);
});

test('evidence and forensics name 16.1.7 only where the section speaks of an incident', () => {
  assert.deepEqual(ids('Checking who you are', 'You send us evidence of your identity. We compare the evidence with official records and keep no copy of the evidence afterwards.'), []);
  assert.deepEqual(ids('Event types', 'Retention policy created. Legal hold applied to a folder. Legal hold released.').includes('16.1.7'), false);
  assert.deepEqual(ids('After an incident', 'We preserve evidence of the incident and hand it to forensic specialists.').includes('16.1.7'), true);
});

test("a heading that tells the reader to switch a feature off answers no control but an id", () => {
  assert.deepEqual(ids('Disable logging of network requests', 'Set the option to false and the runner logs no requests in its command log.'), []);
  assert.deepEqual(ids('ログ送信を無効にする', '設定画面でログの送信をオフにすると、ログは当社に送られません。'), []);
  assert.deepEqual(ids('Disable logging (A.12.4.1)', 'Set the option to false.'), ['12.4.1'], 'an id written still answers');
});

test("a person's capacity and jurisdictions in the plural name no capacity management nor governing law", () => {
  const claims = 'You may bring a claim against us only in your individual capacity and not in a representative capacity. The court decides. The court decides again on appeal.';
  assert.equal(ids('Disputes', claims).includes('12.1.3'), false);
  const checks = 'We run background checks in applicable jurisdictions, as applicable law allows, and never in jurisdictions where they are unlawful.';
  assert.equal(ids('Information you give us', checks).includes('18.1.1'), false);
  assert.deepEqual(ids('Capacity', 'We monitor the capacity of every cluster and add nodes before it runs short.'), ['12.1.3']);
});

test('an outside service named answers the supply chain only where its security is looked into', () => {
  assert.deepEqual(ids('外部サービスの利用', '当社は、アクセス解析のために外部サービスを利用することがあります。'), []);
  assert.deepEqual(ids('外部サービスの利用', '外部サービスは、セキュリティの評価を行ったうえで選定しています。'), ['15.1.1', '15.1.3'], 'the suppliers\' security assessed (R1)');
  assert.equal(ids('Who is involved', 'A request passes through our infrastructure provider, then the model host.').includes('15.1.3'), false);
});

test("a list of places answers where data is kept only in a section about data, servers or regions", () => {
  const hours = ['Our support team answers during:', '', '- 9:00–17:00 US Eastern time, in the US', '- 9:00–17:00 CET, in the EU'].join('\n');
  assert.equal(ids('Business hours', hours).includes('6.1.3'), false);
  assert.deepEqual(ids('Where we keep copies', ['Customer data is stored in:', '', '- Frankfurt, Germany', '- Dublin, Ireland'].join('\n')), ['6.1.3']);
  assert.deepEqual(ids('Availability', ['- eu-west-1', '- us-east-1', '- ap-northeast-1'].join('\n')), ['6.1.3'], "a cloud's region codes say where");
});

test("a staff member's termination and the document's own changes name no customer leaving nor change notice", () => {
  assert.equal(ids('7.10 Employee Termination Procedures', 'On an employee\'s last day, the manager revokes every account the employee held.').includes('CLD.8.1.5'), false);
  assert.equal(ids('Changes to Security Policy', 'We review this document every year and publish the new version here.').includes('12.1.2'), false);
});

test("a label's common word is borne out by the paragraph it heads, not by the rest of a long section", () => {
  const terms = ['**Procedures.** The arbitration follows the rules of the chosen forum, and each party bears its own costs.', '', 'Deleting a project is irreversible, so export what you need first.'].join('\n');
  assert.equal(ids('Terms and Conditions', terms).includes('CLD.12.1.5'), false);
  assert.deepEqual(ids('Operations', '**Procedures:** every critical operation follows a written runbook reviewed each quarter.').includes('CLD.12.1.5'), true);
});

test("the contract's end named alone is the clause on ending it: the customer's data at the end only where its fate is said", () => {
  assert.deepEqual(ids('5.3 Refunds & Cancellation', 'Customer may cancel and receive a full refund of fees paid within the first thirty days. Customer may only request a cancellation in writing.'), []);
  assert.deepEqual(ids('8. Term and Termination', 'Either party may terminate this Agreement for convenience by written notice. Termination for cause ends every active order.'), []);
  assert.deepEqual(ids('第4条（返金不可）', '決済後の返金は行いません。利用者は、解約を希望する場合、マイページから解約手続を行うものとし、解約月の翌請求分から課金停止が適用されます。解約月の利用料金は返金しません。'), []);
  assert.deepEqual(ids('Termination', 'Either party may terminate this Agreement on 30 days notice. Within 30 days of termination we delete all Customer Data.'), ['CLD.8.1.5']);
  assert.deepEqual(ids('第10条（解約）', '解約後30日以内に、当社はお客様のデータを削除します。'), ['CLD.8.1.5']);
  assert.deepEqual(ids('第10条（解約）', '有料プランの解約後、無料版の上限を超える図面は14日後に自動的に削除されます。'), ['CLD.8.1.5'], 'the provider deletes what the service calls its data');
  assert.deepEqual(ids('5. Termination', 'You can terminate your account at any time. If the service is discontinued, information on the account will be retained for 3 years under our records notice.'), ['CLD.8.1.5'], 'data kept after the end is its fate too');
});

test("a section on individuals' deletion requests is no end of the contract", () => {
  assert.deepEqual(ids('User Data Deletion Requests API', 'GDPR may require that you delete a user\'s data when they request it. To support data deletion requests, call this API with the ids to delete.'), []);
  assert.deepEqual(ids('Data deletion', 'When your subscription ends, we delete your data within 30 days.'), ['CLD.8.1.5']);
});

test('a governance heading names the security organisation only where people answer for it', () => {
  assert.deepEqual(ids('AI Governance, Security & Privacy', 'Security and privacy are core to our AI features. We follow the NIST AI framework.'), []);
  assert.deepEqual(ids('Governance', 'Our Chief Information Security Officer leads the security team and reports to the board.'), ['6.1.1']);
});

test("the customer's duties in a terms document divide no work unless the provider's part is given", () => {
  assert.deepEqual(ids('第5条（利用者の義務）', '利用者は、自己の責任において本サービスを利用するものとします。当社は、利用者が被った損害について一切の責任を負いません。'), []);
  assert.deepEqual(ids('第5条（利用者の義務）', '当社はサーバーの運用と保守を行い、その責任を負います。利用者は、自己のアカウントの管理について責任を負います。'), ['CLD.6.3.1']);
});

test("a network's configuration or a security group's rules are no alignment of virtual and physical networks", () => {
  assert.deepEqual(ids('4.3 Network Configuration', '- Ingress: the edge proxy terminates TLS and forwards to port 8080\n- Outbound: HTTPS to api.github.com only'), []);
  assert.deepEqual(ids('ネットワーク構成', '仮想ネットワークの設定は、物理ネットワークと同じセキュリティ方針に従います。'), ['CLD.13.1.4']);
});

test("a supplier named in passing answers no supplier policy; one selected or supervised does", () => {
  assert.equal(ids('第3条（利用登録）', '当社は、登録情報を委託先に提供することがあります。委託先は、登録の確認のためにのみ利用します。委託先の一覧は別途公表します。').includes('15.1.1'), false);
  assert.ok(ids('第8条（安全管理措置）', '当社は、委託先の選定にあたりセキュリティ基準を確認し、委託先に対して必要な監督を行います。委託先とは秘密保持契約を締結します。').includes('15.1.1'));
});
