// Cached parts carry spans relative to their segment; assembly moves them to
// where the segment sits in the current text.
import type { Span } from '../core/finding';
import type { ModelPart, SectionModel } from './whitepaper';

const shiftSpan = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });
const shiftOptional = (span: Span | undefined, by: number) => (span ? shiftSpan(span, by) : undefined);

export function shiftSection(section: SectionModel, by: number): SectionModel {
  return {
    ...section,
    span: shiftSpan(section.span, by),
    head: shiftSpan(section.head, by),
    titleSpan: shiftOptional(section.titleSpan, by),
    controlsKeySpan: shiftOptional(section.controlsKeySpan, by),
    bodySpan: shiftOptional(section.bodySpan, by),
    controls: section.controls.map((c) => ({ ...c, span: shiftSpan(c.span, by) })),
    facts: section.facts.map((f) => ({ ...f, keySpan: shiftSpan(f.keySpan, by), valueSpan: shiftSpan(f.valueSpan, by) })),
    prose: section.prose.map((f) => ({ ...f, span: shiftSpan(f.span, by), sentence: shiftSpan(f.sentence, by) })),
    sections: section.sections.map((s) => shiftSection(s, by)),
  };
}

export function shiftPart(part: ModelPart, by: number): ModelPart {
  if (by === 0) return part;
  return {
    entries: part.entries.map((e) => ({ ...e, keySpan: shiftSpan(e.keySpan, by), span: shiftSpan(e.span, by) })),
    sections: part.sections.map((s) => shiftSection(s, by)),
    notApplicable: part.notApplicable.map((n) => ({ ...n, keySpan: shiftSpan(n.keySpan, by), valueSpan: shiftSpan(n.valueSpan, by) })),
  };
}
