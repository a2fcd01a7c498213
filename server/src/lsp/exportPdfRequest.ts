// Answers wp27017/exportPdf: the standalone page of the document as the server
// holds it (rendered standalone by its analysis worker), printed by Chromium to
// the file the client chose.
import { fileURLToPath } from 'node:url';
import type { ExportPdfParams, ExportPdfResult } from '../../../protocol/exportPdf';
import type { RenderResult } from '../../../protocol/render';
import type { Locale } from '../core/locale';
import { findChromium, NO_CHROMIUM, printPdf } from '../publish/printPdf';

const NOT_A_FILE = { en: 'the PDF can only be written to a file on this machine', ja: 'PDF はこのマシン上のファイルにだけ書き出せます' };

const NOT_CHECKED = { en: 'the whitepaper could not be checked in time, so it cannot be exported', ja: 'ホワイトペーパーの検査が時間内に終わらなかったため、書き出せません' };

export async function exportPdf(locale: Locale, params: ExportPdfParams, render: () => Promise<RenderResult>): Promise<ExportPdfResult> {
  if (!params.target.startsWith('file:')) return { ok: false, message: NOT_A_FILE[locale] };
  const chromium = findChromium();
  if (!chromium) return { ok: false, message: NO_CHROMIUM[locale] };
  const rendered = await render();
  if (!rendered) return { ok: false, message: NOT_CHECKED[locale] };
  try {
    await printPdf(rendered.html, fileURLToPath(params.target), chromium);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
