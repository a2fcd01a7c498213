// A scheme a section only follows ("The platform is designed with SOC 2 Type II controls in mind", "aligned with ISO
// 27001", 「ISO/IEC 27001に準拠した管理」) is no independent review: nobody outside has looked. Under a heading that names
// the scheme ("SOC 2 対応", "ISO 27001"), 18.2.1 stands only where a sentence says it was certified or audited.
import { SCHEME, ownReview } from './ownReview';
import { splitSentences } from '../facts/sentences';

// A sentence that names a review: a scheme, a certificate, an attestation or an outside audit (not an audit log).
const NAMES_REVIEW = new RegExp(`${SCHEME.source}|\\bcertif|\\battest|\\baudit(?!\\s?(?:logs?|trails?|events?))|第三者認証|監査法人|外部監査`, 'iu');

// Followed, designed for or based on, not reviewed.
const FOLLOWED =
  /準拠|念頭|参考に|に沿(?:って|った)|に基づ(?:い|く)|を踏まえ|\baligned?\b|\bfollow(?:s|ing)?\b|\bin\s+mind\b|\bbased\s+on\b|\bdesigned\s+(?:to|with|around|for)\b|\bmodel(?:l)?ed\s+(?:on|after)\b|\bconsistent\s+with\b|\binspired\s+by\b/iu;

/** Whether every sentence of `text` that names a review only follows its scheme (and one does). */
export function reviewFollowedOnly(text: string): boolean {
  // Most sections name no review: they are not split into sentences (a section is read with all its subsections).
  if (!NAMES_REVIEW.test(text.normalize('NFKC'))) return false;
  const naming = splitSentences(text)
    .map(({ start, end }) => text.slice(start, end).normalize('NFKC'))
    .filter((sentence) => NAMES_REVIEW.test(sentence));
  return naming.length > 0 && naming.every((sentence) => FOLLOWED.test(sentence) && ownReview(sentence) === undefined);
}
