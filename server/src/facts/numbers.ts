// Numbers as whitepapers write them: ASCII, full-width (３０), kanji (三十, 百八十).
const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function parseNumber(text: string): number | undefined {
  const ascii = text.normalize('NFKC').replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in KANJI_DIGITS) digit = KANJI_DIGITS[char];
    else {
      total += (digit || 1) * KANJI_UNITS[char];
      digit = 0;
    }
  }
  return total + digit;
}

/**
 * A number in any of those forms, for use inside larger patterns. Bounded
 * lengths keep matching linear: an unbounded run followed by a required unit
 * backtracks once per character over a long run of digits.
 */
export const NUMBER = String.raw`(?<![0-9０-９.．])(?:[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,3})?|[〇零一二三四五六七八九十百千]{1,6})`;

const WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, thirty: 30, ninety: 90 };

/** English number words as well ("one year", "a month"). */
export function parseNumberWord(text: string): number | undefined {
  return parseNumber(text) ?? WORDS[text.toLowerCase()];
}
export const NUMBER_WORD = String.raw`(?:\d{1,6}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|ninety)`;
