// "Start a whitepaper here": in an empty whitepaper file, the preferred quick
// fix on its "the file is empty" problem writes the New Whitepaper skeleton
// where the author is, as a snippet (service name, provider and model, then
// each section's prompt, are tab stops). A client action rather than a server
// fix: the skeleton is VS Code snippet text, and "fix all" or `wp27017 check
// --fix` must never write 44 sections into a file on their own.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../coverageClient';
import { whitepaperSkeletonToFill, type Lang } from '../snippets/skeleton';
import { SKELETON_DATA } from '../snippets/skeletonData.generated';

export const START_WHITEPAPER_COMMAND = 'wp27017.startWhitepaperHere';

/** Nothing but blank lines and comments: the text a skeleton may replace without losing anything but comments, which it keeps. */
const isEmpty = (document: vscode.TextDocument) => document.getText().split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'));
const isConfig = (document: vscode.TextDocument) => /(^|\/)\.wp27017\.ya?ml$/.test(document.uri.path);

export function registerStartWhitepaper(): vscode.Disposable {
  const command = vscode.commands.registerCommand(START_WHITEPAPER_COMMAND, async (uri?: vscode.Uri, lang?: Lang) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isEmpty(document)) return false;
    const editor = await vscode.window.showTextDocument(document);
    editor.options = { insertSpaces: true, tabSize: 2 };
    const end = document.lineAt(document.lineCount - 1).range.end;
    // After any comments the file starts with.
    const comments = document.getText().trimEnd();
    const at = comments === '' ? new vscode.Range(new vscode.Position(0, 0), end) : new vscode.Range(end, end);
    const text = whitepaperSkeletonToFill(SKELETON_DATA, lang ?? (vscode.env.language.startsWith('ja') ? 'ja' : 'en'));
    return editor.insertSnippet(new vscode.SnippetString(comments === '' ? text : `\n${text}`), at);
  });
  const provider = vscode.languages.registerCodeActionsProvider(
    { language: LANGUAGE_ID },
    {
      provideCodeActions(document, _range, context) {
        if (isConfig(document) || !isEmpty(document)) return [];
        const problems = context.diagnostics.filter((d) => d.source === 'wp27017');
        const langs: Lang[] = vscode.env.language.startsWith('ja') ? ['ja', 'en'] : ['en', 'ja'];
        return langs.map((lang, i) => {
          const title = lang === 'ja' ? vscode.l10n.t('Start a whitepaper here, in Japanese') : vscode.l10n.t('Start a whitepaper here, in English');
          const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          action.command = { command: START_WHITEPAPER_COMMAND, title, arguments: [document.uri, lang] };
          action.diagnostics = problems;
          action.isPreferred = i === 0;
          return action;
        });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
  return vscode.Disposable.from(command, provider);
}
