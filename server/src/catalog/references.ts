// Control references written in prose, in the forms published whitepapers use:
// "CLD.9.5.1", "A.12.3.1", spaced "A. 9. 2. 1", after the standard's name
// ("ISO/IEC 27017 12.4.1", "(ISO/IEC27017 項:12.4.1)"), and ids of the 2022
// edition named as such ("[ISO/IEC 27002:2022] 8.13"). A reference written
// in a form a reader may not recognise ("CLD12.1.5", "A12.3.1") is found too,
// with the form it should take. Pure; linear-time patterns.
import { counterparts, lookupControl, normalizeControlId } from './index';

export interface ControlReference {
  /** Offsets of the reference in the text. */
  readonly start: number;
  readonly end: number;
  /** The controls it names, in 2013 numbering. */
  readonly ids: readonly string[];
  /** Set when the reference is misformatted: the way to write it. */
  readonly canonical?: string;
}

const N = '[0-9０-９]{1,2}';
const DOT = '\\s?[.．]\\s?';
const CLD = new RegExp(`CLD(\\s?[.．]?\\s?)(${N})(${DOT})(${N})(${DOT})(${N})(?![0-9０-９]|[.．][0-9０-９])`, 'gi');
const ANNEX_A = new RegExp(`(?<![A-Za-z0-9０-９.．])A(\\s?[.．]?\\s?)(${N})(${DOT})(${N})(${DOT})(${N})(?![0-9０-９]|[.．][0-9０-９])`, 'g');
const AFTER_STANDARD = new RegExp(`(?:2700[12]|2701[78])(?:\\s?[:：]\\s?20[01][0-9])?\\]?\\s?(?:の|項|clause|control|section)?\\s?[:：]?\\s?(${N}[.．]${N}[.．]${N})(?![0-9０-９]|[.．][0-9０-９])`, 'gi');
const CLAUSE = new RegExp(`(?:項|clause|control|管理策)\\s?[:：]?\\s?(${N}[.．]${N}[.．]${N})(?![0-9０-９]|[.．][0-9０-９])`, 'gi');
const EDITION_2022 = new RegExp(`(?:2700[12])\\s?[:：]\\s?2022\\]?\\s?[)）]?\\s?(?:A\\s?[.．]\\s?)?(${N}[.．]${N})(?![0-9０-９]|[.．][0-9０-９])`, 'gi');

const digits = (s: string) => s.normalize('NFKC');

export function findControlReferences(text: string): ControlReference[] {
  const found: ControlReference[] = [];
  const taken: [number, number][] = [];
  const add = (start: number, end: number, ids: string[], canonical?: string) => {
    if (ids.length === 0 || taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    found.push({ start, end, ids, ...(canonical ? { canonical } : {}) });
  };
  for (const m of text.matchAll(CLD)) {
    const id = `CLD.${digits(m[2])}.${digits(m[4])}.${digits(m[6])}`;
    if (!lookupControl(id)) continue;
    // "CLD.9.5.1" is the form; a missing dot or spaces inside make a reference some readers miss.
    const wellFormed = m[0].startsWith('CLD.') && !/\s/.test(m[0]) && !/[０-９．]/.test(m[0]);
    add(m.index!, m.index! + m[0].length, [id], wellFormed ? undefined : id);
  }
  for (const m of text.matchAll(ANNEX_A)) {
    const id = normalizeControlId(`${digits(m[2])}.${digits(m[4])}.${digits(m[6])}`);
    if (!lookupControl(id, '2013')) continue;
    // A spaced "A. 9. 2. 1" is a common typographic form; only a missing dot after A is malformed.
    const malformed = !/[.．]/.test(m[1]);
    add(m.index!, m.index! + m[0].length, [id], malformed ? `A.${id}` : undefined);
  }
  for (const m of text.matchAll(EDITION_2022)) {
    const at = m.index! + m[0].length - m[1].length;
    add(at, at + m[1].length, counterparts(normalizeControlId(digits(m[1])), '2022'));
  }
  for (const pattern of [AFTER_STANDARD, CLAUSE]) {
    for (const m of text.matchAll(pattern)) {
      const id = normalizeControlId(digits(m[1]));
      const at = m.index! + m[0].length - m[1].length;
      if (lookupControl(id, '2013')) add(at, at + m[1].length, [id]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
