// No end: 無期限, 永久に, 永年, indefinitely, permanently, without time limit.
// "Permanently deleted" and "永久に削除" say the deletion cannot be undone,
// not that anything is kept forever; "has permanently ceased to use the
// Services", "permanently closed" say that a leaving is final, not how long
// anything lasts.
import type { Matcher } from './fact';
import { phrases } from './numbers';
import { wordGaps } from '../core/wordGaps';

const DELETE_JA = '削除|消去|抹消|廃棄|失われ|消失';
const DELETE_EN = String.raw`(?:delet|eras|remov|destr|purg|wip|lost)`;
const ENDS_EN = String.raw`(?:ceas|stop|clos|discontinu|leav|left|terminat|shut|disabl|deactivat|cancel|suspend|ban|block|lock)`;

const JA = new RegExp(String.raw`無期限(?:に)?|(?:永久|永続的|恒久的)に(?!${DELETE_JA})|永年|期限(?:を)?(?:定めず|設けず|なく|なし)`, 'g');
const EN = wordGaps(new RegExp(
  String.raw`\b(?:indefinitely|(?<!${DELETE_EN}\w{0,4}\s{1,3})permanently(?!\s{1,3}(?:and\s{1,3}\w{1,14}\s{1,3})?(?:${DELETE_EN}|${ENDS_EN}))|forever|in perpetuity|${phrases('without (?:a |any )?time limits?', 'with no (?:time limit|expiry|expiration)', 'no expiration')})\b`,
  'gi',
));

export const INDEFINITE: readonly Matcher[] = [
  { regex: JA, read: () => ({ kind: 'indefinite' }) },
  { regex: EN, read: () => ({ kind: 'indefinite' }) },
];
