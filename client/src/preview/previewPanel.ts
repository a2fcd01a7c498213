// One preview: a webview panel showing one whitepaper as the server renders
// it, kept current while the author types, scrolled along with the editor.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import type { FromWebview, ToWebview } from './messages';
import { requestRender } from './renderRequest';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** Long enough to coalesce a burst of keystrokes, short enough that the preview follows within 300 ms of the last one. */
const DEBOUNCE_MS = 100;
/**
 * After the preview moved the editor (the reader scrolls it, or clicked a finding), the editor's own
 * scroll events are not sent back for this long, or the preview would jump away from what was clicked.
 */
const ECHO_MS = 300;

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private review: boolean;
  /** The webview script runs and listens; false while the panel is hidden, because its page is then discarded. */
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;
  /** Where the next render should put the top of the preview; afterwards the script keeps its own scroll position. */
  private lineAfterRender: number | undefined;
  private quietUntil = 0;
  private gone = false;

  private target: vscode.Uri;
  /** Like the Markdown preview's: an unlocked preview shows whichever whitepaper the author switches to. */
  private following: boolean;

  constructor(
    readonly panel: vscode.WebviewPanel,
    uri: vscode.Uri,
    review: boolean,
    follow: boolean,
    private readonly server: LanguageServer,
    extensionUri: vscode.Uri,
    line?: number,
  ) {
    this.review = review;
    this.target = uri;
    this.following = follow;
    this.lineAfterRender = line;
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewHtml(panel.webview, extensionUri, vscode.l10n.t('Rendering the whitepaper…'));
    panel.title = vscode.l10n.t('Preview {0}', posix.basename(uri.path));
    this.disposables.push(
      this.disposed,
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get isReview(): boolean {
    return this.review;
  }

  get uri(): vscode.Uri {
    return this.target;
  }

  get follows(): boolean {
    return this.following;
  }

  setFollow(follow: boolean): void {
    this.following = follow;
    this.refreshSoon(0);
  }

  /** Shows another whitepaper, from the top line its editor shows. */
  showDocument(editor: vscode.TextEditor): void {
    if (editor.document.uri.toString() === this.target.toString()) return;
    this.target = editor.document.uri;
    this.lineAfterRender = editor.visibleRanges[0]?.start.line ?? 0;
    this.refreshSoon(0);
  }

  setReview(review: boolean): void {
    this.review = review;
    this.refreshSoon(0);
  }

  /** Debounced; every call restarts the wait, so only the state after the last keystroke is rendered. */
  refreshSoon(delayMs = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** The editor showing our document scrolled: bring the preview to the same line, unless we scrolled that editor ourselves. */
  followEditor(editor: vscode.TextEditor): void {
    const top = editor.visibleRanges[0]?.start.line;
    if (top === undefined || !this.ready || !this.panel.visible) return;
    if (Date.now() < this.quietUntil) return;
    this.post({ type: 'scrollToLine', line: top });
  }

  private async refresh(): Promise<void> {
    if (!this.ready) return;
    const ask = ++this.asked;
    let document: vscode.TextDocument;
    try {
      // Reopening is cheap when the document is open, and tells the server about it when it is not (a restored panel).
      document = await vscode.workspace.openTextDocument(this.uri);
    } catch {
      this.showMessage(vscode.l10n.t('{0} cannot be read.', posix.basename(this.uri.path)));
      return;
    }
    let result;
    try {
      result = await requestRender(this.server, document, this.review);
    } catch (error) {
      if (ask === this.asked) this.showMessage(vscode.l10n.t('The preview could not be rendered: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    // A newer request is on its way, or the text changed while the server rendered: this answer is stale.
    if (ask !== this.asked || !this.ready) return;
    if (!result) {
      this.showMessage(vscode.l10n.t('The preview needs the ISO 27017 Whitepaper language server, which is not running for {0}.', posix.basename(this.uri.path)));
      return;
    }
    if (result.version !== document.version) return;
    this.panel.title = vscode.l10n.t('Preview {0}', result.title || posix.basename(this.uri.path));
    this.post({ type: 'render', html: result.html, uri: this.uri.toString(), review: this.review, follow: this.following, line: this.lineAfterRender });
    this.lineAfterRender = undefined;
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.lineAfterRender ??= this.visibleEditors()[0]?.visibleRanges[0]?.start.line;
        await this.refresh();
        return;
      case 'scroll': {
        const line = Math.max(0, Math.floor(message.line));
        for (const editor of this.visibleEditors()) {
          this.quietUntil = Date.now() + ECHO_MS;
          editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        }
        return;
      }
      case 'doubleClick':
        await this.showSource(message.line, 0);
        return;
      case 'gotoFinding':
        await this.showSource(message.line, message.character);
        return;
    }
  }

  /** Moves the cursor there in an editor of the source, opening one beside the preview if none shows it. */
  private async showSource(line: number, character: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const viewColumn = this.visibleEditors()[0]?.viewColumn ?? this.panel.viewColumn ?? vscode.ViewColumn.Active;
    this.quietUntil = Date.now() + ECHO_MS;
    const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false });
    const position = document.validatePosition(new vscode.Position(line, character));
    this.quietUntil = Date.now() + ECHO_MS;
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private visibleEditors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === this.uri.toString());
  }

  private showMessage(text: string): void {
    this.post({ type: 'message', text, uri: this.uri.toString(), review: this.review, follow: this.following });
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.timer);
    this.ready = false;
    this.disposed.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
