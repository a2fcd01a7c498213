// A promise to tell customers of a security incident or breach with a vague time ("REANNZ will promptly notify customers
// as we become aware of a data breach", "Vendor shall notify Customer without undue delay" of a Security Incident,
// 「漏えいが発生した場合、影響を受けるユーザーに速やかに通知」): ruling P6 owes its time wherever it is said, whatever
// heading or control the sentence stands under. A promise with no time word at all ("we will notify affected customers
// directly", 「個別に通知します」) leaves the time as open (P6 and Q4: required on every page kind).
import { extractFacts } from './extractFacts';
import { splitSentences } from './sentences';
import { commitmentOf } from './commitmentOf';
import { noticeKindOf } from './noticeKinds';
import type { Fact } from './fact';
import { wordGaps } from '../core/wordGaps';
import { NOT_OF_A_CONTRACT } from './contractBreach';

// Telling someone of an incident ("customers would be made aware"; not staff made aware of their duties); a report received
// from the customer ("報告を受けた場合") is no notice to them.
export const NOTIFYING = wordGaps(/(?:通知|報告|連絡)(?!を受|の受)|お知らせ|\bnotif|\binform(?:s|ed|ing)?\b|\bcommunicat|\b(?:are|is|be|been|get|gets)\s{1,3}told\b|\b(?:tell(?:s|ing)?|contact(?:s|ed|ing)?)\s{1,3}(?:you|your|customers?|the\s{1,3}(?:customer|account|owner|admin)|affected)\b|\blet\s{1,3}(?:you|customers?)\s{1,3}know\b|\b(?:you|customers?|users?|clients?)\s{1,3}(?:(?:will|would|shall|are|is|be)\s{1,3}){1,2}made\s{1,3}aware\b|\bmake\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,3}(?:\([^()\n]{1,40}\)\s{1,3})?aware\b/i);

/** Word of a breach, not of an outage or of whatever "必要に応じて通知" covers: what makes a lone promise one of 16.1.2. */
export const SECURITY_INCIDENT = wordGaps(new RegExp(String.raw`漏えい|漏洩|侵害|不正アクセス|セキュリティ(?:上の)?(?:インシデント|事故)|\bbreach(?:es)?\b${NOT_OF_A_CONTRACT}|\bsecurity\s{1,3}incidents?\b`, 'i'));

/** A notice to the customer promised with a vague time: a regulator's "without undue delay" is the law's wording, not the promise. */
export const vagueNotice = (f: Pick<Fact, 'kind' | 'topic' | 'customerDuty' | 'notice'>) =>
  f.kind === 'vague' && f.topic === 'incident-notification' && !f.customerDuty && f.notice !== 'authority' && f.notice !== 'internal';

// Those told: the customer, its users or the people whose data it is (a DPA's controller is the customer, ruling Q6).
const TO_CUSTOMERS = wordGaps(/お客様|お客さま|利用者|ユーザー?|会員|顧客|契約者|(?:ご)?本人|委託者|\byou\b|\bcustomers?\b|\busers?\b|\bclients?\b|\bsubscribers?\b|\bmembers?\b|\b(?:data\s{1,3})?controllers?\b|\bdata\s{1,3}exporters?\b|\baffected\s{1,3}(?:part(?:y|ies)|persons|people|individuals|account\s{1,3}holders)\b|\bdata\s{1,3}subjects?\b/i);

// The law's own notice, promised as the law asks and no more ("we will notify you and the authorities as required by law",
// 「法令に従い個人情報保護委員会及び本人に通知します」): optional under ruling Q4.
const AS_LAW_REQUIRES = wordGaps(/法令(?:に(?:従|基づ|定め)|上|の定め)|個人情報保護法|\b(?:as|where|when)\s{1,3}required\s{1,3}by\s{1,3}(?:applicable\s{1,3})?(?:law|regulations?)\b|\bin\s{1,3}accordance\s{1,3}with\s{1,3}(?:applicable\s{1,3})?(?:laws?|regulations?)\b|\brequired\s{1,3}(?:to\s{1,3}do\s{1,3}so\s{1,3})?by\s{1,3}(?:applicable\s{1,3})?law\b/i);

/** `sentence` is the provider's promise to tell the customer or its people of a breach, whatever its time. */
const promisesToCustomers = (sentence: string) =>
  NOTIFYING.test(sentence) && SECURITY_INCIDENT.test(sentence) && TO_CUSTOMERS.test(sentence) && noticeKindOf(sentence) !== 'authority' && commitmentOf(sentence) === 'provider';

/**
 * `sentence` is the provider's promise to tell the customer or its people of a breach and names no time at all, not even
 * a vague one (`facts`, what the prose reader found in it): "we will notify affected users by email", 「本人に通知します」.
 */
export function promisesBreachNoticeWithNoTime(sentence: string, facts: readonly Pick<Fact, 'kind'>[]): boolean {
  return promisesToCustomers(sentence) && !facts.some((f) => f.kind === 'duration' || f.kind === 'immediate' || f.kind === 'vague');
}

/** Some sentence of `body` promises a breach's notice with a vague deadline and no number of its own. */
export function promisesBreachNoticeWithoutTime(body: string): boolean {
  if (!NOTIFYING.test(body) || !SECURITY_INCIDENT.test(body)) return false;
  const facts = extractFacts(body);
  // The sentences that give the notice a number of their own, read once: a long body holds thousands of facts.
  const timed = new Set(facts.filter((g) => g.kind === 'duration' && g.topic === 'incident-notification' && g.notice !== 'authority').map((g) => g.sentence.start));
  return facts.some((f) => vagueNotice(f) && f.vagueness === 'deadline' && !timed.has(f.sentence.start) && SECURITY_INCIDENT.test(body.slice(f.sentence.start, f.sentence.end)));
}

/**
 * Some sentence of `body` is the provider's promise to tell users or customers of a breach of their data, whatever its time,
 * other than the law's own notice (ruling Q4): "If a data breach affects your personal information, we will notify you",
 * 「セキュリティインシデントが発生した場合、影響を受けるユーザーに通知します」. Where a section on incidents owes the time
 * anyway, the finding still sits on the law's notice (`incident-notification`'s placement).
 */
export function promisesBreachNotice(body: string): boolean {
  if (!NOTIFYING.test(body) || !SECURITY_INCIDENT.test(body)) return false;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return promisesToCustomers(sentence) && !AS_LAW_REQUIRES.test(sentence);
  });
}
