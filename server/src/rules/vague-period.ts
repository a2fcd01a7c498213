// "一定期間", "promptly": wording that sounds like a commitment where a number
// is owed. Reported when it is the provider's own commitment on a retention, deletion, notification
// or notice, and neither its sentence nor its section gives the number.
import { inLanguageOf, PERIOD } from './markers';
import type { ModelPart, ProseFact, SectionModel, WhitepaperModel } from '../model/whitepaper';
import { keptByPart } from '../model/placeIndex';
import { backupOwnership } from '../facts/backupOwner';
import { CUSTOMER_DATA, KEPT } from '../facts/leaving';
import { defineRule, type Report } from './rule';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';
import { commitmentOf } from '../facts/commitmentOf';
import { NOT_OF_A_CONTRACT } from '../facts/contractBreach';
import { namesOfCounts, opensWithSubjectVerb, providerNames, subjectNameCounts, type NameCounts } from '../facts/providerNames';
import { othersTime, ownWork, purposeRetention } from './periodsNotOwed';

const OWED = new Set(['deletion', 'data-return', 'backup-retention', 'backup-frequency', 'log-retention', 'incident-notification', 'change-notice']);

// A cadence is owed only where something recurs by promise: backups, and the updates on an open incident ("定期的に
// 状況を報告", "every 2 hours"). A change notice owes a lead time: "随時掲載する", "定期的な保守停止" say how often
// things happen, not how soon anyone hears of them.
const CADENCE_OWED = new Set(['backup-frequency', 'incident-notification']);
// "定期的な保守停止に関する事前連絡", "periodic maintenance": the cadence qualifies the event named after it, which recurs;
// "定期的な状況報告", "periodic status updates" are the notices themselves.
const QUALIFIES_NOUN = /な$|^periodic$/i;
// What an incident's updates are about: without one, a cadence of notices is how notices in general are sent
// (「当社からの通知は…随時行います」), which no period is owed for.
const INCIDENT = wordGaps(new RegExp(String.raw`インシデント|障害|事故|漏えい|漏洩|侵害|不正アクセス|状況|経過|進捗|\bincidents?\b|\bbreach${NOT_OF_A_CONTRACT}|\boutages?\b|\bdisruptions?\b|\bstatus\b|\bprogress\b`, 'i'));
// How far before a sentence the lines leading into it are read for the incident it is about.
const LEAD_IN = 240;
const NOTICE_NOUN = wordGaps(/^\s{0,2}(?:状況|経過|進捗)?(?:の)?(?:報告|連絡|通知|お知らせ|アップデート|更新)|^\s{1,3}(?:status\s{1,3})?(?:updates?|reports?|notices?|notifications?)\b/i);

/**
 * "We can hold the data after migration for a certain period of time", in a sentence on the end of the contract: a
 * length of keeping read from the contract's end in its own sentence is the provider's retention, though no word of
 * deleting names it. A deadline there ("解約後、速やかにアカウントを停止") may be about anything.
 */
const keptAfterTheContract = (fact: ProseFact) => fact.anchored === true && fact.vagueness === 'period';

/** An adjective of cadence before a noun that is not the notice: the event recurs, and the notice's timing is asked elsewhere. */
const recurringEvent = (fact: ProseFact, text: SourceText) => QUALIFIES_NOUN.test(fact.text) && !NOTICE_NOUN.test(text.slice(fact.span.end, fact.span.end + 24));

// Items the user deletes during use ("items in the trash are purged promptly"): no end of the contract, no period owed.
const TRASH = wordGaps(/ゴミ箱|ごみ箱|削除済み(?:アイテム|項目)|\btrash\b|\brecycle\s{1,3}bin\b|\bdeleted\s{1,3}items\b/i);
// A period of inactivity is a condition, not a promise ("一定期間ログインのないアカウント", "accounts inactive for a certain
// period may be suspended"): it says when something may happen to an account, not how long anything is kept.
const INACTIVE =
  wordGaps(/ログイン(?:が|の)?(?:ない|無い|されていない|されない|がなかった)|(?:ご)?(?:利用|使用|アクセス)(?:が|の)?(?:ない|無い|されていない|されない|がなかった)|未(?:使用|利用|ログイン)|休眠|無操作|\binactiv|\bdormant\b|\bunused\b|\bidle\b|\bnot\s{1,3}(?:been\s{1,3})?(?:used|accessed|active|signed|logged)\b|\bno\s{1,3}(?:one\s{1,3}has\s{1,3})?(?:activity|sign-?ins?|log-?ins?|used?)\b|\bnobody\s{1,3}has\s{1,3}(?:signed|logged|used)\b|\bwithout\s{1,3}(?:any\s{1,3})?(?:activity|use|sign-?ins?|log-?ins?)\b/i);
// How far on either side of the vague words the condition is read: "inactive for a certain period", "一定期間ログインのない".
const CONDITION_REACH = 30;

// A length the vague word says something is, as a condition ("休刊期間が短期間の場合は", "if the pause is only for a short
// period"): it says when a rule applies, not how long anything is kept or how soon anyone is told.
const IS_CONDITION = /^\s{0,2}(?:の|な|である|だ)?(?:場合|とき|時(?:は|に)|際|ならば|なら|であれば)/;

// A period within which something is not done, as a condition (「一定期間返答がない場合」, 「当社の定める期間内に登録取消の手続を
// とらなかった場合には…同意したものとみなします」): it says when a rule applies to the other party, not how long the provider
// keeps anything. 「…削除されない場合があります」 ("may not be deleted") states a case, not a condition.
const NOT_DONE_CONDITION = /^[^。、,.\n]{0,30}?(?:ない|無い|なかった|しない|しなかった|せず|なし)(?:場合|とき|時)(?!が?あ|もあ)/;

// The English of the same: "If it appears that the investigation will not be completed within a reasonable time, …".
const EN_NOT_DONE = wordGaps(/\b(?:not|never)\s{1,3}(?:be(?:en)?\s{1,3})?[a-z]{2,20}(?:ed|en)\s{1,3}$/i);
const EN_IF = wordGaps(/\b(?:if|unless|where|whether|in\s{1,3}case)\b/i);

/** The vague period is what a condition measures ("…が短期間の場合は", "一定期間返答がない場合", "if … not completed within a reasonable time"). */
const condition = (fact: ProseFact, text: SourceText) =>
  fact.vagueness === 'period' &&
  (IS_CONDITION.test(text.slice(fact.span.end, fact.span.end + 8)) ||
    NOT_DONE_CONDITION.test(text.slice(fact.span.end, fact.span.end + 40)) ||
    (EN_NOT_DONE.test(text.slice(Math.max(fact.sentence.start, fact.span.start - 40), fact.span.start)) && EN_IF.test(text.slice(fact.sentence.start, fact.span.start))));

// The provider keeping what the customer put in ("We hold customer data for as long as necessary", 「お客様のデータは必要な
// 期間保管します」): no topic of a log or a backup claims it, yet it is the data's retention, which a number is owed for.
// Kept is read with the deletion rule's own words (`KEPT`), so both rules agree on what keeping is.
/** A vague length no topic claims, in a sentence that keeps the customer's data. */
const keptData = (fact: ProseFact, text: SourceText) => {
  if (fact.topic !== 'other' || fact.vagueness !== 'period') return false;
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  return KEPT.test(sentence) && CUSTOMER_DATA.test(sentence);
};

// A period the provider gives the other party to put a breach right or to pay before it acts (「相当期間を定めた是正要求の後に」,
// 「相当期間を定めて支払を求めた上で」, 「催告後相当期間を経過しても」, "a reasonable period to cure"): the law's cure period, which
// the contract leaves to what is reasonable on purpose; it measures the other party's time, not how soon the provider acts.
const CURE_AFTER = wordGaps(/^\s{0,2}(?:を|の)?(?:定め|設け)(?:た|て)[^。\n]{0,20}?(?:催告|是正|履行|支払|求め|要求|請求)|^\s{1,3}(?:in\s{1,3}which\s{1,3})?to\s{1,3}(?:cure|remedy|rectify|pay)\b/i);
const CURE_BEFORE = /(?:催告|是正(?:の)?(?:要求|請求))(?:した)?(?:後|の後)(?:、)?$/;

// The law's own word for answering a person who asks to see, correct or stop the use of their personal data
// (「開示を求められたときは…遅滞なく開示を行います」, 「訂正等を行った場合…遅滞なく…通知します」): 個人情報保護法 words the reply so,
// and privacy policies copy it; the reply is owed to the person under the law, and no number is asked of it.
const STATUTORY = /遅滞なく|遅延なく/;
const PERSONS_REQUEST = /(?:開示|訂正|追加|削除|利用停止|利用の停止|消去|提供の停止)(?:等)?(?:を|の|又は|または|、)?[^。\n]{0,40}?(?:請求|求め|要請|申し?出|依頼)|(?:請求|求め|要請|申し?出)[^。\n]{0,60}?(?:開示|訂正|利用停止|利用の停止|消去)/;

/** 遅滞なく in the reply to a person's request about their personal data, said in the sentence or the lines leading into it. */
// A stop of the data's use (利用停止) is read as an outage's notice by its 停止: the incident words, not the topic, keep a
// breach notice out.
const statutoryReply = (fact: ProseFact, text: SourceText) =>
  STATUTORY.test(fact.text) &&
  !INCIDENT.test(text.slice(fact.sentence.start, fact.sentence.end)) &&
  PERSONS_REQUEST.test(text.slice(Math.max(0, fact.sentence.start - LEAD_IN), fact.sentence.end));

// The standard contractual clauses' parties ("the data importer agrees … to inform promptly the data exporter"): a
// DPA annexes the clauses as the law publishes them, word for word, so their "promptly" is no wording the provider chose
// or could put a number in.
const CLAUSES_PARTY = wordGaps(/\bdata\s{1,3}(?:importer|exporter)s?\b/i);

/** The vague period is one given to the other party to cure a breach or to pay. */
const curePeriod = (fact: ProseFact, text: SourceText) =>
  fact.vagueness === 'period' && (CURE_AFTER.test(text.slice(fact.span.end, fact.span.end + 40)) || CURE_BEFORE.test(text.slice(Math.max(fact.sentence.start, fact.span.start - 12), fact.span.start)));

// A notice of a third party's claim in an indemnity ("we will notify you promptly of any such claim", "provided that you
// give us prompt written notice of the claim", 「第三者から請求を受けた場合、当社は速やかにその旨を通知し」): it starts the
// defence of a lawsuit, whichever party gives it; it is no notice of a change or an incident, and no contract puts a
// number of days in it.
const OF_A_CLAIM = wordGaps(/^[^;；。\n]{0,60}?\bof\s{1,3}(?:the|any|such|an?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:claims?|lawsuits?|suits?)\b/i);
// In Japanese 請求 is also a person's request to see or delete their data (「削除請求を受けた場合、合理的な期間内に削除」),
// whose time is owed: only a third party's claim is one.
const CLAIM_RECEIVED = /第三者(?:から|より)[^。\n]{0,30}?(?:請求|訴訟|クレーム|異議|申立て?)(?:等)?(?:を受け|が(?:なされ|提起され|あっ))[^。\n]{0,40}$/;

/** The vague word times a notice of a claim against a party. */
const claimNotice = (fact: ProseFact, text: SourceText) =>
  fact.vagueness !== 'frequency' &&
  (OF_A_CLAIM.test(text.slice(fact.span.end, Math.min(fact.sentence.end, fact.span.end + 80))) ||
    CLAIM_RECEIVED.test(text.slice(Math.max(fact.sentence.start, fact.span.start - 80), fact.span.start)));

// The provider's answer to a person's request (a privacy request to see, correct or delete their data) given only a
// "reasonable" time (「本人確認の上、合理的な期間内に対応いたします」, 「合理的な範囲内で速やかに対応します」, "we respond to
// requests within a reasonable time"): the most open wording of a time the reader waits on, whatever the request is about.
// The law's own word (遅滞なく, "without undue delay") is left as the law words it.
const REASONABLE = /合理的|\breasonabl[ey]\b/i;
const ANSWERS = wordGaps(/対応|応じ|回答|\b(?:respond|answer|handl|fulfil|process|comply|act\s{1,3}on)/i);
const REQUESTED = wordGaps(/請求|求め|申し?出|ご?依頼|本人確認|ご連絡ください|お問い?合わせ|\brequests?\b|\b(?:verify|confirm)\s{1,3}(?:your|the\s{1,3}requester['’]s)\s{1,3}identity\b/i);

/** A "reasonable" time in which the provider answers a request, said in the sentence or the lines leading into it. */
const answersRequest = (fact: ProseFact, text: SourceText) => {
  if (fact.vagueness === 'frequency' || !REASONABLE.test(text.slice(Math.max(fact.sentence.start, fact.span.start - 12), fact.span.end))) return false;
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  return ANSWERS.test(sentence) && REQUESTED.test(text.slice(Math.max(0, fact.sentence.start - LEAD_IN), fact.sentence.end));
};

// What the reader's own browser or device keeps (a cookie, a form's draft in local storage: 「端末内の保存領域（ローカル
// ストレージ等）へ一時保存…この保存は一定期間で失効し」, "the cookie expires after a certain period"): the reader can clear it
// at will, and the provider keeps nothing of it, so no retention of the provider's is owed.
const ON_THE_DEVICE = wordGaps(/端末内|ローカルストレージ|ブラウザ(?:内|上|の保存)|クッキー|\blocal\s{1,3}storage\b|\b(?:your|the\s{1,3}user['’]s)\s{1,3}(?:browser|device)\b|\bcookies?\b/i);
// How far before the sentence its subject may be named ("…ローカルストレージへ一時保存します。この保存は一定期間で失効し").
const DEVICE_LEAD_IN = 120;

/** The vague period is how long the reader's browser or device keeps something. */
const onTheDevice = (fact: ProseFact, text: SourceText) =>
  fact.vagueness === 'period' && ON_THE_DEVICE.test(text.slice(Math.max(0, fact.sentence.start - DEVICE_LEAD_IN), fact.sentence.end));

/** The vague period measures how long an account lies unused, within its own sentence. */
const inactivity = (fact: ProseFact, text: SourceText) =>
  fact.vagueness === 'period' &&
  INACTIVE.test(text.slice(Math.max(fact.sentence.start, fact.span.start - CONDITION_REACH), Math.min(fact.sentence.end, fact.span.end + CONDITION_REACH)));

// "Promptly:" heading a list of steps is a label, not a promise.
const LABEL = /^\s{0,2}[:：]/;

// "At our discretion", 「当社の裁量により」: who decides whether to act, not how long anything takes; the sentence reserves a
// power and commits to no time, so no number is owed for it.
const DISCRETION = /裁量|判断|\bdiscretion\b/i;

/** A sentence of the standard contractual clauses, whose wording is the law's, not the provider's. */
const clausesParty = (fact: ProseFact, text: SourceText) => CLAUSES_PARTY.test(text.slice(fact.sentence.start, fact.sentence.end));

// The readings of a vague word that owe no number: the reader is not kept waiting on the provider by it.
const NO_NUMBER_OWED = [inactivity, condition, curePeriod, claimNotice, onTheDevice, statutoryReply, clausesParty, ownWork, othersTime, purposeRetention];

// The regime or party a sentence speaks for ("under the GDPR", "For customers in California", 「米国の州法が適用される場合」):
// a number given under one does not say how soon the other is told. A party only as the one told ("notify affected
// individuals", 本人への通知), a country only as its law: "Japanese customers", "personal data of individuals" name none.
const REGIME =
  wordGaps(/\b(?:UK\s{1,3})?GDPR\b|\bCCPA\b|\bCPRA\b|\bHIPAA\b|\bPIPEDA\b|\bLGPD\b|\bAPPI\b|\bEU\b|\bEEA\b|\bEurope(?:an)?\b|\bUnited\s{1,3}States\b|\bCalifornia\b|\bstate\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}laws?\b|\bJapan(?:ese)?\s{1,3}(?:law|laws|act|regulations?)\b|\blaws?\s{1,3}of\s{1,3}Japan\b|\bdata\s{1,3}subjects?\b|\b(?:notify|inform|tell|alert)\s{1,3}(?:the\s{1,3})?(?:affected\s{1,3})?individuals\b|個人情報保護法|電気通信事業法|欧州|米国|アメリカ|州法|カリフォルニア|日本国内|国内法|海外|(?:ご)?本人(?:へ|に対し|への|に通知|に連絡)/gi);

/** The regimes and parties a sentence names, normalised; empty when it names none. */
function regimesOf(sentence: string): ReadonlySet<string> {
  return new Set(Array.from(sentence.matchAll(REGIME), (m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
}

/** A number given under other regimes only: its sentence names some, none of those the vague sentence names. */
function otherRegime(vague: ReadonlySet<string>, given: ReadonlySet<string>): boolean {
  if (vague.size === 0 || given.size === 0) return false;
  for (const regime of given) if (vague.has(regime)) return false;
  return true;
}

/** What a fact promises: its topic, and for a log period the kind of log. */
const promise = (fact: ProseFact) => (fact.topic === 'log-retention' ? `log-retention/${fact.logKind === 'named' ? 'general' : (fact.logKind ?? 'general')}` : `${fact.topic}`);

export default defineRule({
  id: 'vague-period',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'Vague wording ("for a certain period", "promptly") where a period or time is owed.',
    ja: '期間や時間を示すべき箇所が「一定期間」「速やかに」などのあいまいな表現になっています。',
  },
  messages: {
    vague: {
      en: '"{text}" does not say how long: give a number and a unit (e.g. "30 days", "within 72 hours").',
      ja: '「{text}」では期間が分かりません。数値と単位で書いてください(例:「30日間」「72時間以内」)。',
    },
    replace: { en: 'Replace "{text}" with a marker for the number and unit', ja: '「{text}」を数値と単位の記入欄に置き換える' },
  },
  checkParts(document, _context, parts, startOf) {
    // "定期的にバックアップを取得しています" in an overview, the cadence in a table further down: a backup figure the
    // document gives anywhere answers the backups' vague wording (they are one regime).
    const backupsGiven = new Set<string>();
    const givenAt = backupsGivenIn.in(document, undefined, parts);
    for (let i = 0; i < parts.length; i++) for (const given of givenAt(i)) backupsGiven.add(given);
    const backups = [[...backupsGiven].sort().join(' ')];
    // The provider's names are an input only of a part that may ask for them, and read only when one does.
    let names: readonly string[] | undefined;
    const namesOf = () => (names ??= documentNames(document, parts, startOf));
    const asks = asksNames.in(document, document.text, parts);
    let withNames: readonly unknown[] | undefined;
    return {
      inputs(_part, _at, index) {
        if (!asks(index)) return backups;
        return (withNames ??= [backups[0], namesOf().join('\n')]);
      },
      check(part, report, text, index) {
        const namesFor = (sentence: string): readonly string[] => (asks(index) && LATIN_LETTER.test(sentence) ? namesOf() : NONE);
        eachSection(part.sections, (section) => checkSection(section, report, text, backupsGiven, namesFor));
      },
    };
  },
});

const NONE: readonly string[] = [];

// A name starts with a Latin capital, and commitmentOf matches it only as written (an ASCII letter matches only an
// ASCII letter, with or without case): a sentence without a Latin letter is read the same with or without the names.
// A part none of whose vague words is in such a sentence neither asks for them nor depends on them.
const LATIN_LETTER = /[A-Za-z]/;
const asksNames = keptByPart((part: ModelPart, text: SourceText): boolean => {
  let asks = false;
  eachSection(part.sections, (section) => {
    for (const fact of section.prose) if (!asks && fact.kind === 'vague' && LATIN_LETTER.test(text.slice(fact.sentence.start, fact.sentence.end))) asks = true;
  });
  return asks;
});

interface Segments {
  readonly text: SourceText;
  readonly startOf: (index: number) => number;
  readonly count: number;
}
interface SegmentNames {
  readonly counts: NameCounts;
  readonly opensWithVerb: boolean;
}
// The provider's names ("give ISRG prompt written notice": the reader's duty to the provider named) counted per segment
// and kept with its part, so a keystroke counts only the segments it touched.
const namesByPart = keptByPart((_part: ModelPart, segments: Segments, index?: number): SegmentNames => {
  const at = index ?? 0;
  const segment = segments.text.slice(segments.startOf(at), at + 1 < segments.count ? segments.startOf(at + 1) : segments.text.length);
  return { counts: subjectNameCounts(segment), opensWithVerb: opensWithSubjectVerb(segment) };
});

function documentNames(document: WhitepaperModel, parts: readonly ModelPart[], startOf: (index: number) => number): readonly string[] {
  const namesAt = namesByPart.in(document, { text: document.text, startOf, count: parts.length }, parts);
  const counts: NameCounts[] = [];
  for (let i = 0; i < parts.length; i++) {
    const read = namesAt(i);
    if (i > 0 && read.opensWithVerb) return providerNames(document.text.slice());
    if (read.counts.size > 0) counts.push(read.counts);
  }
  return namesOfCounts(counts);
}

/** The backup figures a part's sections give, as "topic:sense"; kept with the part, so a keystroke reads only its own. */
const backupsGivenIn = keptByPart((part: ModelPart): readonly string[] => {
  const found = new Set<string>();
  eachSection(part.sections, (section) => {
    for (const fact of section.prose) if (BACKUP_TOPICS.has(fact.topic ?? '') && fact.kind !== 'vague' && !fact.customerDuty) found.add(`${fact.topic}:${senseOf(fact)}`);
  });
  return found.size === 0 ? NONE : [...found];
});

const BACKUP_TOPICS = new Set(['backup-retention', 'backup-frequency']);

/** The sentence speaks only of backups the customer takes or keeps. */
function customersOwnBackups(sentence: string): boolean {
  const said = backupOwnership(sentence);
  return said.customers && !said.providers;
}

/** Whether a number answers a cadence or a length. */
const senseOf = (fact: ProseFact) => (fact.kind === 'frequency' || fact.vagueness === 'frequency' ? 'frequency' : 'period');

function eachSection(sections: readonly SectionModel[], visit: (section: SectionModel) => void): void {
  for (const section of sections) {
    visit(section);
    eachSection(section.sections, visit);
  }
}

// A section headed as the customer's part of a shared responsibility ("Customer Responsibilities", "Your
// responsibilities", 「お客様の責任」「利用者の実施事項」): its items ("Promptly notifying us of a compromised credential",
// "Report security concerns promptly") are the customer's duties, whatever their grammar.
const CUSTOMERS_PART =
  wordGaps(/\b(?:customer|client|user|tenant|subscriber)s?['’]?s?\s{1,3}(?:own\s{1,3})?(?:(?:security|data|privacy|account)\s{1,3})?(?:responsibilit(?:y|ies)|obligations|duties)\b|\byour\s{1,3}(?:own\s{1,3})?(?:responsibilit(?:y|ies)|obligations|duties)\b|\bwhat\s{1,3}you\s{1,3}(?:should|must|need\s{1,3}to)\s{1,3}do\b|(?:お客様|お客さま|利用者|ユーザー?|契約者|顧客)(?:側)?(?:の|が)?(?:責任|責務|義務|役割|実施事項|お願い|行うこと|実施すること)/i);

// A section headed as advice to the reader ("Best practices", "Recommendations", 「推奨事項」「ベストプラクティス」): its items
// ("Fetch records promptly", "Rotate keys regularly") are the reader's to follow at the reader's own pace.
const ADVICE_PART = wordGaps(/^\W{0,3}(?:(?:our|security|recommended)\s{1,3})?(?:best\s{1,3}practices?|recommendations?|tips)\b|ベストプラクティス|推奨(?:事項|設定|される(?:運用|設定))|おすすめの(?:運用|設定)/i);

// A heading that names the provider's part too ("お客様と当社の責任", "Shared responsibilities", "Our and your obligations").
const PROVIDERS_PART = /当社|弊社|事業者|提供者|双方|分担|共有|\b(?:our|we|provider['’]?s?|vendor['’]?s?|shared|joint|mutual)\b/i;

function checkSection(
  section: SectionModel,
  report: (r: Report<'vague' | 'replace'>) => void,
  text: SourceText,
  backupsGiven: ReadonlySet<string>,
  namesFor: (sentence: string) => readonly string[],
): void {
    if ((CUSTOMERS_PART.test(section.title ?? '') && !PROVIDERS_PART.test(section.title ?? '')) || ADVICE_PART.test(section.title ?? '')) return;
    // A number for the same promise in the section or in the same sentence says how long; the vague word is then only
    // wording. A number given under another regime or to another party does not answer it.
    // A cadence is answered by a frequency, a length or a deadline by a period.
    // Each number's sentence, read for its regimes only when a vague word under a regime asks.
    const given = new Map<string, string[]>();
    const give = (key: string, sentence: string) => {
      const list = given.get(key);
      if (list) list.push(sentence);
      else given.set(key, [sentence]);
    };
    const answered = (key: string, regimes: ReadonlySet<string>) => {
      const sentences = given.get(key);
      return sentences !== undefined && (regimes.size === 0 || sentences.some((g) => !otherRegime(regimes, regimesOf(g))));
    };
    for (const fact of section.prose) {
      // The regulator's number is not the customer's: "the authority within 72 hours and customers without undue delay".
      // Nor is the staff's report to their own security team.
      if (fact.kind === 'vague' || fact.customerDuty || fact.notice === 'authority' || fact.notice === 'internal') continue;
      give(`${promise(fact)}:${fact.kind === 'frequency' ? 'frequency' : 'period'}`, text.slice(fact.sentence.start, fact.sentence.end));
      // A number the sentence gives but no topic claims ("一定期間(最大30日間)") still says how long.
      if (fact.kind === 'duration') give(`@${fact.sentence.start}`, '');
    }
    for (const fact of section.prose) {
      // A report to an authority keeps the law's wording ("without undue delay"): it is owed to the regulator, not promised
      // to the customer; staff reporting "promptly" to their own security team is an internal step.
      if (fact.kind !== 'vague' || (fact.inferred && !keptAfterTheContract(fact)) || fact.customerDuty || fact.notice === 'authority' || fact.notice === 'internal' || fact.topic === undefined || !(OWED.has(fact.topic) || keptData(fact, text) || answersRequest(fact, text))) continue;
      const sense = fact.vagueness === 'frequency' ? 'frequency' : 'period';
      // "Download links as needed", "随時削除できます": data taken back or erased on demand has no cadence to owe either.
      if (sense === 'frequency' && (!CADENCE_OWED.has(fact.topic) || (fact.topic === 'incident-notification' && (recurringEvent(fact, text) || !INCIDENT.test(text.slice(fact.sentence.start, fact.sentence.end)))))) continue;
      // A period for logs in general answers every kind; one for the access log says nothing of the audit log.
      const regimes = regimesOf(text.slice(fact.sentence.start, fact.sentence.end));
      if (answered(`${promise(fact)}:${sense}`, regimes) || backupsGiven.has(`${fact.topic}:${sense}`) || (fact.topic === 'log-retention' && answered(`log-retention/general:${sense}`, regimes)) || given.has(`@${fact.sentence.start}`)) continue;
      if (LABEL.test(text.slice(fact.span.end, fact.span.end + 4)) || DISCRETION.test(fact.text) || NO_NUMBER_OWED.some((owesNone) => owesNone(fact, text))) continue;
      // A notice read as an incident's by its word of notifying alone ("The defaulting Party shall promptly notify the other
      // Party of an inability to perform … as a result of a Force Majeure Event"): neither its sentence, the lines that
      // lead into it ("If an incident affects Customer Data, we will:") nor its heading names an incident, so no notice
      // time of one is owed.
      if (fact.topic === 'incident-notification' && !fact.notice && !INCIDENT.test(section.title ?? '')) {
        const from = Math.max(section.bodySpan?.start ?? fact.sentence.start, fact.sentence.start - LEAD_IN);
        if (!INCIDENT.test(text.slice(Math.min(from, fact.sentence.start), fact.sentence.end))) continue;
      }
      if (fact.topic === 'deletion' && TRASH.test(text.slice(fact.sentence.start, fact.sentence.end))) continue;
      // "Regular backups let you roll back as needed", 「定期的なバックアップは…必要に応じて以前の状態に戻すことを可能にします」:
      // backups the customer takes with a feature, at the customer's own cadence; no period of the provider's is owed.
      if (BACKUP_TOPICS.has(fact.topic) && customersOwnBackups(text.slice(fact.sentence.start, fact.sentence.end))) continue;
      // Only the provider's own commitment owes a number: a contract party's, a subprocessor's or the customer's duty
      // ("The defaulting Party shall promptly notify the other Party"), a definition or a question promises nothing of it.
      const sentence = text.slice(fact.sentence.start, fact.sentence.end);
      if (commitmentOf(sentence, fact.span.start - fact.sentence.start, namesFor(sentence)) !== 'provider') continue;
      const marker = inLanguageOf(fact.text, PERIOD);
      report({ ...fact.span, messageId: 'vague', data: { text: fact.text }, fixes: [{ messageId: 'replace', data: { text: fact.text }, edits: [{ ...fact.span, text: marker }] }] });
    }
}
