// A terms article on the provider changing the service ("第16条（サービスの変更、中止及び終了）",
// 「サービス提供の中断・変更・終了」, 「本サービス等の内容の変更、終了」) that tells the customer beforehand (事前に通知, 予め
// 通知): 27017's cloud guidance on 12.1.2 asks the provider to inform its customers of changes that could affect the
// service, and the terms are where many providers commit to it. The corpus's annotations read such an article, where it
// says the notice, as answering 12.1.2 (4 terms) or touching it (6); the two left out say no notice. Its words
// reach no weight of the vocabulary: "サービス" and "変更" stand apart in the heading ("サービス提供の中断・変更").
// A suspension or an end alone (「サービスの中断・終了」) is the service's availability or its close, no change: an
// annotation counts one so only in passing, and the lead time the change-notice rule asks is for a change.

const CHANGED =
  /サービス(?:等)?(?:の)?(?:提供|内容)?(?:の)?(?:(?:中断|中止|停止|廃止|終了|追加)(?:等)?[、・,]?[\s\u3000]*(?:及び|および|又は|または|並びに|ならびに)?)*?変更(?!後)/u;
const TOLD = /通知|告知|周知|お知らせ|掲示|連絡/u;

/** The heading's words that name the service changed, where the section tells the customer of it; else undefined. */
export function serviceChange(heading: string, body: string): { words: string; notice: string } | undefined {
  const named = CHANGED.exec(heading.normalize('NFKC'));
  const told = named && TOLD.exec(body.normalize('NFKC'));
  return named && told ? { words: named[0], notice: told[0] } : undefined;
}
