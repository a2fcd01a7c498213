// A published whitepaper (PDF, Word, web page, text) as the server's requests
// take it: named, located, and its bytes in base64, read through VS Code's
// file system. From the explorer's context menu, the active editor, or a
// file picked in a dialog.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import type { PublishedFile } from '../../../protocol/published';

export const PUBLISHED_EXTENSIONS = ['pdf', 'docx', 'html', 'htm', 'txt', 'md', 'markdown'];
const PUBLISHED = new RegExp(`\\.(${PUBLISHED_EXTENSIONS.join('|')})$`, 'i');
/** What the server reads as bytes; .txt and .md open as text documents too. */
export const BINARY_PUBLISHED = /\.(pdf|docx|html?)$/i;
/** The readers refuse larger files; checked before the bytes travel. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function pickPublished(resource: unknown, title: string): Promise<vscode.Uri | undefined> {
  if (resource instanceof vscode.Uri && PUBLISHED.test(resource.path)) return resource;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (!(resource instanceof vscode.Uri) && active && PUBLISHED.test(active.path) && active.scheme !== 'wp27017-published') return active;
  const [picked] =
    (await vscode.window.showOpenDialog({ title, canSelectMany: false, filters: { [vscode.l10n.t('Published whitepaper')]: PUBLISHED_EXTENSIONS } })) ?? [];
  return picked;
}

export async function readPublished(server: LanguageServer, uri: vscode.Uri): Promise<PublishedFile | string> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > MAX_BYTES) return vscode.l10n.t('{0} is {1} MB, over the limit of {2} MB.', posix.basename(uri.path), (stat.size / 1048576).toFixed(0), MAX_BYTES / 1048576);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { fileName: posix.basename(uri.path), uri: server.client.code2ProtocolConverter.asUri(uri), data: Buffer.from(bytes).toString('base64') };
}
