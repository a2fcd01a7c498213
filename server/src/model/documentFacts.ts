// Header values rules need, read defensively from the document data (the
// schema rules already report wrong values; here they fall back to defaults).
import type { ServiceModel } from '../catalog';
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

const refsOf = new WeakMap<WhitepaperModel, readonly PlacedControl[]>();

/** Every control id claimed by a section, nested sections included, in document order; built once per analysis. */
export function controlRefs(document: WhitepaperModel): readonly PlacedControl[] {
  const known = refsOf.get(document);
  if (known) return known;
  const refs: PlacedControl[] = [];
  const visit = (sections: readonly SectionModel[]) => {
    for (const section of sections) {
      for (const control of section.controls) refs.push({ id: control.id, span: control.span, section });
      visit(section.sections);
    }
  };
  visit(document.sections);
  refsOf.set(document, refs);
  return refs;
}
