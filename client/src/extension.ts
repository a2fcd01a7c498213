// The VS Code side: a thin launcher for the bundled language server, with
// status bar items, an output channel and a restart command. No analysis here.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerImportWhitepaper } from './commands/importWhitepaper';
import { registerInsertSnippet } from './commands/insertSnippet';
import { INSERT_SNIPPET_COMMAND } from '../../protocol/insertSnippet';
import { registerNewWhitepaper } from './commands/newWhitepaper';
import { linkRuleDocs, registerOpenRuleDoc } from './commands/openRuleDoc';
import { registerPublishedCommands } from './commands/publishedCommands';
import { registerShowCoverageGaps } from './commands/showCoverageGaps';
import { registerStartWhitepaper } from './commands/startWhitepaper';
import { LANGUAGE_ID } from './coverageClient';
import { createCoverageStatus } from './coverageStatus';
import { LanguageServer } from './languageServer';
import { logStart } from './startLog';
import { registerPreview } from './preview/previewManager';
import { registerSnippetCompletion } from './snippets/snippetCompletion';
import { createStatusItem } from './statusItem';

let server: LanguageServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('ISO 27017 Whitepaper'));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.wp27017.{yaml,yml}') },
    initializationOptions: { locale: vscode.env.language, snippetCommand: INSERT_SNIPPET_COMMAND },
    outputChannel: output,
    middleware: {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind === 'full') linkRuleDocs(report.items);
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => next(uri, linkRuleDocs(diagnostics)),
    },
  };
  server = new LanguageServer(context.asAbsolutePath('dist/server.js'), clientOptions, output, vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath);
  const running = server;
  context.subscriptions.push(
    output,
    running,
    createStatusItem(running),
    running.onDidStart(() => logStart(output, context.extension, running.client)),
    vscode.commands.registerCommand('wp27017.restartServer', async () => {
      output.appendLine(vscode.l10n.t('Restarting the language server…'));
      await running.restart(true);
    }),
    vscode.commands.registerCommand('wp27017.showOutput', () => output.show(true)),
    registerShowCoverageGaps(running),
    registerImportWhitepaper(running),
    registerInsertSnippet(),
    registerCheckWorkspace(running),
    registerNewWhitepaper(),
    registerOpenRuleDoc(context.extensionUri),
    registerStartWhitepaper(),
    registerSnippetCompletion(context.extensionUri),
    registerPreview(running, context.extensionUri),
    createCoverageStatus(running),
    ...registerPublishedCommands(running),
  );
  await running.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
