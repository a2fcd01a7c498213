// Header values rules need, read defensively from the document data (the
// schema rules already report wrong values; here they fall back to defaults).
import type { ServiceModel } from '../catalog';
import { append } from '../core/arrays';
import type { Span } from '../core/finding';
import { keptWith } from './keptWith';
import type { ControlRef, SectionModel, WhitepaperModel } from './whitepaper';

export type Numbering = '2013' | '2022';

export function numberingOf(document: WhitepaperModel): Numbering {
  return String(document.data.numbering ?? '2013') === '2022' ? '2022' : '2013';
}

export function serviceModelOf(document: WhitepaperModel): ServiceModel | undefined {
  const model = (document.data.service as { model?: unknown } | undefined)?.model;
  return model === 'IaaS' || model === 'PaaS' || model === 'SaaS' ? model : undefined;
}

export function langOf(document: WhitepaperModel): 'en' | 'ja' {
  return document.data.lang === 'en' ? 'en' : 'ja';
}

export interface PlacedControl extends ControlRef {
  readonly section: SectionModel;
}

/** A claim with its section; its span is the claim's own, wherever the claim has moved since. */
class Claim implements PlacedControl {
  constructor(
    private readonly control: ControlRef,
    readonly section: SectionModel,
  ) {}

  get id(): string {
    return this.control.id;
  }

  get span(): Span {
    return this.control.span;
  }
}

/** The claims of a top-level section and its subsections: kept with the section, which an edit elsewhere leaves as it was. */
export const claimsUnder = keptWith((top: SectionModel): readonly PlacedControl[] => {
  const refs: PlacedControl[] = [];
  const visit = (section: SectionModel) => {
    for (const control of section.controls) refs.push(new Claim(control, section));
    section.sections.forEach(visit);
  };
  visit(top);
  return refs;
});

const refsOf = new WeakMap<WhitepaperModel, readonly PlacedControl[]>();

/** Every control id claimed by a section, nested sections included, in document order; built once per analysis. */
export function controlRefs(document: WhitepaperModel): readonly PlacedControl[] {
  const known = refsOf.get(document);
  if (known) return known;
  const refs: PlacedControl[] = [];
  for (const section of document.sections) append(refs, claimsUnder(section));
  refsOf.set(document, refs);
  return refs;
}
