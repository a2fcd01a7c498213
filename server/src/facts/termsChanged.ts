// A heading of the article in which the provider changes the terms themselves ("第6条（規約の変更）", 「本規約等の変更」,
// 「約款の変更」, "Changes to these Terms", "Terms of Service Changes"): the customer's contract rewritten, made known by
// posting or notice, of which change-notice asks a lead time only where it promises notice ahead (no change to the
// service itself: 12.1.2 only in passing, ruling R5 of the thirty-fifth session).
import { wordGaps } from '../core/wordGaps';

const TERMS_CHANGED = wordGaps(
  /(?:規約|約款)(?:等)?(?:の)?(?:内容の)?(?:変更|改定|改訂|改正)|\b(?:changes?|modifications?|amendments?|updates?|revisions?)\s{1,3}(?:to|of)\s{1,3}(?:(?:these|this|the|our)\s{1,3})?(?:terms|tos|agreement)\b|\bterms(?:\s{1,3}of\s{1,3}(?:service|use))?\s{1,3}(?:changes|updates|modifications|amendments)\b/i,
);

/** The words of a heading that name the terms changed, else undefined. */
export function termsChanged(heading: string): string | undefined {
  return TERMS_CHANGED.exec(heading.normalize('NFKC'))?.[0];
}
