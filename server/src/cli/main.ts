// The wp27017 command: `check` reports findings, `coverage` the control table, `render` publishes HTML or PDF. Exit codes: 0 no errors, 1 errors found, 2 bad usage
// or unreadable input (after checking everything that could be read).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { kindOfPath } from '../analyze/documentKind';
import { applySeverities } from '../config/workspaceConfig';
import type { Locale } from '../core/locale';
import { computeCoverage, mapCoverage } from '../coverage/coverage';
import { importWhitepaper } from '../import/importWhitepaper';
import { analyzeInputs, envLocale, type CheckOptions } from './analyzeInputs';
import { reportFile } from './fileReport';
import { formatCoverageJson, formatCoverageText } from './formatCoverage';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { importPublished, readPublishedInputs } from './readPublished';
import { BINARY_PUBLISHED } from '../read/readDocument';
import { ReadError } from '../read/readError';
import { renderCommand } from './renderCommand';
import { reportCommand, type ReportFormat } from './reportCommand';
import { usage } from './usage';

const VERSION = process.env.WP27017_VERSION ?? 'dev';

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

export async function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        config: { type: 'string', short: 'c' },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        review: { type: 'boolean' },
        pdf: { type: 'boolean' },
        docx: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err(`wp27017: ${(error as Error).message}\n${usage('en')}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const cliLocale: Locale | undefined = values.lang === 'ja' || values.lang === 'en' ? values.lang : undefined;
  if (values.help) {
    out(usage(cliLocale ?? envLocale() ?? 'en'));
    return 0;
  }
  if (values.version) {
    out(`${VERSION}\n`);
    return 0;
  }
  try {
    if (values.lang !== undefined && !cliLocale) fail(`--lang must be "en" or "ja", not "${values.lang}"`);
    const [command, ...inputs] = positionals;
    if (command !== 'check' && command !== 'coverage' && command !== 'import' && command !== 'render' && command !== 'report') fail(command ? `unknown command "${command}"` : 'no command given');
    if (command === 'report') {
      if (!['text', 'xlsx', 'csv', 'md'].includes(values.format!)) fail(`report --format must be xlsx, csv or md, not "${values.format}"`);
      if (values.format === 'xlsx' && (!values.output || values.output === '-')) fail('report --format xlsx writes a file: give -o report.xlsx');
    } else if (!['text', 'json', 'sarif'].includes(values.format!)) fail(`--format must be text, json or sarif, not "${values.format}"`);
    if (inputs.length === 0) fail(`no files given to ${command}`);
    if (values.fix && command !== 'check') fail('--fix goes with check');
    if ((values.review || values.pdf) && command !== 'render') fail(`--${values.review ? 'review' : 'pdf'} goes with render`);
    if (command === 'render' && values.output && inputs.length !== 1) fail('render -o takes one file; without -o each file is written next to its source');
    if (values.pdf && values.output === '-') fail('--pdf writes a file: give -o out.pdf or leave -o out');
    if (values.docx && command !== 'render') fail('--docx goes with render');
    if (values.docx && values.pdf) fail('render writes --pdf or --docx, not both');
    if (values.docx && values.output === '-') fail('--docx writes a file: give -o out.docx or leave -o out');
    const options = { format: (command === 'report' ? 'text' : values.format) as 'text' | 'json' | 'sarif', config: values.config, output: values.output, locale: cliLocale, fix: values.fix };
    if (command === 'import') return await importCommand(inputs, options, out, err);
    const read = { ...options, published: await readPublishedInputs(inputs) };
    if (command === 'report') return await reportCommand(inputs, read, values.format === 'text' ? 'md' : (values.format as ReportFormat), summaryLocale(read), out, err);
    if (command === 'render') return await renderCommand(inputs, { ...read, review: values.review, pdf: values.pdf, docx: values.docx }, VERSION, out, err);
    return command === 'check' ? check(inputs, read, out, err) : coverage(inputs, read, out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`wp27017: ${error.message}\n\n${usage(cliLocale ?? envLocale() ?? 'en')}`);
      return 2;
    }
    throw error;
  }
}

function summaryLocale(options: CheckOptions): Locale {
  return options.locale ?? envLocale() ?? 'en';
}

function emit(output: string, options: CheckOptions, out: (text: string) => void): void {
  if (options.output) writeFileSync(options.output, output);
  else out(output);
}

async function importCommand(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (inputs.length !== 1) fail('import takes one file: wp27017 import paper.txt -o paper.wp.yaml');
  const [path] = inputs;
  if (BINARY_PUBLISHED.test(path)) {
    const result = await importPublished(path);
    if (result instanceof ReadError) {
      err(`wp27017: ${path}: ${result.localized(summaryLocale(options))}\n`);
      return 2;
    }
    emit(result.yaml, options, out);
    if (options.output) err(`wp27017: wrote ${options.output}: ${result.sections} sections; check the service details and each section's controls\n`);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    err(`wp27017: ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  const imported = importWhitepaper(text, basename(path));
  emit(imported.yaml, options, out);
  if (options.output) err(`wp27017: wrote ${options.output}: ${imported.sections} sections; check the service details and each section's controls\n`);
  return 0;
}

function check(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): number {
  const result = analyzeInputs(inputs, options, err);
  if (!result) return 2;
  const reports = result.files.map((f) => reportFile(f.path, f.text, applySeverities(f.analysis.findings, f.config), f.locale, f.place));
  const locale = summaryLocale(options);
  emit(options.format === 'json' ? formatJson(reports) : options.format === 'sarif' ? formatSarif(reports, locale, VERSION) : formatText(reports, locale), options, out);
  if (result.unreadable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function coverage(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): number {
  if (options.format === 'sarif') fail('coverage prints text or json');
  const result = analyzeInputs(inputs, options, err);
  if (!result) return 2;
  const files = result.files
    .filter((f) => kindOfPath(f.path).name === 'whitepaper')
    .map((f) => {
      const computed = computeCoverage(f.analysis.model, f.config);
      return { path: f.path, text: f.text, locale: f.locale, coverage: f.toSource ? mapCoverage(computed, f.toSource) : computed, place: f.place };
    });
  emit(options.format === 'json' ? formatCoverageJson(files) : formatCoverageText(files), options, out);
  return result.unreadable ? 2 : 0;
}
