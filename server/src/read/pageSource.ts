// A web page saved as its source under a text name (".txt"): an HTML document, or a PHP template that writes one. Read as
// text, its tags, scripts and comments become headings and sections; the HTML reader reads what a browser would show.

/** How much of a file's start is enough to tell: a PHP template's `<html>` comes after its includes and settings. */
export const PAGE_SOURCE_HEAD_BYTES = 8192;

const OPENS_PAGE = /^(?:<!doctype html|<html[\s>])/i;

/** Whether a text (or its first PAGE_SOURCE_HEAD_BYTES) is a page's source: its first line opens an HTML document, or opens PHP that writes one. */
export function isPageSource(head: string): boolean {
  const text = head.slice(0, PAGE_SOURCE_HEAD_BYTES).replace(/^\ufeff/, '');
  const first = /\S[^\n]*/.exec(text)?.[0] ?? '';
  if (OPENS_PAGE.test(first)) return true;
  return /^<\?php\b/i.test(first) && /<html[\s>]/i.test(text);
}
