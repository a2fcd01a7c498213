// Recognises headings in a published whitepaper exported as text or Markdown:
// Markdown `#` lines, `<見出し>`, `■ 見出し`, `【見出し】`, and short numbered
// lines ("2.3. データの削除", "8.13 情報のバックアップ", "CLD.9.5.1 …").
// Sentences (ending in 。 or .) and bracketed URLs are never headings.

import { lookupControl, normalizeControlId } from '../catalog';

export interface Heading {
  /** 0-based line number in the source. */
  readonly line: number;
  /** The heading text without its decoration (markers, brackets), numbers kept. */
  readonly text: string;
  /** Markdown level, or the depth of a leading number ("2.3.1." → 3); 1 otherwise. */
  readonly level: number;
}

const MAX_HEADING_LENGTH = 90;

const MARKDOWN = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const BRACKETED = /^[<＜〈《]\s*(.+?)\s*[>＞〉》]$/;
const LENTICULAR = /^【\s*(.+?)\s*】$/;
const BULLET = /^[■□◆◇●▼▽▶►]\s*(.+)$/;
const NUMBERED = /^((?:CLD[.．])?[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3})[.．]?[\s\u3000]+(\S.*)$/;

function isSentence(text: string): boolean {
  return /[。．]$/.test(text) || (/\.$/.test(text) && text.split(/\s+/).length > 8);
}

export function headingAt(raw: string, line: number): Heading | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return undefined;
  const markdown = MARKDOWN.exec(text);
  if (markdown) return { line, text: markdown[2], level: markdown[1].length };
  // Sentences, addresses and tab-separated table rows (a revision history) are not headings.
  if (isSentence(text) || /:\/\/|@|\t/.test(text)) return undefined;
  const bracketed = BRACKETED.exec(text) ?? LENTICULAR.exec(text);
  if (bracketed) return { line, text: bracketed[1], level: 1 };
  const bullet = BULLET.exec(text);
  if (bullet) return { line, text: bullet[1], level: 1 };
  const numbered = NUMBERED.exec(text);
  // "99.9 %" and similar figures at a line start are not headings.
  if (numbered && !/^\d+[.．]\d+\s*%/.test(text)) {
    // A control number ("CLD.6.3.1", "8.13") says nothing about nesting; a chapter number's depth does ("2.3.1.").
    const number = numbered[1];
    const isControl = !/[.．]$/.test(text.slice(0, number.length + 1)) && lookupControl(normalizeControlId(number)) !== undefined;
    return { line, text, level: isControl ? 1 : number.replace(/^CLD[.．]/, '').split(/[.．]/).length };
  }
  return undefined;
}

export function findHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  lines.forEach((raw, i) => {
    const heading = headingAt(raw, i);
    if (heading) headings.push(heading);
  });
  return headings;
}
