// Runs a fix the server sent as a snippet (protocol/insertSnippet.ts): the
// text goes in as it would by the plain edit, and the cursor is on the first
// marker to fill in; Tab goes to the next.
import * as vscode from 'vscode';
import { INSERT_SNIPPET_COMMAND, type InsertSnippetArgs } from '../../../protocol/insertSnippet';

export function registerInsertSnippet(): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, async (args: InsertSnippetArgs) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
    if (document.version !== args.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed before the fix could be applied; try the fix again.'));
      return;
    }
    const editor = await vscode.window.showTextDocument(document);
    const { start, end } = args.range;
    await editor.insertSnippet(new vscode.SnippetString(args.snippet), new vscode.Range(start.line, start.character, end.line, end.character));
  });
}
