// The messages between the extension and the preview's webview script, and
// the state the webview keeps for restoring the panel. Plain types: this file
// is compiled both for the extension host and for the browser.

export const PREVIEW_VIEW_TYPE = 'wp27017.preview';

/** Extension → webview. */
export type ToWebview =
  | {
      readonly type: 'render';
      /** Escaped, script-free body HTML from the server's renderer. */
      readonly html: string;
      readonly uri: string;
      readonly review: boolean;
      /** The preview shows whichever whitepaper is in the active editor. */
      readonly follow: boolean;
      /** Source line to show at the top after this render; without it the scroll position is kept. */
      readonly line?: number;
    }
  | { readonly type: 'message'; readonly text: string; readonly uri: string; readonly review: boolean; readonly follow: boolean }
  | { readonly type: 'scrollToLine'; readonly line: number };

/** Webview → extension. Lines and characters are 0-based source positions. */
export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'scroll'; readonly line: number }
  | { readonly type: 'doubleClick'; readonly line: number }
  | { readonly type: 'gotoFinding'; readonly line: number; readonly character: number };

/** What the webview persists with vscode.setState, read back by the panel serializer. */
export interface PreviewState {
  readonly uri: string;
  readonly review: boolean;
  readonly follow?: boolean;
  readonly line?: number;
}
