// The names an agreement gives its parties. A DPA or a 覚書 defines the
// provider as one party and calls it so in every clause: "Acme Inc.
// ("SUBPROCESSOR")", "Customer authorizes SUBPROCESSOR to Process …",
// 「株式会社…（以下「委託先」という。）」. Such a name is a party, not a topic: a
// clause that binds the "Supplier" or the 委託先 says nothing on managing
// suppliers, so the name is blanked before the words of a section are read.
import { wordGaps } from '../core/wordGaps';

// A definition: （以下「委託先」という。）, (hereinafter "Supplier"), ("Subprocessor"), (the “Vendor”).
const JA_DEFINED = /以下[、,]?\s*[「『]([^」』\n]{1,12})[」』]\s*(?:という|と(?:称|呼)|とする)/gu;
const EN_DEFINED = /\((?:hereinafter(?:\s+referred\s+to\s+as)?\s+|hereafter\s+|the\s+)?["“]([A-Z][A-Za-z-]{2,30})["”]\)/gu;
// A party written in capitals wherever a clause names it ("SUBPROCESSOR shall …"), twice at least in running text and
// once as the subject or the object of a party's verb, so an emphasised word ("NEVER") or an acronym is not taken.
const CAPITALS = /(?<![A-Za-z])[A-Z][A-Z-]{5,30}(?![A-Za-z])/gu;
const PARTY_VERB = /^\s+(?:shall|will|may|must|agrees?|authori[sz]es?|warrants?|represents?|undertakes?|acknowledges?|processes)\b|(?:\b(?:to|by|with|from)\s+)$/u;
// The service an agreement covers, defined by the name it is sold under: 「Acme クラウドバックアップ」（以下「本サービス」
// という。）, Acme Cloud Backup (the "Service"). A product named for its topic (a backup product, an asset register) is the
// thing sold: its name in the title, the preamble and every clause says what is bought, not a practice of the provider.
const JA_SERVICE = /[「『]?([^\s\p{sc=Hiragana}「」『』（）()、。,.]{2,40})[」』]?\s*[（(]\s*以下[、,]?\s*[「『](?:本|当)(?:サービス|製品|ソフトウェア|システム)[」』]/gu;
// Starting only where a word starts, each word bounded: "A-A-A-…" would otherwise be tried from every capital, to its end.
const EN_SERVICE = wordGaps(/(?<![\w-])((?:[A-Z][\w-]{0,40}\s{1,3}){0,4}[A-Z][\w-]{0,40})\s{0,3}\((?:the\s{1,3}|hereinafter\s{1,3})?["“](?:Service|Services|Product|Software|Platform)["”]\)/gu);

// A bare word for a service ("が提供するサービス（以下「本サービス」）", 「スマトル」サービス（以下「本サービス」）, "Software as a
// Service (the "Service")") names no product: blanking it would blank every サービスの変更 and サービスの停止 of the text.
const GENERIC_SERVICE = /^(?:クラウド)?(?:サービス|システム|ソフトウェア|アプリ(?:ケーション)?|プラットフォーム|製品)$|^(?:services?|software|platforms?|products?)$/iu;

// Names of the agreement itself or of what it covers ("Agreement", "Services", 「本契約」) are not parties.
const NOT_A_PARTY = /agreement|addendum|terms|contract|services?|data|dpa|契約|規約|約款|本/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The party names an agreement's text defines or writes in capitals inside its sentences, and the service it covers. */
export function partyNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(JA_DEFINED)) names.add(m[1]);
  for (const m of text.matchAll(EN_DEFINED)) names.add(m[1]);
  const inSentences = new Map<string, { count: number; party: boolean }>();
  for (const line of text.split('\n')) {
    // A line in capitals throughout is a heading; a party is named in capitals inside a sentence of lower-case words.
    if (!/[a-z]{3}/.test(line)) continue;
    for (const m of line.matchAll(CAPITALS)) {
      const seen = inSentences.get(m[0]) ?? { count: 0, party: false };
      inSentences.set(m[0], { count: seen.count + 1, party: seen.party || PARTY_VERB.test(line.slice(m.index! + m[0].length)) || PARTY_VERB.test(line.slice(0, m.index)) });
    }
  }
  for (const [word, { count, party }] of inSentences) if (count >= 2 && party) names.add(word);
  const services = [...text.matchAll(JA_SERVICE), ...text.matchAll(EN_SERVICE)].map((m) => m[1].trim()).filter((name) => !/^(?:the|this|our|本|当)/iu.test(name) && !GENERIC_SERVICE.test(name));
  return [...[...names].filter((name) => !NOT_A_PARTY.test(name)), ...services];
}

/**
 * A function that blanks the parties' names in a text with spaces, one for one, so offsets hold: a name as written, in
 * the singular (a heading "Sub-processors" over the clause on engaging them still names the topic), and not inside a
 * longer word (再委託先 is a subcontractor, whatever the parties are called).
 */
export function withoutPartyNames(text: string): (s: string) => string {
  const names = partyNames(text);
  if (names.length === 0) return (s) => s;
  const ascii = names.filter((n) => /^[\x00-\x7f]+$/.test(n)).map(escape);
  const other = names.filter((n) => !/^[\x00-\x7f]+$/.test(n)).map(escape);
  const pattern = new RegExp([...(ascii.length > 0 ? [`(?<![A-Za-z])(?:${ascii.join('|')})(?![A-Za-z])`] : []), ...(other.length > 0 ? [`(?<!\\p{sc=Han})(?:${other.join('|')})`] : [])].join('|'), 'gu');
  return (s) => s.replace(pattern, (m) => ' '.repeat(m.length));
}
