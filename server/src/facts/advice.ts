// Advice to the reader ("we recommend keeping logs for a few days", 「バックアップを取得することをお勧めします」) and
// invitations to try the service out ("Try it for a few days"): one vocabulary for the prose reader, where a period in
// such a sentence is the reader's to choose and not one the provider commits to, and for backupOwner, where backups so
// advised are the customer's to take.
import { wordGaps } from '../core/wordGaps';
const ADVICE = wordGaps(new RegExp(
  [
    String.raw`試用して|(?:お|ご)?(?:勧め|すすめ|奨め)(?:します|いたします|しています|しております)|推奨(?:します|いたします|しています|しております)|しましょう`,
    // Reassurance that recommends an act: 「…取っておくと安心です」, 「…しておくと便利です」.
    String.raw`(?:て|で)おくと(?:安心|便利|よい|良い|いい|確実)|(?:すると|すれば)安心です`,
    String.raw`してください|して下さい|ことを(?:お?すすめ|お?勧め|推奨)|ことが(?:推奨|望まし)|を推奨(?:し|いた)|が推奨され`,
    String.raw`\bwe\s{1,3}(?:strongly\s{1,3})?(?:recommend|suggest|advise|encourage)\b|\b(?:recommend|advise|encourage|suggest)(?:s|ed)?\s{1,3}(?:that\s{1,3})?(?:you|customers?|users?|clients?)\b`,
    // "It is good practice to …", "Best practice: verify …", "Customers are encouraged to …".
    String.raw`\b(?:it\s{1,3}is|it['’]s)\s{1,3}(?:a\s{1,3})?(?:good|best|sound)\s{1,3}(?:practice|idea)\b|^\W{0,3}(?:best|good)\s{1,3}practices?\b|\b(?:are|is)\s{1,3}(?:strongly\s{1,3})?(?:encouraged|advised)\s{1,3}to\b`,
    String.raw`\b(?:it\s{1,3}is\s{1,3})?(?:recommended|advisable)\s{1,3}(?:that|to)\b|\b(?:it\s{1,3}is|is|are)\s{1,3}(?:(?:strongly|highly)\s{1,3})?(?:recommended|advisable)\b|\bit\s{1,3}is\s{1,3}advised\b`,
    // The reader told what to do, at the sentence's start: "Back up your data regularly.", "Make sure to …", "Remember to …".
    String.raw`^\W{0,3}(?:back\s{1,3}up\s{1,3}(?:your|all\s{1,3}your)|make\s{1,3}sure\s{1,3}(?:to|that\s{1,3}you)|be\s{1,3}sure\s{1,3}to|remember\s{1,3}to|don['’]t\s{1,3}forget\s{1,3}to)\b`,
    String.raw`\byou\s{1,3}(?:should(?!\s{1,3}(?:receive|get|see|be|hear)\b)|may\s{1,3}want\s{1,3}to|might\s{1,3}want\s{1,3}to)\b|^\W{0,3}consider\b`,
  ].join('|'),
  'i',
));
const TRIAL = wordGaps(/^\W{0,3}try\b|\btry\s{1,3}(?:it|out|this|our)\b|お試し(?:ください|いただ|になって)|試して(?:みて)?(?:ください|いただ)/i);

export interface ToReader {
  /** The sentence advises the reader what to do. */
  readonly advises: boolean;
  /** The sentence invites the reader to try the service out. */
  readonly trial: boolean;
}

/** How a sentence speaks to its reader: advice, an invitation to a trial, or neither. */
export function toReader(sentence: string): ToReader {
  return { advises: ADVICE.test(sentence), trial: TRIAL.test(sentence) };
}
