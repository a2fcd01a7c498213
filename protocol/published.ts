// Custom requests for published whitepapers (PDF, Word, web pages, text) and
// for the reviewer's outputs, shared by the client and the server. Files
// travel as base64, read by the client through VS Code's file system, so a
// remote or virtual workspace works as a local one.

/** "Check a Published Whitepaper…": the extracted text, the findings on it, and the reviewer page of the imported whitepaper. */
export const CHECK_PUBLISHED_METHOD = 'wp27017/checkPublished';
/** "Import Whitepaper" for a PDF, Word file or web page: the same answer as wp27017/import. */
export const IMPORT_PUBLISHED_METHOD = 'wp27017/importPublished';
/** "Export to Word": the open whitepaper as a .docx file. */
export const EXPORT_DOCX_METHOD = 'wp27017/exportDocx';
/** "Export Gap Report": the open whitepaper, or a published file, as the reviewer's gap report. */
export const GAP_REPORT_METHOD = 'wp27017/gapReport';

export interface PublishedFile {
  /** The file's name, for its format and the messages. */
  readonly fileName: string;
  /** Where the file is, so the nearest .wp27017.yaml applies. */
  readonly uri: string;
  /** The file's bytes, base64. */
  readonly data: string;
}

export interface PublishedFinding {
  /** UTF-16 offsets into `text`. */
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly ruleId: string;
  readonly message: string;
  /** Where in the original: "page 3, line 12", "paragraph 14, under …". */
  readonly where?: string;
}

export type Failure = { readonly ok: false; readonly message: string };

/** A heading of the extracted text that became a section: the hover says which controls it was read as answering, and why. */
export interface PublishedHeading {
  /** UTF-16 offsets into `text`. */
  readonly start: number;
  readonly end: number;
  /** Markdown, in the editor's language. */
  readonly hover: string;
}

export type CheckPublishedResult =
  | { readonly ok: true; readonly title: string; readonly text: string; readonly findings: readonly PublishedFinding[]; readonly headings: readonly PublishedHeading[]; readonly html: string }
  | Failure;

export type BinaryResult = { readonly ok: true; readonly data: string } | Failure;

export interface ExportDocxParams {
  readonly textDocument: { readonly uri: string };
}

export interface GapReportParams {
  readonly format: 'xlsx' | 'csv' | 'md';
  /** An open whitepaper… */
  readonly textDocument?: { readonly uri: string };
  /** …or a published file. */
  readonly file?: PublishedFile;
}
