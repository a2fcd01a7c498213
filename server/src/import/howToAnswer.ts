// A help page's question in the reader's own voice ("How do I delete an account?", "パスワードを変更するには？")
// answered by the steps to take ("Go to Settings and click Remove", "設定画面から［削除］を選択してください") says
// which buttons the customer presses: no practice of the provider's, whatever control its words name. An answer that
// also says what the provider does or for how long ("we erase it within 30 days", "当社で30日後に削除します") states
// that practice, and is read as any section.

import { splitSentences } from '../facts/sentences';

// The reader asks how to do something: a question, not a topic the provider answers for its service.
const READER_ASKS =
  /^(?:Q[0-9]*[.:)]?\s*)?(?:how (?:do|can|should|would) (?:i|we)|where (?:do|can) (?:i|we)|can (?:i|we)|what (?:do|should) (?:i|we) do)\b[^?]*\?$|(?:するには|したい(?:場合|とき|のですが)|どう(?:すれば|したら)|(?:方法|手順)を教えて)[^?]{0,40}\?$/iu;

// A step the reader takes in the product: a button, a menu, a screen.
const STEP =
  /^\W{0,3}(?:\d+[.)]\s*)?(?:go to|click|tap|select|navigate to|open|choose|press)\b|\b(?:click|tap)(?:s|ing)?\b|をクリック|をタップ|を選択|を押(?:し|す)|(?:画面|メニュー|設定)(?:から|で|を開)/imu;

// What the provider does or keeps, or a period: a practice, which the answer states beside its steps.
const PROVIDER_STATES = /\b(?:we|our|us)\b|当社|弊社|\d+\s*(?:days?|hours?|weeks?|months?|years?|日|時間|週間|か月|ヶ月|カ月|年)/iu;

// A pointer to a related question ("Related: How do I add a person?") follows many help answers: no sentence of its own.
const POINTER = /^\W{0,3}(?:related|see also|関連)\b|^\W{0,3}関連/iu;

/** Whether a section is a reader's how-to question answered only by the steps to take. */
export function howToAnswer(heading: string, body: string): boolean {
  if (!READER_ASKS.test(heading.normalize('NFKC').trim())) return false;
  const text = body.normalize('NFKC');
  const sentences = splitSentences(text)
    .map(({ start, end }) => text.slice(start, end).trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s) && !POINTER.test(s));
  if (sentences.length === 0 || sentences.some((s) => PROVIDER_STATES.test(s))) return false;
  return sentences.filter((s) => STEP.test(s)).length * 2 >= sentences.length;
}
