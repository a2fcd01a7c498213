// "38/44" in the status bar for the whitepaper in the active editor; it
// follows edits through the diagnostics the server publishes for it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { requestCoverage } from './coverageClient';

export function createCoverageStatus(client: LanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('wp27017.coverage', vscode.StatusBarAlignment.Right, 99);
  item.name = vscode.l10n.t('ISO 27017 Whitepaper Coverage');
  item.command = 'wp27017.showCoverageGaps';
  let asked = 0;

  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    const ask = ++asked;
    const result = editor ? await requestCoverage(client, editor.document).catch(() => null) : null;
    // A newer refresh started while this one waited: its answer wins.
    if (ask !== asked) return;
    if (!result) {
      item.hide();
      return;
    }
    const missing = result.expected - result.answered;
    item.text = `$(checklist) ${result.answered}/${result.expected}`;
    item.tooltip =
      missing === 0
        ? vscode.l10n.t('Coverage: all {0} expected controls are answered.', result.expected)
        : vscode.l10n.t('Coverage: {0} of {1} expected controls answered, {2} missing. Click to list the gaps.', result.answered, result.expected, missing);
    item.backgroundColor = result.items.some((i) => i.status === 'missing' && i.severity === 'error') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) void refresh();
    }),
    client.onDidChangeState(() => void refresh()),
  );
}
