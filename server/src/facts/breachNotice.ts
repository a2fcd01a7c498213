// A promise to tell customers of a security incident or breach with a vague time ("REANNZ will promptly notify customers
// as we become aware of a data breach", "Vendor shall notify Customer without undue delay" of a Security Incident,
// 「漏えいが発生した場合、影響を受けるユーザーに速やかに通知」): ruling P6 owes its time wherever it is said, whatever
// heading or control the sentence stands under.
import { extractFacts } from './extractFacts';
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

/** Some sentence of `body` promises a breach's notice with a vague deadline and no number of its own. */
export function promisesBreachNoticeWithoutTime(body: string): boolean {
  if (!NOTIFYING.test(body) || !SECURITY_INCIDENT.test(body)) return false;
  const facts = extractFacts(body);
  // The sentences that give the notice a number of their own, read once: a long body holds thousands of facts.
  const timed = new Set(facts.filter((g) => g.kind === 'duration' && g.topic === 'incident-notification' && g.notice !== 'authority').map((g) => g.sentence.start));
  return facts.some((f) => vagueNotice(f) && f.vagueness === 'deadline' && !timed.has(f.sentence.start) && SECURITY_INCIDENT.test(body.slice(f.sentence.start, f.sentence.end)));
}
