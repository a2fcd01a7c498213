// `wp27017 render`: each whitepaper as a standalone HTML file (or a PDF) next
// to its source, or where -o says; `-o -` writes the HTML to stdout.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kindOfPath } from '../analyze/documentKind';
import { renderAnalysis } from '../render/renderAnalysis';
import { analyzeInputs, envLocale, type CheckOptions } from './analyzeInputs';
import { findChromium, NO_CHROMIUM, PdfError, printPdf } from '../publish/printPdf';
import { computeCoverage } from '../coverage/coverage';
import { renderDocx } from '../render/docx/renderDocx';

export interface RenderOptions extends CheckOptions {
  readonly review?: boolean;
  readonly pdf?: boolean;
  readonly docx?: boolean;
}

function defaultOutput(path: string, extension: 'pdf' | 'html' | 'docx'): string {
  const stem = path.replace(/\.(wp\.ya?ml|ya?ml|txt|md|markdown|pdf|docx|html?)$/i, '');
  return `${stem}.${extension}`;
}

export async function renderCommand(inputs: readonly string[], options: RenderOptions, version: string, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const chromium = options.pdf ? findChromium() : undefined;
  if (options.pdf && !chromium) {
    err(`wp27017: ${NO_CHROMIUM[options.locale ?? envLocale() ?? 'en']}\n`);
    return 2;
  }
  const result = analyzeInputs(inputs, { ...options, asImported: true }, err);
  if (!result) return 2;
  if (options.output && result.files.length > 1) {
    err(`wp27017: ${inputs[0]} holds ${result.files.length} whitepapers and -o names one file; leave -o out to write each next to its source\n`);
    return 2;
  }
  let failed = result.unreadable;
  for (const file of result.files) {
    if (kindOfPath(file.path).name !== 'whitepaper') {
      err(`wp27017: ${file.path}: a configuration file, not a whitepaper: skipped\n`);
      continue;
    }
    const extension = options.docx ? 'docx' : options.pdf ? 'pdf' : 'html';
    const target = options.output ?? defaultOutput(file.path, extension);
    if (target === file.path) {
      failed = true;
      err(`wp27017: ${file.path}: the output would replace the input; give -o\n`);
      continue;
    }
    if (options.docx) {
      try {
        writeFileSync(target, await renderDocx(file.analysis.model, { coverage: computeCoverage(file.analysis.model, file.config), fallbackTitle: basename(file.path) }));
        err(`wp27017: wrote ${target}\n`);
      } catch (error) {
        failed = true;
        err(`wp27017: ${file.path}: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      }
      continue;
    }
    const { html } = renderAnalysis(file.analysis, file.config, {
      locale: file.locale,
      review: !!options.review,
      standalone: true,
      fallbackTitle: basename(file.path),
      generator: `wp27017 ${version}`,
    });
    try {
      if (chromium) await printPdf(html, target, chromium);
      else if (target === '-') out(html);
      else writeFileSync(target, html);
      if (target !== '-') err(`wp27017: wrote ${target}\n`);
    } catch (error) {
      failed = true;
      const why = error instanceof PdfError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      err(`wp27017: ${file.path}: cannot write ${target}: ${why}\n`);
    }
  }
  return failed ? 2 : 0;
}
