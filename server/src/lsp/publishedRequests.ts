// The server's side of the one-off commands: wp27017/import, the requests for
// published whitepapers and the reviewer's outputs (protocol/published.ts): a
// file read by its reader and imported as the CLI does, its findings placed on
// the extracted text; the open whitepaper as Word or as the gap report. This is
// a bundle of its own (dist/publishedRequests.js), loaded by the server when
// one of these requests first comes: the importer, the readers and writers of
// PDF, Word, HTML and Excel files, and an analyzer on the main thread cost the
// editor nothing until then.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { IMPORT_METHOD, type ImportParams, type ImportResultMessage } from '../../../protocol/import';
import {
  CHECK_PUBLISHED_METHOD,
  EXPORT_DOCX_METHOD,
  GAP_REPORT_METHOD,
  IMPORT_PUBLISHED_METHOD,
  type BinaryResult,
  type CheckPublishedResult,
  type ExportDocxParams,
  type GapReportParams,
  type PublishedFile,
} from '../../../protocol/published';
import { createAnalyzer, type Analysis } from '../analyze/analyzer';
import { kindOfPath, WHITEPAPER } from '../analyze/documentKind';
import type { WorkspaceConfig } from '../config/config';
import { applySeverities } from '../config/workspaceConfig';
import type { Locale } from '../core/locale';
import { findingMessage } from '../core/messages';
import { computeCoverage } from '../coverage/coverage';
import { recognitionHover } from '../features/recognitionHover';
import { importWhitepaper, mapFindings, weaklyRecognised, withoutInferredControlFindings } from '../import/importWhitepaper';
import { describeKind } from '../import/publishedKind';
import { sectionize, type ImportResult } from '../import/sectionize';
import type { ReadDocument } from '../read/block';
import { describeInOriginal, offsetDescriber } from '../read/describePlace';
import { isPageSource } from '../read/pageSource';
import { readDocumentBytes } from '../read/readDocument';
import { readHtml } from '../read/readHtml';
import { ReadError } from '../read/readError';
import { renderDocx } from '../render/docx/renderDocx';
import { renderAnalysis } from '../render/renderAnalysis';
import { gapReportCsv, gapReportMarkdown, gapReportXlsx } from '../report/formatGapReport';
import { gapReport, type ReportInput } from '../report/gapReport';

export interface PublishedContext {
  readonly documents: TextDocuments<TextDocument>;
  configFor(uri: string): WorkspaceConfig;
  localeFor(config: WorkspaceConfig): Locale;
  logError(message: string): void;
}

export type PublishedMethod = typeof IMPORT_METHOD | typeof CHECK_PUBLISHED_METHOD | typeof IMPORT_PUBLISHED_METHOD | typeof EXPORT_DOCX_METHOD | typeof GAP_REPORT_METHOD;
export type PublishedHandlers = Record<PublishedMethod, (params: never) => Promise<unknown>>;

const VERSION = process.env.WP27017_VERSION ?? 'dev';
const NOT_OPEN = { en: 'the whitepaper is not open', ja: 'ホワイトペーパーが開かれていません' };

interface Read {
  readonly document: ReadDocument;
  readonly imported: ImportResult;
  readonly analysis: Analysis;
}

async function readPublished(file: PublishedFile, config: WorkspaceConfig): Promise<Read> {
  const document = await readDocumentBytes(Buffer.from(file.data, 'base64'), file.fileName);
  const imported = sectionize(document, file.fileName);
  const raw = createAnalyzer(WHITEPAPER).analyze(imported.yaml, config);
  return { document, imported, analysis: { ...raw, findings: withoutInferredControlFindings(raw.findings, imported) } };
}

// Word export and the gap report are one-off commands: a fresh analysis on this thread rather than a round trip of the model.
function analysisOf(document: TextDocument, config: WorkspaceConfig): Analysis {
  return createAnalyzer(kindOfPath(document.uri)).analyze(document.getText(), config);
}

export function publishedHandlers(context: PublishedContext): PublishedHandlers {
  const fail = (error: unknown, locale: Locale, what: string) => {
    if (error instanceof ReadError) return { ok: false as const, message: error.localized(locale) };
    context.logError(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
  };

  return {
    [IMPORT_METHOD]: async (params: ImportParams): Promise<ImportResultMessage> => {
      // A page's source saved as text is read as the page it is, as the CLI reads it.
      const { yaml, sections } = isPageSource(params.text) && !/\.(md|markdown)$/i.test(params.fileName) ? sectionize(await readHtml(params.text), params.fileName) : importWhitepaper(params.text, params.fileName);
      return { yaml, sections };
    },

    [CHECK_PUBLISHED_METHOD]: async (file: PublishedFile): Promise<CheckPublishedResult> => {
    const config = context.configFor(file.uri);
    const locale = context.localeFor(config);
    try {
      const { document, imported, analysis } = await readPublished(file, config);
      const findings = mapFindings(applySeverities(analysis.findings, config), imported.toSource).map((f) => ({
        start: f.start,
        end: f.end,
        severity: f.severity,
        ruleId: f.ruleId,
        message: findingMessage(f, f.ruleId, locale),
        where: describeInOriginal(document.place?.(f.start), locale),
      }));
      const describeSource = offsetDescriber(document, locale);
      const { title, html } = renderAnalysis(analysis, config, { locale, review: true, standalone: true, fallbackTitle: file.fileName, generator: `wp27017 ${VERSION}`, where: (offset) => describeSource(imported.toSource(offset)) });
      const weak = weaklyRecognised(imported.controls);
      // What the whole text was read as decides which missing values its sections are asked for: said under each heading.
      const readAs = `\n\n---\n\n${describeKind(imported.kind, locale)}`;
      const headings = imported.headings.map((h) => ({ start: h.start, end: h.end, hover: recognitionHover(h.controls, weak, locale) + readAs }));
      return { ok: true, title, text: document.text, findings, headings, html };
    } catch (error) {
      return fail(error, locale, 'checking a published whitepaper');
    }
    },

    [IMPORT_PUBLISHED_METHOD]: async (file: PublishedFile): Promise<ImportResultMessage | { message: string }> => {
    const locale = context.localeFor(context.configFor(file.uri));
    try {
      const { yaml, sections } = sectionize(await readDocumentBytes(Buffer.from(file.data, 'base64'), file.fileName), file.fileName);
      return { yaml, sections };
    } catch (error) {
      return { message: fail(error, locale, 'importing').message };
    }
    },

    [EXPORT_DOCX_METHOD]: async (params: ExportDocxParams): Promise<BinaryResult> => {
    const config = context.configFor(params.textDocument.uri);
    const locale = context.localeFor(config);
    const document = context.documents.get(params.textDocument.uri);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') return { ok: false, message: NOT_OPEN[locale] };
    try {
      const model = analysisOf(document, config).model;
      const fileName = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
      return { ok: true, data: (await renderDocx(model, { coverage: computeCoverage(model, config), fallbackTitle: fileName })).toString('base64') };
    } catch (error) {
      return fail(error, locale, 'exporting to Word');
    }
    },

    [GAP_REPORT_METHOD]: async (params: GapReportParams): Promise<BinaryResult> => {
    const uri = params.textDocument?.uri ?? params.file?.uri ?? '';
    const config = context.configFor(uri);
    const locale = context.localeFor(config);
    try {
      let input: ReportInput;
      if (params.file) {
        const { document, imported, analysis } = await readPublished(params.file, config);
        input = { path: params.file.fileName, text: document.text, config, analysis: { ...analysis, findings: mapFindings(analysis.findings, imported.toSource) }, toSource: imported.toSource, place: document.place };
      } else {
        const document = context.documents.get(uri);
        if (!document || kindOfPath(uri).name !== 'whitepaper') return { ok: false, message: NOT_OPEN[locale] };
        input = { path: decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)), text: document.getText(), config, analysis: analysisOf(document, config) };
      }
      const report = gapReport(input, locale);
      const data = params.format === 'xlsx' ? await gapReportXlsx([report], locale) : Buffer.from(params.format === 'csv' ? gapReportCsv([report], locale) : gapReportMarkdown([report], locale));
      return { ok: true, data: data.toString('base64') };
    } catch (error) {
      return fail(error, locale, 'the gap report');
    }
    },
  };
}
