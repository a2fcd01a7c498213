// The custom request `wp27017/checkFiles`, sent by "Check All Whitepapers in
// Workspace": the server checks files from disk, as the CLI does, and returns
// diagnostics per file for the client's workspace collection.

export const CHECK_FILES_METHOD = 'wp27017/checkFiles';

export interface CheckFilesParams {
  readonly uris: readonly string[];
}

/** LSP diagnostics per file; files that cannot be read are left out. */
export interface CheckFilesResult {
  readonly files: readonly { readonly uri: string; readonly diagnostics: readonly unknown[] }[];
}
