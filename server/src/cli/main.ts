// The wp27017 command: `check` reports findings, `coverage` the control table. Exit codes: 0 no errors, 1 errors found, 2 bad usage
// or unreadable input (after checking everything that could be read).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer, type Analysis } from '../analyze/analyzer';
import { kindOfPath } from '../analyze/documentKind';
import { findConfigFile, readTextFile } from '../config/configFile';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import { applySeverities, readConfig } from '../config/workspaceConfig';
import type { Finding } from '../core/finding';
import { fixText } from '../core/fixAll';
import { toLocale, type Locale } from '../core/locale';
import { computeCoverage, mapCoverage } from '../coverage/coverage';
import { importWhitepaper, isPublishedText, mapFindings } from '../import/importWhitepaper';
import { expandInputs } from './expandInputs';
import { reportFile } from './fileReport';
import { formatCoverageJson, formatCoverageText } from './formatCoverage';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { usage } from './usage';

const VERSION = process.env.WP27017_VERSION ?? 'dev';

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function envLocale(): Locale | undefined {
  return toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
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
    if (command !== 'check' && command !== 'coverage' && command !== 'import') fail(command ? `unknown command "${command}"` : 'no command given');
    if (!['text', 'json', 'sarif'].includes(values.format!)) fail(`--format must be text, json or sarif, not "${values.format}"`);
    if (inputs.length === 0) fail(`no files given to ${command}`);
    if (values.fix && command !== 'check') fail('--fix goes with check');
    const options = { format: values.format as 'text' | 'json' | 'sarif', config: values.config, output: values.output, locale: cliLocale, fix: values.fix };
    if (command === 'import') return importCommand(inputs, options, out, err);
    return command === 'check' ? check(inputs, options, out, err) : coverage(inputs, options, out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`wp27017: ${error.message}\n\n${usage(cliLocale ?? envLocale() ?? 'en')}`);
      return 2;
    }
    throw error;
  }
}

interface CheckOptions {
  readonly format: 'text' | 'json' | 'sarif';
  readonly config?: string;
  readonly output?: string;
  readonly locale?: Locale;
  /** Apply the preferred fixes to each file before reporting what is left. */
  readonly fix?: boolean;
}

function loadConfig(path: string, err: (text: string) => void): WorkspaceConfig | undefined {
  let text;
  try {
    text = readTextFile(path);
  } catch (error) {
    err(`wp27017: cannot read config ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return undefined;
  }
  const { config, analysis } = readConfig(text);
  if (analysis.findings.some((f) => f.severity === 'error')) err(`wp27017: ${path} has errors; run "wp27017 check ${path}" to see them. Valid settings in it still apply.\n`);
  return config;
}

interface AnalyzedFile {
  readonly path: string;
  readonly text: string;
  readonly config: WorkspaceConfig;
  readonly locale: Locale;
  readonly analysis: Analysis;
  /** For a published text read through the importer: from the imported YAML back to `text`. */
  readonly toSource?: (offset: number) => number;
}

/** Reads, configures and analyses every input; what cannot be read is reported and skipped. */
function analyzeInputs(inputs: readonly string[], options: CheckOptions, err: (text: string) => void): { files: AnalyzedFile[]; unreadable: boolean } | undefined {
  let unreadable = false;
  const explicit = options.config ? loadConfig(options.config, err) : undefined;
  if (options.config && !explicit) return undefined;
  const { files, problems } = expandInputs(inputs);
  for (const problem of problems) {
    unreadable = true;
    const why = { missing: 'no such file or folder', 'empty-folder': 'no *.wp.yaml files in this folder', 'no-match': 'the pattern matches no file' }[problem.reason];
    err(`wp27017: ${problem.input}: ${why}\n`);
  }
  const configs = new Map<string, WorkspaceConfig>();
  const analyzed: AnalyzedFile[] = [];
  const fallbackLocale: Locale = options.locale ?? explicit?.locale ?? envLocale() ?? 'en';
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      unreadable = true;
      err(`wp27017: ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      continue;
    }
    let config = explicit;
    if (!config) {
      const found = findConfigFile(resolve(path));
      if (found && !configs.has(found)) configs.set(found, loadConfig(found, err) ?? DEFAULT_CONFIG);
      config = found ? configs.get(found)! : DEFAULT_CONFIG;
    }
    const imported = isPublishedText(path) ? importWhitepaper(text, basename(path)) : undefined;
    const analyzer = createAnalyzer(kindOfPath(path));
    const locale = options.locale ?? config.locale ?? fallbackLocale;
    if (options.fix && !imported) text = fixFile(path, text, (t) => applySeverities(analyzer.analyze(t, config).findings, config), locale, err);
    const raw = analyzer.analyze(imported?.yaml ?? text, config);
    // In a published text, which sections answer a control is the importer's inference, not the author's claim:
    // two sections on one topic are not a duplicate a reviewer should hear about.
    const analysis = imported ? { ...raw, findings: mapFindings(raw.findings.filter((f) => f.ruleId !== 'control-duplicate'), imported.toSource) } : raw;
    analyzed.push({ path, text, config, analysis, locale, toSource: imported?.toSource });
  }
  return { files: analyzed, unreadable };
}

/** Writes the fixed text back when anything changed; says how much, on stderr, so the report on stdout stays parseable. */
function fixFile(path: string, text: string, findings: (text: string) => readonly Finding[], locale: Locale, err: (text: string) => void): string {
  const result = fixText(text, findings);
  if (result.fixed === 0) return text;
  writeFileSync(path, result.text);
  const n = result.fixed;
  err(locale === 'ja' ? `wp27017: ${path}: ${n}件の問題を修正しました\n` : `wp27017: ${path}: fixed ${n} problem${n === 1 ? '' : 's'}\n`);
  return result.text;
}

function summaryLocale(options: CheckOptions): Locale {
  return options.locale ?? envLocale() ?? 'en';
}

function emit(output: string, options: CheckOptions, out: (text: string) => void): void {
  if (options.output) writeFileSync(options.output, output);
  else out(output);
}

function importCommand(inputs: readonly string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): number {
  if (inputs.length !== 1) fail('import takes one file: wp27017 import paper.txt -o paper.wp.yaml');
  const [path] = inputs;
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
  const reports = result.files.map((f) => reportFile(f.path, f.text, applySeverities(f.analysis.findings, f.config), f.locale));
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
      return { path: f.path, text: f.text, locale: f.locale, coverage: f.toSource ? mapCoverage(computed, f.toSource) : computed };
    });
  emit(options.format === 'json' ? formatCoverageJson(files) : formatCoverageText(files), options, out);
  return result.unreadable ? 2 : 0;
}
