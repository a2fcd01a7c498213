// 18.1.1 and 6.1.3: the country or region where data is stored decides which
// laws reach it; customers must be able to name it.
import { splitSentences } from '../facts';
import type { SectionModel } from '../model/whitepaper';
import { aboutJurisdiction } from './jurisdiction';
import { statedFactRule } from './statedFact';

// A place and a word about keeping or processing data in the same sentence: "the laws of Japan" names no data location.
const PLACE = new RegExp(
  [
    '日本(?!語)|国内|東京|大阪|関東|関西|東日本|西日本|首都圏|北海道|九州|米国|アメリカ|合衆国|北米|欧州|ヨーロッパ|英国|イギリス|ドイツ|フランス|オランダ|アイルランド|スイス|スウェーデン|フィンランド',
    'シンガポール|オーストラリア|カナダ|インド|韓国|香港|台湾|アジア|フランクフルト|ロンドン|ダブリン|シドニー|ソウル|バージニア|オレゴン',
    String.raw`Japan|Tokyo|Osaka|European Union|Europe\b|United States|United Kingdom|North America|\bAsia\b|Singapore|Frankfurt|Ireland|Dublin|London|Paris|Amsterdam|Stockholm|Zurich`,
    String.raw`Australia|Sydney|Canada|Montreal|Toronto|Germany|Netherlands|France|Finland|Sweden|Norway|Denmark|Switzerland|Belgium|Spain|Italy|Poland|Austria|\bIndia\b|Mumbai|Korea|Seoul|Hong Kong|Taiwan|Brazil`,
    String.raw`Virginia|Oregon|Ohio|California|\b(?:us|eu|ap|ca|sa|me|af)-[a-z]{4,9}-\d\b`,
  ].join('|'),
  'i',
);
// Abbreviations in capitals only: "stored by us" names no country.
const PLACE_ABBREVIATION = /\b(?:EU|EEA|USA?|UK|APAC)\b/;
const isPlace = (text: string) => PLACE.test(text) || PLACE_ABBREVIATION.test(text);
// Processing and running are a location too ("認証データは米国で処理されます", "国内のデータセンターで稼働"); "remains in the EU" says where it is kept.
const STORED =
  /保存|保管|所在|設置|格納|(?:で|にて)(?:処理|管理|運用|稼働)|リージョン|データセンター|\bstor(?:e|es|ed|ing)\b|\bhost(?:s|ed|ing)?\b|located|kept|resides?|remains?\s{1,3}(?:with)?in\b|\bprocess(?:ed|es|ing)?\s{1,3}(?:with)?in\b|\blives?\s{1,3}in\b|\bruns?\s{1,3}(?:on|in)\b|\brunning\s{1,3}(?:on|in)\b|never\s{1,3}leaves?|data cent(?:er|re)s?|region/i;
// The company's own address ("本社所在地:東京都…", "headquartered in Tokyo") says where the provider sits, not the data.
const COMPANY = /本社|本店|支社|事務所|オフィス|headquarter|head\s{1,3}office|registered\s{1,3}office|\boffices?\b|incorporated/i;
const MACHINES = /データセンター|サーバ|リージョン|\bdata\s{1,3}cent(?:er|re)s?\b|\bservers?\b|\bregions?\b/i;
// A heading that asks where ("Data center location(s)", "データセンターの場所"): a bare place under it is the answer.
const WHERE_HEADING = /所在|場所|リージョン|データセンター|\blocations?\b|\bresidency\b|\bregions?\b|\bhosting\b|\bdata\s{1,3}cent(?:er|re)s?\b/i;

function statesPlaceIn(sentence: string): boolean {
  return isPlace(sentence) && STORED.test(sentence) && (!COMPANY.test(sentence) || MACHINES.test(sentence));
}

const statesPlace = (body: string) => splitSentences(body).some(({ start, end }) => statesPlaceIn(body.slice(start, end)));

/**
 * Where the data is kept is one fact of the whole service, and published texts state it where they like (a
 * "Data storage" section, a listing's location field): stated in any section, it answers the controls.
 */
function statedIn(section: SectionModel): boolean {
  if (section.facts.some((f) => f.key === 'data.location')) return true;
  const body = section.body ?? '';
  if (statesPlace(body)) return true;
  return section.title !== undefined && WHERE_HEADING.test(section.title.slice(0, 200)) && isPlace(body.slice(0, 400));
}

export default statedFactRule({
  id: 'data-location',
  controls: ['18.1.1', '6.1.3'],
  headings: [{ title: /(?:データ|情報)(?:の)?(?:保管|保存|所在)(?:場所|地)|地理的|所在国|\bdata\s{1,3}(?:location|residency)\b/i }],
  description: {
    en: 'Applicable law (18.1.1) or contact with authorities (6.1.3) is covered but the country or region where data is stored is not stated.',
    ja: '適用法令(18.1.1)または関係当局との連絡(6.1.3)の記載に、データの保存場所(国・地域)がありません。',
  },
  missing: {
    en: '{id}: name the country or region where customer data is stored (e.g. "Japan (Tokyo region)").',
    ja: '{id}: 利用者データを保存する国・地域(例:「日本国内(東京リージョン)」)を書いてください。',
  },
  statement: { sentence: { en: 'Customer data is stored in {todo}.', ja: 'お客様のデータは{todo}に保存します。' }, key: 'data.location' },
  // A section that pins the governing law is about jurisdiction whatever its prose says.
  owedWhere: (text, pinned) => aboutJurisdiction(text) || statesPlace(text) || pinned.some((f) => f.key === 'governing_law' || f.key === 'data.location'),
  states: (_, pinned, body) => pinned.some((f) => f.key === 'data.location') || statesPlace(body),
  statedAnywhere: statedIn,
});
