// Where a text says its service or data is hosted by naming who hosts it ("GrowthBook Cloud is hosted on AWS", "We
// host all applications in Digital Ocean", 「AWS上で稼働しています」), or a heading that asks where ("Where is the service
// hosted?"): the reader learns whose machines, not which country, and the country is what decides which laws reach
// the data. Read by data-location, which asks such a text for the place unless it names one somewhere.
import { splitSentences } from './sentences';
import { wordGaps } from '../core/wordGaps';

// The hosts themselves, as texts name them.
const HOSTS_EN = String.raw`Amazon\s{1,3}Web\s{1,3}Services|AWS|(?:Microsoft\s{1,3})?Azure|Google\s{1,3}Cloud(?:\s{1,3}Platform)?|GCP|Digital\s{0,3}Ocean|Hetzner|OVH(?:cloud)?|Linode|Oracle\s{1,3}Cloud|IBM\s{1,3}Cloud|Heroku|Vercel|Alibaba\s{1,3}Cloud|Rackspace|Equinix`;
// A host named by its kind: "trusted cloud providers". A data centre alone ("operated in a monitored data centre") is
// the building, which published pages name without meaning to say whose or where; annotators asked no place of it.
const HOST_KINDS_EN = String.raw`(?:(?:public|trusted|leading|major|reputable|third[-\s]party|industry[-\s]leading)\s{1,3}){0,2}(?:cloud\s{1,3}(?:service\s{1,3}|infrastructure\s{1,3}|hosting\s{1,3}|computing\s{1,3})?providers?|hosting\s{1,3}providers?)`;
const HOSTS_JA = String.raw`AWS|Amazon\s{0,3}Web\s{0,3}Services|アマゾン\s{0,3}ウェブ\s{0,3}サービス|Azure|Google\s{0,3}Cloud|GCP|さくらのクラウド|さくらインターネット|ニフクラ|IDCフロンティア|クラウド(?:サービス)?(?:事業者|プロバイダ)`;

// "Operating system" names a machine's software, not the act of running on one ("the operating system configuration
// chosen by the hosting provider" says nothing of where the service runs).
// Hosted, stored or run on a named host: "is hosted on AWS", "stored in the Amazon Web Services (AWS) infrastructure",
// "available on the following cloud providers:", "We partner with trusted cloud providers"; in Japanese the host then
// its verb: 「AWS上で稼働」「さくらのクラウドに保存」.
const ON_HOST = wordGaps(
  new RegExp(
    String.raw`\b(?:host(?:s|ed|ing)?|stor(?:e|es|ed|ing)|run(?:s|ning)?|deployed|available|resides?|lives?|operat(?:e|es|ed|ing)(?!\s{1,3}systems?\b)|built)\b[^.!?\n]{0,40}?\b(?:on|in|with|at|within|across|by|inside)\s{1,3}(?:the\s{1,3}|our\s{1,3}|its\s{1,3})?(?:following\s{1,3})?(?:${HOSTS_EN}|${HOST_KINDS_EN})\b` +
      String.raw`|\b(?:partner(?:s|ed)?|work(?:s|ed)?)\s{1,3}with\s{1,3}(?:the\s{1,3}|our\s{1,3})?${HOST_KINDS_EN}\b` +
      String.raw`|\b(?:${HOSTS_EN})\s{1,3}(?:hosts|stores|runs)\b` +
      String.raw`|(?:${HOSTS_JA})(?:の)?(?:上|内|環境|基盤|インフラ(?:ストラクチャ)?|サーバー?|データセンター)?(?:で|に|にて|上で|上に)(?:稼働|運用|構築|保存|保管|格納|ホスト|ホスティング|管理|設置)`,
    'i',
  ),
);

// Where the backups or copies are kept ("daily backups are stored in Microsoft Azure, and another copy in AWS") tells of
// the backup regime's second site, not where the service holds the customer's data.
const COPIES = wordGaps(/バックアップ|複製|\bback(?:ed)?[\s-]?ups?\b|\bsnapshots?\b|\bcop(?:y|ies)\b|\breplicas?\b/i);

// A platform named as the holder of the data in a list or table of the services used (「| Supabase, Inc. | データベース・
// ストレージ・認証 |」, "- Vercel: application hosting"): the row says whose machines keep the data, as "hosted on AWS" does.
// Only a row that opens with the platform's name: in running prose ("running Postgres or your own database") a name
// next to "database" says nothing of where the data is.
const PLATFORMS = String.raw`${HOSTS_EN}|Supabase|Firebase|Netlify|Cloudflare|さくらのクラウド|ニフクラ`;
const ROW_OPENS = String.raw`(?:^[ \t]*(?:[-*・•][ \t]{1,3}|\d{1,2}\.[ \t]{1,3})?|\|[ \t]*|<(?:li|td)>[ \t]*|\[[ \t]*['"]|^[ \t]*['"])`;
const HOLDER_ROW = wordGaps(
  new RegExp(String.raw`${ROW_OPENS}(?:${PLATFORMS})\b[^\n。]{0,40}?(?:ホスティング|ストレージ|データベース|インフラ|データ(?:の)?(?:保存|保管)|\bhosting\b|\bdatabases?\b|\b(?:data|file|object)\s{1,3}storage\b)`, 'im'),
);

/** Some sentence of `body` names who hosts the service or its data. */
export function namesHost(body: string): boolean {
  if (!ON_HOST.test(body) && !HOLDER_ROW.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return (ON_HOST.test(sentence) || HOLDER_ROW.test(sentence)) && !COPIES.test(sentence);
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
