// The custom request `wp27017/import`, sent by the client's "Import
// Whitepaper" command: the server turns a published whitepaper's text into the
// source format with the same importer the CLI uses.

export const IMPORT_METHOD = 'wp27017/import';

export interface ImportParams {
  readonly text: string;
  /** Named in the generated header comment. */
  readonly fileName: string;
}

export interface ImportResultMessage {
  readonly yaml: string;
  readonly sections: number;
}
