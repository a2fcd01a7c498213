// Page furniture in text extracted from a paginated document: page numbers
// ("- 3 -", "3 / 12", "Page 3 of 12", "3ページ"), and running headers and
// footers, which repeat. They belong to no section and are dropped.

const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*ページ|[（(]\s*\d{1,4}\s*[)）]|\d{1,4})$/i;
const FOOTER_WORDS = /copyright|©|\(c\)|all rights reserved|confidential|社外秘|無断転載|禁無断/i;
const SENTENCE_END = /[。．.!?！？:：]$/;

/** The 0-based numbers of the lines that are page furniture. */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const blank = (n: number) => (lines[n] ?? '').trim() === '';
  // A bare number counts only standing alone, so a column of figures extracted from a table stays.
  const pageNumbers = lines.flatMap((line, n) => (PAGE_NUMBER.test(line.trim()) && (!/^\d+$/.test(line.trim()) || blank(n - 1) || blank(n + 1)) ? [n] : []));
  // A lone number is a page number only where the document numbers its pages (more than one such line).
  if (pageNumbers.length >= 2) for (const n of pageNumbers) found.add(n);
  const pageNumberLines = new Set(pageNumbers);
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, n) => {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > 100 || SENTENCE_END.test(trimmed)) return;
    const key = trimmed.replace(/\d+/g, '#').replace(/\s+/g, ' ');
    const at = occurrences.get(key);
    if (at) at.push(n);
    else occurrences.set(key, [n]);
  });
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first === -1 ? '' : lines[first].trim().replace(/\d+/g, '#');
  for (const [key, at] of occurrences) {
    if (at.length < 3) continue;
    // Repeated words are furniture when they say so (copyright, page counter) or repeat the title;
    // a short heading such as "概要" may well recur under every chapter.
    const numbered = key.includes('#') && new Set(at.map((n) => lines[n].trim())).size > 1;
    const nearPageNumber = at.filter((n) => [-2, -1, 0, 1, 2].some((d) => pageNumberLines.has(n + d))).length >= at.length / 2;
    if (FOOTER_WORDS.test(key) || numbered || key === title || nearPageNumber) for (const n of at) if (n !== first) found.add(n);
  }
  return found;
}
