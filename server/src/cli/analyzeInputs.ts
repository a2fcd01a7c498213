// Reading the CLI's inputs: files, folders and globs expanded, each file read
// with its nearest .wp27017.yaml, published text taken through the importer,
// `--fix` applied, then analysed. Shared by check, coverage and render.
import { realpathSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { createAnalyzer, type Analysis } from '../analyze/analyzer';
import { kindOfPath } from '../analyze/documentKind';
import { findConfigFile, readTextFile } from '../config/configFile';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import { applySeverities, readConfig } from '../config/workspaceConfig';
import type { Finding } from '../core/finding';
import { fixText } from '../core/fixAll';
import { toLocale, type Locale } from '../core/locale';
import { offsetDescriber } from '../read/describePlace';
import { importWhitepaper, isPublishedText, mapFindings, withoutInferredControlFindings } from '../import/importWhitepaper';
import { sectionize } from '../import/sectionize';
import { forcedKind, type KindJudgement, type PublishedKind } from '../import/publishedKind';
import type { SourcePlace } from '../read/block';
import { ReadError } from '../read/readError';
import type { PublishedDocuments } from './readPublished';
import { expandInputs } from './expandInputs';
import { cliLine } from './cliMessages';
import { FileReadError, MAX_FILE_BYTES, readRegularFile } from '../workspace/readRegularFile';
import { WriteError, writeFailure, writeFileSafely } from './writeFile';

export function envLocale(): Locale | undefined {
  return toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

/** The language of what the CLI itself says (errors, summaries): --lang, else the user's locale. */
export function messageLocale(options: { readonly locale?: Locale }): Locale {
  return options.locale ?? envLocale() ?? 'en';
}

/** Reads an input as the CLI reads every file; on failure says why (one line) and gives undefined. */
export function readInput(path: string, locale: Locale, err: (text: string) => void): string | undefined {
  try {
    return readRegularFile(path);
  } catch (error) {
    err(readFailure(path, error, locale));
    return undefined;
  }
}

function readFailure(path: string, error: unknown, locale: Locale): string {
  if (!(error instanceof FileReadError)) return cliLine(locale, 'cannotRead', { path, code: (error as Error).message });
  if (error.reason === 'missing') return cliLine(locale, 'missing', { path });
  if (error.reason === 'not-a-file') return cliLine(locale, 'notAFile', { path });
  if (error.reason === 'too-large') return cliLine(locale, 'tooLarge', { path, limit: MAX_FILE_BYTES / 1024 / 1024 });
  return cliLine(locale, 'cannotRead', { path, code: error.code ?? error.message });
}

export interface CheckOptions {
  readonly format: 'text' | 'json' | 'sarif';
  readonly config?: string;
  readonly output?: string;
  readonly locale?: Locale;
  /** Apply the preferred fixes to each file before reporting what is left. */
  readonly fix?: boolean;
  /** Keep a published text as the importer made it (model and findings in the imported YAML): what render shows. */
  readonly asImported?: boolean;
  /** The kind of document a published text is read as, instead of the kind judged from it (`--as`). */
  readonly as?: PublishedKind;
  /** PDF, Word and HTML inputs, read beforehand (cli/readPublished.ts). */
  readonly published?: PublishedDocuments;
}

function loadConfig(path: string, locale: Locale, err: (text: string) => void): WorkspaceConfig | undefined {
  let text;
  try {
    text = readTextFile(path);
  } catch (error) {
    err(readFailure(path, error, locale));
    return undefined;
  }
  const { config, analysis } = readConfig(text);
  if (analysis.findings.some((f) => f.severity === 'error')) err(cliLine(locale, 'configHasErrors', { path }));
  return config;
}

export interface AnalyzedFile {
  readonly path: string;
  readonly text: string;
  readonly config: WorkspaceConfig;
  readonly locale: Locale;
  readonly analysis: Analysis;
  /** For a published text read through the importer: from the imported YAML back to `text`. */
  readonly toSource?: (offset: number) => number;
  /** For a PDF, Word file or web page: where an offset of `text` sits in the original (page and line, paragraph). */
  readonly place?: (offset: number) => SourcePlace | undefined;
  /** Kept as imported (render): where an offset of the imported YAML sits in the original, as the reviewer finds it. */
  readonly whereInOriginal?: (offset: number, locale: Locale) => string;
  /** For a published text: the kind of document it was read as. */
  readonly readAs?: KindJudgement;
}

/** Reads, configures and analyses every input; what cannot be read is reported and skipped. */
export function analyzeInputs(inputs: readonly string[], options: CheckOptions, err: (text: string) => void): { files: AnalyzedFile[]; unreadable: boolean } | undefined {
  let unreadable = false;
  const says = messageLocale(options);
  const explicit = options.config ? loadConfig(options.config, says, err) : undefined;
  if (options.config && !explicit) return undefined;
  const { files, folderOf, problems } = expandInputs(inputs);
  for (const problem of problems) {
    unreadable = true;
    err(cliLine(says, ({ missing: 'missing', 'empty-folder': 'emptyFolder', 'no-match': 'noMatch' } as const)[problem.reason], { path: problem.input }));
  }
  const configs = new Map<string, WorkspaceConfig>();
  const analyzed: AnalyzedFile[] = [];
  const fallbackLocale: Locale = options.locale ?? explicit?.locale ?? envLocale() ?? 'en';
  for (const path of files) {
    const published = options.published?.get(path);
    if (published instanceof ReadError) {
      unreadable = true;
      err(`wp27017: ${path}: ${published.localized(says)}\n`);
      continue;
    }
    let text = published?.text ?? readInput(path, says, err);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    let config = explicit;
    if (!config) {
      const found = findConfigFile(resolve(path));
      if (found && !configs.has(found)) configs.set(found, loadConfig(found, says, err) ?? DEFAULT_CONFIG);
      config = found ? configs.get(found)! : DEFAULT_CONFIG;
    }
    const read = published ? sectionize(published, basename(path)) : isPublishedText(path) ? importWhitepaper(text, basename(path)) : undefined;
    const imported = read && options.as ? { ...read, kind: forcedKind(options.as, read.kind) } : read;
    const analyzer = createAnalyzer(kindOfPath(path));
    const locale = options.locale ?? config.locale ?? fallbackLocale;
    if (options.fix && !imported) {
      const fixed = fixFile(path, folderOf.get(path), text, (t) => applySeverities(analyzer.analyze(t, config).findings, config), says, err);
      if (fixed === undefined) unreadable = true;
      else text = fixed;
    }
    const raw = analyzer.analyze(imported?.yaml ?? text, config);
    if (!imported) {
      analyzed.push({ path, text, config, analysis: raw, locale });
      continue;
    }
    const findings = withoutInferredControlFindings(raw.findings, imported);
    if (options.asImported) {
      const original = { text, place: published?.place };
      const where: Partial<Record<Locale, (offset: number) => string>> = {};
      analyzed.push({ path, text: imported.yaml, config, analysis: { ...raw, findings }, locale, readAs: imported.kind, whereInOriginal: (offset, says) => (where[says] ??= offsetDescriber(original, says))(imported.toSource(offset)) });
    }
    else analyzed.push({ path, text, config, analysis: { ...raw, findings: mapFindings(findings, imported.toSource) }, locale, readAs: imported.kind, toSource: imported.toSource, place: published?.place });
  }
  return { files: analyzed, unreadable };
}

/**
 * Writes the fixed text back when anything changed; says how much, on stderr, so the report on stdout stays
 * parseable. Gives the text now on disk, or undefined when the fixes could not be written (the file is then
 * reported as it was). A symlink is fixed where it points, unless that is outside the folder being fixed.
 */
function fixFile(path: string, folder: string | undefined, text: string, findings: (text: string) => readonly Finding[], locale: Locale, err: (text: string) => void): string | undefined {
  const result = fixText(text, findings);
  if (result.fixed === 0) return text;
  try {
    const real = realpathSync(path);
    if (folder !== undefined) {
      const inside = relative(realpathSync(folder), real);
      if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw new WriteError('outsideFolder', { target: real });
    }
    writeFileSafely(real, result.text, []);
  } catch (error) {
    err(writeFailure(path, error, locale));
    return undefined;
  }
  err(cliLine(locale, result.fixed === 1 ? 'fixedOne' : 'fixed', { path, count: result.fixed }));
  return result.text;
}
