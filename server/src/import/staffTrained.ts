// A sentence in which the provider's own people are trained in security or in handling personal data ("Axiom employees
// receive regular security training", "All employees and subcontractors are trained in accordance with Art. 32 GDPR",
// 「全ての従業員に対して…教育・訓練を、定期的に実施します」, 「従業者に定期的な教育及び訓練を実施」) is awareness, education and
// training (7.2.2), whatever its section is called: a page says it once, in a section on its staff, its policy's
// principles or its technical and organisational measures, among sentences on other topics. Of the given texts that say
// it so, every annotation counts it (answered, or touched in passing). Training on something else (backups, a product)
// and the customer's own staff are not the provider's awareness programme.

// The provider's people.
const STAFF_EN = String.raw`\b(?:employees|staff|personnel|team\s+members|workforce(?:\s+members)?|(?:sub)?contractors)\b`;
// What the training is about: security or the data the staff handle.
const TOPIC_EN = String.raw`(?:security|privacy|data\s+protection|confidential\w*|GDPR|HIPAA|phishing|awareness|polic(?:y|ies))`;
const TRAINED_EN = new RegExp(
  `${STAFF_EN}[^.\\n]{0,40}?\\b(?:receive|complete|undergo|go\\s+through|attend|take|(?:are|is)\\s+(?:required\\s+to\\s+(?:complete|take|attend|undergo|go\\s+through)|provided(?:\\s+with)?))s?\\b[^.\\n]{0,40}?\\b${TOPIC_EN}\\b[^.\\n]{0,40}?\\btraining\\b` +
    `|${STAFF_EN}[^.\\n]{0,40}?\\b(?:are|is)\\s+(?:regularly\\s+|periodically\\s+|annually\\s+)?trained\\b[^\\n]{0,60}?\\b${TOPIC_EN}\\b` +
    `|\\btrain(?:s)?\\s+(?:all\\s+)?(?:(?:members|each\\s+member)\\s+of\\s+)?(?:its|our|their)\\s+${STAFF_EN}[^.\\n]{0,40}?\\b${TOPIC_EN}\\b`,
  'iu',
);
// A list led by the staff ("All our staff:" / "- receive security training"), its items bulleted or tagged (<li>).
const LED_LIST_EN = new RegExp(
  `${STAFF_EN}[^.:\\n]{0,20}:[ \\t]*\\n(?:[ \\t]*(?:[-*•][ \\t]*)?[^\\n]*\\n){0,4}?[ \\t]*(?:[-*•][ \\t]*)?(?:receive|complete|undergo|attend|take)s?\\b[^.\\n]{0,30}?\\b${TOPIC_EN}\\b[^.\\n]{0,20}?\\btraining\\b`,
  'iu',
);

const STAFF_JA = /従業員|従業者|社員|役職員|スタッフ/u;
const TOPIC_JA = /セキュリティ|個人情報|個人データ|情報資産|機密|プライバシー|意識(?:の)?(?:向上|維持)/u;
const TRAINED_JA = /(?:教育|研修|訓練|トレーニング)[^。\n]{0,20}?(?:を|の)?(?:定期的に)?(?:実施|行い|行う|行って|行います|受講|受け|徹底)/u;

// The customer's people, or training the customer is asked to give.
const CUSTOMERS = /\byour\s+(?:own\s+)?(?:employees|staff|personnel|team|users)\b|\bcustomers?['’]?s?\s+(?:own\s+)?(?:employees|staff|personnel)\b|お客様|利用者(?:は|が|の)/iu;

// Asked first: most sentences name no training at all, and the patterns above are read only where one does.
const TRAINING = /train|教育|研修|訓練|トレーニング/iu;

/** The words that show `sentence` trains the provider's staff in security or data handling, or undefined. */
export function staffTrained(sentence: string): string | undefined {
  if (!TRAINING.test(sentence) || CUSTOMERS.test(sentence)) return undefined;
  const en = TRAINED_EN.exec(sentence);
  if (en) return en[0];
  if (!STAFF_JA.test(sentence) || !TOPIC_JA.test(sentence)) return undefined;
  return TRAINED_JA.exec(sentence)?.[0];
}

/** The words of a list the staff lead ("All our staff:" over "- receive security training"), or undefined. */
export function staffListTrained(body: string): string | undefined {
  const led = LED_LIST_EN.exec(body.replace(/<[^<>\n]*>/g, ''));
  return led === null || CUSTOMERS.test(led[0]) ? undefined : led[0].replace(/\s+/g, ' ');
}
