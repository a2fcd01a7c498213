// 18.1.1 and 6.1.3: the country or region where data is stored decides which
// laws reach it; customers must be able to name it.
import { asksWhereHosted, asksWhereIn, headsTransfersAbroad, inCustomersCloud, namesHost, speaksOfTransferAbroad } from '../facts/hosting';
import { keptWith } from '../model/keptWith';
import type { SectionModel } from '../model/whitepaper';
import { aboutJurisdiction, headsLiability, isPlace, onlyLawOfTheseTerms, statesPlace } from './jurisdiction';
import { statedFactRule } from './statedFact';
import { wordGaps } from '../core/wordGaps';

// A heading that asks where ("Data center location(s)", "データセンターの場所"): a bare place under it is the answer.
const WHERE_HEADING = wordGaps(/所在|場所|リージョン|ロケーション|地域|データセンター|レジデンシー|ホスティング|\blocations?\b|\bresidency\b|\bregions?\b|\bhosting\b|\bdata\s{1,3}cent(?:er|re)s?\b/i);

/**
 * Where the data is kept is one fact of the whole service, and published texts state it where they like (a
 * "Data storage" section, a listing's location field): stated in any section, it answers the controls.
 */
const statedIn = keptWith((section: SectionModel): boolean => {
  if (section.facts.some((f) => f.key === 'data.location')) return true;
  const body = section.body ?? '';
  if (statesPlace(body)) return true;
  if (section.title !== undefined && WHERE_HEADING.test(section.title.slice(0, 200)) && isPlace(body.slice(0, 400))) return true;
  return announcesPlaces(body) || tabulatesPlaces(body);
});

// A line that announces a list of where ("There are 19 regions available:", 「利用できるリージョンは次のとおりです：」).
const ANNOUNCING_LINE = /^[^\n]{0,300}[:：][ \t]*$/gm;

/** A line that announces regions or locations, with places in the list or table after it: the page's own heading of where. */
function announcesPlaces(body: string): boolean {
  ANNOUNCING_LINE.lastIndex = 0;
  for (let m = ANNOUNCING_LINE.exec(body); m !== null; m = ANNOUNCING_LINE.exec(body)) {
    if (WHERE_HEADING.test(m[0]) && isPlace(body.slice(m.index + m[0].length, m.index + m[0].length + 400))) return true;
  }
  return false;
}

// A table's column headed where ("<th>Region</th>", "| Location |", 「| リージョン |」): the places in the rows under it
// answer, as a list under an announcing line does, whatever heading the page puts over it (a regions page whose heading
// became the document's title).
const WHERE_COLUMN = /(?:<th\b[^>\n]{0,80}>|\|)[ \t]*(?:regions?(?:[ \t]{1,3}name)?|locations?|data[ \t]{1,3}cent(?:er|re)s?|リージョン(?:名)?|ロケーション|データセンター)[ \t]*(?:<\/th>|\|)/gi;

/** A table column headed region or location, with places in the rows after it. */
function tabulatesPlaces(body: string): boolean {
  WHERE_COLUMN.lastIndex = 0;
  for (let m = WHERE_COLUMN.exec(body); m !== null; m = WHERE_COLUMN.exec(body)) {
    if (isPlace(body.slice(m.index + m[0].length, m.index + m[0].length + 400))) return true;
  }
  return false;
}

// A sentence that says where or on whose machines the data is ("may request that the data be hosted in a particular
// jurisdiction", 「クラウド上のストレージに保存されます」): the statement that owes the place (ruling P1), rather than the
// first section that answers the controls.
const SAYS_WHERE = wordGaps(/\bdata[\s-]{1,3}residency\b|データ[・\s]{0,2}レジデンシー|\b(?:hosted|stored|kept|housed|located)\s{1,3}(?:in|on|at|within)\b|\bwhere\b[^?\n]{0,60}\b(?:hosted|stored)\b|保存場所|保管場所|所在国|(?:に|で|へ)(?:保存|保管|格納)(?:され|し|する|いた)|どこ(?:に|で)/i);

// Who holds the data, or that it goes abroad (ruling Q3): on a privacy policy or terms the article on service providers,
// 「第三者提供」 or 「外部送信」 that names the host owes the country as a data-storage section does, whatever control it was read as.
const hostedWithoutPlace = (body: string, title: string) =>
  asksWhereHosted(title) || headsTransfersAbroad(title) || namesHost(body) || asksWhereIn(body) || speaksOfTransferAbroad(body);

// The statement that owes the place (ruling P1): the one naming the host or the transfer before one that only says the data
// is stored somewhere; never one that puts the data in the customer's own cloud.
const AT_HOST = (sentence: string) => hostedWithoutPlace(sentence, '') && !inCustomersCloud(sentence);
const AT_WHERE = (sentence: string) => SAYS_WHERE.test(sentence) && !inCustomersCloud(sentence);

export default statedFactRule({
  id: 'data-location',
  controls: ['18.1.1', '6.1.3'],
  headings: [{ title: wordGaps(/(?:データ|情報)(?:の)?(?:保管|保存|所在)(?:場所|地)|(?:データ|情報)(?:の)?(?:保管|保存|格納)先|データ[・\s]{0,2}レジデンシー|地理的|所在国|\bdata[\s-]{1,3}(?:location|residency)\b/i) }],
  description: {
    en: 'Applicable law (18.1.1) or contact with authorities (6.1.3) is covered but the country or region where data is stored is not stated.',
    ja: '適用法令(18.1.1)または関係当局との連絡(6.1.3)の記載に、データの保存場所(国・地域)がありません。',
  },
  missing: {
    en: '{id}: name the country or region where customer data is stored (e.g. "Japan (Tokyo region)").',
    ja: '{id}: 利用者データを保存する国・地域(例:「日本国内(東京リージョン)」)を書いてください。',
  },
  statement: { sentence: { en: 'Customer data is stored in {todo}.', ja: 'お客様のデータは{todo}に保存します。' }, key: 'data.location' },
  // A section that pins the governing law is about jurisdiction whatever its prose says; terms of service's clause on
  // their own law is not (their reader learns where the data is elsewhere, if anywhere), nor is it made so by what
  // stands nested under it (the contact block, a privacy policy appended to the same page).
  owedWhere: (text, pinned, { title, body, own }) =>
    (aboutJurisdiction(text) && !onlyLawOfTheseTerms(text) && !onlyLawOfTheseTerms(`${title}\n${own}`) && !headsLiability(title)) || statesPlace(text) || hostedWithoutPlace(body, title) || pinned.some((f) => f.key === 'governing_law' || f.key === 'data.location'),
  // Where no section answers the controls, a text that names whose machines hold the data ("hosted on AWS", "We partner
  // with trusted cloud providers"), or asks where under a heading, owes the country those machines stand in.
  raisedBy: { test: hostedWithoutPlace },
  at: [AT_HOST, AT_WHERE],
  states: (_, pinned, body) => pinned.some((f) => f.key === 'data.location') || statesPlace(body),
  statedAnywhere: () => (section) => statedIn(section),
});
