// The language server: wires LSP messages to the analyzer. It holds no state
// beyond one analyzer and the last result per open document, and the config.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type Connection,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsClientCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, prepareAnalyzers, type Analysis, type Analyzer } from '../analyze/analyzer';
import { CONFIG, kindOfPath, WHITEPAPER } from '../analyze/documentKind';
import type { Finding } from '../core/finding';
import { toLocale, type Locale } from '../core/locale';
import type { WorkspaceConfig } from '../config/config';
import { applySeverities } from '../config/workspaceConfig';
import { COVERAGE_METHOD, type CoverageParams, type CoverageResult } from '../../../protocol/coverage';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../../protocol/render';
import { EXPORT_PDF_METHOD, type ExportPdfParams, type ExportPdfResult } from '../../../protocol/exportPdf';
import { CHECK_FILES_METHOD, type CheckFilesParams, type CheckFilesResult } from '../../../protocol/checkFiles';
import { IMPORT_METHOD, type ImportParams, type ImportResultMessage } from '../../../protocol/import';
import { readTextFile } from '../config/configFile';
import { importWhitepaper } from '../import/importWhitepaper';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { ConfigStore } from './configStore';
import { coverageResult } from './coverageRequest';
import { exportPdf } from './exportPdfRequest';
import { registerPublishedRequests } from './publishedRequests';
import { renderResult } from './renderRequest';
import { toSymbolInformation, WorkspaceSymbols } from './workspaceSymbols';
import { ALL_CAPABILITIES, DiagnosticCache, sameReport, toDiagnostics, type DiagnosticCapabilities } from './diagnostics';
import { completion, definition, documentSymbols, foldingRanges, hover, references } from './editorFeatures';
import { DEFAULT_SETTINGS, readSettings, sameSettings, type EditorSettings } from './settings';

interface OpenDocument {
  readonly analyzer: Analyzer;
  /** The newest analysis, valid while neither the text version nor the config generation moves. */
  last?: { version: number; generation: number; analysis: Analysis };
  readonly diagnostics: DiagnosticCache;
  /** The newest report: its findings (severities applied) and their diagnostics, for the same version and generation. */
  report?: { version: number; generation: number; findings: readonly Finding[]; diagnostics: Diagnostic[] };
  /** What was last published (push): an identical report is not sent again. */
  published?: readonly Diagnostic[];
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const open = new Map<string, OpenDocument>();
  const configs = new ConfigStore();
  const docsBase = `${pathToFileURL(resolve(__dirname, '..', 'docs', 'rules')).href}/`;
  let editorLocale: Locale = 'en';
  let settings: EditorSettings = DEFAULT_SETTINGS;
  let pull = false;
  let snippetCommand: string | undefined;
  let capabilities: DiagnosticCapabilities = ALL_CAPABILITIES;
  let canReadSettings = false;
  let folders: string[] = [];
  const pending = new Set<string>();
  const workspaceSymbols = new WorkspaceSymbols();
  /** Per document, for `wp27017.run: onSave`: the version last saved, and (pull) the last report the editor got. */
  const saved = new Map<string, number>();
  const lastReport = new Map<string, { readonly resultId: string; readonly items: Diagnostic[]; readonly generation: number }>();
  let nextResultId = 0;

  const isConfig = (uri: string) => kindOfPath(uri).name === 'config';

  function stateOf(document: TextDocument): OpenDocument {
    let state = open.get(document.uri);
    if (!state) {
      state = { analyzer: createAnalyzer(kindOfPath(document.uri)), diagnostics: new DiagnosticCache() };
      open.set(document.uri, state);
    }
    return state;
  }

  function analysisOf(document: TextDocument, config: WorkspaceConfig): Analysis {
    const state = stateOf(document);
    const { version } = document;
    const { generation } = configs;
    if (state.last?.version !== version || state.last.generation !== generation) {
      state.last = { version, generation, analysis: state.analyzer.analyze(document.getText(), config) };
    }
    return state.last.analysis;
  }

  function localeFor(config: WorkspaceConfig): Locale {
    return settings.locale !== 'auto' ? settings.locale : config.locale ?? editorLocale;
  }

  function reportOf(document: TextDocument): NonNullable<OpenDocument['report']> {
    const state = stateOf(document);
    const { version } = document;
    const { generation } = configs;
    if (state.report?.version !== version || state.report.generation !== generation) {
      const config = configs.configFor(document.uri);
      const findings = applySeverities(analysisOf(document, config).findings, config);
      const diagnostics = state.diagnostics.convert(findings, document, { locale: localeFor(config), docsBase, capabilities });
      state.report = { version, generation, findings, diagnostics };
    }
    return state.report;
  }

  const diagnosticsOf = (document: TextDocument) => reportOf(document).diagnostics;

  function safely<T>(what: string, fallback: T, work: () => T): T {
    try {
      return work();
    } catch (error) {
      connection.console.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return fallback;
    }
  }

  // Validation is scheduled, not debounced: it runs as soon as the queue of
  // incoming edits is drained, always on the newest version, so intermediate
  // versions are never validated and no artificial wait hides the cost.
  function schedule(uri: string): void {
    if (pull || pending.has(uri)) return;
    pending.add(uri);
    setImmediate(() => {
      pending.delete(uri);
      const document = documents.get(uri);
      if (!document) return;
      const diagnostics = safely(`validating ${uri}`, [], () => diagnosticsOf(document));
      // Nothing a user would see has changed: the editor keeps what it shows.
      const state = open.get(uri);
      if (state && sameReport(state.published, diagnostics)) return;
      if (state) state.published = diagnostics;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    });
  }

  function revalidateAll(): void {
    if (pull) void connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) schedule(document.uri);
  }

  async function refreshSettings(): Promise<void> {
    if (!canReadSettings) return;
    const next = readSettings(await connection.workspace.getConfiguration('wp27017'));
    if (sameSettings(next, settings)) return;
    settings = next;
    const folder = folders[0] ? fileURLToPath(folders[0]) : process.cwd();
    configs.setEditorSettings(settings.configFile ? resolve(folder, settings.configFile) : undefined, settings.rules);
    logSetup();
    revalidateAll();
  }

  /** In the output channel, per workspace folder: what decides the checking there. */
  function logSetup(): void {
    const fixed = settings.configFile ? configs.configFileFor('untitled:') : undefined;
    if (fixed && !existsSync(fixed)) {
      const message = `wp27017.configFile: ${fixed} does not exist; the checker uses the default settings.`;
      connection.console.warn(message);
      void connection.window.showWarningMessage(message);
    }
    for (const folder of folders.length > 0 ? folders : [undefined]) {
      const file = folder ? configs.configFileFor(`${folder.replace(/\/$/, '')}/.folder`) : fixed;
      const config = configs.configFor(folder ? `${folder.replace(/\/$/, '')}/.folder` : 'untitled:');
      const locale = localeFor(config);
      const source = settings.locale !== 'auto' ? 'wp27017.locale' : config.locale ? 'config file' : 'display language';
      connection.console.info(
        `${folder ? fileURLToPath(folder) : '(no folder)'}: config file ${file ?? 'none (defaults)'}${settings.configFile ? ' (wp27017.configFile)' : ''}; locale ${locale} (from ${source}); run mode: ${settings.run}; diagnostics: ${pull ? 'pull' : 'push'}`,
      );
    }
  }

  connection.onInitialize((params) => {
    pull = Boolean(params.capabilities.textDocument?.diagnostic);
    // What the client can show; LSP 3.18 repeats these under textDocument.diagnostic for pull.
    const shown = [params.capabilities.textDocument?.publishDiagnostics, params.capabilities.textDocument?.diagnostic as PublishDiagnosticsClientCapabilities | undefined];
    capabilities = {
      relatedInformation: shown.some((c) => c?.relatedInformation === true),
      codeDescription: shown.some((c) => c?.codeDescriptionSupport === true),
    };
    canReadSettings = Boolean(params.capabilities.workspace?.configuration);
    const init = params.initializationOptions as { locale?: string; snippetCommand?: unknown } | undefined;
    snippetCommand = typeof init?.snippetCommand === 'string' ? init.snippetCommand : undefined;
    editorLocale = toLocale(init?.locale) ?? toLocale(params.locale) ?? 'en';
    prepareAnalyzers([WHITEPAPER, CONFIG]);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceSymbols.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'ISO 27017 Whitepaper' },
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'wp27017', version: process.env.WP27017_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canReadSettings) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'wp27017' });
      // Settings equal to the defaults change nothing, so the setup is logged here either way.
      void refreshSettings().then(() => settings === DEFAULT_SETTINGS && logSetup());
    } else logSetup();
  });

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isConfig(change.uri))) {
      configs.invalidate();
      revalidateAll();
    }
  });

  connection.languages.diagnostics.on((params): DocumentDiagnosticReport => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // Checking on save: until the file is saved again, the editor gets the report of the last check, whatever it
    // asks (a client that lost track of a hidden tab asks with no previous result; it must not get a fresh check).
    const last = lastReport.get(document.uri);
    if (settings.run === 'onSave' && last && last.generation === configs.generation && saved.get(document.uri) !== document.version) {
      if (params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.items };
    }
    const items = safely(`validating ${document.uri}`, [], () => diagnosticsOf(document));
    // The same diagnostics, object for object, as the report the editor holds: it keeps showing that one.
    if (last && params.previousResultId === last.resultId && sameReport(last.items, items)) {
      lastReport.set(document.uri, { ...last, generation: configs.generation });
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = String(++nextResultId);
    lastReport.set(document.uri, { resultId, items, generation: configs.generation });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return safely('outline', [], () => documentSymbols(document, analysisOf(document, configs.configFor(document.uri)).model, kindOfPath(document.uri)));
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isConfig(document.uri)) return [];
    return safely('folding', [], () => foldingRanges(document, analysisOf(document, configs.configFor(document.uri)).model));
  });

  connection.onWorkspaceSymbol((params) =>
    safely('workspace symbols', [], () => {
      const whitepapers = new Set(documents.keys().filter((uri) => !isConfig(uri)));
      return workspaceSymbols.find(params.query, whitepapers, (uri) => {
        const document = documents.get(uri)!;
        return toSymbolInformation(document, analysisOf(document, configs.configFor(uri)).model);
      });
    }),
  );

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isConfig(document.uri)) return [];
    return safely('definition', [], () => definition(document, analysisOf(document, configs.configFor(document.uri)).model, document.offsetAt(params.position)));
  });

  connection.onReferences((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isConfig(document.uri)) return [];
    const model = () => analysisOf(document, configs.configFor(document.uri)).model;
    return safely('references', [], () => references(document, model(), document.offsetAt(params.position), params.context.includeDeclaration));
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const config = configs.configFor(document.uri);
    return safely('hover', null, () => hover(document, analysisOf(document, config).model, document.offsetAt(params.position), kindOfPath(document.uri), localeFor(config)));
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const locale = localeFor(configs.configFor(document.uri));
    const titles =
      locale === 'ja'
        ? { fixAll: 'wp27017: 自動で直せる問題をすべて直す', disableLine: (rule: string) => `この行の ${rule} を抑止する(理由を記入)` }
        : { fixAll: 'wp27017: fix all auto-fixable problems', disableLine: (rule: string) => `Disable ${rule} for this line (give a reason)` };
    return safely('code actions', [], () => codeActions(document, params, reportOf(document), locale, titles, snippetCommand));
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const config = configs.configFor(document.uri);
    const kind = kindOfPath(document.uri);
    const model = () => analysisOf(document, config).model;
    return safely('completion', [], () => completion(document, document.offsetAt(params.position), kind, localeFor(config), model));
  });

  connection.onRequest(COVERAGE_METHOD, (params: CoverageParams): CoverageResult => {
    const document = documents.get(params.textDocument.uri);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') return null;
    const config = configs.configFor(document.uri);
    return safely('coverage', null, () => coverageResult(document, analysisOf(document, config).model, config, localeFor(config)));
  });

  connection.onRequest(RENDER_METHOD, (params: RenderParams): RenderResult => {
    const document = documents.get(params.textDocument.uri);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') return null;
    const config = configs.configFor(document.uri);
    return safely('render', null, () => renderResult(document, analysisOf(document, config), config, localeFor(config), params));
  });

  connection.onRequest(EXPORT_PDF_METHOD, async (params: ExportPdfParams): Promise<ExportPdfResult> => {
    const document = documents.get(params.textDocument.uri);
    const config = configs.configFor(params.textDocument.uri);
    const locale = localeFor(config);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') {
      return { ok: false, message: locale === 'ja' ? '書き出すホワイトペーパーが開かれていません' : 'the whitepaper to export is not open' };
    }
    try {
      return await exportPdf(document, analysisOf(document, config), config, locale, params);
    } catch (error) {
      connection.console.error(`exporting a PDF failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });

  connection.onRequest(CHECK_FILES_METHOD, (params: CheckFilesParams): CheckFilesResult => {
    const files = params.uris.flatMap((uri) =>
      safely(`checking ${uri}`, [], () => {
        const config = configs.configFor(uri);
        const document = TextDocument.create(uri, 'iso27017-whitepaper', 0, readTextFile(fileURLToPath(uri)));
        const findings = applySeverities(createAnalyzer(kindOfPath(uri)).analyze(document.getText(), config).findings, config);
        return [{ uri, diagnostics: toDiagnostics(findings, document, { locale: localeFor(config), docsBase, capabilities }) }];
      }),
    );
    return { files };
  });

  connection.onRequest(IMPORT_METHOD, (params: ImportParams): ImportResultMessage => {
    const { yaml, sections } = importWhitepaper(params.text, params.fileName);
    return { yaml, sections };
  });

  registerPublishedRequests(connection, { documents, configFor: (uri) => configs.configFor(uri), localeFor, analysisOf });

  documents.onDidOpen((event) => schedule(event.document.uri));

  documents.onDidChangeContent((event) => {
    if (isConfig(event.document.uri)) {
      configs.setOpenText(event.document.uri, event.document.getText());
      revalidateAll();
    }
    if (settings.run === 'onType') schedule(event.document.uri);
  });

  documents.onDidSave((event) => {
    saved.set(event.document.uri, event.document.version);
    if (settings.run !== 'onSave') return;
    if (pull) void connection.languages.diagnostics.refresh();
    else schedule(event.document.uri);
  });

  documents.onDidClose((event) => {
    open.delete(event.document.uri);
    saved.delete(event.document.uri);
    lastReport.delete(event.document.uri);
    if (isConfig(event.document.uri)) {
      configs.setOpenText(event.document.uri, undefined);
      revalidateAll();
    }
    if (!pull) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}
