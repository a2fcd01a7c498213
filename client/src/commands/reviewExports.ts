// "Export to Word" and "Export Gap Report": the open whitepaper as a .docx,
// and the reviewer's gap report (xlsx, CSV or Markdown, by the extension
// picked) of the open whitepaper or of a published file from the explorer.
// The server builds both; the client saves them where the user picks.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { EXPORT_DOCX_METHOD, GAP_REPORT_METHOD, type BinaryResult, type ExportDocxParams, type GapReportParams } from '../../../protocol/published';
import { LANGUAGE_ID } from '../coverageClient';
import { BINARY_PUBLISHED, readPublished } from './publishedFile';

function besides(uri: vscode.Uri, extension: string): vscode.Uri {
  const stem = posix.basename(uri.path).replace(/(\.wp)?\.ya?ml$|\.(pdf|docx|html?|txt|md|markdown)$/i, '') || 'whitepaper';
  return uri.scheme === 'untitled' ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('.'), `${stem}.${extension}`) : uri.with({ path: posix.join(posix.dirname(uri.path), `${stem}.${extension}`) });
}

async function save(result: BinaryResult, target: vscode.Uri, failed: (reason: string) => string): Promise<vscode.Uri | undefined> {
  if (!result.ok) {
    void vscode.window.showErrorMessage(failed(result.message));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', posix.basename(target.path)), open).then((choice) => {
    if (choice === open) void vscode.env.openExternal(target);
  });
  return target;
}

const activeWhitepaper = () => {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID && !/\.wp27017\.ya?ml$/.test(document.uri.path) ? document : undefined;
};

export function registerReviewExports(server: LanguageServer): vscode.Disposable {
  const exportDocx = vscode.commands.registerCommand('wp27017.exportDocx', async (resource?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
    const document = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : activeWhitepaper();
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml) to export it.'));
      return undefined;
    }
    const target = destination instanceof vscode.Uri ? destination : await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export whitepaper to Word'), defaultUri: besides(document.uri, 'docx'), filters: { Word: ['docx'] } });
    if (!target) return undefined;
    const params: ExportDocxParams = { textDocument: { uri: server.client.code2ProtocolConverter.asUri(document.uri) } };
    const result = await server.client.sendRequest<BinaryResult>(EXPORT_DOCX_METHOD, params);
    return save(result, target, (reason) => vscode.l10n.t('Export to Word failed: {0}', reason));
  });

  const exportGapReport = vscode.commands.registerCommand('wp27017.exportGapReport', async (resource?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
    const published = resource instanceof vscode.Uri && BINARY_PUBLISHED.test(resource.path) ? resource : undefined;
    const document = published ? undefined : resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : activeWhitepaper();
    const source = published ?? document?.uri;
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ISO 27017 whitepaper (*.wp.yaml), or pick a PDF, Word file or web page in the explorer, to report on it.'));
      return undefined;
    }
    const target =
      destination instanceof vscode.Uri
        ? destination
        : await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export gap report'), defaultUri: besides(source, 'gaps.xlsx'), filters: { Excel: ['xlsx'], CSV: ['csv'], Markdown: ['md'] } });
    if (!target) return undefined;
    const format = /\.csv$/i.test(target.path) ? 'csv' : /\.md$/i.test(target.path) ? 'md' : 'xlsx';
    let params: GapReportParams;
    if (published) {
      const file = await readPublished(server, published);
      if (typeof file === 'string') return save({ ok: false, message: file }, target, (reason) => vscode.l10n.t('Export Gap Report failed: {0}', reason));
      params = { format, file };
    } else {
      params = { format, textDocument: { uri: server.client.code2ProtocolConverter.asUri(document!.uri) } };
    }
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Export gap report') }, () => server.client.sendRequest<BinaryResult>(GAP_REPORT_METHOD, params));
    return save(result, target, (reason) => vscode.l10n.t('Export Gap Report failed: {0}', reason));
  });

  return vscode.Disposable.from(exportDocx, exportGapReport);
}
