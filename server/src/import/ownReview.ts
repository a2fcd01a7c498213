// A sentence in which the provider says an outsider has reviewed its security: a certificate or attestation held
// ("Acme is certified as FedRAMP High", "We hold a SOC 2 Type II report", 「ISO/IEC 27001認証を取得済み」) or an audit
// by an independent firm ("audited every year by an independent auditor", 「監査法人による監査を受けています」). A page
// says it once, under whatever heading it keeps its news in (an overview, "About us", インフラ・サービス), and that
// sentence is the evidence 27017 asks for under 18.2.1. A standard only followed ("aligned with ISO 27001",
// 「ISO27001に準拠」), a certification still to come, or the host's certificates are no review of the provider's.
import { hostsReview } from './hostsReview';
import { reviewNotYet } from './reviewNotYet';

// A scheme an outsider certifies or attests against.
export const SCHEME =
  /ISO(?:\/IEC)?\s?270(?:01|17|18)|ISMS(?:クラウドセキュリティ)?認証|ISMAP|\bSOC\s?[123](?![0-9])|\bFedRAMP\b|\bPCI[\s-]?DSS\b|\bCSA\s+STAR\b|\bHITRUST\b|\bTISAX\b|\bBSI\s+C5\b/iu;

// The scheme's certificate, report or attestation held, or its audit passed.
const HELD_EN =
  /\b(?:certified|accredited|attested|audited|holds?|held|achieved|attained|obtained|maintains?|passed|completed|(?:has|have)\s+(?:received|earned))\b|\breports?\s+(?:is\s+|are\s+)?(?:available|issued)\b/iu;
const HELD_JA = /取得|認証を受け|認定を受け|登録(?:済|され|して)|監査を受け|報告書を(?:受領|取得|提供|開示)/u;

// An audit by someone outside the provider, named without a scheme.
const INDEPENDENT_AUDIT =
  /\b(?:audited|assessed|reviewed|examined)\b[^.\n]{0,40}?\b(?:independent|third[- ]party|external|outside)\s+(?:auditors?|audit\s+firms?|assessors?|firms?)\b|\b(?:independent|third[- ]party|external)\s+(?:auditors?|audit\s+firms?|assessors?)\s+(?:audits?|reviews?|assess(?:es)?|examines?)\b|\baudits?\b[^.\n]{0,20}?\bby\s+(?:an?\s+)?(?:independent|third[- ]party|external|outside)\b|監査法人(?:に|が|による)|(?:第三者機関|外部の?監査(?:人|機関))(?:に|が|による)[^。\n]{0,20}?(?:監査|審査|評価)/iu;

// Another company's review: a payment processor's ("Stripe, a PCI DSS Level 1 certified provider"), or one named after
// the review as its holder (「PCI DSS 認証を受けた Stripe」, 「ISO27001を取得したデータセンター」).
const OTHERS = /\b(?:Stripe|PayPal|Braintree|Adyen|payment\s+(?:processors?|providers?|gateways?))\b|決済(?:代行|事業者|会社)|(?:取得し|認証を受け|認定を受け|監査を受け)た(?![。、\s]|こと|と|ので|もの)/iu;

// A question asks and a requirement asks of someone else ("The provider must hold …", 「認証を取得していること」,
// "Do you hold a SOC 2 report?"): neither says a review took place.
const ASKS = /[?？]\s*$|(?:ですか|ますか|でしょうか)[。]?\s*$|\b(?:must|shall|should|is\s+required\s+to|are\s+required\s+to)\b|していること[。]?\s*$|(?:こと|事)を(?:求め|要件)/iu;

/** The words that show `sentence` states the provider's own independent review, or undefined. */
export function ownReview(sentence: string): string | undefined {
  if (reviewNotYet(sentence) || hostsReview(sentence) || OTHERS.test(sentence) || ASKS.test(sentence.trim())) return undefined;
  const audit = INDEPENDENT_AUDIT.exec(sentence);
  if (audit) return audit[0];
  const scheme = SCHEME.exec(sentence);
  if (!scheme) return undefined;
  const held = HELD_EN.exec(sentence) ?? HELD_JA.exec(sentence);
  return held ? `${scheme[0]} ${held[0]}` : undefined;
}
