// `wp27017 render`: each whitepaper as a standalone HTML file (or a PDF) next
// to its source, or where -o says; `-o -` writes the HTML to stdout.
import { basename } from 'node:path';
import { kindOfPath } from '../analyze/documentKind';
import { toLocale, type Locale } from '../core/locale';
import { describeKind } from '../import/publishedKind';
import { renderAnalysis } from '../render/renderAnalysis';
import { analyzeInputs, messageLocale, type AnalyzedFile, type CheckOptions } from './analyzeInputs';
import { cliLine } from './cliMessages';
import { findChromium, NO_CHROMIUM, PdfError, printPdf } from '../publish/printPdf';
import { computeCoverage } from '../coverage/coverage';
import { renderDocx } from '../render/docx/renderDocx';
import { prepareWrite, writeFailure, writeFileSafely } from './writeFile';

export interface RenderOptions extends CheckOptions {
  readonly review?: boolean;
  readonly pdf?: boolean;
  readonly docx?: boolean;
}

function defaultOutput(path: string, extension: 'pdf' | 'html' | 'docx'): string {
  const stem = path.replace(/\.(wp\.ya?ml|ya?ml|txt|md|markdown|pdf|docx|html?)$/i, '');
  return `${stem}.${extension}`;
}

/** What goes into the page is in the document's language unless --lang says otherwise; the CLI's own lines are in the user's. */
function documentLocale(file: AnalyzedFile, options: RenderOptions): Locale {
  const lang = file.analysis.model.data.lang;
  return options.locale ?? (typeof lang === 'string' ? toLocale(lang) : undefined) ?? file.locale;
}

export async function renderCommand(inputs: readonly string[], options: RenderOptions, version: string, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const chromium = options.pdf ? findChromium() : undefined;
  if (options.pdf && !chromium) {
    err(`wp27017: ${NO_CHROMIUM[messageLocale(options)]}\n`);
    return 2;
  }
  const result = analyzeInputs(inputs, { ...options, asImported: true }, err);
  if (!result) return 2;
  const says = messageLocale(options);
  if (options.output && result.files.length > 1) {
    err(cliLine(says, 'renderManyToOne', { input: inputs[0], count: result.files.length }));
    return 2;
  }
  if (options.output && options.output !== '-' && result.files.length === 0) {
    err(cliLine(says, 'nothingWritten', { path: options.output }));
    return 2;
  }
  const allInputs = [...inputs, ...result.files.map((f) => f.path)];
  let failed = result.unreadable;
  for (const file of result.files) {
    if (kindOfPath(file.path).name !== 'whitepaper') {
      err(cliLine(says, 'configNotRendered', { path: file.path }));
      continue;
    }
    const target = options.output ?? defaultOutput(file.path, options.docx ? 'docx' : options.pdf ? 'pdf' : 'html');
    if (options.docx) {
      try {
        writeFileSafely(target, await renderDocx(file.analysis.model, { coverage: computeCoverage(file.analysis.model, file.config), fallbackTitle: basename(file.path) }), allInputs);
        err(cliLine(says, 'wrote', { path: target }));
      } catch (error) {
        failed = true;
        err(writeFailure(target, error, says));
      }
      continue;
    }
    const locale = documentLocale(file, options);
    if (file.readAs) err(`wp27017: ${file.path}: ${describeKind(file.readAs, says)}\n`);
    const { html } = renderAnalysis(file.analysis, file.config, {
      locale,
      review: !!options.review,
      standalone: true,
      fallbackTitle: basename(file.path),
      generator: `wp27017 ${version}`,
      where: file.whereInOriginal && ((offset) => file.whereInOriginal!(offset, locale)),
    });
    try {
      if (target === '-') out(html);
      else if (chromium) await printAtomically(html, target, chromium, allInputs);
      else writeFileSafely(target, html, allInputs);
      if (target !== '-') err(cliLine(says, 'wrote', { path: target }));
    } catch (error) {
      failed = true;
      err(error instanceof PdfError ? cliLine(says, 'cannotWrite', { path: target, why: error.message }) : writeFailure(target, error, says));
    }
  }
  return failed ? 2 : 0;
}

async function printAtomically(html: string, target: string, chromium: string, inputs: readonly string[]): Promise<void> {
  const write = prepareWrite(target, inputs);
  try {
    await printPdf(html, write.temp, chromium);
  } catch (error) {
    write.abort();
    throw error;
  }
  write.commit();
}
