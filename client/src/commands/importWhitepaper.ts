// "Import Whitepaper": a published whitepaper (.txt or .md, the active editor
// or a picked file) becomes a new *.wp.yaml document, unsaved, for review.
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { IMPORT_METHOD, type ImportParams, type ImportResultMessage } from '../../../protocol/import';
import { LANGUAGE_ID } from '../coverageClient';

const PUBLISHED = /\.(txt|md|markdown)$/i;

async function sourceDocument(): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && PUBLISHED.test(active.uri.path)) return active;
  const [picked] =
    (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import a published whitepaper'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Text or Markdown')]: ['txt', 'md', 'markdown'] },
    })) ?? [];
  return picked ? vscode.workspace.openTextDocument(picked) : undefined;
}

export function registerImportWhitepaper(server: LanguageServer): vscode.Disposable {
  return vscode.commands.registerCommand('wp27017.importWhitepaper', async () => {
    const source = await sourceDocument();
    if (!source) return;
    const fileName = source.uri.path.split('/').pop() ?? 'whitepaper.txt';
    const params: ImportParams = { text: source.getText(), fileName };
    const result = await server.client.sendRequest<ImportResultMessage>(IMPORT_METHOD, params);
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.yaml });
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Imported {0} sections from {1}. Check the service details and each section\'s controls, then save as a .wp.yaml file.', result.sections, fileName),
    );
  });
}
