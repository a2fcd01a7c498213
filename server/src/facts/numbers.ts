// Numbers as whitepapers write them: ASCII, full-width (３０), kanji (三十,
// 百八十, 二〇二六) and, in English prose, words ("thirty", "twenty-four").
const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function parseKanji(text: string): number | undefined {
  if (!/^[〇零一二三四五六七八九十百千万]+$/.test(text)) return undefined;
  // Without 十百千万 the digits are positional, as in 二〇二六.
  if (!/[十百千万]/.test(text)) return Number([...text].map((c) => KANJI_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in KANJI_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = KANJI_DIGITS[char];
    } else if (char === '万') {
      total += (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = undefined;
    } else {
      section += (digit ?? 1) * KANJI_POWERS[char];
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

function parseWords(text: string): number | undefined {
  const [tens, ones, ...rest] = text.toLowerCase().split(/[-\s]+/);
  if (rest.length > 0) return undefined;
  if (ones === undefined) {
    const single = ONES.indexOf(tens);
    if (single !== -1) return single;
    const round = TENS.indexOf(tens);
    return round > 1 ? round * 10 : undefined;
  }
  const round = TENS.indexOf(tens);
  const unit = ONES.indexOf(ones);
  return round > 1 && unit >= 1 && unit <= 9 ? round * 10 + unit : undefined;
}

/** The value of a number written in any of the forms above; undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,15}$/.test(trimmed)) return Number(trimmed);
  if (trimmed === '') return undefined;
  const ascii = trimmed.normalize('NFKC');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii.replace(/,/g, ''));
  return parseKanji(trimmed) ?? parseWords(trimmed);
}

// Pattern sources for use inside larger patterns. Every run is bounded and
// guarded by a lookbehind so that a long run of digits or kanji is tried
// from its first character only: matching stays linear in the input.

/** ASCII or full-width digits, with an optional short decimal part; not part of a longer number, a dotted id or a word. */
export const DIGITS = String.raw`(?<![0-9０-９.．,，A-Za-z第])[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,2})?(?![0-9０-９]|[.．][0-9０-９])`;

/** Kanji numerals; not after words that merely contain one (同一, 統一, 唯一, 万一, 均一, 単一, 第三). */
export const KANJI = String.raw`(?<![〇零一二三四五六七八九十百千万同統唯均単第])[〇零一二三四五六七八九十百千万]{1,8}`;

/** Any number a Japanese sentence may write. */
export const NUMBER = `(?:${DIGITS}|${KANJI})`;

/** English number words, one to ninety-nine. */
export const WORD = String.raw`\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b`;

/** A number in English prose: digits or a word. */
export const EN_NUMBER = String.raw`(?:(?<![\d.,])\d{1,6}(?:\.\d{1,2})?(?![\d]|\.\d)|${WORD})`;

/** Whitespace between words, bounded so a long run of spaces cannot make a pattern quadratic. */
export const GAP = String.raw`\s{1,3}`;
/** Optional whitespace inside Japanese phrases ("30 日"), bounded likewise. */
export const SP = String.raw`[ \t\u00a0\u3000]{0,2}`;

/** An alternation of English phrases, each space standing for a bounded run of whitespace. */
export function phrases(...list: string[]): string {
  return list.map((p) => p.replace(/ /g, GAP)).join('|');
}
