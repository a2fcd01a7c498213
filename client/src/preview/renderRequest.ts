// Asks the server to render a whitepaper it holds, for the preview or for export.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../../protocol/render';
import { LANGUAGE_ID } from '../coverageClient';

export async function requestRender(client: LanguageClient, document: vscode.TextDocument, review: boolean, standalone = false): Promise<RenderResult> {
  if (document.languageId !== LANGUAGE_ID || !client.isRunning()) return null;
  const params: RenderParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) }, review, standalone };
  return client.sendRequest<RenderResult>(RENDER_METHOD, params);
}
