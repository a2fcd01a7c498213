// "Export to HTML" and "Export to PDF": the page the CLI's `render` writes
// (CSS inlined, print-ready), from the text in the editor, saved where the
// author picks, next to the source by default. The server renders both; for
// a PDF it also has Chromium print the page.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { EXPORT_PDF_METHOD, type ExportPdfParams, type ExportPdfResult } from '../../../protocol/exportPdf';
import { requestRender } from './renderRequest';

export interface ExportSource {
  readonly uri: vscode.Uri;
  /** With the findings inline, as the reviewer view shows them. */
  readonly review: boolean;
}

interface ExportFormat {
  readonly command: string;
  readonly extension: string;
  readonly dialogTitle: string;
  readonly filters: Record<string, string[]>;
  readonly failed: (reason: string) => string;
  /** Writes `document` to `target`; a message when it could not. */
  readonly write: (document: vscode.TextDocument, review: boolean, target: vscode.Uri) => Promise<string | undefined>;
}

function registerExport(format: ExportFormat, sourceOf: (resource: vscode.Uri | undefined) => ExportSource | undefined): vscode.Disposable {
  // An optional source and destination, so that a keybinding, a task or a test can export without the dialog; resolves to the written file.
  return vscode.commands.registerCommand(format.command, async (resource?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
    const source = sourceOf(resource instanceof vscode.Uri ? resource : undefined);
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml) to export it.'));
      return undefined;
    }
    try {
      const document = await vscode.workspace.openTextDocument(source.uri);
      const target =
        destination instanceof vscode.Uri
          ? destination
          : await vscode.window.showSaveDialog({ title: format.dialogTitle, defaultUri: defaultTarget(document, format.extension), filters: format.filters });
      if (!target) return undefined;
      const problem = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: format.dialogTitle }, () => format.write(document, source.review, target));
      if (problem) {
        void vscode.window.showErrorMessage(format.failed(problem));
        return undefined;
      }
      // Not awaited: the command is done once the file is written, whether or not the author answers.
      void offerToOpen(target);
      return target;
    } catch (error) {
      void vscode.window.showErrorMessage(format.failed(error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  });
}

/**
 * "Open" hands the file to the system's browser or PDF viewer where VS Code runs on the desktop. In a
 * browser-based VS Code (code-server, a remote window) no external program can open a file of the
 * server's disk, so "Open" shows it in a VS Code tab and "Reveal in Explorer" points at it.
 */
async function offerToOpen(target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName && target.scheme === 'file';
  const inWorkspace = vscode.workspace.getWorkspaceFolder(target) !== undefined;
  const choices = local || !inWorkspace ? [open] : [open, reveal];
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', posix.basename(target.path)), ...choices);
  if (choice === open) await openExported(target, local);
  else if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
}

export async function openExported(target: vscode.Uri, local: boolean): Promise<void> {
  if (local && (await vscode.env.openExternal(target))) return;
  // A PDF or an HTML page opens in the editor's own viewers where there are any, else as text.
  await vscode.commands.executeCommand('vscode.open', target, { preview: false });
}

export function registerExports(server: LanguageServer, sourceOf: (resource: vscode.Uri | undefined) => ExportSource | undefined): vscode.Disposable {
  const notRendered = (document: vscode.TextDocument) => vscode.l10n.t('The language server could not render {0}. Is it running?', posix.basename(document.uri.path));
  return vscode.Disposable.from(
    registerExport(
      {
        command: 'wp27017.exportHtml',
        extension: 'html',
        dialogTitle: vscode.l10n.t('Export whitepaper to HTML'),
        filters: { HTML: ['html', 'htm'] },
        failed: (reason) => vscode.l10n.t('Export to HTML failed: {0}', reason),
        write: async (document, review, target) => {
          const result = await requestRender(server, document, review, true);
          if (!result) return notRendered(document);
          await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
          return undefined;
        },
      },
      sourceOf,
    ),
    registerExport(
      {
        command: 'wp27017.exportPdf',
        extension: 'pdf',
        dialogTitle: vscode.l10n.t('Export whitepaper to PDF'),
        filters: { PDF: ['pdf'] },
        failed: (reason) => vscode.l10n.t('Export to PDF failed: {0}', reason),
        write: async (document, review, target) => {
          if (!server.isRunning()) return notRendered(document);
          const params: ExportPdfParams = { textDocument: { uri: server.client.code2ProtocolConverter.asUri(document.uri) }, review, target: server.client.code2ProtocolConverter.asUri(target) };
          const result = await server.client.sendRequest<ExportPdfResult>(EXPORT_PDF_METHOD, params);
          return result.ok ? undefined : result.message;
        },
      },
      sourceOf,
    ),
  );
}

/** paper.wp.yaml → paper.<extension> beside it; an untitled whitepaper goes to the first workspace folder. */
function defaultTarget(document: vscode.TextDocument, extension: string): vscode.Uri | undefined {
  if (document.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `whitepaper.${extension}`) : undefined;
  }
  const name = posix.basename(document.uri.path).replace(/(\.wp)?\.ya?ml$/i, '') || 'whitepaper';
  return document.uri.with({ path: posix.join(posix.dirname(document.uri.path), `${name}.${extension}`) });
}
