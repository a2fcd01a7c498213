// Sentence boundaries: Japanese and English full stops, and line breaks that
// end a line of a list or a heading. A fact takes its topic from its own
// sentence, so a boundary missed here mixes two topics; one invented here
// (at "e.g." or inside "12.3.1") separates a period from its subject.
export interface Range {
  readonly start: number;
  readonly end: number;
}

// Closing quotes and brackets that belong to the sentence before them: 「…します。」
const CLOSERS = new Set(['」', '』', '）', ')', '"', "'", '’', '”', '】', ']']);
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'inc', 'co', 'corp', 'ltd', 'no', 'nos', 'ver', 'vs', 'approx', 'mr', 'ms', 'mrs', 'dr', 'st', 'fig', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m']);
/** A line that is an item of a list: "- ", "・", "1.", "(1)", "①"… */
export const LIST_ITEM = /^[ \t\u3000]*(?:[-*•・●○■□◆◇▪‣※>]|\d{1,3}[.)．）]|[(（]\d{1,3}[)）]|[①-⑳]|[a-zA-Z][.)][ \t])/;

const isDigit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The word before a full stop at `dot` is a known abbreviation ("e.g.", "Inc.", "approx."). */
function isAbbreviation(text: string, dot: number): boolean {
  const word = /[A-Za-z.]{1,6}$/.exec(text.slice(Math.max(0, dot - 6), dot))?.[0];
  return word !== undefined && ABBREVIATIONS.has(word.replace(/^\./, '').toLowerCase());
}

const OPEN_END = /\b(?:within|of|to|for|by|than|at|in|after|before|and|or|the|a|an|least|most|no\s{1,3}later\s{1,3}than)$/i;

/** A line break inside a sentence: an English line wrapped mid-sentence, or a Japanese one ending in a comma. */
function continues(text: string, newline: number): boolean {
  let before = newline - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
  const lineEnd = text.indexOf('\n', newline + 1);
  const next = text.slice(newline + 1, lineEnd === -1 ? text.length : lineEnd);
  if (before < 0 || next.trim() === '' || LIST_ITEM.test(next)) return false;
  const line = text.slice(text.lastIndexOf('\n', before) + 1, before + 1);
  // A line that stops on a word no statement ends with ("…and at most within" over "{72}hours of awareness") runs on, a list item's too.
  if (OPEN_END.test(line.slice(-24)) && /^[ \t]*[a-z0-9({\[<]/.test(next)) return true;
  if (LIST_ITEM.test(line)) return false;
  const last = text[before];
  if ('、，,'.includes(last)) return true;
  return /[A-Za-z0-9;:\-]/.test(last) && /^[ \t]*[a-z(]/.test(next);
}

/** Where a sentence ends if one ends at `i`, else -1. */
function boundaryAt(text: string, i: number): number {
  const c = text[i];
  if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') return i + 1;
  if (c === '．') return isDigit(text[i - 1]) && isDigit(text[i + 1]) ? -1 : i + 1;
  if (c === '.') {
    const after = text[i + 1];
    if (after !== undefined && !isSpace(after) && !CLOSERS.has(after)) return -1;
    return isAbbreviation(text, i) ? -1 : i + 1;
  }
  if (c === '\n') return continues(text, i) ? -1 : i + 1;
  return -1;
}

/** The sentences of `text`, each without the whitespace around it, in order. */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) ranges.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    let end = boundaryAt(text, i);
    if (end === -1) continue;
    while (end < text.length && (CLOSERS.has(text[end]) || (text[end] === text[i] && text[i] !== '\n'))) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return ranges;
}
