// A terms article on the provider changing, suspending or ending the service ("第16条（サービスの変更、中止及び終了）",
// 「サービス提供の中断・変更・終了」, 「本サービスの提供の停止等」, 「提供の中断」, "Modification of the Services", "Service
// Discontinuation"): 27017's cloud guidance on 12.1.2 asks the provider to tell its customers of changes to the cloud
// service that could affect them, and ruling R5 of the thirty-fifth session counts such an article as answering it,
// whatever it says of notice. Its words reach no weight of the vocabulary: "サービス" and "変更" stand apart in the heading
// ("サービス提供の中断・変更"). Off a terms document such a heading is read only where the section tells the customer
// (事前に通知, 予め通知). A user's own use stopped (利用停止, 利用制限) or a service stopped for unpaid fees is the
// customer's standing, not the service changing.

const CHANGED =
  /サービス(?:等)?(?:の)?(?:提供|内容)?(?:の)?(?:(?:中断|中止|停止|廃止|終了|追加)(?:等)?[、・,]?[\s\u3000]*(?:及び|および|又は|または|並びに|ならびに)?)*?変更(?!後)/u;
const STOPPED = /(?:サービス(?:等)?(?:の)?(?:全部|一部)?(?:の)?(?:提供)?|(?<!第三者)提供)(?:の)?(?:一時的な)?(?:中断|中止|停止|廃止|終了|休止)/u;
const CUSTOMER_STANDING = /利用(?:の)?(?:停止|制限)|滞納|未払|料金|解約|退会|個人情報|個人データ/u;
const EN_CHANGED =
  /\b(?:changes?|modifications?|amendments?) (?:to|of|in) (?:the |our |these )?(?:[\w-]+ ){0,2}(?:services?|platform|features|functionality|offerings?|specifications)\b|\bservices? (?:changes|modifications|interruptions?|discontinuation)\b|\b(?:interruption|discontinuation|termination) of (?:the |our )?(?:[\w-]+ ){0,2}services?\b/iu;
const TOLD = /通知|告知|周知|お知らせ|掲示|連絡|\bnotif\w*|\bnotice\b|\binform\w*/iu;

/** The heading's words that name the service changed, and the body's word of telling if any; undefined where it is not read so. */
export function serviceChange(heading: string, body: string, terms: boolean): { words: string; notice?: string } | undefined {
  const words = heading.normalize('NFKC');
  const told = TOLD.exec(body.normalize('NFKC'))?.[0];
  const changed = CHANGED.exec(words)?.[0];
  if (changed !== undefined && (terms || told !== undefined)) return { words: changed, ...(told !== undefined ? { notice: told } : {}) };
  if (!terms || CUSTOMER_STANDING.test(words)) return undefined;
  const named = STOPPED.exec(words)?.[0] ?? EN_CHANGED.exec(words)?.[0];
  return named === undefined ? undefined : { words: named, ...(told !== undefined ? { notice: told } : {}) };
}
