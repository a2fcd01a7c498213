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

/** A Latin word in the form the vocabulary keeps: a plural's "s" dropped ("backups" is "backup", "policies" "policy"). */
function folded(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** The text's words in order, lower-cased and folded, function words and numbers left out. */
export function bodyTerms(text: string): string[] {
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = segment.toLowerCase();
    if (HAS_DIGIT.test(word) || KANA_ONLY.test(word) || STOP.has(word)) continue;
    if (word.length < 2 && LATIN.test(word)) continue;
    terms.push(LATIN.test(word) ? folded(word) : word);
  }
  return terms;
}
