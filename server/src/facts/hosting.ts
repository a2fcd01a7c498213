// Where a text says its service or data is hosted by naming who hosts it ("GrowthBook Cloud is hosted on AWS", "We
// host all applications in Digital Ocean", 「AWS上で稼働しています」), or a heading that asks where ("Where is the service
// hosted?"): the reader learns whose machines, not which country, and the country is what decides which laws reach
// the data. Read by data-location, which asks such a text for the place unless it names one somewhere.
import { splitSentences } from './sentences';
import { wordGaps } from '../core/wordGaps';

// The hosts themselves, as texts name them.
// A host's own compute and storage ("The vault API runs on Cloud Run", "stored in Amazon S3") name the host as well.
const HOSTS_EN = String.raw`Amazon\s{1,3}Web\s{1,3}Services?|(?:Amazon\s{1,3})?AWS|(?:Microsoft\s{1,3})?Azure|Google\s{1,3}Cloud(?:\s{1,3}Platform)?|GCP|Digital\s{0,3}Ocean|Hetzner|Scaleway|OVH(?:cloud)?|Linode|Oracle\s{1,3}Cloud|IBM\s{1,3}Cloud|Heroku|Vercel|Netlify|Cloudflare|Supabase|Firebase|Fly\.io|GitHub\s{1,3}Pages|Alibaba\s{1,3}Cloud|Rackspace|Equinix`;
const HOST_PRODUCTS = String.raw`(?:Google\s{1,3})?Cloud\s{1,3}(?:Run|SQL|Firestore)|(?:Google\s{1,3})?App\s{1,3}Engine|Amazon\s{1,3}(?:S3|EC2|RDS|Aurora|DynamoDB|Lightsail)`;
// A host's own tool the provider sets up ("Keys are stored and managed by AWS Key Management Service"), or its shop
// ("available on the AWS Marketplace"): the host's product, not where the service holds the data.
const HOST_TOOL = String.raw`(?!\s{0,3}(?:KMS|Key\s{1,3}(?:Management|Vault)|Cloud\s{1,3}KMS|Secrets?\s{1,3}Manager|Parameter\s{1,3}Store|Cloud\s{0,3}HSM|Certificate\s{1,3}Manager|Cloud\s{0,3}Trail|Cloud\s{0,3}Watch|GuardDuty|WAF|Shield|IAM|Cognito|Marketplace|Backup)\b)`;
// A host named by its kind: "trusted cloud providers", "secure cloud infrastructure". A data centre alone ("operated
// in a monitored data centre") is the building, which published pages name without meaning to say whose or where,
// unless the text puts the data in it (`IN_DATA_CENTRES`).
const HOST_KINDS_EN = String.raw`(?:(?:public|trusted|leading|major|reputable|secure|third[-\s]party|industry[-\s]leading)\s{1,3}){0,2}(?:cloud\s{1,3}(?:service\s{1,3}|infrastructure\s{1,3}|hosting\s{1,3}|computing\s{1,3})?providers?|hosting\s{1,3}providers?|cloud\s{1,3}(?:infrastructure|servers?))`;
// Named by its kind too: 「クラウド事業者」, 「ホスティング事業者」, 「外部のクラウドサーバー」, 「委託先のサーバー」, 「オブジェクトストレージ事業者」
// (ruling Q3: a host or processor holding the data, whoever it is).
const HOSTS_JA = String.raw`AWS|Amazon\s{0,3}Web\s{0,3}Services?|アマゾン\s{0,3}ウェブ\s{0,3}サービス|(?:Microsoft\s{0,3})?Azure|Google\s{0,3}Cloud(?:\s{0,3}Platform)?|GCP|Cloudflare|Supabase|Vercel|Firebase|Heroku|Netlify|Hetzner|Scaleway|Digital\s{0,3}Ocean|GitHub\s{0,3}Pages|さくらのクラウド|さくらインターネット|ニフクラ|IDCフロンティア|クラウド(?:サービス)?(?:事業者|プロバイダ)|ホスティング(?:サービス)?(?:事業者|会社|業者|プロバイダ)|(?:オブジェクト)?ストレージ(?:サービス)?(?:事業者|会社|業者)|外部(?:の)?クラウド(?:サーバー?|サービス)|委託先(?:の)?サーバー?|レンタルサーバー?(?:事業者|会社)?`;
// A few words between the preposition and the host: "on a combination of DigitalOcean", "in secure data centers like
// Equinix", "in [Amazon AWS]"; not an owner's name ("on Acme's cloud infrastructure": the provider's own, whoever runs it).
const BEFORE_HOST = String.raw`(?:(?![\w-]+['’]s\b)[\w'’-]+\s{1,3}){0,4}?\[?`;

// "Operating system" names a machine's software, not the act of running on one ("the operating system configuration
// chosen by the hosting provider" says nothing of where the service runs).
// Hosted, stored or run on a named host: "is hosted on AWS", "stored in the Amazon Web Services (AWS) infrastructure",
// "available on the following cloud providers:", "We partner with trusted cloud providers", "data centers hosted and
// managed by Google", "a multi-cloud architecture across AWS and Vercel", "leverages AWS for processing and storage",
// "our data center providers" (not "our cloud provider" or "our hosting provider" alone, named as a party to a review or
// a contract as often as a host); in Japanese the host then its verb or its role: 「AWS上で稼働」「さくらのクラウドに保存」
// 「インフラには「AWS」を採用」, a row naming Supabase for 「データベース・ストレージ」.
const ON_HOST = wordGaps(
  new RegExp(
    String.raw`\b(?:host(?:s|ed|ing)?|stor(?:e|es|ed|ing)|run(?:s|ning)?|deployed|available|resides?|lives?|operat(?:e|es|ed|ing)(?!\s{1,3}systems?\b)|built|infrastructure|architecture)\b[^.!?\n]{0,40}?\b(?:on|in|with|at|within|across|by|inside)\s{1,3}${BEFORE_HOST}(?:${HOSTS_EN}|${HOST_PRODUCTS}|${HOST_KINDS_EN})\b${HOST_TOOL}` +
      String.raw`|\b(?:host(?:s|ed|ing)?|managed|operated)\b[^.!?\n]{0,30}?\b(?:on|in|within|by|at)\s{1,3}(?:the\s{1,3})?(?:Amazon|Google|Microsoft)(?:['’]s)?\b` +
      String.raw`|\bour\s{1,3}data\s{1,3}cent(?:er|re)\s{1,3}providers?\b(?!['’]s)` +
      String.raw`|\b(?:partner(?:s|ed)?|work(?:s|ed)?)\s{1,3}with\s{1,3}(?:the\s{1,3}|our\s{1,3})?${HOST_KINDS_EN}\b` +
      String.raw`|\b(?:${HOSTS_EN})\s{1,3}(?:hosts|stores|runs)\b` +
      String.raw`|\b(?:us(?:e|es|ing)|leverag(?:e|es|ing)|rel(?:y|ies|ying)\s{1,3}on)\s{1,3}(?:the\s{1,3})?(?:${HOSTS_EN})${HOST_TOOL}\s{1,3}(?:for|to)\s{1,3}(?:(?:data\s{1,3})?(?:hosting|storage|processing|infrastructure)|(?:host|store|process|run)\b)` +
      String.raw`|(?:${HOSTS_JA})(?:[（(][^）)\n]{0,80}[）)])?(?:の)?(?:上|内|環境|基盤|インフラ(?:ストラクチャー?)?|サーバー?|データセンター)?(?:で|に|にて|上で|上に)(?:稼働|運用|構築|保存|保管|格納|ホスト|ホスティング|管理|設置|処理)` +
      String.raw`|(?:データベース|ホスティング|サーバー?|インフラ(?:ストラクチャー?)?|ストレージ|(?:ファイル|データ)(?:の)?(?:保管|保存)|クラウド基盤|\bhosting\b|\bdatabases?\b|\binfrastructure\b|\b(?:data|file|object)\s{1,3}storage\b)[^：:\n]{0,20}[：:][ \t]*[「『"]?(?:${HOSTS_JA})` +
      String.raw`|(?:${HOSTS_JA})${HOST_TOOL}[^\n。]{0,30}?(?:ホスティング|データベース|ストレージ)` +
      String.raw`|(?:インフラ(?:ストラクチャー?)?|サーバー?|基盤|ホスティング(?:環境)?|データベース)(?:には|に|として|は)[「『"]?(?:${HOSTS_JA})[」』"]?(?:[(（][^)）\n]{0,30}[)）])?を?(?:採用|利用|使用)`,
    'i',
  ),
);

// Data stored in data centres the text names no owner or place of ("Data stored in SOC 2 compliant data centers"):
// where the data is kept is said, and the country is what the reader still lacks.
const IN_DATA_CENTRES = wordGaps(/\b(?:data|information|content)\b[^.!?\n]{0,30}?\b(?:stored|hosted|kept|housed|held)\s{1,3}(?:in|within|at)\s{1,3}(?:[\w'’-]+\s{1,3}){0,4}?data\s{1,3}cent(?:er|re)s?\b/i);

// Where the backups or copies are kept ("daily backups are stored in Microsoft Azure, and another copy in AWS") tells of
// the backup regime's second site, not where the service holds the customer's data.
const COPIES = wordGaps(/バックアップ|複製|\bback(?:ed)?[\s-]?ups?\b|\bsnapshots?\b|\bcop(?:y|ies)\b|\breplicas?\b/i);
// The customer's own cloud ("deployed in your own AWS account", self-hosted, BYOC, "hosted by the customer", "the customer
// is responsible for their data residency"): the provider holds nothing there.
const CUSTOMERS_CLOUD = wordGaps(
  /\b(?:your|customers?['’]?s?|their)\s{1,3}(?:own\s{1,3})?(?:AWS|Azure|GCP|cloud|VPC|accounts?|infrastructure|environments?|premises|servers?)\b|\bself[-\s]?host|\bBYOC\b|bring\s{1,3}your\s{1,3}own\s{1,3}cloud|\bon[-\s]?prem|\b(?:hosted|supplied|operated|run)\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:customers?|you)\b|\b(?:the\s{1,3})?customers?\s{1,3}(?:is|are|remains?)\s{1,3}(?:solely\s{1,3})?responsible\s{1,3}for\s{1,3}(?:its|their)\s{1,3}(?:own\s{1,3})?(?:data\s{1,3}residency|hosting)\b|お客様(?:自身)?の(?:AWS|クラウド|環境|アカウント)|オンプレミス/i,
);

/** The sentence puts the data in the customer's own cloud or premises: the provider holds none of it there. */
export const inCustomersCloud = (sentence: string) => CUSTOMERS_CLOUD.test(sentence);

// A platform named as the holder of the data in a list or table of the services used (「| Supabase, Inc. | データベース・
// ストレージ・認証 |」, "- Vercel: application hosting"): the row says whose machines keep the data, as "hosted on AWS" does.
// Only a row that opens with the platform's name: in running prose ("running Postgres or your own database") a name
// next to "database" says nothing of where the data is.
const PLATFORMS = String.raw`${HOSTS_EN}|さくらのクラウド|ニフクラ`;
const ROW_OPENS = String.raw`(?:^[ \t]*(?:[-*・•][ \t]{1,3}|\d{1,2}\.[ \t]{1,3})?|\|[ \t]*|<(?:li|td)>[ \t]*|\[[ \t]*['"]|^[ \t]*['"])`;
const HOLDER_ROW = wordGaps(
  new RegExp(String.raw`${ROW_OPENS}(?:${PLATFORMS})\b[^\n。]{0,40}?(?:ホスティング|ストレージ|データベース|インフラ|データ(?:の)?(?:保存|保管)|\bhosting\b|\bdatabases?\b|\b(?:data|file|object)\s{1,3}storage\b)`, 'im'),
);

// A processor whose role is hosting, whatever its name (ruling Q3: "a third-party cloud", 「外部のクラウドサーバー」): a row of
// the services used whose purpose is hosting (「| GitHub Pages | Webサイトのホスティング |」, "| Scaleway | Hosting provider |"),
// an item of that list that is the hosting itself (「ホスティング、監視、運用に関するサービス」), or hosting named among the
// services the data goes to ("service providers for hosting, payment and analytics", "a third-party web host"); not "our
// hosting provider" alone, named as a party to a review or a contract as often as a host.
const HOSTING = String.raw`(?:ホスティング|\bhosting\b)`;
const ROW_ITEM = String.raw`(?:^[ \t]*(?:[-*・•][ \t]{1,3}|\d{1,2}\.[ \t]{1,3})|\|[ \t]*|<(?:li|td)>[ \t]*|\[[ \t]*['"]|^[ \t]*['"])`;
const HOSTING_PROCESSOR = wordGaps(
  new RegExp(
    String.raw`${ROW_ITEM}[^\n|<>：:*]{1,60}?(?:(?:[ \t]*\||<\/td>[ \t]*<td>)[^\n|]{0,30}?|(?:[：:]|[ \t][-–—])[ \t]*[^\s|]{0,12}?)${HOSTING}|${ROW_ITEM}[「『"]?(?:ホスティング|hosting\s{1,3}(?:providers?|services?))` +
      String.raw`|\bthird[-\s]party\s{1,3}(?:web\s{1,3})?(?:hosting\s{1,3}(?:providers?|services?|compan(?:y|ies))|hosts?|cloud(?:\s{1,3}(?:providers?|services?|servers?|storage))?|servers?|data\s{1,3}cent(?:er|re)s?)\b` +
      String.raw`|\b(?:providers?|vendors?|partners?|processors?|compan(?:y|ies)|services?)\s{1,3}(?:for|of|such\s{1,3}as|including|like|that\s{1,3}provide)\s{1,3}(?:[\w-]+,?\s{1,3}(?:and\s{1,3}|or\s{1,3})?){0,4}?(?:(?:web|cloud|data|website|server)\s{1,3})?hosting\b` +
      String.raw`|\b(?:providers?|vendors?|partners?|compan(?:y|ies))\s{1,3}(?:that|who|which)\s{1,3}(?:host|store)\s{1,3}(?:our|the|your)\b` +
      String.raw`|(?:外部|第三者)(?:の)?(?:クラウド|サーバー?)(?:サービス)?(?:に|へ|で|上で|上に)(?:の)?(?:保存|保管|格納|送信|委託|提供|移転|預)`,
    'im',
  ),
);

// Said as what never happens (「第三者クラウドサービスへ送信しません」, "we do not transfer"): no holder, no transfer.
const NEVER = wordGaps(/ません|しない|されない|ことはない|行わない|\b(?:not|never|no)\b|n['’]t\b/i);

/** Some sentence of `body` names who hosts the service or its data. */
export function namesHost(body: string): boolean {
  if (!ON_HOST.test(body) && !IN_DATA_CENTRES.test(body) && !HOLDER_ROW.test(body) && !HOSTING_PROCESSOR.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    const named = ON_HOST.test(sentence) || IN_DATA_CENTRES.test(sentence) || HOLDER_ROW.test(sentence) || (HOSTING_PROCESSOR.test(sentence) && !NEVER.test(sentence));
    return named && !COPIES.test(sentence) && !CUSTOMERS_CLOUD.test(sentence);
  });
}

// A heading asking where: "Where is Flagsmith hosted?", "Where is my data stored?", 「データはどこに保存されますか」.
const WHERE_HOSTED = wordGaps(/\bwhere\b[^?\n]{0,60}\b(?:hosted|stored|located|kept|processed)\b|どこ(?:に|で)[^?？\n]{0,30}(?:保存|保管|ホスト|管理|稼働)/i);

/** A heading asks where the service or its data is. */
export function asksWhereHosted(title: string): boolean {
  return WHERE_HOSTED.test(title);
}

// The same question asked in the body of what the customer put in, as an FAQ's question that is no heading
// (「{ q: "写真はどこに保存されますか？", a: … }」, "Where is my data stored?"); not of credentials or of an asset in an
// inventory's form ("Location, i.e. where is it stored?").
const WHERE_ASKED = wordGaps(
  /\bwhere\s{1,3}(?:is|are|do\s{1,3}you\s{1,3}(?:store|keep|host))\s{1,3}(?:my|your|our|the|customer|customers['’])?\s{0,3}(?:data|files?|photos?|images?|documents?|content|recordings?|notes?|messages?|uploads?)\b[^?\n]{0,40}\?|(?:データ|情報|写真|画像|ファイル|記録|コンテンツ|動画|音声)(?:は|が)?どこ(?:に|で)[^?？\n]{0,20}(?:保存|保管|管理)[^?？\n]{0,12}[?？]/i,
);

/** A question in the text asks where the service or its data is. */
export function asksWhereIn(body: string): boolean {
  return WHERE_ASKED.test(body);
}

// A residency the text offers or promises without naming it ("region-specific data residency on request",
// 「データレジデンシー保証」): where the data is kept is its subject, and the place is what the reader still lacks.
const RESIDENCY = wordGaps(/\bdata[\s-]{1,3}residency\b|データ[・\s]{0,2}レジデンシー/i);

// Data sent or kept abroad with no country named (ruling Q3: 「外国にある第三者への提供」, 「海外のサーバーに保存」, "may be
// transferred to countries other than your own", "International data transfers"): where it goes is the place owed. Said
// as what never happens (「外国にある第三者への提供は行いません」, "we do not transfer your data outside the EEA") it states no
// transfer; nor does the law's boilerplate that asks consent before any such provision (「外国にある第三者に提供する場合には、
// あらかじめ本人の同意を得ます」).
const ABROAD_JA = /(?:外国にある第三者|外国(?:の)?(?:第三者|事業者)|(?:日本)?国外(?!から)|海外(?!から)|越境)[^。\n]{0,20}?(?:移転|提供|送信|保存|保管|委託|処理|サーバ)/;
const ABROAD_EN = wordGaps(
  /\b(?:transferr?(?:ed|ing)?|stored|processed|maintained|hosted)\b[^.!?\n]{0,80}?(?:\b(?:other|another|different)\s{1,3}countr(?:y|ies)\b|\boutside\s{1,3}(?:of\s{1,3})?(?:(?:your|the|their)\s{1,3}(?:own\s{1,3})?(?:country|jurisdiction|state|province|region)\b|(?:the\s{1,3})?(?:EEA|EU|UK|European\s{1,3}(?:Economic\s{1,3}Area|Union)|United\s{1,3}Kingdom|Switzerland|Japan)\b)|\bcountries\s{1,3}other\s{1,3}than\b|\babroad\b|\boverseas\b)/i,
);
const CONSENT_BEFORE = /場合(?:には|は|、)[^。\n]{0,60}同意/;

/** The sentence says the data is sent or kept abroad, naming no country for it. */
export function transfersAbroad(sentence: string): boolean {
  const abroad = ABROAD_JA.test(sentence) || ABROAD_EN.test(sentence);
  return abroad && !NEVER.test(sentence) && !CONSENT_BEFORE.test(sentence);
}

// A heading of the transfers abroad ("International data transfers", "5. Cross-border transfers"): a statement elsewhere
// that merely names them ("where processing involves cross-border data transfers") says none happens.
const TRANSFERS_HEADING = wordGaps(/^[^\w\n]{0,8}(?:\d{1,2}(?:\.\d{1,2})*\.?\s{1,3})?(?:international|cross[-\s]?border)\s{1,3}(?:(?:data|personal\s{1,3}data)\s{1,3})?transfers?\b[^\n.]{0,40}$/im);

/** The heading names the transfers of data abroad. */
export const headsTransfersAbroad = (title: string) => TRANSFERS_HEADING.test(title);

/** Some sentence of `body` says the data is sent or kept abroad. */
export function speaksOfTransferAbroad(body: string): boolean {
  if (!ABROAD_JA.test(body) && !ABROAD_EN.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => transfersAbroad(body.slice(start, end)));
}

/**
 * The line names who hosts the service or its data, says the data goes abroad, or speaks of its residency: the statements
 * that owe the country on every kind of page (ruling Q3), not processors named only for payment, mail or analytics.
 */
export function speaksOfHosting(line: string): boolean {
  return RESIDENCY.test(line) || namesHost(line) || speaksOfTransferAbroad(line) || headsTransfersAbroad(line);
}
