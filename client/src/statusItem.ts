// Shows whether the language server runs, while a whitepaper is in the editor.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { LanguageServer } from './languageServer';
import { LANGUAGE_ID } from './coverageClient';

export function createStatusItem(server: LanguageServer): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('wp27017.server', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('ISO 27017 Whitepaper');
  item.command = 'wp27017.showOutput';
  const show = (state: State) => {
    const name = vscode.l10n.t('ISO 27017 Whitepaper');
    item.text = state === State.Running ? `$(shield) ${name}` : state === State.Starting ? `$(sync~spin) ${name}` : `$(error) ${name}`;
    item.tooltip =
      state === State.Running
        ? vscode.l10n.t('ISO 27017 Whitepaper: the checker is running. Click for its output.')
        : state === State.Starting
          ? vscode.l10n.t('ISO 27017 Whitepaper: the checker is starting…')
          : vscode.l10n.t('ISO 27017 Whitepaper: the checker has stopped. Run "Restart Server" to start it again.');
    item.backgroundColor = state === State.Stopped ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  };
  const follow = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId === LANGUAGE_ID) item.show();
    else item.hide();
  };
  show(server.state);
  follow(vscode.window.activeTextEditor);
  return vscode.Disposable.from(item, server.onDidChangeState((event) => show(event.newState)), vscode.window.onDidChangeActiveTextEditor(follow));
}
