// A table of contents: a "目次" / "Contents" line and the entries after it, or
// a run of entries with dotted leaders and page numbers. Its entries repeat
// the headings that come later, so they are not sections of their own.
import { markerOf } from './numbering';
import { maxOf } from '../core/arrays';

// "目次", "【目次】", "■ 目次", "Contents:", "On this page", "本書の構成": the line that opens a contents block.
const CONTENTS_TITLE = /^(?:[【\[［〔<＜《〈]\s*|[■□◆◇●▼▶]\s*)?(?:目\s*次|もくじ|(?:table of )?contents|index|目录|in this (?:article|page|document|guide)|on this page|(?:本書|本ページ|この(?:ページ|記事|資料))の(?:構成|内容|目次))\s*(?:[】\]］〕>＞》〉])?\s*[:：]?$/i;
// "概要 ........ 2", "概要\t2", "概要 … 2", "1.1 はじめに    3"
const LEADER = /^(.*?\S)(?:\s*[.．・…‥─―_]{2,}\s*|\t+|\s{3,})[-–]?\s*(?:p\.?\s*)?\d{1,4}\s*[-–]?$/i;
// Only a short line ending in a page number can be an entry; checking that first keeps long lines cheap.
const LEADER_ENTRY = { exec: (line: string) => (line.length <= 200 && /\d\s*[-–]?$/.test(line) ? LEADER.exec(line) : null), test: (line: string) => line.length <= 200 && /\d\s*[-–]?$/.test(line) && LEADER.test(line) };

// A contents page flattened to text by a PDF extraction keeps each page number after one space ("第9章 雑則 13"), or glues it to the next
// entry on the same line ("第43条 (事故等の報告) 13第45条 (免責) 14"): a part, chapter, section or article, then its page.
const CHAPTER_ENTRY = /^第[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*[章節条部]/;
const PAGE_TAIL = /^(.*?\S)[\s\u3000]+\d{1,3}$/;
const GLUED_PAGE = /^(.*?\S)[\s\u3000]*\d{1,3}(?=第[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*[章節条])/;
const flattenedEntry = (trimmed: string) => (trimmed.length <= 200 && CHAPTER_ENTRY.test(trimmed) ? (GLUED_PAGE.exec(trimmed) ?? PAGE_TAIL.exec(trimmed)) : null);

/** What an entry and the heading it stands for have in common: the words, without numbering, leaders or page number. */
export function contentsKey(line: string): string {
  const trimmed = line.trim();
  const entry = LEADER_ENTRY.exec(trimmed) ?? flattenedEntry(trimmed);
  const words = entry ? entry[1] : trimmed;
  const marker = markerOf(words);
  return (marker && marker.family !== 'bullet' ? marker.rest : words).replace(/[\s\u3000]+/g, '').normalize('NFKC').toLowerCase();
}

/** The 0-based numbers of the lines of contents blocks (title line included). */
export function contentsBlock(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  // Keys are needed only where there is a contents block to compare with the headings.
  if (!lines.some((line) => CONTENTS_TITLE.test(line.trim()) || LEADER_ENTRY.test(line.trim()) || flattenedEntry(line.trim()))) return untitled(lines, found);
  const keys = lines.map(contentsKey);
  const laterIndex = new Map<string, number>();
  keys.forEach((key, n) => key && laterIndex.set(key, n));
  const recursLater = (n: number) => keys[n] !== '' && (laterIndex.get(keys[n]) ?? -1) > n;

  // A titled block that ends after an entry or two may have stopped at entries whose headings the stored page lost: the rest
  // of it is told by its shape.
  let cutShort = false;
  for (let n = 0; n < lines.length; n++) {
    const trimmed = lines[n].trim();
    if (CONTENTS_TITLE.test(trimmed)) {
      // The entries run while they are headings that recur later (or carry a page number); blank lines do not stop them.
      let last = n;
      let misses = 0;
      let entries = 0;
      for (let k = n + 1; k < lines.length && misses < 2; k++) {
        if (lines[k].trim() === '') continue;
        if (recursLater(k) || LEADER_ENTRY.test(lines[k].trim()) || flattenedEntry(lines[k].trim())) {
          last = k;
          misses = 0;
          entries++;
        } else misses++;
      }
      if (last > n) for (let k = n; k <= last; k++) found.add(k);
      if (entries <= 2) cutShort = true;
      n = last;
      continue;
    }
    // Without a title: three or more leader entries in a row.
    if (LEADER_ENTRY.test(trimmed) && !found.has(n)) {
      let k = n;
      const run: number[] = [];
      while (k < lines.length && (lines[k].trim() === '' || LEADER_ENTRY.test(lines[k].trim()))) {
        if (lines[k].trim() !== '') run.push(k);
        k++;
      }
      if (run.length >= 3 && run.filter(recursLater).length >= run.length / 2) for (let i = run[0]; i <= run[run.length - 1]; i++) found.add(i);
      n = k - 1;
      continue;
    }
    // Without a title: three or more flattened entries in a row whose chapters and articles come back later without their pages.
    if (flattenedEntry(trimmed) && !found.has(n)) {
      let k = n;
      const run: number[] = [];
      while (k < lines.length && (lines[k].trim() === '' || flattenedEntry(lines[k].trim()))) {
        if (lines[k].trim() !== '') run.push(k);
        k++;
      }
      if (run.length >= 3 && run.filter(recursLater).length >= run.length / 2) for (let i = run[0]; i <= run[run.length - 1]; i++) found.add(i);
      n = k - 1;
    }
  }
  return untitled(lines, found, cutShort);
}

/**
 * A contents block with neither title nor leaders: a run of three or more short lines (blank lines between them
 * allowed) each repeated, in the same order, by a line after the run ("1. Overview" / "2. Backup" … then the
 * headings "1. Overview" …). Only short lines get a key, so a long document costs one pass.
 */
function untitled(lines: readonly string[], found: Set<number>, cutShort = false): Set<number> {
  // A document has one contents block: where one was found under its title or by its leaders, there is no other to look for,
  // but the rest of a titled one that stopped early.
  if (found.size > 0) {
    if (cutShort) {
      const end = maxOf(found, 0);
      outline(lines, found, end + 1, [...found].filter((n) => !CONTENTS_TITLE.test(lines[n].trim())).map((n) => contentsKey(lines[n])));
    }
    return found;
  }
  outline(lines, found);
  if (found.size > 0) return found;
  // An entry repeats its heading's words, whatever its numbering and spacing ("第 2 章.セキュリティ対策" over "2. セキュリティ対策",
  // "総　則" over "総則").
  const keyOf = (n: number) => (lines[n].length <= 60 ? contentsKey(lines[n]) : '');
  const keys = lines.map((_, n) => (found.has(n) ? '' : keyOf(n)));
  const after = new Map<string, number[]>();
  keys.forEach((key, n) => {
    if (!key) return;
    const at = after.get(key);
    if (at) at.push(n);
    else after.set(key, [n]);
  });
  for (let n = 0; n < lines.length; n++) {
    const run: number[] = [];
    const seen = new Set<string>();
    let k = n;
    // The run ends at a line that is no entry, or at the first repeat of an entry (the headings have begun).
    for (; k < lines.length && (lines[k].trim() === '' || (keys[k] && after.get(keys[k])!.length > 1 && !seen.has(keys[k]))); k++) {
      if (keys[k]) run.push(k);
      seen.add(keys[k]);
    }
    if (run.length >= 3) {
      const end = run[run.length - 1];
      // Each entry's next occurrence after the run, in the entries' order.
      let previous = end;
      const inOrder = run.every((r) => {
        const at = after.get(keys[r])!;
        let lo = 0;
        let hi = at.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (at[mid] > previous) hi = mid;
          else lo = mid + 1;
        }
        const next = at[lo];
        if (next === undefined) return false;
        previous = next;
        return true;
      });
      if (inOrder) for (let i = run[0]; i <= end; i++) found.add(i);
    }
    n = Math.max(n, k);
  }
  return found;
}

// An entry of a contents block by its own shape: a numbered title ("第1節 総 則", "第1条 (目的)", "1.2 Definitions"), never a sentence
// or a question.
const OUTLINE_FAMILIES = new Set(['chapter', 'dotted', 'hyphen']);
const outlineEntry = (trimmed: string) => {
  if (trimmed.length > 60) return undefined;
  const marker = markerOf(trimmed);
  return marker && OUTLINE_FAMILIES.has(marker.family) && [...marker.rest].length <= 40 && !/[。．.!?！？:：;；、,]$/.test(marker.rest) && !marker.rest.includes('。') ? marker : undefined;
};

/**
 * A contents block whose body is missing or cut (a stored page that kept only its contents and the first article): a long run of
 * numbered titles of two levels or more (parts and articles, chapters and sections) with nothing but blank lines between them.
 * Headings always have text under them; a list of topics has one level. Six entries make a block where its first entry comes
 * back after it (the body restarts), ten where nothing after the run repeats it.
 */
function outline(lines: readonly string[], found: Set<number>, from = 0, entries: readonly string[] = []): void {
  for (let n = from; n < lines.length; n++) {
    if (!outlineEntry(lines[n].trim())) continue;
    const run: number[] = [];
    const levels = new Set<string>();
    // The entries of a titled block this run goes on from: the body's first heading repeats one of them.
    const seen = new Set<string>(entries.filter((key) => key !== ''));
    let k = n;
    for (; k < lines.length; k++) {
      const trimmed = lines[k].trim();
      if (trimmed === '') continue;
      const marker = outlineEntry(trimmed);
      // An entry's words again, in whatever numbering, are the body's first heading: the block has ended.
      if (!marker || seen.has(contentsKey(trimmed))) break;
      run.push(k);
      levels.add(marker.key);
      seen.add(contentsKey(trimmed));
    }
    const first = entries.find((key) => key !== '') ?? contentsKey(lines[n]);
    const recurs = lines.slice(k).some((line) => line.length <= 60 && contentsKey(line) === first);
    if (levels.size >= 2 && (run.length >= 10 || (run.length >= 6 && recurs))) {
      for (let i = run[0]; i <= run[run.length - 1]; i++) found.add(i);
      return;
    }
    n = Math.max(n, k - 1);
  }
}
