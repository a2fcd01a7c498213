// A rule's page, rendered, in the reader's language: where a problem's rule
// link goes (its code in the Problems panel and the hover). The server links
// to docs/rules/<id>.md; the client turns that link into this command, since
// the raw Markdown from the install folder is no page to read.
import * as vscode from 'vscode';
import { ruleDocHtml, type DocLanguage } from '../ruleDoc/ruleDocHtml';

export const OPEN_RULE_DOC_COMMAND = 'wp27017.openRuleDoc';

const RULE_ID = /^[a-z][a-z-]*$/;

/** A link that opens the rule's page through the command; works in the Problems panel, hovers and the page itself. */
export function ruleDocLink(id: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`);
}

/** A diagnostic whose code links to docs/rules/<id>.md links to the rendered page instead. */
export function linkRuleDocs(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (typeof code !== 'object' || !code.target.path.endsWith(`/docs/rules/${String(code.value)}.md`)) continue;
    diagnostic.code = { value: code.value, target: ruleDocLink(String(code.value)) };
  }
  return diagnostics;
}

function language(): DocLanguage {
  const setting = vscode.workspace.getConfiguration('wp27017').get<string>('locale');
  if (setting === 'ja' || setting === 'en') return setting;
  return vscode.env.language.startsWith('ja') ? 'ja' : 'en';
}

export function registerOpenRuleDoc(extensionUri: vscode.Uri): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  const rulesFolder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const command = vscode.commands.registerCommand(OPEN_RULE_DOC_COMMAND, async (given?: unknown): Promise<boolean> => {
    // From the Command Palette: pick the rule.
    const id =
      given ??
      (await vscode.window.showQuickPick(
        (await vscode.workspace.fs.readDirectory(rulesFolder)).map(([name]) => name.replace(/\.md$/, '')).sort(),
        { title: vscode.l10n.t('Rule Documentation'), placeHolder: vscode.l10n.t('Pick a rule to read its page') },
      ));
    if (typeof id !== 'string' || !RULE_ID.test(id)) return false;
    const file = vscode.Uri.joinPath(rulesFolder, `${id}.md`);
    let markdown: string;
    try {
      markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      void vscode.window.showWarningMessage(vscode.l10n.t('There is no page for the rule {0}.', id));
      return false;
    }
    if (!panel) {
      panel = vscode.window.createWebviewPanel('wp27017.ruleDoc', id, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: [OPEN_RULE_DOC_COMMAND],
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
        enableFindWidget: true,
      });
      panel.onDidDispose(() => (panel = undefined));
    }
    const lang = language();
    const body = ruleDocHtml(markdown, lang, (rule) => ruleDocLink(rule).toString());
    const style = panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'ruleDoc.css'));
    const csp = `default-src 'none'; style-src ${panel.webview.cspSource}`;
    panel.title = vscode.l10n.t('Rule: {0}', id);
    panel.webview.html = `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${style.toString()}"></head>
<body class="wp-rule-doc" data-rule="${id}">${body}</body></html>`;
    panel.reveal(undefined, true);
    return true;
  });
  return vscode.Disposable.from(command, { dispose: () => panel?.dispose() });
}
