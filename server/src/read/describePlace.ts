// A place in the original file as a reader says it: "page 3, line 12" in a
// PDF, "paragraph 14, under 5. Data deletion" in Word or a web page, "line 40"
// in a plain-text or Markdown file (whose text is the original).
import type { Locale } from '../core/locale';
import type { SourcePlace } from './block';

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

/** An offset of a read document's text as the reviewer finds it in the original: its page or paragraph, else its line. */
export function describeOffset(document: { readonly text: string; place?(offset: number): SourcePlace | undefined }, offset: number, locale: Locale): string {
  const described = describePlace(document.place?.(offset), locale);
  if (described) return described;
  let line = 1;
  for (let at = document.text.indexOf('\n'); at !== -1 && at < offset; at = document.text.indexOf('\n', at + 1)) line++;
  return locale === 'ja' ? `${line}行目` : `line ${line}`;
}
