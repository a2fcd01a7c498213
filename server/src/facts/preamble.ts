// A chapter's preamble: the sentence that says what the chapter's parts cover ("This document outlines the logging and
// monitoring requirements and practices for …", 「本章では、ログの管理について説明します」). It names their subject and
// states nothing of it, so the words it holds are no evidence that the chapter heading's own text tells the subject.
import { splitSentences } from './sentences';
import { wordGaps } from '../core/wordGaps';

const PREAMBLE = wordGaps(
  /^\s{0,8}(?:(?:this|the\s{1,3}following)\s{1,3}(?:document|section|chapter|page|part)\s{1,3}(?:outlines|describes|explains|sets\s{1,3}out|covers|summari[sz]es)\b|(?:本章|本節|本項|この章|この節)では)/i,
);

/** `body` without the preamble sentences it opens with. */
export function withoutPreamble(body: string): string {
  let from = 0;
  for (const { start, end } of splitSentences(body)) {
    if (!PREAMBLE.test(body.slice(start, end))) break;
    from = end;
  }
  return body.slice(from);
}
