// The marker a line starts with, and which numbering scheme it belongs to:
// "1." / "1.1" / "1-1" / "第1章" / "(1)" / "①" / "■" / "【…】" / "＜…＞" /
// "3.見出し" (no space) / full-width digits / Markdown "#", and the bullets
// that only ever start list items ("・", "-", "•"). Whether a scheme makes
// headings is decided per document (classifyLines.ts), not here.

export type SchemeFamily =
  | 'markdown'
  | 'dotted' // 1. / 1.1 / 1.1.1. / 3.見出し
  | 'hyphen' // 1-1 / 1-1-1
  | 'chapter' // 第1章 / 第2節 / 第3条
  | 'paren' // (1) / （1） / 1) / 【1】
  | 'circled' // ① ②
  | 'alpha' // (a) / a) / A.
  | 'mark' // ■ □ ◆ ◇ ● ▼ ▶ ◎ ★, and a line wholly in bold (**…**)
  | 'bracket' // 【…】 / <…> / ＜…＞ / 〈…〉 / 《…》 / [ … ]
  | 'bullet' // ・ - * • ○ –, a procedure's "Step 1" (list items only)
  | 'kana' // ア イ ウ / (ア) (イ) / イ ロ ハ (list items only: a count in kana itemises, it heads nothing)
  | 'question' // Q. / Q1: / Ｑ． (a FAQ's questions)
  | 'control'; // CLD.9.5.1 / A.12.3.1 at a line start: a control reference used as a heading

export interface Marker {
  readonly family: SchemeFamily;
  /** Groups lines that must be read alike: the family plus its variant (the mark, the bracket, the depth). */
  readonly key: string;
  /** The numbers, outermost first ("2.3.1" → [2, 3, 1]); empty for marks and bullets. */
  readonly path: readonly number[];
  /** The words after the marker, or inside the brackets. */
  readonly rest: string;
  /** A trailing dot after the number ("2.3." rather than "2.3"): chapter numbering, not a control id. */
  readonly trailingDot: boolean;
  /** A kana count's letter ("イ"): a list in kana has more than one. */
  readonly letter?: string;
  /** The line from its number on, when a bullet stands before the number ("- 1. Scope" → "1. Scope"). */
  readonly unbulleted?: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// The closing #s are cut by hand: a lazy title before `\s*#*\s*$` tries every split of a run of spaces, cubic in its length.
const MARKDOWN = /^(#{1,6})\s+([\s\S]*)$/;

/**
 * A Markdown heading's words without its id and closing sequence ("## Backups ##" → "Backups",
 * "## アクセス制御 \\{#access-control}" → "アクセス制御"): a docs site's anchor names no topic of the section.
 */
function withoutClosing(rest: string): string {
  let end = rest.length;
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  end = beforeHeadingId(rest, end);
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  while (end > 0 && rest[end - 1] === '#') end--;
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  return rest.slice(0, end);
}

/** Where a heading id ("{#aws}", MDX's escaped "\\{#aws}") that ends the words at `end` starts; `end` where none does. */
function beforeHeadingId(rest: string, end: number): number {
  if (rest[end - 1] !== '}') return end;
  let start = end - 2;
  while (start >= 0 && /[\w.:-]/.test(rest[start])) start--;
  if (start < 1 || start === end - 2 || rest[start] !== '#' || rest[start - 1] !== '{') return end;
  const cut = rest[start - 2] === '\\' ? start - 2 : start - 1;
  return rest.slice(0, cut).trim() ? cut : end;
}
const CONTROL = /^((?:CLD|A)\s?[.．]\s?\d{1,2}\s?[.．]\s?\d{1,2}\s?[.．]\s?\d{1,2})\.?\s*(.*)$/;
const CHAPTER = /^第\s*([0-9一二三四五六七八九十]{1,3})\s*([章節条部項])[\s\u3000:：.．]*(.*)$/;
// A number then a space, or a number with a trailing dot then a Japanese word ("3.見出し").
const DOTTED = /^(\d{1,2}(?:[.．]\d{1,2}){0,4})([.．])?(?:[\s\u3000]+(\S.*)|(?<=[.．])([\u3040-\u30ff\u3400-\u9fff\uff01-\uff60「『【（].*))$/;
/** What a page counts in a line of its own ("8 Controls" over a group of cards, "12 件"): a quantity, never a heading. */
export const COUNTED = String.raw`(?:controls?|items?|policies|measures|results|entries|articles|documents|requirements|practices|件|項目)`;
const QUANTITY = new RegExp(
  String.raw`^(?:(?:business |calendar |working )?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|generations?|copies|times|versions?)\b|${COUNTED}$|(?:[KMGTP]i?B|%|x)(?:\s|$)|(?:年|か月|ヶ月|カ月|箇月|週|日|時間|分|秒|世代|回|営業日)(?:間|以内|以上|後|前)?(?:[\s\u3000(（]|$))`,
  'i',
);
const DOTTED_CJK = /^(\d{1,2}(?:[.．]\d{1,2}){1,4})([\u3040-\u30ff\u3400-\u9fff].*)$/;
const HYPHEN = /^(\d{1,2}(?:[-‐－]\d{1,2}){1,3})[.．]?[\s\u3000]*(\S.*)$/;
const PAREN = /^(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})[)）])[\s\u3000]*(\S.*)$/;
// "【1】情報セキュリティ方針", "[2] Roles": a number in brackets before the words.
const NUMBERED_BRACKET = /^[【[［〔]\s*(\d{1,3})\s*[】\]］〕][\s\u3000]*(\S.*)$/;
const ALPHA = /^(?:[(（]([a-zA-Z])[)）]|([a-zA-Z])[).．])[\s\u3000]+(\S.*)$/;
// "Q.", "Q1:", "Ｑ．", "Q 3)": never "Quality", "Q&A".
const QUESTION = /^[QＱ](?:[\s\u3000]?(\d{1,3}))?(?:[\s\u3000]?[.．:：)）]|[\s\u3000])[\s\u3000]*(\S.*)$/;
const MARK = /^([■□◆◇●▼▽▶►◎★☆▲△◼◾])[\s\u3000]*(\S.*)$/;
// A line wholly in Markdown's bold ("**Data deletion**"): a page that sets its headings in bold rather than with "#".
export const BOLD_LINE = /^(\*\*|__)([^*_\s](?:[^*_]*[^*_\s])?)\1$/;
const BRACKETS: readonly [RegExp, string][] = [
  [/^【\s*(.+?)\s*】$/, '【】'],
  [/^[<＜]\s*([^<>＜＞]+?)\s*[>＞]$/, '<>'],
  [/^〈\s*(.+?)\s*〉$/, '〈〉'],
  [/^《\s*(.+?)\s*》$/, '《》'],
  [/^\[\s*([^\]]+?)\s*\]$/, '[]'],
  [/^「\s*([^」]+?)\s*」$/, '「」'],
];
// "ア 全体", "イ．差分", "(ウ) 設定", "（エ）": one katakana letter as a count; "ア" alone before a space, never a word's first letter.
const KANA = /^(?:[(（]([ア-ヲ])[)）]|([ア-ヲ])(?:[.．、)）]|[\s\u3000]))[\s\u3000]*(\S.*)$/;
const BULLETED_NUMBER = /^(?:[0-9０-９]|第|[(（][0-9０-９])/;
const NUMBERED_AFTER_BULLET: ReadonlySet<SchemeFamily> = new Set(['dotted', 'hyphen', 'chapter', 'paren']);
// "ステップ1", "手順 2:", "Step 3 – Confirm": a procedure's steps are a list (a page on leaving walks through its steps), whatever their count.
const STEP = /^(?:ステップ|手順|step)[\s\u3000]*\d{1,2}(?:[\s\u3000.．:：)）\-–]|$)/i;
const BULLET = /^(?:[-–—*+](?=[\s\u3000・•])[\s\u3000]*[・•]?|[・•○◦‣∙·※])[\s\u3000]*(\S.*)$/;

/** Digits and spaces folded to ASCII, one character for one, so the rest can be read with simple patterns. */
export function foldWidth(text: string): string {
  return text.replace(/[０-９．－（）＃［］]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const numbers = (text: string, separator: RegExp) => text.split(separator).map((n) => Number(n));

export function markerOf(trimmed: string): Marker | undefined {
  const line = foldWidth(trimmed);
  const markdown = MARKDOWN.exec(line);
  if (markdown) return { family: 'markdown', key: `md${markdown[1].length}`, path: [markdown[1].length], rest: withoutClosing(markdown[2]), trailingDot: false };
  const control = CONTROL.exec(line);
  if (control) return { family: 'control', key: 'control', path: [], rest: control[2] || control[1], trailingDot: false };
  const chapter = CHAPTER.exec(line);
  if (chapter && chapter[3]) {
    const n = /^\d+$/.test(chapter[1]) ? Number(chapter[1]) : [...chapter[1]].reduce((sum, c) => (c === '十' ? Math.max(1, sum) * 10 : sum + (KANJI_DIGITS[c] ?? 0)), 0);
    return { family: 'chapter', key: `chapter${chapter[2]}`, path: [n], rest: chapter[3], trailingDot: false };
  }
  const dotted = DOTTED.exec(line);
  // "2 years", "30 days", "90 日", "8 回(残り2 回)": a quantity in a table's cell, not a heading's number.
  if (dotted && !dotted[2] && !dotted[1].includes('.') && QUANTITY.test(dotted[3] ?? dotted[4] ?? '')) return undefined;
  if (dotted) {
    const path = numbers(dotted[1], /[.．]/);
    return { family: 'dotted', key: `dotted${path.length}`, path, rest: dotted[3] ?? dotted[4], trailingDot: dotted[2] !== undefined };
  }
  const dottedCjk = DOTTED_CJK.exec(line);
  if (dottedCjk) {
    const path = numbers(dottedCjk[1], /[.．]/);
    return { family: 'dotted', key: `dotted${path.length}`, path, rest: dottedCjk[2], trailingDot: false };
  }
  const hyphen = HYPHEN.exec(line);
  if (hyphen) {
    const path = numbers(hyphen[1], /[-‐－]/);
    return { family: 'hyphen', key: `hyphen${path.length}`, path, rest: hyphen[2], trailingDot: false };
  }
  const numberedBracket = NUMBERED_BRACKET.exec(line);
  if (numberedBracket) return { family: 'paren', key: 'numbered-bracket', path: [Number(numberedBracket[1])], rest: numberedBracket[2], trailingDot: false };
  const paren = PAREN.exec(line);
  if (paren) return { family: 'paren', key: paren[1] ? 'paren' : 'paren-half', path: [Number(paren[1] ?? paren[2])], rest: paren[3], trailingDot: false };
  const circled = CIRCLED.indexOf(line[0]);
  if (circled !== -1 && line.length > 1) return { family: 'circled', key: 'circled', path: [circled + 1], rest: line.slice(1).trim(), trailingDot: false };
  const question = QUESTION.exec(line);
  if (question) return { family: 'question', key: 'question', path: question[1] ? [Number(question[1])] : [], rest: question[2], trailingDot: false };
  const alpha = ALPHA.exec(line);
  if (alpha) {
    const letter = (alpha[1] ?? alpha[2]).toLowerCase();
    return { family: 'alpha', key: `alpha${alpha[1] ? '()' : ')'}${/[A-Z]/.test(alpha[1] ?? alpha[2]) ? 'A' : 'a'}`, path: [letter.charCodeAt(0) - 96], rest: alpha[3], trailingDot: false };
  }
  const kana = KANA.exec(line);
  if (kana) return { family: 'kana', key: kana[1] ? 'kana()' : 'kana', path: [], rest: kana[3], trailingDot: false, letter: kana[1] ?? kana[2] };
  const mark = MARK.exec(line);
  if (mark) return { family: 'mark', key: `mark${mark[1]}`, path: [], rest: mark[2], trailingDot: false };
  const bold = BOLD_LINE.exec(line);
  if (bold) return { family: 'mark', key: 'mark**', path: [], rest: bold[2], trailingDot: false };
  for (const [pattern, key] of BRACKETS) {
    const bracket = pattern.exec(line);
    if (bracket) return { family: 'bracket', key: `bracket${key}`, path: [], rest: bracket[1], trailingDot: false };
  }
  if (STEP.test(line)) return { family: 'bullet', key: 'step', path: [], rest: trimmed, trailingDot: false };
  const bullet = BULLET.exec(line);
  if (!bullet) return undefined;
  // "- 1. Scope", "・1. 目的": a page that sets every line as a bullet numbers its headings after the bullet.
  const inner = BULLETED_NUMBER.test(bullet[1]) ? markerOf(bullet[1]) : undefined;
  // A bare number over words in lower case ("* 10 wrong attempts within 5 minutes enforces CAPTCHA") is a count the item states.
  const counts = inner?.family === 'dotted' && !inner.trailingDot && inner.path.length === 1 && /^\p{Ll}/u.test(inner.rest);
  if (inner && NUMBERED_AFTER_BULLET.has(inner.family) && !counts) return { ...inner, key: `bullet-${inner.key}`, unbulleted: bullet[1] };
  return { family: 'bullet', key: 'bullet', path: [], rest: bullet[1], trailingDot: false };
}

/** A FAQ's answer line ("A.", "A1:", "Ａ．"): prose, in a document that asks questions. */
export const ANSWER = /^[AＡ][\s\u3000]?\d{0,3}[\s\u3000]?[.．:：)）]/;

/** Whether heading `next` may follow heading `previous` of the same family: numbering only moves forward. */
export function followsInSequence(previous: readonly number[] | undefined, next: readonly number[]): boolean {
  if (!previous) return true;
  for (let i = 0; i < Math.min(previous.length, next.length); i++) {
    if (next[i] !== previous[i]) return next[i] > previous[i];
  }
  return next.length > previous.length;
}
