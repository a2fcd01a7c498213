// The certifications of the cloud the service runs on ("Our hosting provider, AWS, holds ISO 27001 and SOC 2",
// 「基盤のデータセンターはISO 27001認証を取得」) are that provider's independent reviews, not the service's own: a
// security page cites them to borrow their weight, and an auditor still asks whether the service was reviewed (18.2.1).

import { REVIEW } from './reviewNotYet';

// The host named: a cloud by its name, or by what it is to the service (its infrastructure, hosting or cloud provider,
// the servers or data centres it rents, the platform "underlying" it).
const HOST =
  /\b(?:AWS|Amazon|Azure|Microsoft|Google\s+Cloud|GCP|Hetzner|DigitalOcean|Heroku|OVH\w*|Oracle\s+Cloud|IBM\s+Cloud|(?:infrastructure|hosting|cloud|iaas)\s+providers?|data\s*cent(?:er|re)s?|underlying)\b|データセンター|(?:クラウド|インフラ)(?:基盤)?(?:事業者|提供者|ベンダー)/iu;
// A review named, or the standards it holds to ("comply with key security standards").
const NAMES_REVIEW = new RegExp(`${REVIEW.source}|\\bcompl(?:y|ies|iant|iance)\\b|\\bstandards?\\b|準拠`, 'iu');
// The service's own voice: "we", "our company", 当社.
const OWN = /\bwe\b|\bwe'(?:re|ve)\b|\bour\s+(?:company|organi[sz]ation|team|service|platform|product)\b|当社|弊社|私たち/iu;

/**
 * Whether the reviews `text` names are its host's: a sentence names the host with a review or leads into a list, and
 * none names a review in the service's own voice without the host. A bare list of certificates is the host's list there.
 */
export function hostsReview(text: string): boolean {
  const sentences = text.split(/[。．!?！？\n]|\.(?:\s|$)/u);
  const naming = sentences.filter((sentence) => NAMES_REVIEW.test(sentence));
  // The host's sentence names the reviews or leads into their list ("Our hosting provider holds these reports:").
  const hosts = sentences.filter((sentence) => HOST.test(sentence) && (NAMES_REVIEW.test(sentence) || /[:：]\s*$/u.test(sentence)));
  return hosts.length > 0 && !naming.some((sentence) => !HOST.test(sentence) && OWN.test(sentence));
}
