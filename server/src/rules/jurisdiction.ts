// Shared by data-location and governing-law: whether a section of 18.1.1 or 6.1.3 raises jurisdiction, the question
// both facts answer (which country's laws and authorities reach the data, which law governs the contract). A section on
// complying with laws, confidentiality or the contact list of authorities answers the controls without raising it:
// "当社は関係法令を遵守します" owes neither a country nor a court.
import { DOMESTIC, NAMED_PLACE, PLACE_ABBREVIATION } from '../catalog/places';
import { splitSentences } from '../facts';
import { wordGaps } from '../core/wordGaps';

// A place and a word about keeping or processing data in the same sentence: "the laws of Japan" names no data location.
export const isPlace = (text: string) => NAMED_PLACE.test(text) || PLACE_ABBREVIATION.test(text) || DOMESTIC.test(text);
// Processing and running are a location too ("認証データは米国で処理されます", "国内のデータセンターで稼働"); "remains in the EU" says where it is kept.
// Where the data goes is where it is sent (ruling Q3): a foreign recipient's country (「Google LLC（米国）等の外国にある第三者へ
// 提供」, 「米国の事業者へ移転」), and a data store named in a place ("the mysql database in Ohio").
const STORED =
  wordGaps(/保存|保管|所在|設置|格納|ホスト(?:され|し|して)|(?:で|にて|において)(?:処理|管理|運用|稼働)|(?:に|にある|に所在する)サーバ|リージョン|データセンター|外国にある第三者|(?:へ|に)(?:の)?(?:移転|送信)|(?:事業者|第三者|委託先)(?:へ|に)(?:の)?提供|\b(?:databases?|db|mysql|postgres\w*|mongo\w*|buckets?|instances?|clusters?)\b[^.;|\n]{0,12}?\bin\s{1,3}(?:the\s{1,3})?[A-Z]|\bstor(?:e|es|ed|ing)\b|\bhost(?:s|ed|ing)?\b|located|kept|\bresides?\b|\bresidency\b|\btransferr?(?:ed|ing)?\s{1,3}to\b|\b(?:process|transferr?|stor)\w*\b[^.!?\n]{0,40}?\boutside\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?[A-Z]|remains?\s{1,3}(?:with)?in\b|\bprocess(?:ed|es|ing)?\s{1,3}(?:with)?in\b|\blives?\s{1,3}in\b|\bruns?\s{1,3}(?:on|in)\b|\brunning\s{1,3}(?:on|in)\b|never\s{1,3}leaves?|data cent(?:er|re)s?|region/i);
// The company's own address ("本社所在地:東京都…", "headquartered in Tokyo") says where the provider sits, not the data.
const COMPANY = wordGaps(/本社|本店|支社|事務所|オフィス|会社名|代表者|事業者名|運営者名|商号|headquarter|head\s{1,3}office|registered\s{1,3}office|\boffices?\b|incorporated/i);
const MACHINES = wordGaps(/データセンター|サーバ|リージョン|\bdata\s{1,3}cent(?:er|re)s?\b|\bservers?\b|\bregions?\b/i);
// A place named only as the far side of its border, and only as what may happen ("日本国外となる場合がある", "may be stored
// outside the EU"): the data may be anywhere else, so no place is named. Said as what never happens ("国外へ移転しません",
// "never leaves the EU"), the border is where the data stays.
const BEYOND = wordGaps(/(?:日本|我が国)?国外|\boutside\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?[A-Z][\w.]{1,20}(?:\s{1,3}[A-Z][\w.]{1,20}){0,3}/g);
const HEDGED = wordGaps(/場合が(?:あ|ござ)|可能性が|\b(?:may|might|could)\b/i);
const NEGATED = wordGaps(/ません|しない|されない|ことはない|\b(?:not|never|no)\b/i);
// Markdown's emphasis by underscores ("located in _Paris, France_"): a letter beside an underscore has no word boundary.
const UNDERSCORES = /_/g;
// People or parties located somewhere ("Data Subjects located in the EEA", "an organization located outside the EEA"):
// where they are, not the data.
const PARTY_LOCATED = wordGaps(/\b(?:subjects?|individuals?|persons?|people|residents?|citizens?|organi[sz]ations?|entit(?:y|ies)|exporters?|importers?|recipients?)\s{1,3}(?:who\s{1,3}(?:are|is)\s{1,3}|that\s{1,3}(?:are|is)\s{1,3})?located\b/gi);
// Standards and certifications are named by their countries ("CESG (UK)", "Singapore MTCS", 「米国FedRAMP」): a sentence
// listing them for an environment "running on" a host names where the standards come from, and names a place of the
// data only with a word of keeping it there or of the machines that hold it. Standard contractual clauses are a
// transfer's mechanism, no standard.
const STANDARDS = wordGaps(/規格|基準|認証|認定|\bstandards?\b(?![\s-]{1,3}contractual)|\bcertifi(?:ed|cations?|cates?)\b|\baccredit\w*|\bframeworks?\b|\bassurance\s{1,3}programs?\b/i);
const KEPT = wordGaps(/保存|保管|格納|所在|データセンター|リージョン|サーバ|\bstor(?:e|es|ed|ing)\b|\bhosted\b|\blocated\b|\bkept\b|\bresides?\b|\bservers?\b|data cent(?:er|re)s?|\bregions?\b/i);
// A law, a regulation or a transfer mechanism named by its place ("California Consumer Privacy Act", "UK GDPR", "the
// EU-U.S. Data Privacy Framework", 「EU一般データ保護規則」, 「日本の個人情報保護法」): where the law comes from, not where the
// data is (ruling Q3); the sentence's other words may still name a place ("transferred to the United States under the
// EU-U.S. Data Privacy Framework").
const PLACES_EN = String.raw`EU|EEA|UK|US|U\.S\.|USA|European|Europe|European\s{1,3}Union|United\s{1,3}States|United\s{1,3}Kingdom|Swiss|Switzerland|California|Virginia|Japan|Japanese|Canada|Canadian|Australia|Australian|Singapore|Brazil|India|China|Korea|German|Germany|French|France`;
const LAW_BY_PLACE = wordGaps(
  new RegExp(
    String.raw`\b(?:${PLACES_EN})(?:['’]s)?(?:[\s-]{1,3}(?:${PLACES_EN}|[A-Z][\w.]*|and|of|on|for|the|to)){0,7}?[\s-]{1,3}(?:Acts?|Regulations?|Directives?|GDPR|Laws?|Codes?|Frameworks?|Shield|Rights|Principles)\b|\b(?:General\s{1,3}Data\s{1,3}Protection\s{1,3}Regulation|Regulation)\s{0,3}\((?:EU|EC)\)(?:\s{0,3}(?:No\.?\s{0,3})?\d{2,4}\/\d{2,4})?` +
      String.raw`|(?:日本|米国|アメリカ|英国|欧州|中国|韓国|シンガポール|EU|EEA|US|UK)(?:の)?[\p{Script=Han}\p{Script=Katakana}A-Za-z・ー]{0,12}?(?:法|規則|指令)`,
    'gu',
  ),
);
// An address given as a field of the contact block (「所在地：東京都港区…」 at the foot of a privacy policy, "Address: …"):
// where the company sits, not the data.
const ADDRESS_FIELD = /^[ \t]*(?:[-*・][ \t]*)?(?:(?:本社|本店|会社|事業者|当社|弊社|運営者)(?:の)?)?(?:所在地|住所)[ \t]*[：:][^\n]*|^[ \t]*(?:[-*•][ \t]*)?(?:(?:registered|office|mailing|postal|business|company)[ \t]+)?address[ \t]*:[^\n]*/gim;
function statesPlaceIn(sentenceWords: string): boolean {
  const lawless = LAW_BY_PLACE.test(sentenceWords) ? sentenceWords.replace(LAW_BY_PLACE, ' ') : sentenceWords;
  const words = /所在地|住所|address/i.test(lawless) ? lawless.replace(ADDRESS_FIELD, ' ') : lawless;
  const plain = words.includes('_') ? words.replace(UNDERSCORES, ' ') : words;
  const sentence = plain.includes('located') ? plain.replace(PARTY_LOCATED, ' ') : plain;
  const said = HEDGED.test(sentence) && !NEGATED.test(sentence) ? sentence.replace(BEYOND, ' ') : sentence;
  const keeping = STANDARDS.test(said) ? KEPT : STORED;
  return isPlace(said) && keeping.test(said) && (!COMPANY.test(said) || MACHINES.test(said));
}

/** A sentence names a place with a word of keeping or processing data there, and not the company's own address. */
export const statesPlace = (body: string) => splitSentences(body).some(({ start, end }) => statesPlaceIn(body.slice(start, end)));

// Where data is kept, processed or moved, and who may reach it there.
const WHERE_DATA =
  wordGaps(/保存場所|保管場所|所在地|所在国|設置場所|データセンタ|リージョン|レジデンシー|国外|海外|越境|域外|(?:データ|情報)[^。\n]{0,12}(?:移転|保存|保管|格納|処理)|\bdata\s{1,3}(?:cent(?:er|re)s?|residency|location|sovereignty|localization)\b|\bregions?\b|\bhost(?:ed|ing)\s{1,3}(?:in|on|at)\b|\bstored\s{1,3}(?:in|on|at|within)\b|\bcross-?border\b|\btransfer\w{0,4}\s{1,3}(?:of\s{1,3})?(?:(?:personal|customer|your)\s{1,3})?data\b|\boutside\s{1,3}(?:the|your|its)\s{1,3}(?:country|region|EEA|EU)\b|\bwhere\s{1,3}(?:your\s{1,3}|customer\s{1,3})?data\b/i);
// The law and the court of the contract.
const LAW_OF_CONTRACT =
  wordGaps(/準拠法|準拠し|管轄|裁判|紛争|訴訟|仲裁|法域|\bjurisdictions?\b|\bgovern(?:ing|ed)\b|\blaws?\s{1,3}of\s{1,3}(?!the\s{1,3}(?:relevant|applicable))|\bdisputes?\b|\bcourts?\b|\barbitration\b|\bvenue\b/i);
// An authority reaching the data: a disclosure order, a warrant, a government's request.
const AUTHORITY_REACH =
  wordGaps(/開示(?:の)?(?:要請|請求|命令|要求)|差押|令状|捜査機関|\bsubpoena|\bwarrants?\b|\blaw\s{1,3}enforcement\b|\bgovernment(?:al)?\s{1,3}(?:requests?|access|agenc)|\bCLOUD\s{1,3}Act\b|\b(?:requests?|orders?|demands?)\s{1,3}(?:from|by)\s{1,3}(?:public\s{1,3})?(?:authorities|government|courts?)\b/i);


/** The section's heading or text speaks of where data is, of an authority reaching it, or of the law and court of the contract: where the data is owed. */
export function aboutJurisdiction(text: string): boolean {
  return WHERE_DATA.test(text.includes('所在地') ? text.replace(ADDRESS_FIELD, '') : text) || AUTHORITY_REACH.test(text) || LAW_OF_CONTRACT.test(text);
}

// Where the company sits, by which terms name their court (「運営者の本店所在地を管轄する地方裁判所」, 「当社の所在地を管轄する
// 裁判所」), or the court's own seat (「{{管轄裁判所の所在地}}を管轄する地方裁判所」): an address.
const COMPANY_SEAT = /(?:本社|本店|支店|事務所|住所|裁判所|(?:当社|弊社|運営者)(?:の)?)(?:の)?所在地/g;
// The text naming itself as the contract or the policy it governs: 「本規約」「本約款」「本プライバシーポリシー」, "these Terms",
// "this Agreement", "this Privacy Policy".
const THESE_TERMS =
  wordGaps(/本(?:利用)?規約|本約款|本(?:プライバシー)?ポリシー|本方針|\bthese\s{1,3}(?:terms|conditions)\b|\bthe\s{1,3}terms\s{1,3}of\s{1,3}(?:service|use)\b|\bthis\s{1,3}(?:agreement|(?:privacy\s{1,3})?policy)\b/i);

// A clause on liability, warranties or indemnity names jurisdictions only as those whose laws limit the clause ("some
// jurisdictions do not allow the exclusion of damages", 「法令により免責が認められない場合」): neither the contract's court
// nor where the data is.
const LIABILITY_HEADING = wordGaps(/免責|責任(?:の)?制限|損害賠償|保証(?:の)?(?:否認|排除)|\bliabilit(?:y|ies)\b|\bwarrant(?:y|ies)\b|\bdisclaimers?\b|\bindemni(?:ty|fication)\b/i);

/** The heading names a clause of liability, warranty or indemnity, and no law or court of the contract. */
export const headsLiability = (title: string) => LIABILITY_HEADING.test(title) && !LAW_OF_CONTRACT.test(title) && !WHERE_DATA.test(title);

/**
 * The section gives only the law and court of the text it stands in ("本規約の解釈にあたっては日本法を準拠法とします",
 * "These Terms are governed by the laws of Japan"): a clause of terms of service, which governs the contract and says
 * nothing of where the data is; a whitepaper that describes the contract's law ("利用契約は日本法に準拠") still raises it.
 */
export function onlyLawOfTheseTerms(text: string): boolean {
  const withoutAddress = text.replace(COMPANY_SEAT, '');
  return LAW_OF_CONTRACT.test(text) && THESE_TERMS.test(text) && !WHERE_DATA.test(withoutAddress) && !AUTHORITY_REACH.test(text);
}

/**
 * The section speaks of the law and court of the contract, or names the country that holds the data ("データは日本国内に
 * 保存"): where its governing law is owed. Only raising where data is ("Data location overview", international
 * transfers, a privacy page's list) is data-location's question, and owes no court.
 */
export function aboutLawOfContract(text: string): boolean {
  return LAW_OF_CONTRACT.test(text) || statesPlace(text);
}
