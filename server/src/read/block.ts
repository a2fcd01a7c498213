// The one model every reader of a published whitepaper produces, whatever the
// format: the document as text (what findings point into) and its blocks, each
// a span of that text with what it is. Readers that see structure (Markdown
// `#`, PDF font sizes, Word heading styles, HTML <h2>) fill the blocks from it;
// the plain-text reader recovers it from layout. One sectioner
// (import/sectionize.ts) builds the whitepaper from blocks.

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  readonly kind: BlockKind;
  /** Offsets into `ReadDocument.text`; a block covers whole lines. */
  readonly start: number;
  readonly end: number;
  /** A heading's depth (1 = top) or a list item's nesting (1 = outermost); 0 for other blocks. */
  readonly level: number;
  /** A heading's words without decoration (`#`, `【】`, `■`), numbers kept. */
  readonly title?: string;
}

export type SourceFormat = 'text' | 'markdown' | 'pdf' | 'docx' | 'html';

/** Where a place of the text sits in the original file, for formats whose own places are not lines of the text. */
export interface SourcePlace {
  readonly page?: number;
  /** 1-based line on the page (PDF). */
  readonly line?: number;
  /** 1-based paragraph of the document (Word, HTML). */
  readonly paragraph?: number;
  /** 1-based line and column in the file itself, where its text is not the document's text (a web page's source). */
  readonly sourceLine?: number;
  readonly sourceColumn?: number;
  /** The headings the place sits under, outermost first. */
  readonly headingPath?: readonly string[];
}

export interface ReadDocument {
  readonly format: SourceFormat;
  /** The document as text, lines separated by "\n": what "Check a Published Whitepaper" shows and findings point into. */
  readonly text: string;
  /** The title the format states (PDF metadata, HTML <title>, Word Title style); otherwise the first line is taken. */
  readonly title?: string;
  /** In text order, not overlapping. Lines no block covers are blank. */
  readonly blocks: readonly Block[];
  /** Where an offset of `text` sits in the original; absent when line and column of `text` are the original's. */
  place?(offset: number): SourcePlace | undefined;
}
