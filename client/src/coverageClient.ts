// Asks the server for the coverage of the whitepaper in the active editor.
import * as vscode from 'vscode';
import type { LanguageServer } from './languageServer';
import { COVERAGE_METHOD, type CoverageParams, type CoverageResult } from '../../protocol/coverage';

export const LANGUAGE_ID = 'iso27017-whitepaper';

export async function requestCoverage(server: LanguageServer, document: vscode.TextDocument): Promise<CoverageResult> {
  if (document.languageId !== LANGUAGE_ID || !server.isRunning()) return null;
  const params: CoverageParams = { textDocument: { uri: server.client.code2ProtocolConverter.asUri(document.uri) } };
  return server.client.sendRequest<CoverageResult>(COVERAGE_METHOD, params);
}
