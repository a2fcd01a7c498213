// The wp27017 command: `check` reports findings, `coverage` the control table, `render` publishes HTML, PDF or Word, `report` writes the reviewer's gap report. Exit codes: 0 no errors, 1 errors found, 2 bad usage
// or an input that could not be read or an output that could not be written (after checking everything that could be read).
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { kindOfPath } from '../analyze/documentKind';
import { applySeverities } from '../config/workspaceConfig';
import type { Locale, MessageData } from '../core/locale';
import { computeCoverage, mapCoverage } from '../coverage/coverage';
import { importWhitepaper } from '../import/importWhitepaper';
import { describeKind, PUBLISHED_KINDS, type PublishedKind } from '../import/publishedKind';
import { analyzeInputs, envLocale, messageLocale, readInput, type CheckOptions } from './analyzeInputs';
import { cliLine, cliText, type CliMessageId } from './cliMessages';
import { reportFile } from './fileReport';
import { formatCoverageJson, formatCoverageText } from './formatCoverage';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { importPublished, readByFormat, readPublishedInputs } from './readPublished';
import { ReadError } from '../read/readError';
import { renderCommand } from './renderCommand';
import { reportCommand, type ReportFormat } from './reportCommand';
import { usage } from './usage';
import { writeFailure, writeFileSafely } from './writeFile';

const VERSION = process.env.WP27017_VERSION ?? 'dev';

class UsageError extends Error {
  constructor(
    readonly id: CliMessageId,
    readonly data: MessageData = {},
  ) {
    super(id);
  }
}

function fail(id: CliMessageId, data?: MessageData): never {
  throw new UsageError(id, data);
}

/** node:util's parseArgs speaks English; its error codes say what went wrong, the option is quoted in its message. */
function argumentError(error: unknown): UsageError {
  const { code, message } = error as NodeJS.ErrnoException;
  const quoted = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  // "-o, --output <value>": the long name says more.
  const option = (/--[\w-]+/.exec(quoted) ?? /-[^\s,]+/.exec(quoted))?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(/argument missing/.test(message) ? 'optionNeedsValue' : 'optionTakesNoValue', { option });
  return new UsageError('badArguments', { detail: message });
}

/** The --lang an argument list asks for, read before (or without) parsing it. */
export function langInArguments(argv: readonly string[]): Locale | undefined {
  const value = argv.find((a, i) => a.startsWith('--lang=') || argv[i - 1] === '--lang');
  const lang = value?.replace(/^--lang=/, '');
  return lang === 'ja' || lang === 'en' ? lang : undefined;
}

export async function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  // Known before parsing, so that even an error in the arguments is said in the user's language and format.
  const earlyJson = argv.some((a, i) => a === '--format=json' || a === '-fjson' || ((a === '--format' || a === '-f') && argv[i + 1] === 'json'));
  let cliLocale: Locale | undefined = langInArguments(argv);
  try {
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
          as: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
          version: { type: 'boolean', short: 'v' },
        },
      });
    } catch (error) {
      throw argumentError(error);
    }
    const { values, positionals } = parsed;
    cliLocale = values.lang === 'ja' || values.lang === 'en' ? values.lang : undefined;
    if (values.help) {
      out(usage(cliLocale ?? envLocale() ?? 'en'));
      return 0;
    }
    if (values.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    if (values.lang !== undefined && !cliLocale) fail('badLang', { value: values.lang });
    const [command, ...inputs] = positionals;
    if (command !== 'check' && command !== 'coverage' && command !== 'import' && command !== 'render' && command !== 'report') fail(command ? 'unknownCommand' : 'noCommand', { command });
    if (command === 'report') {
      if (!['text', 'xlsx', 'csv', 'md'].includes(values.format!)) fail('reportFormat', { value: values.format });
      if (values.format === 'xlsx' && (!values.output || values.output === '-')) fail('xlsxNeedsOutput');
    } else if (!['text', 'json', 'sarif'].includes(values.format!)) fail('badFormat', { value: values.format });
    if (inputs.length === 0) fail('noFiles', { command });
    if (values.fix && command !== 'check') fail('fixWithCheck');
    if ((values.review || values.pdf || values.docx) && command !== 'render') fail('renderOnly', { option: values.review ? 'review' : values.pdf ? 'pdf' : 'docx' });
    if (command === 'render' && values.output && inputs.length !== 1) fail('renderOneOutput');
    if (values.docx && values.pdf) fail('docxOrPdf');
    if (values.pdf && values.output === '-') fail('pdfToStdout');
    if (values.docx && values.output === '-') fail('docxToStdout');
    if (command === 'import' && inputs.length !== 1) fail('importOne');
    if (command === 'coverage' && values.format === 'sarif') fail('coverageFormat');
    if (values.as !== undefined && !PUBLISHED_KINDS.includes(values.as as PublishedKind)) fail('badAs', { value: values.as, kinds: PUBLISHED_KINDS.join(', ') });
    const options = {
      format: (command === 'report' ? 'text' : values.format) as 'text' | 'json' | 'sarif',
      config: values.config,
      output: values.output,
      locale: cliLocale,
      fix: values.fix,
      as: values.as as PublishedKind | undefined,
    };
    if (command === 'import') return await importCommand(inputs[0]!, options, out, err);
    const read = { ...options, published: await readPublishedInputs(inputs) };
    if (command === 'report') return await reportCommand(inputs, read, values.format === 'text' ? 'md' : (values.format as ReportFormat), messageLocale(read), out, err);
    if (command === 'render') return await renderCommand(inputs, { ...read, review: values.review, pdf: values.pdf, docx: values.docx }, VERSION, out, err);
    return command === 'check' ? check(inputs, read, out, err) : coverage(inputs, read, out, err);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const locale = cliLocale ?? envLocale() ?? 'en';
    const message = cliText(locale, error.id, error.data);
    // A script that asked for JSON gets JSON on stdout, not an empty report.
    if (earlyJson) out(`${JSON.stringify({ error: { kind: 'usage', message, exitCode: 2 } }, null, 2)}\n`);
    err(`wp27017: ${message}\n\n${usage(locale)}`);
    return 2;
  }
}

/** Writes a command's output to -o (never over an input) or stdout; false when the file could not be written. */
function emit(output: string, options: CheckOptions, inputs: readonly string[], out: (text: string) => void, err: (text: string) => void): boolean {
  if (!options.output || options.output === '-') {
    out(output);
    return true;
  }
  try {
    writeFileSafely(options.output, output, inputs);
    return true;
  } catch (error) {
    err(writeFailure(options.output, error, messageLocale(options)));
    return false;
  }
}

async function importCommand(path: string, options: CheckOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const locale = messageLocale(options);
  let imported;
  if (readByFormat(path)) {
    imported = await importPublished(path);
    if (imported instanceof ReadError) {
      err(`wp27017: ${path}: ${imported.localized(locale)}\n`);
      return 2;
    }
  } else {
    const text = readInput(path, locale, err);
    if (text === undefined) return 2;
    imported = importWhitepaper(text, basename(path));
  }
  if (!emit(imported.yaml, options, [path], out, err)) return 2;
  if (options.output && options.output !== '-') err(cliLine(locale, 'imported', { path: options.output, sections: imported.sections }));
  return 0;
}

/** Passes stderr lines on, and keeps them for the JSON report, so a script that reads only stdout learns what was skipped. */
function collecting(err: (text: string) => void): { errors: string[]; err: (text: string) => void } {
  const errors: string[] = [];
  return { errors, err: (text) => (errors.push(text.replace(/^wp27017: /, '').trimEnd()), err(text)) };
}

function check(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, stderr: (text: string) => void): number {
  const { errors, err } = collecting(stderr);
  const result = analyzeInputs(inputs, options, err);
  if (!result) return 2;
  if (result.files.length === 0 && options.output) {
    err(cliLine(messageLocale(options), 'nothingWritten', { path: options.output }));
    return 2;
  }
  const locale = messageLocale(options);
  const reports = result.files.map((f) => {
    const report = reportFile(f.path, f.text, applySeverities(f.analysis.findings, f.config), f.locale, f.place);
    return f.readAs ? { ...report, readAs: { kind: f.readAs.kind, forced: !!f.readAs.forced, description: describeKind(f.readAs, locale) } } : report;
  });
  // What a published text was read as, beside the report (stdout keeps its format for scripts; JSON carries it per file).
  if (options.format === 'text') for (const f of result.files) if (f.readAs) stderr(`wp27017: ${f.path}: ${describeKind(f.readAs, locale)}\n`);
  const output = options.format === 'json' ? formatJson(reports, errors) : options.format === 'sarif' ? formatSarif(reports, locale, VERSION) : formatText(reports, locale);
  const written = emit(output, options, [...inputs, ...result.files.map((f) => f.path)], out, err);
  if (result.unreadable || !written) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function coverage(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): number {
  const result = analyzeInputs(inputs, options, err);
  if (!result) return 2;
  if (result.files.length === 0 && options.output) {
    err(cliLine(messageLocale(options), 'nothingWritten', { path: options.output }));
    return 2;
  }
  const files = result.files
    .filter((f) => kindOfPath(f.path).name === 'whitepaper')
    .map((f) => {
      const computed = computeCoverage(f.analysis.model, f.config);
      return { path: f.path, text: f.text, locale: f.locale, coverage: f.toSource ? mapCoverage(computed, f.toSource) : computed, place: f.place };
    });
  const written = emit(options.format === 'json' ? formatCoverageJson(files) : formatCoverageText(files), options, [...inputs, ...result.files.map((f) => f.path)], out, err);
  return result.unreadable || !written ? 2 : 0;
}
