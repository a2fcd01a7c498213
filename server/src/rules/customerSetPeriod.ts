// A retention the customer sets ("インデックス化されたログは、ユーザー定義の
// 保存期間が過ぎると削除", "backup retention is configurable per project",
// "お客様が管理画面で設定した期間", "as configured by the customer") is
// the provider's answer to "how long is it kept": there is no number of its
// own to give. Read across a document, only a sentence that also names what
// is kept counts; within the sections of the control, any such sentence does.
import { splitSentences } from '../facts';
import { wordGaps } from '../core/wordGaps';

const SET_BY_CUSTOMER =
  wordGaps(/(?:お客様|利用者|ユーザー?|顧客|契約者)(?:が|の)[^。\n、]{0,12}?(?:設定|指定|選択)(?:した|する|された|される)期間|\b(?:retention\s{1,3})?period\s{1,3}(?:configured|set|chosen|selected|specified|defined)\s{1,3}by\s{1,3}(?:the\s{1,3}|each\s{1,3}|your\s{1,3})?(?:customer|user|client|account\s{1,3}owner|workspace\s{1,3}owner|admin(?:istrator)?)s?\b|\bas\s{1,3}(?:configured|set|chosen|selected)\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:customer|user|client|you)s?\b|(?:ユーザー?|お客様|利用者|顧客|契約者)(?:が|の|側で|にて)?(?:定義|設定|指定|選択|決定)(?:した|する|された|される|可能な)?[^。\n]{0,6}(?:保存|保持|保管)期間|(?:保存|保持|保管)期間[^。\n]{0,20}(?:任意|自由|個別)に?(?:設定|変更|指定|選択)|(?:保存|保持|保管)期間[^。\n]{0,20}(?:設定|変更|指定|選択)(?:可能|でき|いただけ)|\b(?:user|customer|client)[- ](?:defined|configured|configurable|specified|selected|set)\s{1,3}(?:data\s{1,3})?retention\b|\bretention\s{1,3}(?:periods?\s{1,3})?(?:is|are)\s{1,3}(?:fully\s{1,3})?(?:configurable|customi[sz]able|adjustable|set\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:customer|user|you))\b|\b(?:configurable|customi[sz]able|adjustable)\s{1,3}(?:data\s{1,3})?retention\b|\b(?:you|customers?|users?)\s{1,3}(?:can\s{1,3}|may\s{1,3})?(?:set|choose|configure|define|select)\s{1,3}(?:the\s{1,3}|your\s{1,3}|their\s{1,3}|a\s{1,3})?(?:own\s{1,3})?retention\b/i);

// A default, or a period that can be changed: a case of the policy, not the period it promises.
const ADJUSTABLE = wordGaps(/(?:設定|変更|指定|選択|延長)(?:でき|可能|いただけ)|デフォルト|初期値|既定|\b(?:can|may)\s{1,3}(?:be\s{1,3})?(?:set|configur|chang|adjust|extend|customi[sz]|select|choose)|\bdefaults?\b|\bconfigurable\b/i);

/** The sentence gives a default or a period that can be changed. */
export function adjustable(sentence: string): boolean {
  return ADJUSTABLE.test(sentence);
}

/** The sentence leaves a retention period to the customer's setting. */
export function setByCustomer(sentence: string): boolean {
  return SET_BY_CUSTOMER.test(sentence);
}

/** Some sentence of `body` (that `about` matches, when given) leaves the retention to the customer's setting. */
export function retentionSetByCustomer(body: string, about?: RegExp): boolean {
  if (!SET_BY_CUSTOMER.test(body)) return false;
  if (about === undefined) return true;
  return splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return SET_BY_CUSTOMER.test(sentence) && about.test(sentence);
  });
}
