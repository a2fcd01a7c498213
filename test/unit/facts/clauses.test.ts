// How a sentence is cut into clauses and which noun a period belongs to, on
// layouts real whitepapers use: lists inside parentheses, asides between
// commas, enumerations, bulleted lists and tables of log kinds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFacts } from '../../../server/src/facts';
import { fact, summary } from './read';

test('a parenthesis is one phrase: its commas split no clause and its nouns are not the subject', () => {
  assert.deepEqual(summary('監査ログ(ログイン日時、操作者、設定の変更内容、削除操作)は1年間保存します。'), ['duration:1年間=365@log-retention/audit']);
  assert.deepEqual(summary('監査ログ（利用者ID、操作日時、操作内容）は、1年間保管しています。'), ['duration:1年間=365@log-retention/audit']);
  assert.equal(fact('データ(バックアップを含む)は契約終了後30日以内に削除します。', '30日以内').topic, 'deletion');
  assert.equal(fact('The backup 「snapshot, export and archive」 copies are kept for 30 days.', 'for 30 days').topic, 'backup-retention');
  // A word inside brackets still counts when nothing outside them names a subject.
  assert.equal(fact('保存期間(監査ログ):1年間', '1年間').topic, 'log-retention');
});

test('an English aside between commas is one phrase', () => {
  assert.deepEqual(summary('Audit logs, which record sign-ins, configuration changes and data exports, are retained for one year.'), [
    'duration:for one year=365@log-retention/audit',
  ]);
  assert.deepEqual(summary('Backups, including database snapshots and file exports, are kept for 35 days.'), ['duration:for 35 days=35@backup-retention']);
});

test('a clause that starts with its verb has the sentence\'s subject, not the nearest noun', () => {
  assert.deepEqual(summary('Audit logs capture sign-ins, permission changes and data exports, and are kept for 13 months.'), [
    'duration:for 13 months=390@log-retention/audit',
  ]);
  assert.deepEqual(summary('操作ログは、ログイン、権限の変更、データのエクスポートを記録し、6か月間保存します。'), ['duration:6か月間=180@log-retention/operation']);
});

test('an enumeration is one subject: a period is stated for each log it names', () => {
  const [ja] = extractFacts('監査ログ、アクセスログ及び操作ログは1年間保存します。');
  assert.deepEqual([...ja.logKinds!].sort(), ['access', 'audit', 'operation']);
  const [en] = extractFacts('Audit logs, access logs and sign-in records are kept for one year.');
  assert.deepEqual([...en.logKinds!].sort(), ['access', 'audit', 'authentication']);
  // A clause with its own period is no item of the next clause's enumeration.
  const [audit, rest] = extractFacts('監査ログは1年間、アクセスログ、操作ログは90日間保存します。');
  assert.equal(audit.logKinds, undefined);
  assert.deepEqual([...rest.logKinds!].sort(), ['access', 'operation']);
  assert.equal(extractFacts('監査ログは1年間保存します。')[0].logKinds, undefined);
});

test('each item of a list or row of a table takes the kind it names', () => {
  assert.deepEqual(summary('ログの保存期間は次のとおりです。\n・監査ログ:1年間\n・アクセスログ:90日間\n・その他のログ:30日間'), [
    'duration:1年間=365@log-retention/audit',
    'duration:90日間=90@log-retention/access',
    'duration:30日間=30@log-retention/general',
  ]);
  assert.deepEqual(summary('Log retention:\n- Audit logs: 1 year\n- Access logs: 90 days\n- Application logs: 30 days'), [
    'duration:1 year=365@log-retention/audit',
    'duration:90 days=90@log-retention/access',
    'duration:30 days=30@log-retention/application',
  ]);
  assert.deepEqual(summary('| ログの種類 | 保存期間 |\n| 監査ログ | 1年 |\n| アクセスログ | 6か月 |'), ['duration:1年=365@log-retention/audit', 'duration:6か月=180@log-retention/access']);
  assert.deepEqual(summary('・監査ログ\n  保存期間:1年間\n・通信ログ\n  保存期間:3か月'), ['duration:1年間=365@log-retention/audit', 'duration:3か月=90@log-retention/network']);
});

test('a sentence refused for another subject\'s word still takes the section\'s subject', () => {
  assert.equal(fact('設定の変更から30日以内に消去します。', '30日以内', 'deletion').topic, 'deletion');
  // Refused for the section's own subject, it stays refused: reviewing logs keeps nothing.
  assert.equal(fact('ログは90日ごとに確認します。', '90日ごと', 'log').topic, 'other');
});

test('made inaccessible is deleted', () => {
  assert.equal(fact('契約終了後、データは速やかにアクセス不能な状態へ変更します。', '速やかに').topic, 'deletion');
});

test('a duty of the customer\'s is marked, a commitment of the provider\'s is not', () => {
  const duty = (text: string) => extractFacts(text).map((f) => `${f.text}:${f.customerDuty === true}`);
  assert.deepEqual(duty('お客様は、異常を検知した場合は速やかに当社へ連絡してください。'), ['速やかに:true']);
  assert.deepEqual(duty('You must notify us promptly of any breach.'), ['promptly:true']);
  assert.deepEqual(duty('• お客様\n  • 異常の検知時は速やかに連絡。\n• 当社\n  • 障害の発生時は速やかにお客様へ通知します。'), ['速やかに:true', '速やかに:false']);
  assert.deepEqual(duty('We notify affected customers promptly.'), ['promptly:false']);
  assert.deepEqual(duty('お客様は契約終了後30日間データをダウンロードできます。'), ['30日間:false']);
  // A numbered clause of terms whose subject is the registered user: 「3. 登録利用者は…速やかに…届け出るものとします」.
  assert.deepEqual(duty('3. 登録利用者は、登録事項に変更があった場合、速やかに運営者の定める方法で届け出るものとします。'), ['速やかに:true']);
  // A condition the customer meets to claim a credit is the customer's deadline, whatever the sentence opens with.
  assert.deepEqual(duty('Customer will be entitled to a service credit, provided Customer notifies Acme in writing within 24 hours of the downtime.'), ['within 24 hours:true']);
  assert.deepEqual(duty('Credits are granted provided that you submit a claim within 30 days.'), ['within 30 days:true']);
});

test('the answer to a report the reader sends in is no incident notice', () => {
  assert.equal(fact('We will respond to your report within 3 business days with our evaluation.', 'within 3 business days').topic, 'other');
  assert.equal(fact('We acknowledge every vulnerability report within 48 hours and keep you informed.', 'within 48 hours').topic, 'other');
  assert.equal(fact('We will notify affected customers within 72 hours of a confirmed breach.', 'within 72 hours').topic, 'incident-notification');
});

test("what reaches the customer, or is done to the customer's things, is the provider's promise", () => {
  const duty = (text: string) => extractFacts(text).map((f) => `${f.text}:${f.customerDuty === true}`);
  assert.deepEqual(duty('You should receive a notice within 24 hours of the incident.'), ['within 24 hours:false']);
  assert.deepEqual(duty('Customer data is deleted within 30 days of termination.'), ['within 30 days:false']);
  assert.deepEqual(duty('Customers and their data are removed within 30 days of termination.'), ['within 30 days:false']);
  assert.deepEqual(duty('Customers must ensure logs are kept for 1 year.'), ['for 1 year:true']);
  assert.deepEqual(duty('Please promptly notify us of any incident.'), ['promptly:true']);
});

test('a deadline in a sentence naming an incident tells of the incident, not of a change', () => {
  assert.equal(fact('障害や設定変更が発生した場合は速やかに通知します。', '速やかに').topic, 'incident-notification');
  assert.equal(fact('重要な変更は速やかにお知らせします。', '速やかに').topic, 'change-notice');
  assert.equal(fact('仕様変更は30日前までに通知します。', '30日前まで').topic, 'change-notice');
});

test("a lead time written with an apostrophe or before a planned window is a change's notice", () => {
  assert.equal(fact("Scheduled windows: we email account owners at least 48 hours' beforehand.", "at least 48 hours' beforehand").topic, 'change-notice');
  assert.equal(fact('We email account owners 48 hours before the scheduled window opens.', '48 hours').topic, 'change-notice');
  assert.equal(fact('計画停止は7日前までにご連絡します。', '7日前まで').topic, 'change-notice');
});

test('the fuller vocabulary of vague periods', () => {
  for (const [text, phrase] of [
    ['ログは当社所定の期間保存します。', '当社所定の期間'],
    ['ログは別途定める期間保存します。', '別途定める期間'],
    ['データは当社の裁量で削除します。', '当社の裁量で'],
    ['ログは相当の期間保管します。', '相当の期間'],
    ['ログは必要な限り保存します。', '必要な限り'],
    ['Logs are kept as long as they are needed.', 'as long as they are needed'],
    ['Logs are kept for as long as necessary.', 'for as long as necessary'],
    ['Logs are kept for a reasonable period.', 'for a reasonable period'],
    ['Logs are deleted at our sole discretion.', 'at our sole discretion'],
    ['Data is deleted until it is no longer needed.', 'until it is no longer needed'],
    ['Some logs are retained for longer periods.', 'for longer periods'],
    ['Data is deleted after an established period following termination.', 'an established period'],
    ['We perform regular backups of customer data.', 'regular'],
  ]) assert.equal(fact(text, phrase).kind, 'vague', text);
  assert.deepEqual(summary('当社所定の方法で申請してください。'), []);
});

test('what a phrase includes is not its subject', () => {
  assert.equal(fact('ご契約の終了後、お客様のデータはバックアップを含めて60日以内に削除します。', '60日以内').topic, 'deletion');
  assert.equal(fact('Customer data, including backups, is deleted within 60 days.', 'within 60 days').topic, 'deletion');
  assert.equal(fact('ログはバックアップも含めて1年間保存します。', '1年間').topic, 'log-retention');
});

test('a parenthesis with clauses of its own gives each its period', () => {
  const facts = extractFacts('監査ログと操作ログは、記載した期間(監査ログは1年、操作ログは2年)保存します。');
  assert.deepEqual(
    facts.map((f) => `${f.text}:${f.logKind}:${f.logKinds ?? ''}`),
    ['1年:audit:', '2年:operation:'],
  );
  assert.deepEqual(summary('保存期間(監査ログ、操作ログは1年)'), ['duration:1年=365@log-retention/operation']);
  assert.deepEqual([...extractFacts('保存期間(監査ログ、操作ログは1年)')[0].logKinds!].sort(), ['audit', 'operation']);
});

test('the items of a list take the subject of the sentence that announces it', () => {
  assert.deepEqual(summary('バックアップの取得方法は以下のとおりです。\n  1. データベースは毎日1回、全体を取得します。\n  2. 添付ファイルは6時間ごとに差分を取得します。'), [
    'frequency:毎日1回@backup-frequency',
    'frequency:6時間ごと@backup-frequency',
  ]);
  assert.deepEqual(summary('Logs are kept as follows:\n- Audit logs: 1 year\n- Sign-in history: 90 days'), [
    'duration:1 year=365@log-retention/audit',
    'duration:90 days=90@log-retention/authentication',
  ]);
  // A list that no sentence announces lends nothing.
  assert.deepEqual(summary('バックアップについて。\n\n・脆弱性診断を年1回実施'), ['frequency:年1回@other']);
});

test('a kind named only inside the subject\'s brackets or inclusion is the subject\'s kind', () => {
  assert.deepEqual(summary('監査ログを含む記録は、改ざんを防止する環境で3年間保管します。'), ['duration:3年間=1095@log-retention/audit']);
  assert.deepEqual(summary('ログ(監査ログ)は1年間保存します。'), ['duration:1年間=365@log-retention/audit']);
});

test('label lines take the topic of the short line that names their block', () => {
  assert.deepEqual(summary('お客様のデータは暗号化して保存します。\n\n【バックアップ】\n取得頻度:毎日\n保持期間:30日'), ['frequency:毎日@backup-frequency', 'duration:30日=30@backup-retention']);
  assert.deepEqual(summary('Customer data is encrypted at rest.\n\nBackup\nFrequency: daily\nRetention: 30 days'), ['frequency:daily@backup-frequency', 'duration:30 days=30@backup-retention']);
  assert.deepEqual(summary('監査ログ\n保存期間:1年'), ['duration:1年=365@log-retention/audit']);
  assert.deepEqual(summary('料金は月額制です。\n期間:30日'), ['duration:30日=30@other'], 'a sentence above is no block name');
});

test('an incident notice takes the kind of promise its clause names, else its sentence', () => {
  const kinds = (text: string) => extractFacts(text).map((f) => `${f.text}:${f.notice ?? '-'}`);
  // The authority's clause and the customers' clause of one sentence are two promises.
  assert.deepEqual(kinds('We notify the supervisory authority within 72 hours and affected customers without undue delay.'), ['within 72 hours:authority', 'without undue delay:-']);
  assert.deepEqual(kinds('個人情報保護委員会への報告は72時間以内に行い、影響を受けるお客様には速やかにお知らせします。'), ['72時間以内:authority', '速やかに:-']);
  // Named with the customers, the authority's period is theirs too.
  assert.deepEqual(kinds('当局及びお客様へ72時間以内に通知します。'), ['72時間以内:-']);
  assert.deepEqual(kinds('A post-mortem report is sent to affected customers within 5 days.'), ['within 5 days:report']);
  assert.deepEqual(kinds('情報漏えいを確認した場合は24時間以内にお客様へ通知します。'), ['24時間以内:breach']);
  assert.deepEqual(kinds('If a service incident occurs, we notify customers within 1 hour.'), ['within 1 hour:outage']);
  // Incidents of two names together make one promise for both.
  assert.deepEqual(kinds('障害及び事故が発生した場合は、48時間以内にお客様へ連絡します。'), ['48時間以内:-']);
  // The regulators last in a list that opens with the customers: the clause cut at its "and" is still the customers' too.
  assert.deepEqual(kinds('Breaches shall be reported to customers, data subjects and regulators without undue delay.'), ['without undue delay:breach']);
  // A sentence that tells only the provider's own people is their internal step, whatever its clauses name.
  assert.deepEqual(kinds('Promptly reporting incident details which may trigger breach reporting, in writing to the CIO'), ['Promptly:internal']);
});

test("what the customer agrees to is the provider's promise; markup before the customer's own duty hides no subject", () => {
  const duty = (text: string) => extractFacts(text).map((f) => `${f.text}:${f.customerDuty === true}`);
  assert.deepEqual(duty('The Customer agrees that within a reasonable time after termination, Acme shall delete all copies of the data.'), ['within a reasonable time:false']);
  assert.deepEqual(duty('The Customer acknowledges and agrees that it will notify Acme without undue delay of any breach.'), ['without undue delay:true']);
  assert.deepEqual(duty('<li class="item">利用者は、自己のデータについて適宜バックアップを行うものとします。</li>'), ['適宜:true']);
  // The recipient of confidential information is either party: its duty is no commitment of the provider's.
  assert.deepEqual(duty('8. 受領者は、契約の終了時には、遅滞なく秘密情報を返還又は破棄するものとします。'), ['遅滞なく:true']);
  assert.deepEqual(duty('The receiving party shall promptly return or destroy the confidential information.'), ['promptly:true']);
});

test('a leaving that is final is no period, and a cancellation that does not happen ends no contract', () => {
  assert.deepEqual(
    extractFacts('After the Customer has permanently ceased to use the Services, Acme deletes the data within a reasonable time.').map((f) => f.kind),
    ['vague'],
  );
  assert.equal(fact('Audit logs are kept permanently.', 'permanently').kind, 'indefinite');
  assert.equal(fact('14日間の無料トライアル期間中に解約しない場合は、自動的に課金が始まります。', '14日間').topic, 'other');
  assert.equal(fact('解約後14日間はデータをエクスポートできます。', '14日間').topic, 'data-return');
});

test("a contract's term or the notice to end it is no lead time of a change", () => {
  const cases: [string, string][] = [
    ['Either party may terminate this SLA by providing written notice to the other party at least 90 days prior to the renewal date.', 'at least 90 days'],
    ['本契約の有効期間は契約成立日から1ヶ月とし、期間満了の30日前までに解約の申し出がない場合には、更に1ヶ月自動的に更新されます。', '30日前まで'],
    ['月額プランをダウングレードする場合は、次回の契約更新日の2週間前までに申し込みを行えば、次回の契約更新日からプランの変更内容が反映されます。', '2週間前まで'],
  ];
  for (const [text, phrase] of cases) assert.equal(fact(text, phrase).topic, 'other', text);
  assert.equal(fact('We will notify you 30 days in advance before we discontinue the service.', '30 days in advance').topic, 'change-notice');
  assert.equal(fact('利用規約を変更する場合は、30日前までに通知します。', '30日前まで').topic, 'change-notice');
});

test("updates on an open incident's progress are word of the incident; making the customer aware is a notice", () => {
  assert.equal(fact('In the event of a security incident, we will:\n1. Notify affected customers within 24 hours\n2. Provide regular updates on remediation progress\n', 'regular').topic, 'incident-notification');
  assert.equal(fact('We provide regular updates to the service.', 'regular').topic, 'change-notice');
  const made = fact('If we are made aware of a data breach we will make the client (the data controller) aware as soon as possible.', 'as soon as possible');
  assert.equal(made.topic, 'incident-notification');
  assert.equal(made.notice, 'breach');
  // Told to the persons affected as well as to the authority: the period is theirs too.
  assert.equal(fact('In the event of a breach we will provide prompt information to all the persons affected and to the relevant national authorities.', 'prompt').notice, 'breach');
});
