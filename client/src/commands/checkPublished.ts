// "Check a Published Whitepaper…": a PDF, Word file or web page (or a .txt or
// .md) as a reviewer receives it. The server extracts its text and checks it;
// the text opens read-only, with the findings as squiggles and in Problems,
// each saying where in the original (page and line; paragraph in Word; line
// and column of a web page's source); hovering a heading says which controls
// its section was read as answering, and why; the reviewer page of the
// imported whitepaper opens beside it.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { CHECK_PUBLISHED_METHOD, type CheckPublishedResult, type PublishedFinding, type PublishedHeading } from '../../../protocol/published';
import { pickPublished, readPublished } from './publishedFile';

const SCHEME = 'wp27017-published';
const SEVERITY: Record<PublishedFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Over a heading of an extracted text: the controls its section was read as answering, and why (from the server). */
class HeadingHovers implements vscode.HoverProvider {
  readonly #headings = new Map<string, readonly PublishedHeading[]>();

  set(uri: vscode.Uri, headings: readonly PublishedHeading[]): void {
    this.#headings.set(uri.toString(), headings);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const heading = this.#headings.get(document.uri.toString())?.find((h) => h.start <= offset && offset <= h.end);
    return heading && new vscode.Hover(new vscode.MarkdownString(heading.hover), new vscode.Range(document.positionAt(heading.start), document.positionAt(heading.end)));
  }
}

/** The extracted texts, served read-only under their own scheme. */
class ExtractedTexts implements vscode.TextDocumentContentProvider {
  readonly #texts = new Map<string, string>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.#texts.set(uri.toString(), text);
    this.#changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.toString()) ?? '';
  }
}

export function registerCheckPublished(server: LanguageServer): vscode.Disposable {
  const texts = new ExtractedTexts();
  const hovers = new HeadingHovers();
  const diagnostics = vscode.languages.createDiagnosticCollection('wp27017-published');
  const panels = new Map<string, vscode.WebviewPanel>();

  const command = vscode.commands.registerCommand('wp27017.checkPublished', async (resource?: unknown): Promise<vscode.Uri | undefined> => {
    const source = await pickPublished(resource, vscode.l10n.t('Check a published whitepaper'));
    if (!source) return undefined;
    const name = posix.basename(source.path);
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}…', name) }, async (): Promise<CheckPublishedResult> => {
      const file = await readPublished(server, source);
      return typeof file === 'string' ? { ok: false, message: file } : server.client.sendRequest<CheckPublishedResult>(CHECK_PUBLISHED_METHOD, file);
    });
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot check {0}: {1}', name, result.message));
      return undefined;
    }
    // One read-only text per original, named after it so Problems says which file.
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `${source.path}.txt`, query: source.scheme === 'file' ? '' : source.toString() });
    texts.set(uri, result.text);
    hovers.set(uri, result.headings);
    const document = await vscode.workspace.openTextDocument(uri);
    diagnostics.set(
      uri,
      result.findings.map((finding) => {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)), finding.where ? `${finding.message} (${finding.where})` : finding.message, SEVERITY[finding.severity]);
        diagnostic.source = 'wp27017';
        diagnostic.code = finding.ruleId;
        return diagnostic;
      }),
    );
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    let panel = panels.get(uri.toString());
    if (!panel) {
      panel = vscode.window.createWebviewPanel('wp27017.publishedReview', vscode.l10n.t('Review: {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      const key = uri.toString();
      panel.onDidDispose(() => panels.delete(key));
      panels.set(key, panel);
    }
    // The page is the standalone reviewer page: escaped text, inline styles under a hash-based CSP, no scripts.
    panel.webview.html = result.html;
    panel.reveal(vscode.ViewColumn.Beside, true);
    return uri;
  });

  return vscode.Disposable.from(
    command,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, texts),
    vscode.languages.registerHoverProvider({ scheme: SCHEME }, hovers),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === SCHEME) diagnostics.delete(document.uri);
    }),
    { dispose: () => panels.forEach((panel) => panel.dispose()) },
  );
}
