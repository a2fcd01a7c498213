// "38/44" in the status bar for the whitepaper in the active editor: controls
// answered (a section still holding only its prompt does not count); it
// follows edits through the diagnostics the server publishes for it.
import * as vscode from 'vscode';
import type { LanguageServer } from './languageServer';
import { requestCoverage } from './coverageClient';

export function createCoverageStatus(server: LanguageServer): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('wp27017.coverage', vscode.StatusBarAlignment.Right, 99);
  item.name = vscode.l10n.t('ISO 27017 Whitepaper Coverage');
  item.command = 'wp27017.showCoverageGaps';
  let asked = 0;

  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    const ask = ++asked;
    const result = editor ? await requestCoverage(server, editor.document).catch(() => null) : null;
    // A newer refresh started while this one waited: its answer wins.
    if (ask !== asked) return;
    if (!result) {
      item.hide();
      return;
    }
    const toWrite = result.items.filter((i) => i.status === 'to-write').length;
    const missing = result.items.filter((i) => i.status === 'missing').length;
    item.text = `$(checklist) ${result.answered}/${result.expected}`;
    item.tooltip =
      missing + toWrite === 0
        ? vscode.l10n.t('Coverage: all {0} expected controls are answered.', result.expected)
        : vscode.l10n.t(
            'Coverage: {0} of {1} expected controls answered; {2} still to write (a section holds only its prompt), {3} missing. Click to list them.',
            result.answered,
            result.expected,
            toWrite,
            missing,
          );
    // An error-weight control that nothing answers yet, written or not, is what a reviewer stops at.
    const open = result.items.filter((i) => i.status === 'missing' || i.status === 'to-write');
    item.backgroundColor = open.some((i) => i.severity === 'error') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) void refresh();
    }),
    server.onDidChangeState(() => void refresh()),
  );
}
