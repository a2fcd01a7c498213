// A terms article on the provider changing the terms themselves ("第6条（規約の変更）", 「本規約等の変更」,
// 「利用規約の改定」, 「約款の変更」) that says how the change is made known (通知, 告知, 周知, posted on the service):
// the terms are the customer's contract, and 27017's cloud guidance on 12.1.2 asks the provider to tell its customers
// of changes that could affect them. Counted on the given splits by the thirty-fourth session (one vote a document):
// of 33 terms with such an article, 11 annotate 12.1.2 on it (7 `controls`, 4 partial), 19 annotate 12.1.2 on the
// service-change article beside it (one line range a control), 3 not at all. "Changes to these Terms" already answers
// it through the heading's word "changes"; 「規約の変更」 has only 変更, a supporting word.
import { termsChanged } from '../facts/termsChanged';

const MADE_KNOWN = /通知|告知|周知|お知らせ|掲示|掲載|表示|公表|連絡/u;

/** The heading's words that name the terms changed, where the section says how the change is made known; else undefined. */
export function termsChange(heading: string, body: string): { words: string; notice: string } | undefined {
  const named = termsChanged(heading);
  const known = named === undefined ? null : MADE_KNOWN.exec(body.normalize('NFKC'));
  return named !== undefined && known !== null ? { words: named, notice: known[0] } : undefined;
}
