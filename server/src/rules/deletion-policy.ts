// CLD.8.1.5: what a customer most needs to know about leaving a cloud service
// is when their data is deleted and how they get it back before that.
import { splitSentences, type Range } from '../facts';
import { LIST_ITEM } from '../facts/sentences';
import { allSections, factsFor } from '../model/sectionsFor';
import { keptWith } from '../model/keptWith';
import { keptIndex } from '../model/keptIndex';
import { append } from '../core/arrays';
import type { ProseFact, SectionModel, WhitepaperModel } from '../model/whitepaper';
import { defineRule, type Report } from './rule';
import { statementFix } from './statementFix';
import { bodyToSource, headedBy, placeOf } from './subjectPlace';
import type { SourceText } from '../core/sourceText';
import {
  aboutDataAtLeaving,
  accountLeaving,
  CUSTOMER_DATA,
  customerLeaves,
  DELETE_WORDS,
  deletesOnlyDuringUse,
  END_OF_CONTRACT,
  followsLeaving,
  KEPT,
  offersWayBack,
  PROVIDER_DELETES,
  RETURN_WORDS,
  saysWhatBecomesOfDataUnder,
  speaksOfLeaving,
} from '../facts/leaving';
import { wordGaps } from '../core/wordGaps';
import { commitmentOf } from '../facts/commitmentOf';

const TIMING = {
  sentence: { en: 'Customer data is deleted within {todo} days after the contract ends.', ja: 'ご契約の終了後{todo}日以内に、お客様のデータを削除します。' },
  key: 'deletion.after_termination',
};
const RETURN = {
  sentence: { en: 'Until it is deleted, customers can retrieve their data by {todo}.', ja: '削除までの間、お客様は{todo}によりデータを取り出せます。' },
  key: 'data.return',
};

// A deletion on a date rather than after a period: "翌月1日にデータを削除", "at the end of the billing period", and that
// date as a run-in label over the deletion ("After the end of the billing period: … are removed").
const DATED_DELETION =
  wordGaps(/^(?:after|at)\s{1,3}the\s{1,3}end\s{1,3}of\s{1,3}(?:the|your|its|their)\s{1,3}(?:billing\s{1,3}(?:period|cycle)|subscription(?:\s{1,3}(?:period|term))?|term|contract)\s{0,2}:[^\n]{0,200}\b(?:delet|eras|purg|remov)|(?:翌月|翌日|翌営業日|月末|末日|当日|同日)[^。\n]{0,20}(?:削除|消去|廃棄|抹消)|(?:削除|消去|廃棄|抹消)[^。\n]{0,20}(?:翌月|翌日|翌営業日|月末|末日|当日|同日)|\b(?:delet|eras|purg)\w{0,4}[^.\n]{0,40}\b(?:at|by|on)\s{1,3}the\s{1,3}(?:end|last\s{1,3}day|first\s{1,3}day)\s{1,3}of\s{1,3}(?:the|your|its|their|each)\s{1,3}(?:current\s{1,3}|last\s{1,3}|final\s{1,3}|paid\s{1,3})?(?:month|following\s{1,3}month|next\s{1,3}month|billing\s{1,3}(?:period|cycle)|subscription\s{1,3}(?:period|term)|term)/im);

// A deletion said only as a possibility ("data may be deleted after 30–90 days", "削除する場合があります", 「削除すること
// ができる」, "we reserve the right to delete"): no committed timing.
const HEDGED_DELETION =
  wordGaps(/\b(?:may|might|could)\s{1,3}(?:also\s{1,3})?(?:be\s{1,3})?(?:\w+\s{1,3})?(?:delet|eras|purg|remov|destroy)|\breserves?\s{1,3}the\s{1,3}right\s{1,3}to\s{1,3}(?:[^.\n]{0,160}?)\b(?:delet|eras|purg|remov|destroy)|(?:削除|消去|廃棄|破棄)(?:する|される|され|し)?(?:場合|こと)(?:が|も)(?:あります|あり|ある|ございます|でき)/i);

// A heading that names a procedure ("アカウント削除の手順", "How to cancel"): its steps name the cancellation, the data's
// fate is said elsewhere.
const PROCEDURE = wordGaps(/手順|方法|やり方|の仕方|には$|\bhow\s{1,3}to\b|\bsteps?\b|\binstructions?\b/i);

export default defineRule({
  id: 'deletion-policy',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'CLD.8.1.5 does not say when customer data is deleted after the contract ends, or how customers get it back first.',
    ja: 'CLD.8.1.5 に、契約終了後にデータをいつ削除するか、またはその前にどう取り出せるかの記載がありません。',
  },
  messages: {
    noTiming: {
      en: 'CLD.8.1.5: no deletion timing is given; say when customer data is deleted after the contract ends (e.g. "within 30 days").',
      ja: 'CLD.8.1.5: 削除の時期の記載がありません。契約終了後いつまでに利用者データを削除するか(例:「30日以内」)を書いてください。',
    },
    noReturn: {
      en: 'CLD.8.1.5: the text does not say how customers get their data back (export, return) before it is deleted.',
      ja: 'CLD.8.1.5: 削除の前に利用者がデータをどう取り出せるか(エクスポート、返却)の記載がありません。',
    },
    addTiming: { en: 'Add a sentence on when data is deleted, and facts: deletion.after_termination', ja: '削除の時期を述べる一文と facts: deletion.after_termination を追加' },
    addReturn: { en: 'Add a sentence on how customers retrieve their data, and facts: data.return', ja: 'データの取り出し方を述べる一文と facts: data.return を追加' },
  },
  checkDocument(document, report) {
    const { sections, prose, pinned, body } = factsFor(document, ['CLD.8.1.5']);
    if (sections.length === 0) {
      checkUnlabelled(document, report);
      return;
    }
    // A help page on clearing out files or logs during use ("■ログデータの削除" over 「FTPソフトやファイルマネージャから削除
    // することも可能です」), read as CLD.8.1.5 from its heading: the customer's own housekeeping, and the text never speaks
    // of leaving, so there is no fate of the data at the end of the contract to ask about.
    if (pinned.length === 0 && deletesOnlyDuringUse(body) && !allSections(document).some((s) => leavingSpoken(s))) return;
    // What happens to customer data at the end of the contract answers the question wherever the text says it:
    // a published text often says it under another heading ("Client data", "Retention").
    const labelled = new Set(sections);
    const elsewhere = endOfContractSentences(document).filter((a) => !labelled.has(a.section));
    const said = elsewhere.map((a) => a.section.body!.slice(a.sentence.start, a.sentence.end));
    // Cautions before the customer deletes their own account ("Before you delete your account", 「アカウント削除前のご注意」)
    // and a page titled as how to do it (「アカウントを削除する」, "How to delete your account") speak of the customer's own
    // operation, not of the provider's policy for the data: neither timing nor way back is owed there. A page about
    // account deletion (「アカウント削除について」, a retention policy) that the customer's own deletion starts still owes both.
    const ownAct = deletesOnlyOwnAccount(document) && (cautions(document, sections) || howTo(document, sections));
    const timed =
      ownAct ||
      prose.some((f) => timesDeletion(document, f, prose)) ||
      allSections(document).some((s) => !labelled.has(s) && leavingTimings(s, document.text).some((f) => timesDeletion(document, f, s.prose))) ||
      pinned.some((f) => f.key === 'deletion.after_termination') ||
      allSections(document).some((s) => datedDeletion(s));
    const returned =
      prose.some((f) => f.topic === 'data-return' && returnsData(document.text.slice(f.sentence.start, f.sentence.end))) ||
      pinned.some((f) => f.key === 'data.return') ||
      returnsData(body) ||
      said.some(givesBack) ||
      allSections(document).some((s) => waysBackIn(s).length > 0 || exportsData(s)) ||
      ownAct;
    if (timed && returned) return;
    // The finding sits where the text says what becomes of the data: at the heading of a section headed by deletion
    // that says so; else on the first sentence that says so, in these sections or under another heading (a page's title
    // lent to its first step, a help page's steps headed by the cancellation, terms whose article on the data deletes it
    // after the article on cancelling says only how to cancel); else at a heading of the leaving, or where these
    // sections speak of the end of the contract or of deleting.
    const says = (a: AboutSentence) => saysWhatBecomesOfDataUnder(a.section.title ?? '', a.section.body!.slice(a.sentence.start, a.sentence.end));
    const headedTelling = sections.filter(
      (s) => headedBy(s, 'deletion') && !PROCEDURE.test(s.title ?? '') && (aboutIn(s).some(says) || customerLeaves(s.body ?? '')),
    );
    // Of terms' several articles headed by the leaving (by the customer, by the provider, the data at the end), the one
    // that says what becomes of the data.
    const headedSaying = headedTelling.filter((s) => aboutIn(s).some(says));
    // A sentence that only offers the way back ("export before you cancel") tells less than one that deletes or keeps.
    // Under a heading of the leaving, what the customer is told to destroy ("you must destroy any copies you have made")
    // is no better place than that heading.
    const provider = (a: AboutSentence) => headedTelling.length === 0 || !ASKED_OF_CUSTOMER.test(a.section.body!.slice(a.sentence.start, a.sentence.end));
    // In an article headed by the leaving, the statement that says what becomes of the data owes the timing (ruling P1),
    // not a sentence before it that only says how to cancel; where the time is given, the heading owes the way back.
    const headedAbout = timed ? [] : headedSaying.flatMap((s) => aboutIn(s));
    const candidates = (headedSaying.length > 0 ? headedAbout : [...sections.flatMap((s) => aboutIn(s)), ...elsewhere]).filter((a) => says(a) && provider(a));
    const telling = mostTelling(candidates);
    const { section, span } = telling
      ? { section: telling.section, span: sentenceSpan(document, telling) }
      : // Where the time is given, what is missing is the way back, of which no sentence there speaks.
        placeOf(document, headedSaying.length > 0 ? headedSaying : headedTelling.length > 0 ? headedTelling : sections, 'deletion', [END_OF_CONTRACT, DELETE_WORDS], { unsaid: timed });
    if (!timed) report({ ...span, messageId: 'noTiming', fixes: [statementFix('addTiming', document, section, TIMING)] });
    if (!returned) report({ ...span, messageId: 'noReturn', fixes: [statementFix('addReturn', document, section, RETURN)] });
  },
});

/**
 * Whether a section deletes on a date (「翌月1日に削除」, "After the end of the billing period: … are removed"): the
 * timing, under whatever heading it stands. Kept with the section.
 */
const datedDeletion = keptWith((section: SectionModel) => DATED_DELETION.test(section.body ?? ''));

/** Whether a section (its title and body) names the customer leaving in any words; kept with the section. */
const leavingSpoken = keptWith((section: SectionModel) => speaksOfLeaving(`${section.title ?? ''}\n${section.body ?? ''}`));

/** What each section (its title and body, not the YAML's comments) says of leaving; kept with the section. */
const leavingIn = keptIndex((section: SectionModel) => accountLeaving(`${section.title ?? ''}\n${section.body ?? ''}`));

/** The text's sections leave only by the customer deleting their own account. */
function deletesOnlyOwnAccount(document: WhitepaperModel): boolean {
  const leaving = leavingIn.in(document);
  // One indexed loop, no list of every section's answer: it runs over every section on every edit.
  const count = allSections(document).length;
  let ownAccount = false;
  for (let i = 0; i < count; i++) {
    const said = leaving(i);
    if (said.otherwise) return false;
    if (said.ownAccount) ownAccount = true;
  }
  return ownAccount;
}

// A title that warns before an operation: "Before you delete your account", "Things to know before…", 「…前のご注意」.
const CAUTION_TITLE = wordGaps(/注意|前に|前の(?:確認|ご確認)|確認事項|\bbefore\s{1,3}(?:you\s{1,3})?(?:delet|clos|remov)|\bthings\s{1,3}to\s{1,3}(?:know|check|consider)\b|\bwhat\s{1,3}to\s{1,3}know\s{1,3}before\b/i);

// A title that tells how to delete one's own account: 「アカウントを削除する」「アカウントの削除方法」, "How to delete your
// account", "Delete your account".
const HOW_TO_TITLE = wordGaps(/(?:手順|方法|やり方|の仕方|するには)|(?:を|の)(?:削除|退会|解約)(?:する|します)(?:\s|[|｜]|$)|\bhow\s{1,3}(?:to|do\s{1,3}I)\b|^\W{0,3}(?:delet(?:e|ing)|clos(?:e|ing))\s{1,3}(?:your|an?|the|my)\s/i);

/**
 * The document is titled as how to delete one's own account, or every section asked is headed as such a step ("Delete
 * individual user data", "Delete your workspace data" on a page titled "Account & Data Deletion").
 */
function howTo(document: WhitepaperModel, sections: readonly SectionModel[]): boolean {
  const title = document.data.title;
  return (typeof title === 'string' && HOW_TO_TITLE.test(title)) || (sections.length > 0 && sections.every((s) => HOW_TO_TITLE.test(s.title ?? '')));
}

/** The document, or the sections asked, are titled as cautions before an operation. */
function cautions(document: WhitepaperModel, sections: readonly SectionModel[]): boolean {
  const title = document.data.title;
  return (typeof title === 'string' && CAUTION_TITLE.test(title)) || sections.some((s) => CAUTION_TITLE.test(s.title ?? ''));
}

// The customer asked to delete their own things first (「削除していただく必要があります」, "you should delete"): the
// provider's deletion, if the text says one, is in another sentence.
const ASKED_OF_CUSTOMER = wordGaps(/(?:して|を)(?:いただ|ください)|必要があります|\byou\s{1,3}(?:should|must|need\s{1,3}to|will\s{1,3}need\s{1,3}to|have\s{1,3}to)\b/i);

/**
 * The sentence the finding sits on: one that deletes or keeps the data rather than only offering the way back ("export
 * before you cancel"), and the provider's act rather than what the customer is asked to do.
 */
function mostTelling(about: readonly AboutSentence[]): AboutSentence | undefined {
  const words = (a: AboutSentence) => a.section.body!.slice(a.sentence.start, a.sentence.end);
  // A sanction clause (the provider's remedies when the customer breaches the terms: delete the data, suspend, cancel the
  // registration) is about remedies, not the customer's assets at the end (ruling P2): the data's fate is told elsewhere.
  const told = about.filter((a) => !SANCTION.test(words(a)));
  const among = told.length > 0 ? told : about;
  // The provider's deletion or hold ("Segment removes all data … within 30 days") tells the data's fate; a step of the
  // customer's own deleting before it ("select Delete to delete your account") does not.
  const fate = (a: AboutSentence) => !onlyReturns(words(a)) && !ASKED_OF_CUSTOMER.test(words(a));
  return (
    among.find((a) => fate(a) && (PROVIDER_DELETES.test(words(a)) || KEPT.test(words(a)))) ??
    among.find(fate) ??
    among.find((a) => !onlyReturns(words(a))) ??
    among[0]
  );
}

// The provider's remedies when the customer breaches the terms: 「以下の各号のいずれかに該当する場合は、…削除し…解除できます」,
// "if you breach these Terms, we may suspend or terminate your account and delete your content".
const SANCTION = wordGaps(/(?:各号|いずれか)[^。\n]{0,12}(?:該当|当たる|あたる)|違反|\bbreach\w*|\bviolat\w*|\bin\s{1,3}default\b/i);

function onlyReturns(sentence: string): boolean {
  return RETURN_WORDS.test(sentence) && !DELETE_WORDS.test(sentence) && !KEPT.test(sentence);
}

interface AboutSentence {
  readonly section: SectionModel;
  /** In the section's body. */
  readonly sentence: Range;
  /** Said as the step after the sentence before it, which the customer leaving starts. */
  readonly step?: boolean;
}

/** Sentences that say what becomes of customer data at the end of the contract: deleted, kept, returned. */
function endOfContractSentences(document: WhitepaperModel): AboutSentence[] {
  const about: AboutSentence[] = [];
  const said = aboutIn.in(document);
  const count = allSections(document).length;
  for (let i = 0; i < count; i++) append(about, said(i));
  return about;
}

/** A section's own such sentences: read on every edit, so kept with the section. */
const aboutIn = keptIndex((section: SectionModel): readonly AboutSentence[] => {
  const about: AboutSentence[] = [];
  if (section.body === undefined || !section.bodySpan || !speaksOfLeaving(`${section.title ?? ''}\n${section.body}`)) return about;
  let previous = '';
  for (const sentence of splitSentences(section.body)) {
    const words = section.body.slice(sentence.start, sentence.end);
    if (aboutDataAtLeaving(words, section.title)) about.push({ section, sentence });
    else if (followsLeaving(previous, words, section.title)) about.push({ section, sentence, step: true });
    previous = words;
  }
  return about;
});

// Said of the customer before they go: "before you cancel", "before you leave", "解約前に".
const BEFORE_LEAVING = wordGaps(/\bbefore\s{1,3}(?:you\s{1,3}|they\s{1,3}|the\s{1,3}customer\s{1,3})?(?:go|leave|cancel|close|terminat|unsubscrib|delet|end)|(?:解約|退会|契約終了|終了|削除)(?:の)?(?:前|まで)/i);

// The customer's own things, whatever the service calls them ("your notes", "their boards").
const THEIRS = wordGaps(/\b(?:your|their)\s{1,3}\w+|(?:お客様|利用者|ご自身)(?:の|が)/i);

// What else a deletion section lets the customer download or export: its logs, invoices, audit reports, certificates
// ("Audit reports can be downloaded from the portal", 「請求書は管理画面からダウンロードできます」, "Logs are exported to
// our SIEM"). Such a sentence is no way back for the customer's data unless it names their things too.
const OTHER_THINGS = /ログ|請求書|領収書|明細|レポート|報告書|証明書|監査|\blogs?\b|\binvoices?\b|\breceipts?\b|\breports?\b|\bcertificat|\baudit|\bSIEM\b/i;

// The data itself taken out, whatever it is written into ("export data into a PDF report", 「データをCSVでダウンロード」).
const DATA_TAKEN_OUT = wordGaps(/\b(?:export|download|retriev)\w{0,3}\s{1,3}(?:(?:all|the|your|their|its|account)\s{1,3})?(?:data|content|files|records)\b|(?:データ|ファイル)(?:を|の|一式を)(?:[^。\n]{0,10})?(?:エクスポート|ダウンロード|出力|書き出)/i);

// The customer bound to destroy or return what it holds ("Upon termination, Users shall destroy or return all such
// information", 「利用者は…破棄し、破棄できないものは返還する」): the confidentiality clause of terms, the provider's things
// going back, not the customer's data coming to them, unless the sentence names the customer's own data or a request for it.
const DESTROY_OR_RETURN = wordGaps(
  /(?:破棄|消去|廃棄)[^。\n]{0,40}(?:返還|返却)|(?:返還|返却)[^。\n]{0,40}(?:破棄|消去|廃棄)|\b(?:destroy|delete|erase)\w{0,3}\s{1,3}or\s{1,3}return|\breturn\w{0,3}\s{1,3}or\s{1,3}(?:destroy|delete|erase)/i,
);
const OWN_DATA_ASKED = wordGaps(/\brequest|要求|請求|申し出|申出|\b(?:your|their|its)\s{1,3}(?:own\s{1,3})?(?:data|content|files)\b|(?:お客様|利用者|契約者)(?:の|が)(?:保有する)?(?:データ|コンテンツ|ファイル)/i);

/** The sentence offers the customer a way back, and is no duty of theirs to hand back what they hold. */
function givesBack(sentence: string): boolean {
  return offersWayBack(sentence) && !(DESTROY_OR_RETURN.test(sentence) && !OWN_DATA_ASKED.test(sentence) && commitmentOf(sentence) === 'customer');
}

/** Some sentence of `body` gives the customer a way to get their data back, not some other document or record. */
function returnsData(body: string): boolean {
  if (!RETURN_WORDS.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return givesBack(sentence) && (THEIRS.test(sentence) || DATA_TAKEN_OUT.test(sentence) || !OTHER_THINGS.test(sentence));
  });
}

/**
 * A section's sentences that give the customer their data back as they leave, under any heading ("export your
 * projects from the dashboard before you cancel"). Read on every edit, so kept with the section.
 */
const waysBackIn = keptWith((section: SectionModel): readonly Range[] => {
  const body = section.body;
  if (body === undefined || !RETURN_WORDS.test(body)) return [];
  return splitSentences(body).filter(({ start, end }) => {
    const words = body.slice(start, end);
    return givesBack(words) && (CUSTOMER_DATA.test(words) || THEIRS.test(words)) && (customerLeaves(words) || BEFORE_LEAVING.test(words));
  });
});

// A part of its own on taking data out ("Data Export", 「データのエクスポート」, "Data portability", "Downloading backups", "How
// to download a report of your sent messages"): the way back is a feature of the service, offered whenever the customer wants it, leaving included.
const EXPORT_TITLE = wordGaps(/エクスポート|データ(?:の)?(?:返却|返還|取り出し|持ち出し|ダウンロード)|\b(?:data\s{1,3})?(?:exports?|portability)\b|\bdownload(?:ing)?\s{1,3}(?:(?:an?\s{1,3}(?:report|copy|export|archive)\s{1,3}of\s{1,3})?(?:your|all)\b|(?:backups?|data|archives?|exports?)\b)/i);

/**
 * The section is headed as taking data out, and its body gives the customer's data back, or its steps take out what the
 * heading names as the customer's ("How to download a report of your sent messages" over "Select Download this report
 * (CSV)"). Kept with the section.
 */
const exportsData = keptWith((section: SectionModel) => {
  const title = section.title?.slice(0, 200) ?? '';
  const body = section.body ?? '';
  return EXPORT_TITLE.test(title) && (returnsData(body) || (THEIRS.test(title) && RETURN_WORDS.test(body)));
});

/**
 * A section's periods stated in a sentence that counts from the customer leaving, under any heading ("削除タイミング:
 * アカウント削除操作から即時"): the answer, wherever it is given. Read on every edit, so kept with the section.
 */
const leavingTimings = keptWith((section: SectionModel, text: SourceText): readonly ProseFact[] =>
  section.prose.filter((f) => !f.customerDuty && customerLeaves(text.slice(f.sentence.start, f.sentence.end))),
);

/**
 * A period that says when customer data goes: its deletion, or how long it is kept after the contract ends. A lower
 * bound ("kept for at least 30 days"), a placeholder ("〇日"), a cadence ("monthly") or a deletion that only may happen
 * commits to no date.
 * `read` are the facts read with it (its sections'), to tell whether the sentence after it gives a period of its own.
 */
function timesDeletion(document: WhitepaperModel, fact: ProseFact, read: readonly ProseFact[]): boolean {
  // How often something recurs (a monthly subscription, a billing cycle) or how many copies are kept dates no deletion.
  // Nor does a period with no end ("after the Customer has permanently ceased to use the Services").
  if (fact.kind === 'vague' || fact.kind === 'indefinite' || fact.kind === 'frequency' || fact.kind === 'generations' || fact.qualifier === 'at-least' || fact.amount === 0) return false;
  const sentence = document.text.slice(fact.sentence.start, fact.sentence.end);
  if (HEDGED_DELETION.test(sentence)) return false;
  // A period that took deletion from its heading alone, in a sentence that neither deletes nor keeps anything, dates no
  // deletion when it is not counted from the leaving (a free trial's 14 days) or is how long the way back lasts
  // (「30日間は暫定解約状態（ダウンロードのみ可能）」), or is the customer's deadline counted back from the leaving
  // (「解約は次回更新日の2週間前までに手続き」); a grace period after cancelling still is the deletion's date.
  const datesNothing =
    fact.inferred &&
    !DELETE_WORDS.test(sentence) &&
    !KEPT.test(sentence) &&
    (!customerLeaves(sentence) || offersWayBack(sentence) || fact.relation === 'before' || OTHER_THAN_DATA.test(sentence));
  if (fact.topic === 'deletion' && !datesNothing) return true;
  if (fact.kind !== 'duration') return false;
  // Whatever the reader took its subject for ("delete the records within 60 days after termination"), a period in a
  // sentence that deletes at the customer's leaving is that deletion's timing.
  if (customerLeaves(sentence) && DELETE_WORDS.test(sentence)) return true;
  // A period counted from the leaving, and the next sentence deletes when it is over ("…30日間取り出せます。その期間の
  // 経過後、…削除します", "…for 30 days. After that period, it is erased").
  if (customerLeaves(sentence) && deletesWhenItEnds(nextSentence(document, fact.sentence.end), read)) return true;
  // The step after the leaving's: "When the account is closed, you can export for 14 days. After that, we delete them
  // and their backups within 21 days" (whatever the reader took the period's subject for).
  if (DELETE_WORDS.test(sentence) && THAT_PERIOD_ENDS.test(sentence) && !HEDGED_DELETION.test(sentence) && customerLeaves(previousSentence(document, fact.sentence.start).text)) return true;
  // Kept after the leaving for at most a while ("stored for up to 6 months", 「最長90日間保管」): gone by then.
  if (fact.qualifier === 'up-to' && customerLeaves(sentence) && KEPT.test(sentence)) return true;
  return (fact.relation === 'after' && END_OF_CONTRACT.test(sentence) && KEPT.test(sentence)) || (customerLeaves(sentence) && keptAsListed(document, fact.sentence.start));
}

// A list's lead that introduces what follows: 「退会後の保存期間は以下のとおりです。」, "we keep the following after you leave:".
const AS_FOLLOWS = wordGaps(/(?:以下|次|下記)の(?:とおり|通り)|\bas\s{1,3}follows\b|\bthe\s{1,3}following\b|[:：]\s*$/i);

/**
 * The list item at `start` stands under a lead that keeps what it lists ("退会後の保存期間は以下のとおりです。" over
 * "- 案件情報：退会後30日"): each item's period after the leaving is how long its data is kept.
 */
function keptAsListed(document: WhitepaperModel, start: number): boolean {
  const before = sentencesAround(document, start).filter((p) => p.end <= start);
  for (let i = before.length - 1; i >= 0; i--) {
    const { text } = before[i];
    if (LIST_ITEM.test(text)) continue;
    return AS_FOLLOWS.test(text) && KEPT.test(text);
  }
  return false;
}

// What else the leaving sets a time for: the customer's debts or fees due, a refund, the use suspended ("Customer will
// immediately pay all amounts due", 「直ちに利用を停止し、解約することができる」「債務の一切について…直ちに」).
const OTHER_THAN_DATA = wordGaps(/料金|債務|返金|支払|弁済|(?:利用|提供)(?:を|の)?(?:一時)?停止|\brefund|\bfees?\b|\bpa(?:y|ys|id|yable|yment|yments)\b|\bamounts?\s{1,3}(?:due|owed)\b|\bsuspen(?:d|ded|sion)\b/i);

// Words that point back to the period just given: 「その期間の経過後」「同期間満了後」, "after that period", "thereafter",
// and the day counted on from it ("On day 15, … deleted", 「15日目に削除」).
const THAT_PERIOD_ENDS =
  wordGaps(/(?:その|この|当該|同|上記の?|前記の?)期間(?:の|が)?(?:経過|満了|終了)|猶予期間(?:の|が)?(?:経過|満了|終了)?(?:後|以降)|\bafter\s{1,3}the\s{1,3}grace\s{1,3}period\b|(?:その|この)後|\d{1,3}日目|\bon\s{1,3}(?:the\s{1,3})?day\s{1,3}\d{1,3}\b|\bon\s{1,3}the\s{1,3}\d{1,3}(?:st|nd|rd|th)\s{1,3}day\b|\b(?:after|following|at\s{1,3}the\s{1,3}end\s{1,3}of|once|when)\s{1,3}(?:that|this|the|such)\s{1,3}(?:\w+\s{1,3})?(?:period|window|time)\b|\b(?:thereafter|after\s{1,3}that)\b/i);

/** The sentence deletes when the period before it ends, and gives no period of its own ("その後、一定期間を経過した時点で"). */
function deletesWhenItEnds({ text, start, end }: Placed, read: readonly ProseFact[]): boolean {
  return DELETE_WORDS.test(text) && THAT_PERIOD_ENDS.test(text) && !HEDGED_DELETION.test(text) && !read.some((f) => f.span.start >= start && f.span.end <= end);
}

/** A sentence of the source with where it stands. */
interface Placed {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A list item's number or bullet alone ("2."), which the sentence splitter leaves as a sentence of its own.
const MARKER_ONLY = /^\s*(?:\d{1,3}[.)]|[-*•・])?\s*$/;

/**
 * A section's sentences (past a list item's number), as ranges of its body: kept with the section, so they hold no
 * place of the source (a section an edit above moves keeps them).
 */
const bodySentences = keptWith((section: SectionModel): readonly Range[] => {
  const body = section.body ?? '';
  return splitSentences(body).filter((r) => !MARKER_ONLY.test(body.slice(r.start, r.end)));
});

/** The sentences of the section whose body holds the source offset `at`: a neighbour is read in its section's value, never across a key or a heading. */
function sentencesAround(document: WhitepaperModel, at: number): readonly Placed[] {
  const section = allSections(document).find((s) => s.bodySpan !== undefined && s.bodySpan.start <= at && at < s.bodySpan.end);
  if (!section) return [];
  const toSource = bodyToSource(document, section);
  return bodySentences(section).map((r) => ({ text: section.body!.slice(r.start, r.end), ...toSource(r) }));
}

/** The sentence after the one that ends at `end`, in its section, or an empty one at the section's end. */
function nextSentence(document: WhitepaperModel, end: number): Placed {
  return sentencesAround(document, end - 1).find((p) => p.start >= end) ?? { text: '', start: end, end };
}

/** The sentence before the one that starts at `start`, in its section, or an empty one at the section's start. */
function previousSentence(document: WhitepaperModel, start: number): Placed {
  return sentencesAround(document, start).filter((p) => p.end <= start).pop() ?? { text: '', start, end: start };
}

/** Where a sentence of a section's body sits in the source. */
function sentenceSpan(document: WhitepaperModel, { section, sentence }: AboutSentence): Range {
  return bodyToSource(document, section)(sentence);
}

/**
 * A text whose sections name no control still owes both answers once it says what happens to customer data at
 * the end of the contract: the finding sits on the first sentence that says so, in the section that holds it.
 */
function checkUnlabelled(document: WhitepaperModel, report: (r: Report<'noTiming' | 'noReturn' | 'addTiming' | 'addReturn'>) => void): void {
  // Data merely kept until the contract ends raises no question of its own here: only its deletion or return does.
  const about = endOfContractSentences(document).filter(
    ({ section, sentence, step }) => step || saysWhatBecomesOfDataUnder(section.title ?? '', section.body!.slice(sentence.start, sentence.end)),
  );
  if (about.length === 0) return;
  const sections = [...new Set(about.map((a) => a.section))];
  const prose = sections.flatMap((s) => s.prose.filter((f) => !f.customerDuty));
  const pinned = sections.flatMap((s) => s.facts);
  const { section } = about[0];
  const span = sentenceSpan(document, mostTelling(about)!);
  const ownAct = deletesOnlyOwnAccount(document) && (cautions(document, sections) || howTo(document, sections));
  const timed = ownAct || prose.some((f) => timesDeletion(document, f, prose)) || pinned.some((f) => f.key === 'deletion.after_termination') || allSections(document).some((s) => datedDeletion(s));
  if (!timed) report({ ...span, messageId: 'noTiming', fixes: [statementFix('addTiming', document, section, TIMING)] });
  const returned =
    prose.some((f) => f.topic === 'data-return' && returnsData(document.text.slice(f.sentence.start, f.sentence.end))) ||
    pinned.some((f) => f.key === 'data.return') ||
    sections.some((s) => returnsData(s.body ?? '')) ||
    allSections(document).some((s) => waysBackIn(s).length > 0 || exportsData(s)) ||
    ownAct;
  if (!returned) report({ ...span, messageId: 'noReturn', fixes: [statementFix('addReturn', document, section, RETURN)] });
}
