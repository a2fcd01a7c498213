// Outline, folding, definition, references, hover and completion over LSP: converts the pure features' offsets to ranges.
import { CompletionItemKind, FoldingRangeKind, InsertTextFormat, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type FoldingRange, type Hover, type Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../analyze/documentKind';
import type { Span } from '../core/finding';
import type { Locale } from '../core/locale';
import { provideCompletion } from '../features/completion';
import { provideControlCompletion } from '../features/controlCompletion';
import { provideControlHover } from '../features/controlHover';
import { provideControlDefinition, provideControlReferences } from '../features/controlReferences';
import { provideFactHover } from '../features/factHover';
import { provideFolding } from '../features/folding';
import { provideHover } from '../features/hover';
import { provideOutline, type OutlineItem } from '../features/outline';
import type { WhitepaperModel } from '../model/whitepaper';

function range(document: TextDocument, span: Span) {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

function toSymbol(document: TextDocument, item: OutlineItem): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: item.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Property,
    range: range(document, item.span),
    selectionRange: range(document, item.selection),
    children: item.children.map((child) => toSymbol(document, child)),
  };
}

export function documentSymbols(document: TextDocument, model: WhitepaperModel, kind: DocumentKind): DocumentSymbol[] {
  return provideOutline(model, kind.splitKey).map((item) => toSymbol(document, item));
}

export function foldingRanges(document: TextDocument, model: WhitepaperModel): FoldingRange[] {
  // The analysed text, in pieces in the worker: the editor asks for folds after every change, the text is not joined for them.
  const text = model.text;
  const ranges = new Map<string, FoldingRange>();
  for (const span of provideFolding(model)) {
    // A node's span includes the line breaks after it; the fold ends on its last written line.
    let end = span.end;
    while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
    const startLine = document.positionAt(span.start).line;
    const endLine = document.positionAt(end).line;
    if (endLine > startLine) ranges.set(`${startLine}:${endLine}`, { startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return [...ranges.values()];
}

export function definition(document: TextDocument, model: WhitepaperModel, offset: number): Location[] {
  return provideControlDefinition(model, offset).map((span) => ({ uri: document.uri, range: range(document, span) }));
}

export function references(document: TextDocument, model: WhitepaperModel, offset: number, includeDeclaration: boolean): Location[] {
  return provideControlReferences(model, offset, includeDeclaration).map((span) => ({ uri: document.uri, range: range(document, span) }));
}

/** Without a model (the document's analysis is not ready), only the schema's help, read from the text. */
export function hover(document: TextDocument, model: WhitepaperModel | undefined, offset: number, kind: DocumentKind, locale: Locale): Hover | null {
  // A phrase the checker read a fact from, or a control id, explains itself first; any other place shows the schema's help.
  const fromModel = model && (provideFactHover(model, offset, locale) ?? provideControlHover(model, offset, locale));
  const result = fromModel ?? provideHover(document.getText(), offset, kind, locale);
  return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: range(document, result) } : null;
}

export function completion(document: TextDocument, offset: number, kind: DocumentKind, locale: Locale, model: () => WhitepaperModel | undefined): CompletionItem[] {
  const text = document.getText();
  // Control ids first: where one goes, the schema has nothing better to offer. The model is only built for a whitepaper.
  const entries = (kind.name === 'whitepaper' ? provideControlCompletion(text, offset, model, locale) : undefined) ?? provideCompletion(text, offset, kind, locale);
  return entries.map((entry, i) => ({
    label: entry.label,
    kind: entry.kind === 'key' ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    ...(entry.replace ? { textEdit: { range: range(document, entry.replace), newText: entry.insert } } : { insertText: entry.insert }),
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: entry.filterText,
    sortText: String(i).padStart(3, '0'),
  }));
}
