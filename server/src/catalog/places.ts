// The one vocabulary of places, in Japanese and English: the countries, regions and cities a text says its data is
// in, the cloud regions' codes, the abbreviations (in capitals only: "stored by us" names no country), and the words
// that say only which side of a border (国内, 海外, overseas) or which part of Japan. Read by data-location and
// governing-law (does a sentence say where data is kept?) and by the importer (does a list name places? does a
// section headed "Hosting" name one?). Patterns carry no g flag: callers test or exec them once.

const NAMES_JA = [
  '日本(?!語)|米国|アメリカ|合衆国|北米|カナダ|英国|イギリス|アイルランド|ドイツ|フランス|オランダ|スイス|スウェーデン|フィンランド|ベルギー|欧州|ヨーロッパ',
  'シンガポール|オーストラリア|インド|韓国|台湾|香港|中国(?!語)|ベトナム|フィリピン|ブラジル|アジア',
  '東京|大阪|首都圏|北海道|九州|フランクフルト|ロンドン|ダブリン|シドニー|ソウル|バージニア|オレゴン',
].join('|');
const NAMES_EN = [
  String.raw`Japan|Tokyo|Osaka|European Union|Europe|United States|United Kingdom|North America|Asia|Singapore|Frankfurt|Ireland|Dublin|London|Paris|Amsterdam|Stockholm|Zurich`,
  String.raw`Australia|Sydney|Canada|Montreal|Toronto|Germany|Netherlands|France|Finland|Sweden|Norway|Denmark|Switzerland|Belgium|Spain|Italy|Poland|Austria|India|Mumbai|Korea|Seoul|Hong Kong|Taiwan|Brazil|China|Vietnam|Philippines`,
  String.raw`Virginia|Oregon|Ohio|California`,
].join('|');
// A cloud region's code: "ap-northeast-1", "eu-central-1", "us-east-2".
const CLOUD_REGION = String.raw`\b[a-z]{2}-[a-z]{4,12}-\d{1,2}\b`;

/** A country, region or city named, or a cloud region's code. */
export const NAMED_PLACE = new RegExp(`${NAMES_JA}|\\b(?:${NAMES_EN})\\b|${CLOUD_REGION}`, 'i');

/** The abbreviations, in capitals only. */
export const PLACE_ABBREVIATION = /\b(?:EU|EEA|USA?|U\.S\.|UK|APAC)\b/;

/** Japan's own side and its parts: "国内のデータセンター", "東日本リージョン". */
export const DOMESTIC = /国内|東日本|西日本|関東|関西|\bdomestic\b/i;

/** The other side of a border, named by no country: "海外", "overseas". */
export const ABROAD = /国外|海外|\boverseas\b/i;

/** The first place `text` names by name or abbreviation, if any. */
export function namedPlace(text: string): string | undefined {
  return (NAMED_PLACE.exec(text) ?? PLACE_ABBREVIATION.exec(text))?.[0];
}
