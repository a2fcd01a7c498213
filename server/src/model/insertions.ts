// Where new YAML goes when a fix adds a section or a not-applicable entry:
// where a reader would look for it, in the document's own indentation.
import type { TextEdit } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import { memoised, normalizedId } from './controlIds';
import { claimsUnder } from './documentFacts';
import { keptWith } from './keptWith';
import type { SectionModel, WhitepaperModel } from './whitepaper';

/** The offset just before the line break that ends the line holding `offset - 1`. */
function endOfLine(text: SourceText, offset: number): number {
  const at = text.indexOf('\n', Math.max(0, offset - 1));
  return at === -1 ? text.length : at;
}

/** A control id as YAML text: a 2022 id ("8.13") would read as a number, so it is quoted, in the author's quotes if given. */
export function controlIdAsYaml(id: string, quote = '"'): string {
  return /^\d+\.\d+$/.test(id) ? `${quote}${id}${quote}` : id;
}

export function columnOf(text: SourceText, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The end of the line that holds the last written character before `end` (not counting trailing blank lines). */
export function endOfLastLine(text: SourceText, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last--;
  const at = text.indexOf('\n', last);
  const lineEnd = at === -1 || at > end ? Math.max(last, Math.min(end, text.length)) : at;
  return text.charAt(lineEnd - 1) === '\r' ? lineEnd - 1 : lineEnd;
}

/** A control id as numbers to sort by: CLD.8.1.5 just after 8.1.5; undefined for what is not an id. Memoised per id. */
const orderKey = memoised((raw: string): number[] | undefined => {
  const id = normalizedId(raw);
  const cloud = id.startsWith('CLD.');
  const parts = (cloud ? id.slice(4) : id).split('.').map(Number);
  return parts.every((n) => Number.isInteger(n)) ? [...parts, cloud ? 1 : 0] : undefined;
});

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** A section item at the indentation of `beside`: after it, or (first) before it; `lines` are relative to the item's `- `. */
function siblingEdit(text: SourceText, beside: SectionModel, lines: readonly string[], where: 'after' | 'before'): TextEdit {
  const keyColumn = columnOf(text, beside.head.start);
  const dash = ' '.repeat(Math.max(0, keyColumn - 2));
  const inner = ' '.repeat(keyColumn);
  const item = lines.map((line, i) => (i === 0 ? `${dash}- ${line}` : `${inner}${line}`)).join('\n');
  if (where === 'after') {
    const at = endOfLastLine(text, beside.span.start, beside.span.end);
    return { start: at, end: at, text: `\n${item}` };
  }
  const at = text.lastIndexOf('\n', beside.head.start - 1) + 1;
  return { start: at, end: at, text: `${item}\n` };
}

/**
 * A new section for control `id` where control order puts it: right after the section that answers the nearest
 * lower control, as its sibling when it is of the same clause, else beside the top-level section that holds it;
 * before the first when every answered control comes later; after the last top-level section when none has controls.
 */
const orderedRefs = new WeakMap<WhitepaperModel, { key: number[]; section: SectionModel }[]>();

/**
 * The claimed controls in control order, built once per analysis, as every missing control asks. Only the first
 * and the last claim (in document order) of each distinct id can be a nearest neighbour, so only those are kept
 * and sorted: a whitepaper claims thousands of controls but few distinct ids.
 */
function refsInControlOrder(document: WhitepaperModel): { key: number[]; section: SectionModel }[] {
  let refs = orderedRefs.get(document);
  if (!refs) {
    const claims = new Map<number[], { first: SectionModel; last: SectionModel }>();
    for (const top of document.sections) {
      for (const [key, { first, last }] of claimsByKey(top)) {
        const claim = claims.get(key);
        if (claim) claim.last = last;
        else claims.set(key, { first, last });
      }
    }
    // Ids written differently ("12.3.1", "A.12.3.1") share a normalized key but not the memoised array: merged by the stable sort.
    refs = [...claims].flatMap(([key, { first, last }]) => (first === last ? [{ key, section: first }] : [{ key, section: first }, { key, section: last }]));
    refs.sort((a, b) => compareKeys(a.key, b.key) || a.section.span.start - b.section.span.start);
    orderedRefs.set(document, refs);
  }
  return refs;
}

/** The first and the last section claiming each id under a top-level section: kept with it, so an edit re-reads only the section it touched. */
const claimsByKey = keptWith((top: SectionModel): ReadonlyMap<number[], { readonly first: SectionModel; readonly last: SectionModel }> => {
  const claims = new Map<number[], { first: SectionModel; last: SectionModel }>();
  for (const ref of claimsUnder(top)) {
    const key = orderKey(ref.id);
    if (!key) continue;
    const claim = claims.get(key);
    if (claim) claim.last = ref.section;
    else claims.set(key, { first: ref.section, last: ref.section });
  }
  return claims;
});

/** The top-level section that holds `section` (itself, if it is one): found by binary search, top-level sections being in document order. */
function topHolding(document: WhitepaperModel, section: SectionModel): SectionModel | undefined {
  const tops = document.sections;
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]!.span.start <= section.span.start) lo = mid + 1;
    else hi = mid;
  }
  const top = tops[lo - 1];
  return top && section.span.end <= top.span.end ? top : undefined;
}

export function sectionEdit(document: WhitepaperModel, id: string, lines: readonly string[]): TextEdit | undefined {
  const key = orderKey(id);
  const refs = key ? refsInControlOrder(document) : [];
  // The first claimed control at or after `id` in control order; the one before it is the nearest lower.
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(refs[mid]!.key, key!) < 0) lo = mid + 1;
    else hi = mid;
  }
  const below = refs[lo - 1];
  const above = refs[lo];
  // A neighbour nested in another clause's section gives way to that clause's top-level section.
  const beside = (near: { section: SectionModel; key: number[] }) => (near.key[0] === key![0] ? near.section : (topHolding(document, near.section) ?? near.section));
  if (below) return siblingEdit(document.text, beside(below), lines, 'after');
  if (above) return siblingEdit(document.text, beside(above), lines, 'before');
  const last = document.sections[document.sections.length - 1];
  return last && siblingEdit(document.text, last, lines, 'after');
}

/** A `id: reason` line added to not_applicable, or the whole key added at the end of the document. */
export function notApplicableEdit(document: WhitepaperModel, id: string, reason: string): TextEdit | undefined {
  const entry = document.entries.find((e) => e.key === 'not_applicable');
  const { text } = document;
  if (!entry) {
    const at = text.length;
    return { start: at, end: at, text: `${text.charAt(text.length - 1) === '\n' || text.length === 0 ? '' : '\n'}not_applicable:\n  ${id}: ${reason}\n` };
  }
  const lastEntry = document.notApplicable[document.notApplicable.length - 1];
  if (!lastEntry) {
    // "not_applicable:" with nothing under it yet, or a flow mapping we will not rewrite.
    if (/\{/.test(text.slice(entry.keySpan.end, endOfLine(text, entry.keySpan.end)))) return undefined;
    const at = endOfLine(text, entry.keySpan.end);
    return { start: at, end: at, text: `\n  ${id}: ${reason}` };
  }
  if (/\{/.test(text.slice(entry.keySpan.end, endOfLine(text, entry.keySpan.end)))) return undefined;
  const at = endOfLine(text, lastEntry.valueSpan.end);
  return { start: at, end: at, text: `\n${' '.repeat(columnOf(text, lastEntry.keySpan.start))}${id}: ${reason}` };
}
