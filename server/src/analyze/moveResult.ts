// Moves a cached segment's model to where its segment now sits, in place: the
// sections, entries and facts stay the same objects (only their spans are
// new), so whatever is kept per object (what a rule read from a section, see
// model/keptWith.ts) stays valid across edits, and an edit above a thousand
// sections allocates spans, not a second model. Spans themselves are
// replaced, never changed: the model shares some span objects between fields.
// Findings are not moved: they stay relative to their segment (placeFindings.ts).
import type { Span } from '../core/finding';
import type { ModelPart, SectionModel } from '../model/whitepaper';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const moved = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function moveSection(section: Mutable<SectionModel>, by: number): void {
  section.span = moved(section.span, by);
  section.head = moved(section.head, by);
  if (section.titleSpan) section.titleSpan = moved(section.titleSpan, by);
  if (section.controlsKeySpan) section.controlsKeySpan = moved(section.controlsKeySpan, by);
  if (section.bodySpan) section.bodySpan = moved(section.bodySpan, by);
  for (const control of section.controls as Mutable<SectionModel['controls'][number]>[]) control.span = moved(control.span, by);
  for (const fact of section.facts as Mutable<SectionModel['facts'][number]>[]) {
    fact.keySpan = moved(fact.keySpan, by);
    fact.valueSpan = moved(fact.valueSpan, by);
  }
  for (const fact of section.prose as Mutable<SectionModel['prose'][number]>[]) {
    fact.span = moved(fact.span, by);
    fact.sentence = moved(fact.sentence, by);
  }
  for (const child of section.sections) moveSection(child, by);
}

export function movePart(part: ModelPart, by: number): void {
  for (const entry of part.entries as Mutable<ModelPart['entries'][number]>[]) {
    entry.keySpan = moved(entry.keySpan, by);
    entry.span = moved(entry.span, by);
  }
  for (const section of part.sections) moveSection(section, by);
  for (const entry of part.notApplicable as Mutable<ModelPart['notApplicable'][number]>[]) {
    entry.keySpan = moved(entry.keySpan, by);
    entry.valueSpan = moved(entry.valueSpan, by);
  }
}
