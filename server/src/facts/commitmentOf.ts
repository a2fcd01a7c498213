// Who commits to what a sentence says: the provider (we, 当社, the Service, the provider's own name, or a statement in
// the document's own voice), the customer (you, お客様, 利用者 as the one who must act; an instruction to the reader), a
// third party (a contract party in general, a subprocessor, a cloud the service runs on, an authority, the law), or no
// one (a definition, an example, a question). A rule owes a number only for what the provider commits to: "The
// defaulting Party shall promptly notify the other Party", "Subprocessors must delete data promptly" and 「利用者は速やかに
// 通知するものとします」 promise nothing of the provider's. A DPA names the parties by their role (ruling Q6): the
// (Data) Controller, the Data Exporter and 委託者 are the customer, the (Data) Processor, the Data Importer and 受託者 the
// provider; a data subject's own acts are no more the provider's than the customer's. Pure; every pattern is bounded.
import { wordGaps } from '../core/wordGaps';

export type Committer = 'provider' | 'customer' | 'third-party' | 'none';

// The lead of a line before its words: markup kept from a page's source, a list mark, a clause number, a bold label.
const LEAD = String.raw`(?:<[^<>\n]{0,80}>\s{0,2}){0,4}(?:[-*•・●○■◆▪]\s{0,2}|[0-9０-９]{1,2}(?:\.[0-9]{1,2}){0,3}[.．)）]?\s{1,2}|[(（][0-9０-９a-z]{1,2}[)）]\s{0,2})?(?:\*\*[^*\n]{1,60}\*\*\s{0,2}[:：]?\s{0,2})?`;

// A question, a definition or an example states nothing anyone does.
const QUESTION = /[?？]\s{0,3}$|^\W{0,3}(?:Q\s{0,2}[.:：\d]|問\s{0,2}[.:：\d]|質問\s{0,2}[:：])|(?:ですか|ますか|でしょうか)\s{0,2}[。]?\s{0,3}$/i;
const DEFINITION = wordGaps(
  /^[^.。;]{1,80}?\b(?:means|refers\s{1,3}to|is\s{1,3}defined\s{1,3}as|shall\s{1,3}mean)\b|[」』"”]\s{0,2}(?:とは|は、?[^。]{1,60}をいいます|は、?[^。]{1,60}を指します)|^\W{0,3}[^\s。]{1,30}とは[、,]/i,
);
/** The sentence defines a term (「「履歴情報」とは…を指します」, "\"Usage Data\" means …"): it names things, and keeps or does none of them. */
export const definesTerm = (sentence: string) => DEFINITION.test(sentence);
const EXAMPLE = wordGaps(/^\W{0,3}(?:e\.g\.|for\s{1,3}example|for\s{1,3}instance|example\s{0,2}[:：]|例えば|たとえば|例\s{0,2}[:：])/i);

// One contract party named by its role ("the defaulting party", "the receiving party", 受領者, 相手方), an outside
// processor or the cloud the service runs on, an authority or the law: they act, not the provider. "Each party", 甲 and
// 乙 bind or may be the provider, and are not read as third parties.
const THIRD_EN = String.raw`(?:the\s{1,3})?(?:defaulting|affected|other|receiving|disclosing|breaching|non-breaching|terminating|indemnified|indemnifying|requesting)\s{1,3}part(?:y|ies)|(?:the\s{1,3})?(?:sub-?processors?|third[-\s]part(?:y|ies)(?:\s{1,3}(?:providers?|vendors?|services?))?|(?:cloud|hosting|infrastructure)\s{1,3}providers?|AWS|Amazon(?:\s{1,3}Web\s{1,3}Services)?|Google(?:\s{1,3}Cloud)?|Microsoft(?:\s{1,3}Azure)?|Azure|GCP|DigitalOcean|Cloudflare|(?:supervisory|competent|data\s{1,3}protection)\s{1,3}authorit(?:y|ies)|authorities|regulators?|law\s{1,3}enforcement|(?:applicable\s{1,3})?laws?|certificat(?:e|ion)\s{1,3}authorit(?:y|ies)|CAs?|recipients?|(?:the\s{1,3})?recipient|licensors?|resellers?|partners?)`;
const THIRD_JA = '(?:受領者|被開示者|開示者|相手方|委託先|再委託先|サブプロセッサ(?:ー)?|第三者|外部(?:事業者|業者|委託先)|監督(?:官庁|機関)|当局|関係機関|捜査機関|認証局|法令)';
// A DPA's roles (ruling Q6): the customer controls the data and exports it, the provider processes and imports it.
const CONTROLLER_EN = String.raw`(?:data\s{1,3})?controllers?|data\s{1,3}exporters?|data\s{1,3}subjects?`;
const CONTROLLER_JA = '(?<!再)委託者|データ輸出者|本人';
const PROCESSOR_EN = String.raw`(?:the\s{1,3})?(?:(?:data\s{1,3})?processor|data\s{1,3}importer)`;
const PROCESSOR_JA = '(?<!再)受託者|データ輸入者';
// The customer as the one who acts.
const CUSTOMER_EN = String.raw`(?:you|(?:the\s{1,3})?(?:customers?|users?|clients?|subscribers?|licensees?|tenants?|account\s{1,3}(?:owners?|holders?)|${CONTROLLER_EN}))`;
const CUSTOMER_JA = `(?:お客様|お客さま|(?:登録)?利用者|会員|ユーザー?|契約者|加入者|顧客|クラウドサービスカスタマ|${CONTROLLER_JA})`;
// The provider: its own words for itself; its name is given by the caller.
const PROVIDER_EN = String.raw`(?:we|our\s{1,3}(?:team|company|staff|engineers?|systems?|service|platform)|the\s{1,3}(?:company|provider|service|platform|vendor)|${PROCESSOR_EN})`;
const PROVIDER_JA = `(?:当社|弊社|当機構|当センター|当法人|運営者|本サービス|当サービス|事業者|${PROCESSOR_JA})`;

// What the customer's words as a subject are not: the customer's things the provider acts on ("Customer data is deleted").
const CUSTOMER_THINGS = String.raw`(?!\s{0,2}(?:data|information|content|files|records|accounts?|logs?|personal|backups?|notifications?|notices?|requests?)\b)`;
// A passive ("affected parties should be notified"): its subject is the one acted on, not the one who acts.
const DUTY_EN = String.raw`(?!\s{1,3}(?:must|shall|should|will|may|can|are|is)\s{1,3}(?:be|get)\s{1,3}[a-z]{2,20}(?:ed|en|wn)\b)\s{0,3}(?:(?:must|shall|should|need\s{1,3}to|needs\s{1,3}to|agrees?\s{1,3}to|(?:is|are)\s{1,3}(?:required|expected|obliged|obligated|responsible)|will\s{1,3}(?:promptly\s{1,3})?(?:notify|inform|report|give))\b|[a-z]{2,20}s\b)`;
// "The Customer agrees that within a reasonable time … Acme shall delete": what the customer agrees to is the clause
// after "that", whoever acts in it.
const AGREES_THAT = String.raw`(?!\s{1,3}(?:acknowledges?|agrees?|accepts?|understands?|consents?|recogni[sz]es?)(?:\s{1,3}and\s{1,3}[a-z]{2,12})?\s{1,3}that\b)`;
// A Japanese subject: a topic (は) or a subject (が) marker after the words; 「の」 and 「から」 make it a possessor or a source.
const TOPIC_JA = '(?:側)?(?:は|において|では)(?![^、。]{0,4}(?:場合|とき|際))';
const SUBJECT_JA = '(?:側)?(?:が|にて)(?![^、。]{0,30}(?:場合|とき|際|ため|なら))';

// The start of a clause: the sentence's own, a table cell's ("| Storage limitation | You must ensure …": a row is read as
// one sentence), after a semicolon or a conjunction, or after an opening "If …," clause.
const CLAUSE_START = wordGaps(new RegExp(String.raw`^${LEAD}|\|\s{0,3}|[;:]\s{1,3}|,\s{0,2}(?:(?:and|but|or|while|whereas)\s{1,3})?|\b(?:and|but|that|then)\s{1,3}`, 'gi'));

interface SubjectPatterns {
  readonly en: readonly { readonly who: Committer; readonly re: RegExp }[];
  readonly ja: readonly (readonly { readonly who: Committer; readonly re: RegExp }[])[];
  readonly toProvider: RegExp;
}

// The subject patterns for each set of the provider's names, made once: a text has one or two names, read on every edit.
const patternsOf = new Map<string, SubjectPatterns>();
function patternsFor(name: string): SubjectPatterns {
  let patterns = patternsOf.get(name);
  if (patterns === undefined) {
    patterns = {
      en: [
        { who: 'provider', re: wordGaps(new RegExp(String.raw`^(?:${PROVIDER_EN}${name})\b`, 'i')) },
        { who: 'customer', re: wordGaps(new RegExp(String.raw`^${CUSTOMER_EN}\b${CUSTOMER_THINGS}${AGREES_THAT}${DUTY_EN}`, 'i')) },
        { who: 'third-party', re: wordGaps(new RegExp(String.raw`^(?:${THIRD_EN})\b(?!['’])${DUTY_EN}`, 'i')) },
      ],
      // A topic (は) outranks a subject (が), which often names who acts in a clause of condition or reason.
      ja: [TOPIC_JA, SUBJECT_JA].map((mark) => [
        { who: 'provider' as const, re: new RegExp(`(?:${PROVIDER_JA}${name})${mark}`, 'g') },
        { who: 'customer' as const, re: new RegExp(`${CUSTOMER_JA}(?:自身|本人)?${mark}`, 'g') },
        { who: 'third-party' as const, re: new RegExp(`${THIRD_JA}${mark}`, 'g') },
      ]),
      toProvider: wordGaps(new RegExp(TO_PROVIDER_EN.replaceAll('{name}', name), 'i')),
    };
    patternsOf.set(name, patterns);
  }
  return patterns;
}

/** The subjects a sentence names, each with where it starts; English only at a clause's start, Japanese by its marker. */
function subjects(sentence: string, name: string): { who: Committer; at: number }[] {
  const found: { who: Committer; at: number }[] = [];
  const { en, ja } = patternsFor(name);
  for (const m of sentence.matchAll(CLAUSE_START)) {
    const at = m.index + m[0].length;
    const rest = sentence.slice(at, at + 160);
    const subject = en.find(({ re }) => re.test(rest));
    if (subject) found.push({ who: subject.who, at });
  }
  for (const marks of ja) {
    const marked = marks.flatMap(({ who, re }) => Array.from(sentence.matchAll(re), (m) => ({ who, at: m.index })));
    if (marked.length > 0) {
      for (const m of marked) found.push(m);
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

// Japanese without a subject: the predicate says whose it is. An instruction or request is the reader's; a polite
// statement of what is done is the provider's.
const READER_PREDICATE = /(?:て|で)(?:ください|下さい)|(?:ご|お)[一-龥]{1,4}(?:ください|下さい)|お願い(?:いたします|します)|いただく(?:よう|必要)|する必要があります|してはなりません|しなければなりません/;
// "Give ISRG prompt written notice", "notify us promptly", 「当社に速やかに通知」, "notify the Processor": the reader tells the provider.
const TO_PROVIDER_EN = String.raw`\b(?:give|send|provide)\s{1,3}(?:us{name})\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,3}(?:notice|notification|report)\b|\b(?:notify|inform|tell|contact)\s{1,3}(?:us{name}|${PROCESSOR_EN})\b(?!['’])`;
// "…during which you can contact us to arrange an export": the customer may write, and owes nothing.
const MAY_ASK = wordGaps(/\b(?:can|may)\s{1,3}(?:contact|notify|inform|tell|email|write\s{1,3}to)\s{1,3}us\b|(?:連絡|問い合わせ|申請|申し出)(?:いただけ|することができ|が可能)/i);
const TO_PROVIDER_JA = wordGaps(/(?:当社|弊社|運営者)(?:へ|に|まで|に対し)[^。\n]{0,16}?(?:連絡|通知|報告|申請|提出|届け?出|申し出)/);

/**
 * Who commits to the sentence's statement at `at` (an offset in it; its end when absent). `names` are the provider's
 * own names read from the text (its company or service name), matched as subjects like "we".
 */
export function commitmentOf(sentence: string, at = sentence.length, names: readonly string[] = []): Committer {
  const before = sentence.slice(0, Math.max(at, 0));
  if (QUESTION.test(sentence) || DEFINITION.test(sentence) || EXAMPLE.test(sentence)) return 'none';
  const named = names.filter((n) => n.length >= 2);
  const name = named.length === 0 ? '' : `|${named.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}`;
  const said = subjects(before, name);
  const last = said[said.length - 1];
  if (last !== undefined) {
    // The last subject before the place read says whose it is: 「お客様が退会した場合、当社は…削除します」 is the provider's.
    return last.who;
  }
  if ((patternsFor(name).toProvider.test(sentence) || TO_PROVIDER_JA.test(sentence)) && !MAY_ASK.test(sentence)) return 'customer';
  if (READER_PREDICATE.test(sentence)) return 'customer';
  // The document's own voice: "Data is deleted within 30 days", 「定期的にバックアップを取得しています」.
  return 'provider';
}
