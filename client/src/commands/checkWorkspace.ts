// "Check All Whitepapers in Workspace": the server checks every *.wp.yaml
// from disk, as the CLI does, and the results fill the Problems panel, with
// progress, cancellable. A file opened in an editor gets live diagnostics
// instead, so its entry here is dropped.
import * as vscode from 'vscode';
import { linkRuleDocs } from './openRuleDoc';
import type { LanguageServer } from '../languageServer';
import { CHECK_FILES_METHOD, type CheckFilesParams, type CheckFilesResult } from '../../../protocol/checkFiles';

const BATCH = 25;

export function registerCheckWorkspace(server: LanguageServer): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('wp27017-workspace');
  const command = vscode.commands.registerCommand('wp27017.checkWorkspace', async () => {
    const files = await vscode.workspace.findFiles('**/*.wp.{yaml,yml}', '**/node_modules/**');
    if (files.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No *.wp.yaml files in this workspace.'));
      return;
    }
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const closed = files.filter((uri) => !open.has(uri.toString()));
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking whitepapers'), cancellable: true },
      async (progress, token) => {
        collection.clear();
        for (let i = 0; i < closed.length && !token.isCancellationRequested; i += BATCH) {
          const batch = closed.slice(i, i + BATCH);
          progress.report({ message: vscode.workspace.asRelativePath(batch[0]), increment: (100 * batch.length) / closed.length });
          const params: CheckFilesParams = { uris: batch.map((uri) => server.client.code2ProtocolConverter.asUri(uri)) };
          const result = await server.client.sendRequest<CheckFilesResult>(CHECK_FILES_METHOD, params, token);
          for (const file of result.files) {
            const diagnostics = await server.client.protocol2CodeConverter.asDiagnostics(file.diagnostics as Parameters<typeof server.client.protocol2CodeConverter.asDiagnostics>[0]);
            collection.set(server.client.protocol2CodeConverter.asUri(file.uri), linkRuleDocs(diagnostics));
          }
        }
      },
    );
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} files checked', files.length));
  });
  const opened = vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri));
  return vscode.Disposable.from(collection, command, opened);
}
