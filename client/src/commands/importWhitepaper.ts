// "Import Whitepaper": a published whitepaper (.txt or .md, the active editor
// or a picked file; a PDF, Word file or web page from the explorer or the
// dialog) becomes a new *.wp.yaml document, unsaved, for review.
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { IMPORT_METHOD, type ImportParams, type ImportResultMessage } from '../../../protocol/import';
import { IMPORT_PUBLISHED_METHOD } from '../../../protocol/published';
import { LANGUAGE_ID } from '../coverageClient';
import { BINARY_PUBLISHED, readPublished } from './publishedFile';

const PUBLISHED = /\.(txt|md|markdown)$/i;

async function sourceDocument(resource: unknown): Promise<vscode.TextDocument | vscode.Uri | undefined> {
  if (resource instanceof vscode.Uri && BINARY_PUBLISHED.test(resource.path)) return resource;
  if (resource instanceof vscode.Uri && PUBLISHED.test(resource.path)) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  if (active && PUBLISHED.test(active.uri.path)) return active;
  const [picked] =
    (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import a published whitepaper'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Published whitepaper')]: ['pdf', 'docx', 'html', 'htm', 'txt', 'md', 'markdown'] },
    })) ?? [];
  if (!picked) return undefined;
  return BINARY_PUBLISHED.test(picked.path) ? picked : vscode.workspace.openTextDocument(picked);
}

export function registerImportWhitepaper(server: LanguageServer): vscode.Disposable {
  return vscode.commands.registerCommand('wp27017.importWhitepaper', async (resource?: unknown) => {
    const source = await sourceDocument(resource);
    if (!source) return;
    const uri = source instanceof vscode.Uri ? source : source.uri;
    const fileName = uri.path.split('/').pop() ?? 'whitepaper.txt';
    let result: ImportResultMessage;
    if (source instanceof vscode.Uri) {
      const file = await readPublished(server, source);
      const answer = typeof file === 'string' ? { message: file } : await server.client.sendRequest<ImportResultMessage | { message: string }>(IMPORT_PUBLISHED_METHOD, file);
      if (!('yaml' in answer)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', fileName, answer.message));
        return;
      }
      result = answer;
    } else {
      const params: ImportParams = { text: source.getText(), fileName };
      result = await server.client.sendRequest<ImportResultMessage>(IMPORT_METHOD, params);
    }
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.yaml });
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Imported {0} sections from {1}. Check the service details and each section\'s controls, then save as a .wp.yaml file.', result.sections, fileName),
    );
    return document.uri;
  });
}
