// Moves a cached segment's model to where its segment now sits, in place: the
// sections, entries and facts stay the same objects, and so do their spans,
// whose offsets are changed. Whatever is kept per object (what a rule read from
// a section, see model/keptWith.ts) stays valid across edits, and an edit above a
// thousand sections allocates nothing that outlives it: new spans, kept until the
// next edit, were half a megabyte of garbage per keystroke at 1 MB, promoted to
// the worker's old generation. The model shares some span objects between fields
// (a head that is the whole section, a value span that is its key's), so each is
// moved once; a frozen span (the builder's shared empty one) is replaced instead.
// Findings are not moved: they stay relative to their segment (placeFindings.ts).
import type { Span } from '../core/finding';
import type { ModelPart, SectionModel } from '../model/whitepaper';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `span` moved by `by`: the same object, unless it is frozen or was moved already in this part. */
function mover(by: number): (span: Span) => Span {
  const done = new Set<Span>();
  return (span) => {
    if (done.has(span)) return span;
    if (Object.isFrozen(span)) return { start: span.start + by, end: span.end + by };
    const own = span as Mutable<Span>;
    own.start += by;
    own.end += by;
    done.add(span);
    return span;
  };
}

function moveSection(section: Mutable<SectionModel>, moved: (span: Span) => Span): void {
  section.span = moved(section.span);
  section.head = moved(section.head);
  if (section.titleSpan) section.titleSpan = moved(section.titleSpan);
  if (section.controlsKeySpan) section.controlsKeySpan = moved(section.controlsKeySpan);
  if (section.bodySpan) section.bodySpan = moved(section.bodySpan);
  for (const control of section.controls as Mutable<SectionModel['controls'][number]>[]) control.span = moved(control.span);
  for (const fact of section.facts as Mutable<SectionModel['facts'][number]>[]) {
    fact.keySpan = moved(fact.keySpan);
    fact.valueSpan = moved(fact.valueSpan);
  }
  for (const fact of section.prose as Mutable<SectionModel['prose'][number]>[]) {
    fact.span = moved(fact.span);
    fact.sentence = moved(fact.sentence);
  }
  for (const child of section.sections) moveSection(child, moved);
}

export function movePart(part: ModelPart, by: number): void {
  const moved = mover(by);
  for (const entry of part.entries as Mutable<ModelPart['entries'][number]>[]) {
    entry.keySpan = moved(entry.keySpan);
    entry.span = moved(entry.span);
  }
  for (const section of part.sections) moveSection(section, moved);
  for (const entry of part.notApplicable as Mutable<ModelPart['notApplicable'][number]>[]) {
    entry.keySpan = moved(entry.keySpan);
    entry.valueSpan = moved(entry.valueSpan);
  }
}
