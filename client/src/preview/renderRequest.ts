// Asks the server to render a whitepaper it holds, for the preview or for export.
import * as vscode from 'vscode';
import type { LanguageServer } from '../languageServer';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../../protocol/render';
import { LANGUAGE_ID } from '../coverageClient';

export async function requestRender(server: LanguageServer, document: vscode.TextDocument, review: boolean, standalone = false): Promise<RenderResult> {
  if (document.languageId !== LANGUAGE_ID || !server.isRunning()) return null;
  const params: RenderParams = { textDocument: { uri: server.client.code2ProtocolConverter.asUri(document.uri) }, review, standalone };
  return server.client.sendRequest<RenderResult>(RENDER_METHOD, params);
}
