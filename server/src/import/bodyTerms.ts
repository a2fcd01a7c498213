// The words a section's text is made of, as the learnt vocabulary (catalog/learntControlWords.ts) counts them: one
// segmenter for Japanese and English alike, so the generator that learns the weights and the reader that applies them
// cannot split a text two ways.
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

// Function words say nothing of a topic; Japanese ones are the kana-only segments (particles, endings).
const STOP = new Set(
  'a an the and or of to in on for by with from at as is are was were be been being it its this that these those we our us you your they their them will shall may can could would should must not no any all each such other than then there here which who whom whose what when where how also into onto out over under about after before between within without per via if so do does did has have had more most some only both either neither one'.split(
    ' ',
  ),
);
const KANA_ONLY = /^[\u3040-\u309f\u30fc]+$/;
const HAS_DIGIT = /\d/;
const LATIN = /^[a-z][a-z'-]*$/;

/**
 * A Latin word in the form the vocabulary keeps: a plural's "s" dropped ("backups" is "backup", "policies" "policy"),
 * then an ending of inflection ("encrypted", "logging", "regularly" are "encrypt", "logg", "regular"): light, so that
 * the forms of one word count as one without two words becoming one.
 */
function folded(word: string): string {
  const singular =
    word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is') ? word.slice(0, -1) : word;
  if (singular.length > 6 && singular.endsWith('ing')) return singular.slice(0, -3);
  if (singular.length > 5 && singular.endsWith('ed') && !singular.endsWith('eed')) return singular.slice(0, -2);
  if (singular.length > 5 && singular.endsWith('ly')) return singular.slice(0, -2);
  return singular;
}

// A page saved with its markup or code ("<div className=…>", "https://…", "snake_case", "x.com") names no topic by it.
const TAG = /<[^<>\n]*>/g;
const URL = /https?:\/\/[^\s)>\]]*/g;
const CODE = /[a-z][A-Z]|[_.]/;
// A possessive's ending ("customer's", "customer’s") is no word of its own.
const POSSESSIVE = /['’]s?$/;

/** The text's words in order, lower-cased and folded, function words, numbers and markup left out. */
export function bodyTerms(text: string): string[] {
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.replace(TAG, ' ').replace(URL, ' '))) {
    if (!isWordLike || CODE.test(segment)) continue;
    const word = segment.toLowerCase().replace(POSSESSIVE, '');
    if (HAS_DIGIT.test(word) || KANA_ONLY.test(word) || STOP.has(word)) continue;
    if (word.length < 2 && LATIN.test(word)) continue;
    terms.push(LATIN.test(word) ? folded(word) : word);
  }
  return terms;
}
