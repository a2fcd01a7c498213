// A place in the original file as a reader says it: "page 3, line 12" in a
// PDF, "paragraph 14, under 5. Data deletion" in Word or a web page (for the
// reviewer, a web page's "line 42, column 31" of its source), "line 40" in a
// plain-text or Markdown file (whose text is the original).
import type { Locale } from '../core/locale';
import type { SourcePlace } from './block';
import { lineAt, lineStarts } from '../core/lines';

export function describePlace(place: SourcePlace | undefined, locale: Locale): string | undefined {
  if (!place) return undefined;
  const under = place.headingPath?.length ? place.headingPath[place.headingPath.length - 1] : undefined;
  if (place.page !== undefined) {
    const at = locale === 'ja' ? `${place.page}ページ${place.line !== undefined ? ` ${place.line}行目` : ''}` : `page ${place.page}${place.line !== undefined ? `, line ${place.line}` : ''}`;
    return at;
  }
  if (place.paragraph !== undefined) {
    if (locale === 'ja') return `第${place.paragraph}段落${under ? `(「${under}」内)` : ''}`;
    return `paragraph ${place.paragraph}${under ? `, under "${under}"` : ''}`;
  }
  return undefined;
}

/** A place in a web page's source, where a reviewer with the page open finds the words: "line 40, column 7, under …". */
function describeInSource(place: SourcePlace & { readonly sourceLine: number }, locale: Locale): string {
  const under = place.headingPath?.length ? place.headingPath[place.headingPath.length - 1] : undefined;
  const column = place.sourceColumn ?? 1;
  if (locale === 'ja') return `${place.sourceLine}行${column}列目${under ? `(「${under}」内)` : ''}`;
  return `line ${place.sourceLine}, column ${column}${under ? `, under "${under}"` : ''}`;
}

/** A place as a reviewer with the original open finds it: a web page's line and column in its source, else as described above. */
export function describeInOriginal(place: SourcePlace | undefined, locale: Locale): string | undefined {
  return place?.sourceLine !== undefined ? describeInSource({ ...place, sourceLine: place.sourceLine }, locale) : describePlace(place, locale);
}

/**
 * Where each offset of a read document's text is as the reviewer finds it in the original: its page, a web page's line
 * and column, or a paragraph, else its line. One describer per document: a report names thousands of places, and the
 * text's lines are found once, not once per finding.
 */
export function offsetDescriber(document: { readonly text: string; place?(offset: number): SourcePlace | undefined }, locale: Locale): (offset: number) => string {
  let starts: number[] | undefined;
  return (offset) => {
    const described = describeInOriginal(document.place?.(offset), locale);
    if (described) return described;
    starts ??= lineStarts(document.text);
    const line = lineAt(starts, offset) + 1;
    return locale === 'ja' ? `${line}行目` : `line ${line}`;
  };
}
