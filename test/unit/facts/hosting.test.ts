// Whose machines hold the data, named without a country: what makes data-location ask for the place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhereHosted, headsTransfersAbroad, inCustomersCloud, namesHost, speaksOfHosting, transfersAbroad } from '../../../server/src/facts/hosting';

test('a host named by name or by kind, in English and Japanese', () => {
  for (const sentence of [
    'GrowthBook Cloud is hosted on AWS, in a multi-tenant environment.',
    'Data is stored in the Amazon Web Services (AWS) infrastructure at rest.',
    'We host all applications in Digital Ocean and DNS is managed elsewhere.',
    'The service is available on the following cloud providers:',
    'We partner with trusted cloud providers and rely on their measures for physical security.',
    'All data is processed and stored in the Microsoft Azure cloud.',
    '本サービスはAWS上で稼働しています。',
    'お客様のデータはさくらのクラウドに保存します。',
    'データはクラウド事業者のデータセンターで管理しています。',
    'We operate all our infrastructure in Amazon Web Services data centers.',
    'Our physical infrastructure is hosted and managed within Amazon’s secure data centers.',
    'Larchpad runs on the Amazon Web Services global infrastructure platform.',
    'Our data centers are hosted and managed by Google.',
    'The hosted service runs on Cloudflare infrastructure.',
    'Hosted on secure cloud infrastructure',
    'We host our servers on a combination of DigitalOcean and Amazon data centers.',
    'A multi-cloud architecture across AWS, Vercel and Cloudflare.',
    'Larchpad leverages AWS for processing and storage.',
    'The platform is hosted in [Amazon AWS], in two clusters.',
    'Our data center providers publish their own security statements.',
    'Customer data is stored in SOC 2 audited data centers.',
    '当社サービスのインフラストラクチャーには「Amazon Web Service」を採用しています。',
    '| Supabase | データベース・ストレージ |',
  ]) {
    assert.ok(namesHost(sentence), sentence);
  }
});

test('ruling Q3: a host by its product, by a parenthesis, by a label, by its role in a row or list of the services used', () => {
  for (const sentence of [
    'The vault API runs on Cloud Run and uses KMS for signing.',
    '取得した情報は、Google が提供する Firebase（Firebase Authentication / Cloud Firestore）に保存・処理されます。',
    'データはCloudflare（CDN・Pages・Workers）のインフラストラクチャ上に保管されます。',
    '<li>データベース・ホスティング：Supabase、Vercel 等</li>',
    '- 録画ファイルの保管：オブジェクトストレージ事業者',
    '| Scaleway | Hosting provider |',
    '<tr><td>GitHub Pages</td><td>Webサイトのホスティング</td><td>GitHub, Inc.</td></tr>',
    '  "ホスティング、監視、運用に関するサービス",',
    'We share your data with service providers for hosting, payment processing and analytics.',
    'The forum is kept by a third-party web host.',
    '入力内容は外部のクラウドサーバーに保存されます。',
  ]) {
    assert.ok(namesHost(sentence), sentence);
  }
  // Processors for payment, mail or support only (ruling Q3: optional), and a provider named as a party to a review.
  for (const sentence of ['| Stripe | Payment processing |', '- Resend: email delivery', '決済：Stripe, Inc.', 'This policy is reviewed after any change of our hosting provider.']) {
    assert.ok(!namesHost(sentence), sentence);
  }
});

test('no host: a law, an award, a building, a feature or tool of the host, its shop, where the backups go, the customer\'s own cloud', () => {
  for (const sentence of [
    "For data on disk, the service relies on the cloud provider's default volume encryption.",
    '専有サーバーを24時間監視体制のもとデータセンターにて運用',
    'Daily backups are stored in Microsoft Azure, and another copy in AWS.',
    'The laws of Japan govern the contract.',
    'We store passwords as salted hashes.',
    'Our engineers are AWS certified.',
    'The service is available on iOS and Android.',
    'The strength of TLS depends on the operating system configuration chosen by the hosting provider.',
    '本サービスはAWSの認定を受けた技術者が運用します。',
    'Encryption keys are stored and managed by AWS Key Management Service.',
    'Larchpad is available on the AWS Marketplace.',
    'The agent is deployed in your own AWS account, so data never leaves it.',
    'Self-hosted editions run on your AWS or Azure subscription.',
    'Nightly snapshots are stored in Google Cloud Storage.',
    '鍵はAWS KMSで管理し、データベースを暗号化します。',
    'お客様のAWS環境に構築するため、データはお客様の環境に保存されます。',
    'Together with our cloud provider we apply the controls below.',
    'This policy is reviewed after any change of our hosting provider.',
    "Shared workspaces are hosted alongside other accounts on Larchpad's cloud infrastructure.",
  ]) {
    assert.ok(!namesHost(sentence), sentence);
  }
});

test('a heading that asks where the service or its data is', () => {
  for (const title of ['Where is Flagsmith hosted?', 'Where is my data stored?', 'データはどこに保存されますか？']) assert.ok(asksWhereHosted(title), title);
  for (const title of ['Hosting', 'Where to get help', 'サポート窓口']) assert.ok(!asksWhereHosted(title), title);
});

test('a line that speaks of the data residency or of its host, as the importer keeps a finding on it', () => {
  for (const line of ['For region-specific data residency, contact our sales team.', '「データレジデンシー」の要件にも対応します。', 'The database is hosted on AWS.']) {
    assert.ok(speaksOfHosting(line), line);
  }
  for (const line of ['Data is stored in a separate database per customer.', '各お客様のデータは個別のデータベースに格納します。']) assert.ok(!speaksOfHosting(line), line);
});

test('ruling Q3: data sent or kept abroad with no country, not a transfer that never happens nor the consent asked before one', () => {
  for (const sentence of [
    'データは日本国外のサーバーに保存・処理される場合があります。',
    '当社は、業務委託先である外国にある第三者に個人データを提供しています。',
    'Your information may be transferred to, and maintained on, computers located outside of your state or country.',
    'Personal data may be processed in other countries where our processors operate.',
  ]) {
    assert.ok(transfersAbroad(sentence), sentence);
    assert.ok(speaksOfHosting(sentence), sentence);
  }
  for (const sentence of [
    '当社は外国にある第三者に個人データを提供しません。',
    '外国にある第三者に個人データを提供する場合には、あらかじめ本人の同意を得ます。',
    'We do not transfer personal data outside the EEA.',
    'Both parties should seek advice where processing involves cross-border data transfers.',
  ]) {
    assert.ok(!transfersAbroad(sentence), sentence);
  }
  for (const title of ['5. International Data Transfers', '## Cross-border transfers of personal data']) assert.ok(headsTransfersAbroad(title), title);
  for (const title of ['International transfers of personal data are rare.', 'Data transfers']) assert.ok(!headsTransfersAbroad(title), title);
});

test("the customer's own infrastructure holds what the provider does not", () => {
  for (const sentence of ['All infrastructure components are supplied, configured, and hosted by the customer.', 'The customer is solely responsible for their data residency.']) {
    assert.ok(inCustomersCloud(sentence), sentence);
  }
  assert.ok(!inCustomersCloud('Customer data is hosted by Larchpad on AWS.'));
});
