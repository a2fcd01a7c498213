// The VS Code side: a thin launcher for the bundled language server, with a
// status bar item, an output channel and a restart command. No analysis here.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerImportWhitepaper } from './commands/importWhitepaper';
import { registerInsertSnippet } from './commands/insertSnippet';
import { INSERT_SNIPPET_COMMAND } from '../../protocol/insertSnippet';
import { registerNewWhitepaper } from './commands/newWhitepaper';
import { registerPublishedCommands } from './commands/publishedCommands';
import { registerShowCoverageGaps } from './commands/showCoverageGaps';
import { LANGUAGE_ID } from './coverageClient';
import { createCoverageStatus } from './coverageStatus';
import { registerPreview } from './preview/previewManager';
import { createStatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('ISO 27017 Whitepaper'));
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.wp27017.{yaml,yml}') },
    initializationOptions: { locale: vscode.env.language, snippetCommand: INSERT_SNIPPET_COMMAND },
    outputChannel: output,
  };
  // The id "wp27017" makes the client honour the `wp27017.trace.server` setting.
  client = new LanguageClient('wp27017', vscode.l10n.t('ISO 27017 Whitepaper Language Server'), serverOptions, clientOptions);
  const status = createStatusItem(client);
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('wp27017.restartServer', async () => {
      if (!client) return;
      output.appendLine(vscode.l10n.t('Restarting the language server…'));
      await (client.state === State.Stopped ? client.start() : client.restart());
    }),
    vscode.commands.registerCommand('wp27017.showOutput', () => output.show(true)),
    registerShowCoverageGaps(client),
    registerImportWhitepaper(client),
    registerInsertSnippet(),
    registerCheckWorkspace(client),
    registerNewWhitepaper(),
    registerPreview(client, context.extensionUri),
    createCoverageStatus(client),
    ...registerPublishedCommands(client),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
