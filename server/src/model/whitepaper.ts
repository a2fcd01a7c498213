// The whitepaper as rules, hover, outline and preview see it: plain values
// with the source span of everything a finding may point at.
import type { Span } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import type { Fact } from '../facts';

export interface ControlRef {
  readonly id: string;
  readonly span: Span;
}

export interface FactEntry {
  readonly key: string;
  readonly value: unknown;
  readonly keySpan: Span;
  readonly valueSpan: Span;
}

/** A fact read from a section's prose (facts/), with its place in the YAML source. */
export interface ProseFact extends Omit<Fact, 'start' | 'end' | 'sentence'> {
  readonly span: Span;
  /** The sentence the fact was read from. */
  readonly sentence: Span;
}

export interface SectionModel {
  /** The whole section node; `head` is its first line, where section-level findings sit. */
  readonly span: Span;
  readonly head: Span;
  readonly title?: string;
  readonly titleSpan?: Span;
  readonly controls: readonly ControlRef[];
  readonly controlsKeySpan?: Span;
  readonly body?: string;
  readonly bodySpan?: Span;
  readonly facts: readonly FactEntry[];
  /** What the body says, read by facts/extractFacts; spans in the source. */
  readonly prose: readonly ProseFact[];
  readonly sections: readonly SectionModel[];
}

export interface TopEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** Key through value: what the outline selects. */
  readonly span: Span;
}

export interface NotApplicableEntry {
  readonly id: string;
  readonly reason: unknown;
  readonly keySpan: Span;
  readonly valueSpan: Span;
}

/** What one segment contributes; parts concatenate into the document model. */
export interface ModelPart {
  readonly entries: readonly TopEntry[];
  readonly sections: readonly SectionModel[];
  readonly notApplicable: readonly NotApplicableEntry[];
}

export interface WhitepaperModel extends ModelPart {
  /** Read through `SourceText`'s methods: in the language server it is the text's pieces, never joined on a keystroke. */
  readonly text: SourceText;
  /** The document as data (top-level keys to values), for rules that read header fields. */
  readonly data: Readonly<Record<string, unknown>>;
}

export const EMPTY_PART: ModelPart = { entries: [], sections: [], notApplicable: [] };
