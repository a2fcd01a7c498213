// The preview commands and the panels they open: one panel per whitepaper,
// fed by document edits, diagnostics (config or locale changes alter the
// rendering too) and editor scrolling; panels come back after a reload.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageServer } from '../languageServer';
import { LANGUAGE_ID } from '../coverageClient';
import { registerExports, type ExportSource } from './exportCommands';
import { PREVIEW_VIEW_TYPE, type PreviewState } from './messages';
import { PreviewPanel } from './previewPanel';
import { webviewOptions } from './webviewHtml';

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private active: PreviewPanel | undefined;

  constructor(
    private readonly server: LanguageServer,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async open(resource: unknown, toSide: boolean): Promise<void> {
    const uri = resource instanceof vscode.Uri ? resource : this.activeWhitepaper()?.uri ?? this.active?.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml) to preview it.'));
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    // A side preview that follows the active editor is reused for the next whitepaper, as Markdown's is.
    const existing = [...this.panels].find((p) => p.uri.toString() === uri.toString()) ?? (toSide ? [...this.panels].find((p) => p.follows) : undefined);
    if (existing) {
      if (editor && existing.follows) existing.showDocument(editor);
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      '',
      { viewColumn: toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active), preserveFocus: toSide },
      webviewOptions(this.extensionUri),
    );
    this.adopt(panel, uri, false, toSide, editor?.visibleRanges[0]?.start.line);
  }

  /** The active editor changed: previews that follow it show its whitepaper. */
  followActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.activeWhitepaper() || editor.document !== this.activeWhitepaper()) return;
    for (const preview of this.panels) if (preview.follows) preview.showDocument(editor);
  }

  /** Locks the focused preview (or those of the whitepaper being edited) to its document, or unlocks it to follow the active editor. */
  toggleLock(): void {
    const targets = this.active ? [this.active] : this.previewsOf(this.activeWhitepaper()?.uri);
    if (targets.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the preview of a whitepaper first.'));
      return;
    }
    const follow = !targets[0].follows;
    for (const target of targets) target.setFollow(follow);
    void vscode.window.setStatusBarMessage(
      follow ? vscode.l10n.t('The preview follows the active editor.') : vscode.l10n.t('The preview stays on {0}.', targets[0].uri.path.split('/').pop() ?? ''),
      3_000,
    );
  }

  /** The reviewer view of the focused preview, or of every preview of the whitepaper being edited. */
  toggleReview(): void {
    const targets = this.active ? [this.active] : this.previewsOf(this.activeWhitepaper()?.uri);
    if (targets.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the preview of a whitepaper first.'));
      return;
    }
    const review = !targets[0].isReview;
    for (const target of targets) target.setReview(review);
  }

  /**
   * What "Export to HTML" and "Export to PDF" export: the given whitepaper, else the focused preview's, else the one being
   * edited; with the findings when its preview shows the reviewer view.
   */
  exportSource(resource: vscode.Uri | undefined): ExportSource | undefined {
    if (!resource && this.active) return { uri: this.active.uri, review: this.active.isReview };
    const uri = resource ?? this.activeWhitepaper()?.uri;
    return uri ? { uri, review: this.previewsOf(uri)[0]?.isReview ?? false } : undefined;
  }

  restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): void {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    this.adopt(panel, vscode.Uri.parse(state.uri), state.review === true, state.follow === true, undefined);
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, review: boolean, follow: boolean, line: number | undefined): void {
    const preview = new PreviewPanel(panel, uri, review, follow, this.server, this.extensionUri, line);
    this.panels.add(preview);
    if (panel.active) this.active = preview;
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.active = preview;
      else if (this.active === preview) this.active = undefined;
    });
    preview.onDidDispose(() => {
      this.panels.delete(preview);
      if (this.active === preview) this.active = undefined;
    });
  }

  previewsOf(uri: vscode.Uri | undefined): PreviewPanel[] {
    return uri ? [...this.panels].filter((p) => p.uri.toString() === uri.toString()) : [];
  }

  refreshAll(): void {
    for (const preview of this.panels) preview.refreshSoon();
  }

  /** The whitepaper being edited; `.wp27017.yaml` shares the language but is settings, with nothing to preview. */
  private activeWhitepaper(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID && !/(^|\/)\.wp27017\.ya?ml$/.test(document.uri.path) ? document : undefined;
  }

  dispose(): void {
    for (const preview of [...this.panels]) preview.dispose();
  }
}

export function registerPreview(server: LanguageServer, extensionUri: vscode.Uri): vscode.Disposable {
  const manager = new PreviewManager(server, extensionUri);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('wp27017.openPreview', (resource?: unknown) => manager.open(resource, false)),
    vscode.commands.registerCommand('wp27017.openPreviewToSide', (resource?: unknown) => manager.open(resource, true)),
    vscode.commands.registerCommand('wp27017.toggleReviewView', () => manager.toggleReview()),
    vscode.commands.registerCommand('wp27017.togglePreviewLock', () => manager.toggleLock()),
    vscode.window.onDidChangeActiveTextEditor((editor) => manager.followActiveEditor(editor)),
    registerExports(server, (resource) => manager.exportSource(resource)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => manager.restore(panel, state),
    }),
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      for (const preview of manager.previewsOf(document.uri)) preview.refreshSoon();
    }),
    vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      for (const uri of uris) for (const preview of manager.previewsOf(uri)) preview.refreshSoon();
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
      for (const preview of manager.previewsOf(textEditor.document.uri)) preview.followEditor(textEditor);
    }),
    server.onDidChangeState(({ newState }) => {
      if (newState === State.Running) manager.refreshAll();
    }),
  );
}
