// Answers wp27017/exportPdf: the standalone page of the document as the server
// holds it, printed by Chromium to the file the client chose.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExportPdfParams, ExportPdfResult } from '../../../protocol/exportPdf';
import type { Analysis } from '../analyze/analyzer';
import type { WorkspaceConfig } from '../config/config';
import type { Locale } from '../core/locale';
import { findChromium, NO_CHROMIUM, printPdf } from '../publish/printPdf';
import { renderResult } from './renderRequest';

const NOT_A_FILE = { en: 'the PDF can only be written to a file on this machine', ja: 'PDF はこのマシン上のファイルにだけ書き出せます' };

export async function exportPdf(document: TextDocument, analysis: Analysis, config: WorkspaceConfig, locale: Locale, params: ExportPdfParams): Promise<ExportPdfResult> {
  if (!params.target.startsWith('file:')) return { ok: false, message: NOT_A_FILE[locale] };
  const chromium = findChromium();
  if (!chromium) return { ok: false, message: NO_CHROMIUM[locale] };
  const rendered = renderResult(document, analysis, config, locale, { textDocument: params.textDocument, review: params.review, standalone: true });
  try {
    await printPdf(rendered!.html, fileURLToPath(params.target), chromium);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
