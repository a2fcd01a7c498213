// A client command the server may name in a code action: insert a fix as a
// snippet, so that each marker the fix leaves is a tab stop. A client that has
// it says so with `snippetCommand` in its initialization options; the server
// then sends fixes with markers through it, and plain edits to everyone else.

export const INSERT_SNIPPET_COMMAND = 'wp27017.insertSnippet';

export interface InsertSnippetArgs {
  readonly uri: string;
  /** The document version the snippet was computed for: a newer text would get it in the wrong place. */
  readonly version: number;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  /** VS Code snippet syntax. */
  readonly snippet: string;
}
