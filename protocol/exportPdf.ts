// The custom request `wp27017/exportPdf`: "Export to PDF" in VS Code. The
// server renders the text it holds, as `wp27017 render --pdf` does, and has
// Chromium print it to the file the client chose.

export const EXPORT_PDF_METHOD = 'wp27017/exportPdf';

export interface ExportPdfParams {
  readonly textDocument: { readonly uri: string };
  readonly review: boolean;
  /** A file: URI; the file is replaced. */
  readonly target: string;
}

/** On failure, a message for the author in the server's language (no Chromium, a document not open…). */
export type ExportPdfResult = { readonly ok: true } | { readonly ok: false; readonly message: string };
