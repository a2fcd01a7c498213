// Sentence boundaries: Japanese and English full stops, and line breaks that
// end a line of a list or a heading. A fact takes its topic from its own
// sentence, so a boundary missed here mixes two topics; one invented here
// (at "e.g." or inside "12.3.1") separates a period from its subject.

import { FULLWIDTH_FULL_STOP, FULL_STOP, IDEOGRAPHIC_FULL_STOP, LF } from '../core/charCodes';
import { wordGaps } from '../core/wordGaps';

export interface Range {
  readonly start: number;
  readonly end: number;
}

// Closing quotes and brackets that belong to the sentence before them: 「…します。」
const CLOSERS = new Set([...'」』）)"\'’”】]'].map((c) => c.charCodeAt(0)));
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'inc', 'co', 'corp', 'ltd', 'no', 'nos', 'ver', 'vs', 'approx', 'mr', 'ms', 'mrs', 'dr', 'st', 'fig', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m']);
/** A line that is an item of a list: "- ", "・", "1.", "(1)", "①"… */
export const LIST_ITEM = /^[ \t\u3000]*(?:[-*•・●○■□◆◇▪‣※>]|\d{1,3}[.)．）]|[(（]\d{1,3}[)）]|[①-⑳]|[a-zA-Z][.)][ \t])/;

// The text is read by character code: every character of every section body passes here when its prose is read, and
// `text[i]` of a character past Latin-1 (all of Japanese) makes a new one-character string each time.
/** 。！？!? end a sentence wherever they stand. */
const ENDS = new Set([IDEOGRAPHIC_FULL_STOP, 0xff01, 0xff1f, 0x21, 0x3f]);

/** 0-9 and ０-９; NaN (past either end of the text) is neither. */
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** What `\s` matches, by code (ECMAScript's white space and line terminators); NaN is not. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The word before a full stop at `dot` is a known abbreviation ("e.g.", "Inc.", "approx."). */
function isAbbreviation(text: string, dot: number): boolean {
  const word = /[A-Za-z.]{1,6}$/.exec(text.slice(Math.max(0, dot - 6), dot))?.[0];
  return word !== undefined && ABBREVIATIONS.has(word.replace(/^\./, '').toLowerCase());
}

const OPEN_END = wordGaps(/\b(?:within|of|to|for|by|than|at|in|after|before|and|or|the|a|an|least|most|no\s{1,3}later\s{1,3}than)$/i);

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
  const last = text[before];
  // A line that stops on a comma runs on, a numbered clause's first line too ("2.3 Upon termination of the Agreement,").
  if ('、，,'.includes(last)) return true;
  if (LIST_ITEM.test(line)) return false;
  return /[A-Za-z0-9;:\-]/.test(last) && /^[ \t]*[a-z(]/.test(next);
}

const QUESTION_MARK = 0x3f;
const FULLWIDTH_QUESTION_MARK = 0xff1f;
/**
 * A question that ends a table's cell, its answer in the next cell of the row ("| How long is data kept? | 30 days |",
 * a tab before "Yes"): the row is one statement, the answer's period belongs to the question's subject.
 */
function asksInCell(text: string, mark: number): boolean {
  let next = mark + 1;
  while (text.charCodeAt(next) === 0x20) next++;
  const after = text.charCodeAt(next);
  return after === 0x7c || after === 0x09 || after === 0xff5c;
}

/** Where a sentence ends if one ends at `i`, else -1. */
function boundaryAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c === QUESTION_MARK || c === FULLWIDTH_QUESTION_MARK) && asksInCell(text, i)) return -1;
  if (ENDS.has(c)) return i + 1;
  if (c === FULLWIDTH_FULL_STOP) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? -1 : i + 1;
  if (c === FULL_STOP) {
    const after = text.charCodeAt(i + 1);
    if (!Number.isNaN(after) && !isSpace(after) && !CLOSERS.has(after)) return -1;
    return isAbbreviation(text, i) ? -1 : i + 1;
  }
  if (c === LF) return continues(text, i) ? -1 : i + 1;
  return -1;
}

/** The sentences of `text`, each without the whitespace around it, in order. */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    let end = boundaryAt(text, i);
    if (end === -1) continue;
    const stop = text.charCodeAt(i);
    while (end < text.length && (CLOSERS.has(text.charCodeAt(end)) || (text.charCodeAt(end) === stop && stop !== LF))) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return ranges;
}
