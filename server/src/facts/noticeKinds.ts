// Incident promises come in kinds that rightly give different periods: a report to an authority (a regulator's
// 72 hours), the written report after the event (post-mortem, root cause), a breach notice and an outage notice.
// "We notify the authority within 72 hours and affected customers without undue delay" gives the customer no number.
// A claim settled "by settlement or compromise" and a party's "breach of this Agreement" expose no data: no breach.
// Staff reporting to their own security team first ("従業員は直ちに情報セキュリティ責任者へ報告", "staff alert the
// on-call engineer at once") is the provider's internal step, not word to the customer.
import { wordGaps } from '../core/wordGaps';
import { NOT_OF_A_CONTRACT } from './contractBreach';

export type NoticeKind = 'authority' | 'internal' | 'report' | 'breach' | 'outage';

const AUTHORITY = wordGaps(/当局|監督官庁|官公庁|警察|個人情報保護委員会|\bauthorit(?:y|ies)\b|\bsupervisory\b|\bregulators?\b|\bICO\b|\bCNIL\b|\bEDPB\b|\bInformation\s{1,3}Commissioner|\blaw\s{1,3}enforcement\b|\bGDPR\b|\bArt(?:icle|\.)\s{0,3}33\b|\bdata\s{1,3}protection\s{1,3}(?:commission|board|office)/i);
// The provider's own people told: its security officer, team, desk or on-call engineer, a manager, the CSIRT.
const INTERNAL =
  wordGaps(/(?:情報)?セキュリティ(?:管理)?責任者|(?:情報システム|セキュリティ)(?:部門|担当)|上長|上司|所属長|社内(?:の)?(?:窓口|関係者|関係部署)|CSIRT|\b(?:the|our|their|an?)\s{1,3}(?:on-?call\s{1,3}(?:security\s{1,3})?(?:engineer|team)|security\s{1,3}(?:team|officer|engineer|lead|operations|desk)|incident\s{1,3}(?:lead|commander|manager|response\s{1,3}team)|line\s{1,3}manager|supervisor|(?:privacy|compliance)\s{1,3}officer|CISO|CIO|CTO|CEO|DPO|SOC)\b/i);
// The customer's own report to its regulator, which the provider helps it meet ("to meet your own 72-hour obligation to
// notify the authority", "so that the controller can report within 72 hours", 「お客様が当局へ報告する期限」): the customer
// named there is the one who reports, and the hours are the authority's deadline, not how soon the customer hears. A
// controller's own duty to report ("a data controller must report a breach to the regulator within 72 hours") is the same.
const CUSTOMERS_OWN_REPORT =
  wordGaps(/\bso\s{1,3}(?:that\s{1,3})?(?:you|customers?|clients?|the\s{1,3}(?:customer|client|controller))\s{1,3}(?:can|may|are\s{1,3}able\s{1,3}to)\s{1,3}(?:meet|comply|fulfil|fulfill)\b|\b(?:data\s{1,3})?controllers?\s{1,3}(?:must|shall|(?:is|are)\s{1,3}required\s{1,3}to|ha(?:s|ve)\s{1,3}to)\s{1,3}(?:report|notify)\b|\b(?:your|the\s{1,3}customer['’]s|customers['’]|(?:the\s{1,3})?controller['’]s|clients?['’]s?)\s{1,3}(?:own\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:obligations?|duty|duties|deadlines?|requirements?)\b|\b(?:enable|help|assist|allow|support)\w{0,3}\s{1,3}(?:you|customers?|clients?|the\s{1,3}(?:customer|client|controller))\s{1,3}(?:to\s{1,3}|in\s{1,3})?(?:meet|meeting|comply|complying|fulfil|fulfill|notify|notifying|report|reporting)\b|\b(?:you|customers?|clients?|the\s{1,3}(?:customer|client|controller))\s{1,3}(?:must|shall|(?:are|is)\s{1,3}required\s{1,3}to|have\s{1,3}to|need\s{1,3}to)\s{1,3}(?:notify|inform|report\s{1,3}to)\s{1,3}(?:the\s{1,3}|your\s{1,3}|a\s{1,3})?(?:relevant\s{1,3}|competent\s{1,3})?(?:supervisory|authorit|regulator|data\s{1,3}protection)|(?:お客様|利用者|契約者)(?:が|による|ご自身が)[^。\n]{0,30}(?:当局|監督官庁|個人情報保護委員会)(?:へ|に)/i);
// A customer named as well ("当局及びお客様へ72時間以内に", "information to all the persons affected and to the relevant
// authorities") makes the period the customer's too.
const CUSTOMER = wordGaps(/お客様|利用者|顧客|契約者|ユーザ|(?:ご)?本人|\bcustomers?\b|\busers?\b|\byou\b|\bclients?\b|\bsubscribers?\b|\baccount\s{1,3}(?:owners?|admin)|\b(?:affected\s{1,3})?(?:persons|individuals|data\s{1,3}subjects)\b/i);
const REPORT = wordGaps(/報告書|書面(?:で|にて|による)(?:の)?(?:ご)?報告|詳細(?:な)?(?:報告|レポート)|最終(?:報告|レポート)|事後(?:報告|レポート)|原因(?:の)?(?:報告|分析|究明)|再発防止|\bpost-?mortems?\b|\broot[- ]cause\b|\bRCA\b|\b(?:final|detailed|written|full|incident)\s{1,3}reports?\b|\bpost-?incident\s{1,3}(?:reports?|reviews?)\b/i);
const BREACH = wordGaps(new RegExp(String.raw`漏えい|漏洩|流出|侵害|不正アクセス|\bbreach(?:es)?\b${NOT_OF_A_CONTRACT}|\bunauthori[sz]ed\s{1,3}(?:access|disclosure)\b|(?<!\bsettle(?:ment|d)?\s{1,3}(?:or|and)\s{1,3})\bcompromis|\bleak(?:s|ed|age)?\b`, 'i'));
const OUTAGE = wordGaps(/障害|停止|不具合|中断|\boutages?\b|\bdowntime\b|\bdisruptions?\b|\bunavailab|\bdegrad|\bservice\s{1,3}incidents?\b|\binterruptions?\b/i);
// Incidents of two names joined ("障害及び事故", "incidents and outages"): one promise for every incident.
const INCIDENT = String.raw`(?:障害|事故|インシデント|漏えい|漏洩|\bincidents?\b|\boutages?\b|\bbreach(?:es)?\b)`;
const JOINED = new RegExp(String.raw`${INCIDENT}\s{0,2}(?:及び|および|並びに|ならびに|又は|または|もしくは|や|と|・|、|,|/|\s(?:and|or)\s)\s{0,2}${INCIDENT}`, 'i');

// An authority as the last of a list that opens with customers ("reported to customers, consumers, data subjects and
// regulators without undue delay"): cut at its "and", the clause holding the period names the regulators alone, but the
// period is the customers' as well.
const LISTED_AFTER_CUSTOMERS = wordGaps(new RegExp(
  String.raw`(?:${CUSTOMER.source})(?:\s{0,2},\s{0,2}(?:[A-Za-z-]{1,20}\s{1,3}){0,2}[A-Za-z-]{1,20}){0,6}\s{0,2},?\s{1,3}(?:and|or|&)\s{1,3}(?:the\s{1,3})?(?:relevant\s{1,3}|competent\s{1,3}|appropriate\s{1,3})?(?:${AUTHORITY.source})`,
  'i',
));

/** `text` names an authority only as the last of a list of those told that opens with customers. */
export function authorityListedAfterCustomers(text: string): boolean {
  return LISTED_AFTER_CUSTOMERS.test(text);
}

/**
 * The kind of incident promise `text` (a clause, a sentence or a heading) names: an authority or the provider's own
 * people unless a customer is named too, then the written report, then a breach or an outage. Undefined when it names none of them, or a breach
 * and an outage together ("障害や情報漏えいが発生した場合"), or an outage and incidents at large ("障害及び事故"): that one
 * promise covers both.
 */
export function noticeKindOf(text: string): NoticeKind | undefined {
  if (AUTHORITY.test(text) && (!CUSTOMER.test(text) || CUSTOMERS_OWN_REPORT.test(text))) return 'authority';
  if (INTERNAL.test(text) && !CUSTOMER.test(text)) return 'internal';
  if (REPORT.test(text)) return 'report';
  if (JOINED.test(text)) return undefined;
  const breach = BREACH.test(text);
  const outage = OUTAGE.test(text);
  return breach === outage ? undefined : breach ? 'breach' : 'outage';
}

/** Whether `text` names a kind at all, a breach and an outage together included: a later, wider reading must not override it. */
export function namesNoticeKind(text: string): boolean {
  return AUTHORITY.test(text) || INTERNAL.test(text) || REPORT.test(text) || BREACH.test(text) || OUTAGE.test(text);
}

// What makes an incident one of security, not of availability: a breach, an attack, a security or personal-data word, or
// "incident" in English (where an outage is called an outage). インシデント and 事故 name outages as often as breaches.
const SECURITY = wordGaps(new RegExp(String.raw`${BREACH.source}|セキュリティ|個人情報|個人データ|ウイルス|マルウェア|攻撃|改ざん|改竄|\bsecurity\b|\bpersonal\s{1,3}(?:data|information)\b|\bmalware\b|\bvirus|\battack|\bransomware\b|\b(?<!service\s{1,3})incidents?\b`, 'i'));

/** `text` speaks of outages (a service stopped, restored, worked around) and of nothing that makes an incident one of security. */
export function onlyOutages(text: string): boolean {
  return OUTAGE.test(text) && !SECURITY.test(text);
}
