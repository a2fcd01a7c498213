// "Export to HTML": the standalone page the CLI's `render` writes (CSS
// inlined, print-ready), from the text in the editor, saved where the author
// picks, next to the source by default.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestRender } from './renderRequest';

export interface ExportSource {
  readonly uri: vscode.Uri;
  /** With the findings inline, as the reviewer view shows them. */
  readonly review: boolean;
}

/**
 * The command takes an optional source and destination, so that a keybinding,
 * a task or a test can export without the dialog; it resolves to the written file.
 */
export function registerExportHtml(client: LanguageClient, sourceOf: (resource: vscode.Uri | undefined) => ExportSource | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('wp27017.exportHtml', async (resource?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
    const source = sourceOf(resource instanceof vscode.Uri ? resource : undefined);
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml) to export it.'));
      return undefined;
    }
    try {
      const document = await vscode.workspace.openTextDocument(source.uri);
      const result = await requestRender(client, document, source.review, true);
      if (!result) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The language server could not render {0}. Is it running?', posix.basename(source.uri.path)));
        return undefined;
      }
      const target =
        destination instanceof vscode.Uri
          ? destination
          : await vscode.window.showSaveDialog({
              title: vscode.l10n.t('Export whitepaper to HTML'),
              defaultUri: defaultTarget(document),
              filters: { HTML: ['html', 'htm'] },
            });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
      const open = vscode.l10n.t('Open');
      // Not awaited: the command is done once the file is written, whether or not the author answers.
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', posix.basename(target.path)), open).then((choice) => {
        if (choice === open) void vscode.env.openExternal(target);
      });
      return target;
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export to HTML failed: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  });
}

/** paper.wp.yaml → paper.html beside it; an untitled whitepaper goes to the first workspace folder. */
function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, 'whitepaper.html') : undefined;
  }
  const name = posix.basename(document.uri.path).replace(/(\.wp)?\.ya?ml$/i, '') || 'whitepaper';
  return document.uri.with({ path: posix.join(posix.dirname(document.uri.path), `${name}.html`) });
}
