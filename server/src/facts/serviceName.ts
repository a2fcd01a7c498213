// The service's name as a published whitepaper writes it, for a text that has
// no `service.name`: the name a definition introduces ("サンプルクラウド(以下
// 「本サービス」という。)", 'Example Forms (the "Service")'), else the title
// without its whitepaper words ("サンプルクラウド セキュリティホワイトペーパー"),
// else a 「」 name the text repeats. Pure and linear: every pattern is bounded.

const MAX_NAME = 40;
const MIN_NAME = 3;

// The alias a definition gives: 本サービス, 当サービス, the Service, "Platform"…
const ALIAS = String.raw`(?:以下、?\s{0,2}[「『"“](?:本|当)?[^」』"”\n]{1,20}[」』"”]|(?:[Hh]ereinafter|[Tt]he)\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3})?["“][A-Za-z ]{1,20}["”])`;
const DEFINITION_QUOTED = new RegExp(String.raw`[「『"“]([^」』"”\n]{${MIN_NAME},${MAX_NAME}})[」』"”]\s{0,2}[(（]\s{0,2}${ALIAS}`, 'g');
// Unquoted: the run of name characters (Latin, katakana, kanji, digits, a few joiners) right before the parenthesis.
const DEFINITION_BARE = new RegExp(String.raw`([A-Z0-9][A-Za-z0-9&.+\-]{0,20}(?: [A-Z0-9][A-Za-z0-9&.+\-]{0,20}){0,3}|[ァ-ヺー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{${MIN_NAME},${MAX_NAME}})\s{0,2}[(（]\s{0,2}${ALIAS}`, 'g');

// Where a title's whitepaper words start: the name stands before them.
const TITLE_WORDS = /(?<=[\sのにる・]|^)(?:クラウド\s{0,2})?(?:情報\s{0,2})?セキュリティ|(?:情報\s{0,2})?セキュリティ|ホワイト\s{0,2}ペーパー|白書|ISO\/IEC|ISMS|\b(?:cloud\s{1,3})?(?:information\s{1,3})?security\b|\bwhite\s{0,2}paper\b/i;
const TITLE_JOINERS = /(?:\s|[-–—:|/・]|における|に関する|についての|の|向け|対応)+$/;

const QUOTED = /[「『]([^」』\n]{3,40})[」』]/g;
const GENERIC = /^(?:本|当)|^(?:クラウド)?サービス$|^(?:お客様|利用者|契約|規約|利用規約|個人情報|プライバシー)/;

function clean(name: string | undefined): string | undefined {
  const trimmed = name?.replace(/^[\s「『"“]+|[\s」』"”]+$/g, '');
  if (!trimmed || trimmed.length < MIN_NAME || trimmed.length > MAX_NAME || GENERIC.test(trimmed)) return undefined;
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
  const at = line.search(TITLE_WORDS);
  if (at <= 0) return undefined;
  const name = line.slice(0, at).replace(TITLE_JOINERS, '');
  // What is left must look like a name, not a phrase.
  return /[。、,.]|\s{2}/.test(name) ? undefined : clean(name);
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
