// What the output channel says each time the server starts, so that a bug
// report carries it: the versions and the host. The server adds, per
// workspace folder, the locale, the config file in force and the run mode.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function logStart(output: vscode.OutputChannel, extension: vscode.Extension<unknown>, client: LanguageClient): void {
  const version = (extension.packageJSON as { version?: string }).version ?? '?';
  const serverVersion = client.initializeResult?.serverInfo?.version ?? '?';
  const host = vscode.env.uiKind === vscode.UIKind.Web ? vscode.l10n.t('in a browser') : vscode.l10n.t('desktop');
  output.appendLine(
    vscode.l10n.t(
      'ISO 27017 Whitepaper {0} started: language server {1}, VS Code {2} ({3}{4}), display language {5}.',
      version,
      serverVersion,
      vscode.version,
      host,
      vscode.env.remoteName ? `, ${vscode.env.remoteName}` : '',
      vscode.env.language,
    ),
  );
}
