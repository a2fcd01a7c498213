// Asks the server for the coverage of the whitepaper in the active editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COVERAGE_METHOD, type CoverageParams, type CoverageResult } from '../../protocol/coverage';

export const LANGUAGE_ID = 'iso27017-whitepaper';

export async function requestCoverage(client: LanguageClient, document: vscode.TextDocument): Promise<CoverageResult> {
  if (document.languageId !== LANGUAGE_ID || !client.isRunning()) return null;
  const params: CoverageParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
  return client.sendRequest<CoverageResult>(COVERAGE_METHOD, params);
}
