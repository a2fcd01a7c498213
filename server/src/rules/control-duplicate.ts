// The same control claimed twice: by two sections (a reader does not know
// which one is authoritative), or by a section and not_applicable (a contradiction).
// Checked segment by segment: a segment's findings depend only on which claims
// come first for its ids before it (not_applicable's: anywhere), so an edit that
// changes no claim re-reports nothing; the first claim's place is given by the
// claim itself (RelatedSpan.of), wherever it has moved.
import type { ControlRef, ModelPart, SectionModel } from '../model/whitepaper';
import { normalizedId } from '../model/controlIds';
import { keptByPart } from '../model/placeIndex';
import { arraysBySize } from '../core/arrays';
import { defineRule } from './rule';

interface Claim {
  /** Normalised: "12.3.1" and "A.12.3.1" are one control. */
  readonly id: string;
  readonly control: ControlRef;
  readonly title: string;
}

/** The inputs of a part that has none (PartCheck.inputs). */
const NONE: readonly unknown[] = [];

/** A part's claims in document order, and the first claim of each id within it. */
const claimsOf = keptByPart((part: ModelPart) => {
  const claims: Claim[] = [];
  const visit = (sections: readonly SectionModel[]) => {
    for (const section of sections) {
      for (const control of section.controls) {
        const id = normalizedId(control.id);
        claims.push({ id, control, title: section.title ?? id });
      }
      visit(section.sections);
    }
  };
  visit(part.sections);
  // The first claim of each id within the part, as a list: walked for every part on every edit.
  const seen = new Set<string>();
  const firsts: Claim[] = [];
  for (const claim of claims) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    firsts.push(claim);
  }
  return { claims, firsts, ids: seen };
});

export default defineRule({
  id: 'control-duplicate',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'The same control is claimed by two sections, or by a section and not_applicable.',
    ja: '同じ管理策が2つのセクション、またはセクションと not_applicable の両方で扱われています。',
  },
  messages: {
    twoSections: {
      en: '{id} is already answered by section "{other}"; answer it in one place, or refer to that section.',
      ja: '{id} はすでにセクション「{other}」で扱われています。1か所にまとめるか、そのセクションを参照してください。',
    },
    sectionAndNotApplicable: {
      en: '{id} is declared not applicable, but section "{other}" answers it; keep one of the two.',
      ja: '{id} は適用除外と宣言されていますが、セクション「{other}」で扱われています。どちらか一方にしてください。',
    },
    firstClaim: {
      en: 'First claim of {id}.',
      ja: '{id} を最初に扱っている箇所。',
    },
  },
  checkParts(document, _context, parts) {
    // Asked by the part's place: an array read per part, where a lookup per part was a tenth of a keystroke's rules.
    const claimsAt = claimsOf.in(document, undefined, parts);
    const before = new Map<string, Claim>();
    // The first claim of an id anywhere, asked by a part's not_applicable entries once `before` holds the claims up
    // to that part: it is there, or in a later part. Not a map of every part's claims built on every edit, as
    // not_applicable most often comes after the sections, where `before` already knows every claim.
    const laterFirst = new Map<string, Claim | undefined>();
    const firstAnywhere = (id: string, index: number): Claim | undefined => {
      const found = before.get(id);
      if (found || laterFirst.has(id)) return found ?? laterFirst.get(id);
      let first: Claim | undefined;
      for (let i = index + 1; i < parts.length && !first; i++) if (claimsAt(i).ids.has(id)) first = claimsAt(i).firsts.find((c) => c.id === id);
      laterFirst.set(id, first);
      return first;
    };
    // The last part's inputs: its first `earlier` are the first claims before it of its ids, what its findings point
    // at (check follows inputs for the same part). Written again for each part, then given in the array of their
    // length, not one array per part: this runs for every segment on every edit, and the caller keeps a copy of the
    // few it keeps.
    const written: unknown[] = [];
    const ofLength = arraysBySize<unknown>();
    let earlier = 0;
    return {
      inputs(part, _at, index) {
        let count = 0;
        for (const claim of claimsAt(index).firsts) {
          const first = before.get(claim.id);
          if (first) written[count++] = first;
          else before.set(claim.id, claim);
        }
        earlier = count;
        for (const entry of part.notApplicable) written[count++] = firstAnywhere(normalizedId(entry.id), index);
        if (count === 0) return NONE;
        const inputs = ofLength(count);
        for (let i = 0; i < count; i++) inputs[i] = written[i];
        return inputs;
      },
      check(part, report, _text, index) {
        const first = new Map<string, Claim>();
        for (let i = 0; i < earlier; i++) {
          const claim = written[i] as Claim;
          first.set(claim.id, claim);
        }
        for (const claim of claimsAt(index).claims) {
          const found = first.get(claim.id);
          if (!found) {
            first.set(claim.id, claim);
            continue;
          }
          report({
            ...claim.control.span,
            messageId: 'twoSections',
            data: { id: claim.control.id, other: found.title },
            related: [{ ...found.control.span, of: found.control, messageId: 'firstClaim', data: { id: claim.id } }],
          });
        }
        for (const entry of part.notApplicable) {
          const found = firstAnywhere(normalizedId(entry.id), index);
          if (!found) continue;
          report({
            ...entry.keySpan,
            messageId: 'sectionAndNotApplicable',
            data: { id: entry.id, other: found.title },
            related: [{ ...found.control.span, of: found.control, messageId: 'firstClaim', data: { id: entry.id } }],
          });
        }
      },
    };
  },
});
