// The custom request `wp27017/render`, shared by the client and the server.
// The preview and "Export to HTML" send it; the server renders the document
// it holds with the same core renderer as `wp27017 render`, so what the
// reviewer sees in the editor is what the CLI publishes.

export const RENDER_METHOD = 'wp27017/render';

export interface RenderParams {
  readonly textDocument: { readonly uri: string };
  /** Show each finding inline where it applies, with a summary at the top. */
  readonly review: boolean;
  /** A whole standalone HTML file (CSS inlined, print-ready) instead of the body for the preview. */
  readonly standalone?: boolean;
}

/** Null when the document is not an open whitepaper. */
export type RenderResult = {
  readonly uri: string;
  readonly version: number;
  /** The whitepaper's title, for the preview tab. */
  readonly title: string;
  /**
   * Escaped HTML with no scripts. For the preview: the contents of <body>.
   * Block elements carry data-line (0-based source line) for scroll sync;
   * inline findings carry data-line and data-character of their start.
   */
  readonly html: string;
} | null;
