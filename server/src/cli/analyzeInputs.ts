// Reading the CLI's inputs: files, folders and globs expanded, each file read
// with its nearest .wp27017.yaml, published text taken through the importer,
// `--fix` applied, then analysed. Shared by check, coverage and render.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createAnalyzer, type Analysis } from '../analyze/analyzer';
import { kindOfPath } from '../analyze/documentKind';
import { findConfigFile, readTextFile } from '../config/configFile';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import { applySeverities, readConfig } from '../config/workspaceConfig';
import type { Finding } from '../core/finding';
import { fixText } from '../core/fixAll';
import { toLocale, type Locale } from '../core/locale';
import { importWhitepaper, isPublishedText, mapFindings } from '../import/importWhitepaper';
import { sectionize } from '../import/sectionize';
import type { SourcePlace } from '../read/block';
import { ReadError } from '../read/readError';
import type { PublishedDocuments } from './readPublished';
import { expandInputs } from './expandInputs';

export function envLocale(): Locale | undefined {
  return toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
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
  /** PDF, Word and HTML inputs, read beforehand (cli/readPublished.ts). */
  readonly published?: PublishedDocuments;
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
}

/** Reads, configures and analyses every input; what cannot be read is reported and skipped. */
/**
 * In a published text, which sections answer a control is the importer's inference, not the author's claim: two
 * sections on one topic are no duplicate, and a chapter number ("8.6. ISO27001取得について") that differs from
 * the control read from the heading's words is no contradiction a reviewer should hear about.
 */
export const ABOUT_INFERRED_CONTROLS = new Set(['control-duplicate', 'title-numbering']);

export function analyzeInputs(inputs: readonly string[], options: CheckOptions, err: (text: string) => void): { files: AnalyzedFile[]; unreadable: boolean } | undefined {
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
    const published = options.published?.get(path);
    if (published instanceof ReadError) {
      unreadable = true;
      err(`wp27017: ${path}: ${published.localized(fallbackLocale)}\n`);
      continue;
    }
    let text: string;
    try {
      text = published?.text ?? readFileSync(path, 'utf8');
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
    const imported = published ? sectionize(published, basename(path)) : isPublishedText(path) ? importWhitepaper(text, basename(path)) : undefined;
    const analyzer = createAnalyzer(kindOfPath(path));
    const locale = options.locale ?? config.locale ?? fallbackLocale;
    if (options.fix && !imported) text = fixFile(path, text, (t) => applySeverities(analyzer.analyze(t, config).findings, config), locale, err);
    const raw = analyzer.analyze(imported?.yaml ?? text, config);
    if (!imported) {
      analyzed.push({ path, text, config, analysis: raw, locale });
      continue;
    }
    const findings = raw.findings.filter((f) => !ABOUT_INFERRED_CONTROLS.has(f.ruleId));
    if (options.asImported) analyzed.push({ path, text: imported.yaml, config, analysis: { ...raw, findings }, locale });
    else analyzed.push({ path, text, config, analysis: { ...raw, findings: mapFindings(findings, imported.toSource) }, locale, toSource: imported.toSource, place: published?.place });
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
