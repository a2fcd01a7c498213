// The page the preview's webview loads once: the stylesheets, the bundled
// script and an empty container. The rendered whitepaper arrives later by
// postMessage, so that an update never reloads the page (and its scroll).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** Only the extension's own stylesheets and script may load; no remote content, no inline code. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    retainContextWhenHidden: false,
    enableFindWidget: true,
  };
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, loadingText: string): string {
  const nonce = randomBytes(18).toString('base64');
  const styles = ['whitepaper.css', 'preview.css'].map((name) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.js'));
  // Images only from the extension or inline data: a whitepaper must not make the preview fetch a remote URL.
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles.map((uri) => `<link rel="stylesheet" href="${attr(uri.toString())}">`).join('\n')}
</head>
<body class="wp-preview">
<div id="wp-preview-root"><p class="wp-preview-message">${text(loadingText)}</p></div>
<script nonce="${attr(nonce)}" src="${attr(script.toString())}"></script>
</body>
</html>`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
