// The customer's use lapsing or shrinking without a cancellation: payments
// failing until the account is suspended or deactivated ("a delinquent
// account", 「お支払いが滞った場合」), or a downgrade to a smaller plan whose
// quota the data outgrows. What the provider deletes then ("the account and all
// its data are deleted", 「古い動画から自動的に削除されます」) is what becomes of
// the customer's data when its use ends or shrinks: an auditor counts CLD.8.1.5
// there as at a cancellation. `facts/leaving.ts` reads a sentence that says the
// cancellation itself; a page on leaving says it once, in its title ("What
// happens to my data when I cancel?") or a sentence before ("If you terminate
// …, we keep your data 60 days. After this period we delete it."), and what
// follows deletes the data or gives it back in sentences that do not repeat it.
import { CUSTOMER_DATA, customerLeaves, DELETE_WORDS, DOWNGRADE, END_OF_CONTRACT, othersLeave, RETURN_WORDS, UNPAID } from '../facts/leaving';
import { splitSentences } from '../facts/sentences';
import { wordGaps } from '../core/wordGaps';

// The lapse in the words the prose rules read as leaving (`facts/leaving.ts`: non-payment, a downgrade), and the
// account suspended or deactivated, a payment collection failing and a move to a smaller plan besides.
const LAPSES = wordGaps(new RegExp(
  String.raw`${UNPAID}|${DOWNGRADE}|\b(?:deactivat|suspend)\w*\s+(?:(?:the|your|their|an?)\s+)?(?:\w+\s+)?accounts?\b|\baccounts?\s+(?:is|are|was|will\s+be|gets?|has\s+been)\s+(?:\w+\s+)?(?:suspended|deactivated)\b|\b(?:payments?|charges?)\s+(?:\w+\s+){0,4}?(?:go|goes|went)\s+unpaid|\bpast[- ]due\s+(?:\w+\s+)?balances?|\b(?:mov|switch|chang)\w*\s+(?:\w+\s+){0,2}?to\s+(?:a|the|your)\s+(?:smaller|lower|cheaper|free)\s+plan\b|(?:支払|決済|引き?落と)[^。\n]{0,12}(?:滞|でき(?:ない|ず|なかった)|失敗|確認でき)|アカウント(?:を|が|の)?(?:利用)?(?:停止|無効化|凍結)|(?:停止|無効化|凍結)(?:した|された|中の)アカウント|(?:小さな|安価な)(?:の)?プラン(?:へ|に)(?:の)?(?:変更|移行)`,
  'iu',
));

// What the customer paid for running out: a plan, package or subscription that expires ("after the cloud recording
// package expires"), the use ending as at a cancellation.
const PAID_TERM_EXPIRES = /\b(?:packages?|plans?|subscriptions?|licen[cs]es?)\s+(?:\w+\s+){0,2}?expir\w*|(?:プラン|パック|パッケージ|ライセンス)(?:の)?(?:有効)?期限(?:が)?(?:切れ|満了)/iu;
// Emptying the customer's store ("the system clears the video files", 「動画をクリア」) deletes what it held.
const CLEARS = /\bclear(?:s|ed|ing)?\b|クリア/iu;

// What a customer keeps in a service beyond the words of `CUSTOMER_DATA`: media, recordings, the account itself.
const HELD = /動画|録画|録音|音声|画像|アカウント|\bvideos?\b|\brecordings?\b|\bimages?\b|\bphotos?\b|\baccounts?\b/iu;

/** The use ends before its time: a lapse, or the customer leaving; not a member of staff leaving (退職者のアカウント). */
const useEnds = (text: string) => (LAPSES.test(text) || PAID_TERM_EXPIRES.test(text) || customerLeaves(text)) && !othersLeave(text);

/**
 * The sentence of `body` that deletes the customer's data when its account lapses or its plan shrinks, the lapse said in
 * that sentence; or that deletes it or gives it back (an export) when the use ends, the lapse or the leaving said once
 * in the title, the page's title (a one-question FAQ's question) or the sentence before it.
 */
export function deletedAtLapse(title: string, body: string, pageTitle = ''): string | undefined {
  // A section headed by staff leaving ("退職者が出た場合…") suspends and deletes their accounts, not the customer's data.
  if (othersLeave(title.normalize('NFKC'))) return undefined;
  const sentences = splitSentences(body).map(({ start, end }) => body.slice(start, end));
  const titled = useEnds(title.normalize('NFKC')) || useEnds(pageTitle.normalize('NFKC'));
  return sentences.find((sentence, i) => {
    const text = sentence.normalize('NFKC');
    if (!(CUSTOMER_DATA.test(text) || HELD.test(text)) || othersLeave(text)) return false;
    const before = titled || (i > 0 && useEnds(sentences[i - 1].normalize('NFKC')));
    return DELETE_WORDS.test(text) || CLEARS.test(text) ? before || LAPSES.test(text) || PAID_TERM_EXPIRES.test(text) : RETURN_WORDS.test(text) && before;
  });
}

/** The words that say the lapse or the leaving, for the reason shown beside the control. */
export function lapseWords(text: string): string | undefined {
  const folded = text.normalize('NFKC');
  return (LAPSES.exec(folded) ?? END_OF_CONTRACT.exec(folded))?.[0];
}
