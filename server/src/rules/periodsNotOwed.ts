// Vague words that stand where no period is owed to the customer (ruling P5): the pace of the provider's own work, a
// notice the customer or a third party gives, and a privacy policy's retention of personal data by its purpose, which
// the law words as "as long as necessary" (optional for annotators, so the rule leaves it).
import type { ProseFact } from '../model/whitepaper';
import type { SourceText } from '../core/sourceText';
import { wordGaps } from '../core/wordGaps';
import { speaksOfLeaving } from '../facts/leaving';

// Work the provider does on its own systems ("patches applied in a timely manner", "resolve incidents as soon as
// possible", 「速やかに復旧」): how fast it is done is an operations target, and the customer is owed only the notice of it.
const OWN_WORK = wordGaps(
  /\b(?:resolv|remediat|fix|mitigat|contain|recover|restor|investigat|patch|appl(?:y|ied|ies|ying)\b|install|revok|deprovision|disabl|triag)\w*|復旧|修正|是正|対処|封じ込|パッチ|適用|調査/i,
);
// A word that tells someone: where it is near, the vague word may time the telling.
const TELLS = wordGaps(/\bnotif|\binform|\btell|\balert|\bcommunicat|\blet\s{1,3}(?:you|customers?|users?)\s{1,3}know\b|\bupdates?\s{1,3}(?:you|customers?)\b|通知|連絡|報告|知らせ|周知|公表|告知/i);
// How far before the vague word its act is read ("and resolve and determine impact as soon as possible").
const ACT_REACH = 40;

// What the provider removes from its own staff or keeps no longer (「不要になった権限は速やかに削除」, 「不要になった情報の
// 速やかな削除」 as a measure, a worker erasing a working copy after use): no customer's assets at the end of a contract.
const ACCESS = wordGaps(/権限|アクセス権|アクセス許可|\bpermissions?\b|\baccess\s{1,3}(?:rights|privileges)\b|\bprivileges\b/i);
const NO_LONGER_NEEDED = wordGaps(/不要(?:に|と)な(?:った|る|り)|利用後|使用後|\bno\s{1,3}longer\s{1,3}(?:needed|required|necessary)\b/i);
const STAFF = wordGaps(/作業者|従業(?:員|者)|担当者|職員|委託先の?作業者|\b(?:staff|employees?|personnel|workers?|contractors?)\b/i);

/** The vague deadline times the provider's own work, not a notice or the customer's data at the end of the contract. */
export function ownWork(fact: ProseFact, text: SourceText): boolean {
  if (fact.vagueness !== 'deadline') return false;
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  if (fact.topic === 'deletion') {
    if (speaksOfLeaving(sentence)) return false;
    return ACCESS.test(sentence) || NO_LONGER_NEEDED.test(sentence) || STAFF.test(sentence.slice(0, 20));
  }
  const before = text.slice(Math.max(fact.sentence.start, fact.span.start - ACT_REACH), fact.span.start);
  return OWN_WORK.test(before) && !TELLS.test(sentence);
}

// A notice the other party gives (the customer "upon reasonable notice" before an audit, the user withdrawing consent
// "with reasonable notice") or a request of law enforcement's: the time is theirs to keep.
const NOTICE = /予告|通知|\bnotice\b/i;
const AUDIT = wordGaps(/監査|立入|\baudit(?:s|ed|ing)?\b|\binspect\w*/i);
const OTHERS_OPEN = wordGaps(/^\W{0,4}(?:[\d.]{1,8}\s{1,3})?(?:you|the\s{1,3}customer|customers?|users?)\s{1,3}(?:may|can|must|shall|should)\b|^\W{0,4}(?:お客様|利用者|ユーザー?|契約者)(?:は|が)/i);
const LAW_ENFORCEMENT = wordGaps(/\blaw\s{1,3}enforcement\b|\bgovernment(?:al)?\s{1,3}(?:agenc|authorit)|捜査機関|警察/i);
const TELLS_CUSTOMER = wordGaps(/\b(?:notify|inform|tell|alert)\s{1,3}(?:you|customers?|the\s{1,3}customer|users?)\b|(?:お客様|利用者|ユーザー?|契約者)(?:へ|に)[^。\n]{0,12}(?:通知|連絡)/i);

/** The vague word times a notice of the customer's or a third party's, or a request of law enforcement's. */
export function othersTime(fact: ProseFact, text: SourceText): boolean {
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  if (fact.vagueness === 'period' && NOTICE.test(fact.text) && (AUDIT.test(sentence) || OTHERS_OPEN.test(sentence))) return true;
  // The authority is the one that acts when it is named before the vague word ("we ask law enforcement agencies to … in a
  // timely manner"); named after it, it is only the law the provider's own act yields to ("… unless required by a
  // governmental authority").
  return LAW_ENFORCEMENT.test(text.slice(fact.sentence.start, fact.span.start)) && !TELLS_CUSTOMER.test(sentence);
}

// "As long as necessary" said of a purpose (「利用目的の達成に必要な期間」, 「注文管理に必要な期間のみ保持」, "for as long as
// necessary to fulfil the purposes"), or as one principle in a list ("Keeping data only for as long as necessary").
const NECESSITY = /必要|\b(?:necessary|needed|required)\b/i;
const PURPOSE = wordGaps(/目的|\bpurposes?\b|\bfor\s{1,3}which\b/i);
const FOR_A_PURPOSE_JA = /[^\s、。のを]に必要な期間/;
const PRINCIPLE_ITEM = /^\W{0,4}[A-Z][a-z]{2,20}ing\b/;

/** The vague length is the storage-limitation wording of a retention by purpose, or a principle in a list. */
export function purposeRetention(fact: ProseFact, text: SourceText): boolean {
  if (fact.vagueness !== 'period' || !NECESSITY.test(fact.text)) return false;
  const sentence = text.slice(fact.sentence.start, fact.sentence.end);
  if (speaksOfLeaving(sentence)) return false;
  return PURPOSE.test(sentence) || FOR_A_PURPOSE_JA.test(text.slice(Math.max(fact.sentence.start, fact.span.start - 8), fact.span.end)) || PRINCIPLE_ITEM.test(sentence);
}
