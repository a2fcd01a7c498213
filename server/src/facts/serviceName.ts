// The service's name as a published whitepaper writes it, for a text that has
// no `service.name`: the name a definition introduces ("サンプルクラウド(以下
// 「本サービス」という。)", 'Example Forms (the "Service")'), else the title
// without its whitepaper words ("サンプルクラウド セキュリティホワイトペーパー"),
// else a 「」 name the text repeats. Pure and linear: every pattern is bounded.
import { wordGaps } from '../core/wordGaps';

const MAX_NAME = 40;
const MIN_NAME = 3;

// The alias a definition gives to a service (本サービス, 当システム, the Service, "Platform"…): an alias for the company
// ("以下「当社」", "the Company") or a document ("以下「本規約」", "SLA") names no service.
const SERVICE_ALIAS = '(?:本|当)(?:サービス|システム|製品|ソフトウェア|ソフト|アプリ(?:ケーション)?|ツール|プラットフォーム|クラウド)';
const ALIAS = String.raw`(?:以下、?\s{0,2}[「『"“]${SERVICE_ALIAS}[」』"”]|(?:[Hh]ereinafter|[Tt]he)\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3})?["“](?:[Tt]he\s{1,3})?(?:Service|Services|Platform|Software|Product|Application|App|Solution|System)["”])`;
const DEFINITION_QUOTED = wordGaps(new RegExp(String.raw`[「『"“]([^」』"”\n]{${MIN_NAME},${MAX_NAME}})[」』"”]\s{0,2}[(（]\s{0,2}${ALIAS}`, 'g'));
// Unquoted: the run of name characters (Latin, katakana, kanji, digits, a few joiners) right before the parenthesis.
const DEFINITION_BARE = wordGaps(new RegExp(String.raw`([A-Z0-9][A-Za-z0-9&.+\-]{0,20}(?: [A-Z0-9][A-Za-z0-9&.+\-]{0,20}){0,3}|[ァ-ヺー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{${MIN_NAME},${MAX_NAME}})\s{0,2}[(（]\s{0,2}${ALIAS}`, 'g'));

// Where a title's whitepaper words start: the name stands before them.
const TITLE_WORDS = wordGaps(/(?<=[\sのにる・]|^)(?:クラウド\s{0,2})?(?:情報\s{0,2})?セキュリティ|(?:情報\s{0,2})?セキュリティ|ホワイト\s{0,2}ペーパー|白書|ISO\/IEC|ISMS|\b(?:cloud\s{1,3})?(?:information\s{1,3})?security\b|\bwhite\s{0,2}paper\b/i);
// "(セキュリティ編)", "（4版）": what a bracket in a title adds is about the document.
const BRACKETED = /[(（[［【〔][^)）\]］】〕\n]{0,40}[)）\]］】〕]/g;
// The kind of document after the name: "ひなたストレージ サービス仕様書".
const DOCUMENT_WORDS = /(?:\s|の)*(?:サービス)?(?:仕様書|説明書|利用ガイド|ガイド|概要|資料|運用方針|方針)\s*$/;
const TITLE_JOINERS = /(?:\s|[-–—:|/・]|における|に関する|についての|の|向け|対応)+$/;

const QUOTED = /[「『]([^」』\n]{3,40})[」』]/g;
const GENERIC = wordGaps(/^(?:本|当)|^(?:クラウド)?サービス$|^(?:お客様|利用者|契約|規約|利用規約|個人情報|プライバシー)|^(?:情報)?セキュリティ|(?:規約|契約|約款|規程|規定|方針|仕様書|説明書|資料|について)$|^(?:service\s{1,3}level|terms|privacy|security|data\s{1,3}processing)\b|\b(?:agreement|terms|policy|addendum|whitepaper)$/i);

// Common words of a page title ("Data", "Backups & Data", "サーバー"): a name made only of them names no product.
const COMMON_WORDS = new Set(
  (
    'data backup backups security trust support privacy compliance cloud service services platform overview handling storage retention deletion policy ' +
    'information personal protection infrastructure operations system systems server servers network help faq the our your and of for on in what is how ' +
    'データ バックアップ セキュリティ サポート プライバシー クラウド サービス プラットフォーム システム サーバ サーバー ネットワーク インフラ ' +
    'ライフサイクル ログ アカウント ストレージ'
  ).split(' '),
);
// A title cut short leaves a joiner or a function word at its end: "Trust &", "What is your policy on".
const UNFINISHED = /(?:[&+・、,:;\-]|\b(?:and|or|of|on|for|to|the|your|our|in|is)|[のとにでをはが])$/i;

function clean(name: string | undefined): string | undefined {
  const trimmed = name?.replace(/^[\s「『"“]+|[\s」』"”]+$/g, '');
  if (!trimmed || trimmed.length < MIN_NAME || trimmed.length > MAX_NAME || GENERIC.test(trimmed) || UNFINISHED.test(trimmed)) return undefined;
  // A name has a letter or a kana; it is not a rule of dashes nor a run of common words.
  if (!/[\p{L}]/u.test(trimmed)) return undefined;
  const words = trimmed.toLowerCase().split(/[\s&・/]+|(?<=[ァ-ヺー])(?=[一-龠])|(?<=[一-龠])(?=[ァ-ヺー])/).filter(Boolean);
  if (words.every((word) => COMMON_WORDS.has(word) || /^[一-龠々]+$/.test(word))) return undefined;
  return trimmed;
}

function firstMatch(regex: RegExp, text: string): string | undefined {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const name = clean(m[1]);
    if (name) return name;
  }
  return undefined;
}

/** The name in a whitepaper's title, without the words that say it is a whitepaper. */
export function serviceNameFromTitle(title: string): string | undefined {
  const line = title.trim().slice(0, 200);
  const quoted = /[「『]([^」』]{3,40})[」』]/.exec(line)?.[1];
  if (quoted) return clean(quoted);
  const plain = line.replace(BRACKETED, ' ').trim();
  const at = plain.search(TITLE_WORDS);
  // The name stands before the whitepaper words, or before the kind of document ("… サービス仕様書").
  const head = at > 0 ? plain.slice(0, at) : at === -1 && DOCUMENT_WORDS.test(plain) ? plain : '';
  const name = head.replace(DOCUMENT_WORDS, '').replace(TITLE_JOINERS, '');
  // What is left must look like a name, not a phrase.
  return /[。、,.]|\s{2}/.test(name) ? undefined : clean(name);
}

/** How often `word` stands in `text`, counting up to `cap`. */
function timesIn(text: string, word: string, cap: number): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1 && count < cap; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * The service name a whitepaper's text uses, or undefined when none stands
 * out. `text` is the body (at most its first 200,000 characters are read),
 * `title` the document's title if it has one.
 */
export function serviceNameFromText(text: string, title?: string): string | undefined {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const defined = firstMatch(DEFINITION_QUOTED, head) ?? firstMatch(DEFINITION_BARE, head);
  if (defined) return defined;
  const fromTitle = title === undefined ? undefined : serviceNameFromTitle(title);
  if (fromTitle) return fromTitle;
  // A title that is a name by itself ("Larkspur Forms" over "Security Whitepaper") when the text repeats it.
  const bare = title === undefined || /[。、,.:;!?]/.test(title) ? undefined : clean(title);
  if (bare && timesIn(head, bare, 3) >= 3) return bare;
  // A 「」 name the text repeats at least three times, the most frequent one.
  const counts = new Map<string, number>();
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(head); m; m = QUOTED.exec(head)) {
    const name = clean(m[1]);
    if (name && /^[ァ-ヺー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９ ]+$/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 2;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
