// Moves a cached segment's model to where its segment now sits, in place: the
// sections, entries and facts stay the same objects, and so do their spans,
// whose offsets are changed. Whatever is kept per object (what a rule read from
// a section, see model/keptWith.ts) stays valid across edits, and an edit above a
// thousand sections allocates nothing that outlives it: new spans, kept until the
// next edit, were half a megabyte of garbage per keystroke at 1 MB, promoted to
// the worker's old generation. The builder (model/buildModel.ts) gives two fields
// one span object in two places only: a section's head that is its whole span, and
// a value span that is its key's (a fact, a not-applicable entry); each is moved
// once, by comparing the two. A set of the spans already moved, which this replaced,
// was 2.6 MB of garbage per keystroke at 5 MB. The builder's shared empty span
// (frozen) is replaced instead, known by identity: Object.isFrozen, asked of every
// span, was a call into V8's C++ each time. Findings are not moved: they stay
// relative to their segment (placeFindings.ts).
import type { Span } from '../core/finding';
import { NO_SPAN } from '../model/buildModel';
import type { ModelPart, SectionModel } from '../model/whitepaper';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `span` moved by `by`: the same object, unless it is the builder's shared one. */
function moved(span: Span, by: number): Span {
  if (span === NO_SPAN) return { start: span.start + by, end: span.end + by };
  const own = span as Mutable<Span>;
  own.start += by;
  own.end += by;
  return span;
}

/** `second`, which may be `first` as it was before it moved (`movedFirst` now): moved unless it is that one. */
function movedAfter(second: Span, first: Span, movedFirst: Span, by: number): Span {
  return second === first ? movedFirst : moved(second, by);
}

function moveSection(section: Mutable<SectionModel>, by: number): void {
  const span = section.span;
  section.span = moved(span, by);
  section.head = movedAfter(section.head, span, section.span, by);
  if (section.titleSpan) section.titleSpan = moved(section.titleSpan, by);
  if (section.controlsKeySpan) section.controlsKeySpan = moved(section.controlsKeySpan, by);
  if (section.bodySpan) section.bodySpan = moved(section.bodySpan, by);
  for (const control of section.controls as Mutable<SectionModel['controls'][number]>[]) control.span = moved(control.span, by);
  for (const fact of section.facts as Mutable<SectionModel['facts'][number]>[]) {
    const key = fact.keySpan;
    fact.keySpan = moved(key, by);
    fact.valueSpan = movedAfter(fact.valueSpan, key, fact.keySpan, by);
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
    const key = entry.keySpan;
    entry.keySpan = moved(key, by);
    entry.valueSpan = movedAfter(entry.valueSpan, key, entry.keySpan, by);
  }
}
