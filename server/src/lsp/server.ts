// The language server: wires LSP messages to the analysis workers. The main
// thread holds the open texts, the config and what the editor was last sent;
// every analysis, and every answer that needs one, runs in the worker the
// document is pinned to (workerPool.ts), within a time budget.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SymbolInformation,
  type Connection,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsClientCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kindOfPath } from '../analyze/documentKind';
import { toLocale, type Locale } from '../core/locale';
import type { WorkspaceConfig } from '../config/config';
import { applySeverities } from '../config/workspaceConfig';
import { COVERAGE_METHOD, type CoverageParams, type CoverageResult } from '../../../protocol/coverage';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../../protocol/render';
import { EXPORT_PDF_METHOD, type ExportPdfParams, type ExportPdfResult } from '../../../protocol/exportPdf';
import { CHECK_FILES_METHOD, type CheckFilesParams, type CheckFilesResult } from '../../../protocol/checkFiles';
import { IMPORT_METHOD } from '../../../protocol/import';
import { readTextFile } from '../config/configFile';
import { overBudget } from '../rules/analysis-incomplete';
import { FIX_ALL_KIND } from './codeActions';
import { ConfigStore } from './configStore';
import { exportPdf } from './exportPdfRequest';
import type { PublishedHandlers, PublishedMethod } from './publishedRequests';
import { CHECK_PUBLISHED_METHOD, EXPORT_DOCX_METHOD, GAP_REPORT_METHOD, IMPORT_PUBLISHED_METHOD } from '../../../protocol/published';
import { WorkspaceSymbols } from './workspaceSymbols';
import { PullRefresh } from './pullRefresh';
import { ALL_CAPABILITIES, sameReport, toDiagnostics, type DiagnosticCapabilities } from './diagnostics';
import { completion, hover } from './editorFeatures';
import { DEFAULT_SETTINGS, readSettings, sameSettings, type EditorSettings } from './settings';
import { OVER_BUDGET, WorkerPool } from './workerPool';
import { codeCacheFolder } from './codeCache';
import { PieceDocument } from './pieceDocument';
import type { DiagnosticsAnswer, RequestContext, WorkerRequest } from './workerProtocol';

/** Per open document, on the main thread: what the editor was sent. */
interface OpenDocument {
  /** The newest diagnostics its worker sent; the worker answers "unchanged" while they stand. */
  known?: Diagnostic[];
  /** What was last published (push): an identical report is not sent again. */
  published?: readonly Diagnostic[];
  /** The one finding of a version that went over budget, as a diagnostic. */
  overBudget?: { version: number; generation: number; items: Diagnostic[] };
  /** The last outline its worker gave: what the outline keeps showing while the document is being analysed. */
  outline?: DocumentSymbol[];
  /** The quick findings shown first on open: a version that then goes over budget keeps showing them. */
  first?: { version: number; items: readonly Diagnostic[] };
  /**
   * Pull, with a client that may be asked to pull again: the analysis its open started, the quick findings it gives
   * first (never, if it goes over budget before the text is parsed) and the full report.
   */
  opening?: { version: number; first: Promise<readonly Diagnostic[]>; full: Promise<Diagnostic[]> };
}

/** Hover, completion and outline wait this long for the document's worker, then answer without its analysis. */
const PROMPT_MS = 500;
const LATE = Symbol('late');
/** Above this size, reading the schema's help from the text would itself keep the main thread busy. */
const MAX_TEXT_HOVER = 1_000_000;

/** How long one analysis may take in the editor: 5 s and 2 s per MB, or a fixed budget from the environment (tests). */
function budgetMs(fixed: number | undefined): (length: number) => number {
  return (length) => fixed ?? 5000 + Math.round((2000 * length) / 1e6);
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  let pool: WorkerPool | undefined;
  // The worker of a document keeps its own copy of the text: it gets the text once, then only the change events.
  // This thread's copy is kept in pieces (pieceDocument.ts): an edit here copies only the pieces it touches.
  const documents = new TextDocuments<PieceDocument>({
    create(uri, languageId, version, content) {
      pool?.open(uri, version, content);
      return new PieceDocument(uri, languageId, version, content);
    },
    update(document, changes, version) {
      pool?.change(document.uri, version, changes);
      document.update(changes, version);
      return document;
    },
  });
  const open = new Map<string, OpenDocument>();
  const configs = new ConfigStore();
  const docsBase = `${pathToFileURL(resolve(__dirname, '..', 'docs', 'rules')).href}/`;
  const fixedBudget = Number(process.env.WP27017_ANALYSIS_BUDGET_MS) || undefined;
  const budget = budgetMs(fixedBudget);
  let editorLocale: Locale = 'en';
  let settings: EditorSettings = DEFAULT_SETTINGS;
  let pull = false;
  /**
   * Pull, and the client may be asked to pull again (`workspace.diagnostics.refreshSupport`): an open is answered
   * first with its quick findings, and a save (checking on save) or a configuration change asks for a pull. LSP 3.17
   * allows `workspace/diagnostic/refresh` only to a client that declares it; any other gets the fresh report on its
   * next pull, which it makes when the document changes or is shown again.
   */
  let canRefresh = false;
  const pullRefresh = new PullRefresh(() => connection.sendRequest(DiagnosticRefreshRequest.type));
  let capabilities: DiagnosticCapabilities = ALL_CAPABILITIES;
  let canReadSettings = false;
  let folders: string[] = [];
  const pending = new Set<string>();
  const workspaceSymbols = new WorkspaceSymbols(async (uri, text) => {
    const symbols = await pool!.check<SymbolInformation[]>(uri, contextFor(uri), text, 'symbols');
    return symbols === OVER_BUDGET ? [] : symbols;
  });
  /** Per document, for `wp27017.run: onSave`: the version last saved, and (pull) the last report the editor got. */
  const saved = new Map<string, number>();
  const lastReport = new Map<string, { readonly resultId: string; readonly items: Diagnostic[]; readonly generation: number }>();
  let nextResultId = 0;

  const isConfig = (uri: string) => kindOfPath(uri).name === 'config';

  function stateOf(uri: string): OpenDocument {
    let state = open.get(uri);
    if (!state) open.set(uri, (state = {}));
    return state;
  }

  function localeFor(config: WorkspaceConfig): Locale {
    return settings.locale !== 'auto' ? settings.locale : config.locale ?? editorLocale;
  }

  function contextFor(uri: string): RequestContext {
    const config = configs.configFor(uri);
    return { config, generation: configs.generation, locale: localeFor(config) };
  }

  /** Asks the document's worker; OVER_BUDGET when the document is over its time budget at this version. */
  function ask<T>(document: PieceDocument, request: WorkerRequest, first?: (diagnostics: readonly Diagnostic[]) => void): Promise<T | typeof OVER_BUDGET> {
    return pool!.request<T>(document.uri, document.version, contextFor(document.uri), request, first);
  }

  /** The answer, or `fallback` for a document over budget. */
  async function answer<T>(document: PieceDocument, request: WorkerRequest, fallback: T): Promise<T> {
    const result = await ask<T>(document, request);
    return result === OVER_BUDGET ? fallback : result;
  }

  /**
   * The worker's answer if it comes within PROMPT_MS, else `withoutAnalysis()`: a document being analysed (a large
   * one, or one going over its budget) never holds up its own hover, completion and outline.
   */
  async function promptly<T>(document: PieceDocument, request: WorkerRequest, withoutAnalysis: () => T): Promise<T> {
    const asked = ask<T>(document, request);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), PROMPT_MS)));
    try {
      const result = await Promise.race([asked, late]);
      return result === OVER_BUDGET || result === LATE ? withoutAnalysis() : result;
    } finally {
      clearTimeout(timer);
      // An answer that comes after the fallback was given, or fails then, is of no use to anyone.
      asked.catch(() => undefined);
    }
  }

  function overBudgetReport(document: PieceDocument): Diagnostic[] {
    const state = stateOf(document.uri);
    const { generation } = configs;
    if (state.overBudget?.version !== document.version || state.overBudget.generation !== generation) {
      const config = configs.configFor(document.uri);
      const budgetOfDocument = budget(document.length);
      const items = toDiagnostics(applySeverities([overBudget(budgetOfDocument)], config), document, { locale: localeFor(config), docsBase, capabilities });
      state.overBudget = { version: document.version, generation, items };
    }
    return state.overBudget.items;
  }

  /** `first`, when given, is given the quick findings first if this is the document's first analysis (push only). */
  async function diagnosticsOf(document: PieceDocument, first?: (diagnostics: readonly Diagnostic[]) => void): Promise<Diagnostic[]> {
    const result = await ask<DiagnosticsAnswer>(document, { kind: 'diagnostics', first: first !== undefined }, first);
    if (result === OVER_BUDGET) {
      const shown = stateOf(document.uri).first;
      return shown?.version === document.version ? [...shown.items, ...overBudgetReport(document)] : overBudgetReport(document);
    }
    // The document was closed while its worker answered: the answer is for a list no longer kept.
    if (documents.get(document.uri) !== document) return [];
    const state = stateOf(document.uri);
    if (result.changed) {
      const known = state.known ?? [];
      state.known = result.items.map((item) => (typeof item === 'number' ? known[item]! : item));
    }
    return state.known ?? [];
  }

  async function safely<T>(what: string, fallback: T, work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
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
      const { version } = document;
      void safely(`validating ${uri}`, undefined, async () => {
        const current = () => documents.get(uri) === document && document.version === version;
        const state = stateOf(uri);
        // A document's first analysis shows its quick findings (syntax errors, the segments' schema findings) as soon as
        // the text is parsed and checked, as TypeScript's server gives syntactic diagnostics before semantic ones; the
        // full report follows. No quick finding, no first
        // publish: the editor shows nothing for a document just opened anyway, and a client that takes the first
        // publish for the report would take an empty one for a clean document.
        const first = state.published
          ? undefined
          : (diagnostics: readonly Diagnostic[]) => {
              if (!current() || state.published || diagnostics.length === 0) return;
              state.published = diagnostics;
              state.first = { version, items: diagnostics };
              void connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics] });
            };
        const diagnostics = await diagnosticsOf(document, first);
        // An answer for a version the editor has moved on from: the newer version's own validation publishes.
        if (!current()) return;
        // Nothing a user would see has changed: the editor keeps what it shows. After a first report the full one
        // is sent all the same: it tells the client the analysis is complete.
        const staged = state.first?.version === version && state.published === state.first.items;
        if (!staged && sameReport(state.published, diagnostics)) return;
        state.published = diagnostics;
        void connection.sendDiagnostics({ uri, version, diagnostics });
      });
    });
  }

  /**
   * Pull: the open's analysis starts now, as a push client's does, whatever the editor asks first; its quick findings
   * answer the first pull, and once the full report is ready the client is asked to pull again (pullRefresh.ts).
   */
  function startOpen(document: PieceDocument): void {
    const { uri, version } = document;
    const state = stateOf(uri);
    let shown!: (items: readonly Diagnostic[]) => void;
    const first = new Promise<readonly Diagnostic[]>((resolve) => (shown = resolve));
    const full = safely(`validating ${uri}`, [], () =>
      diagnosticsOf(document, (items) => {
        state.first = { version, items };
        shown(items);
      }),
    );
    state.opening = { version, first, full };
    void full.then(() => {
      if (state.opening?.full === full) state.opening = undefined;
    });
  }

  /** The pull that answered `version` with its first report got `resultId`; now its full report is ready. */
  function completeOpen(document: PieceDocument, version: number, resultId: string, items: Diagnostic[]): void {
    const held = lastReport.get(document.uri);
    if (documents.get(document.uri) !== document || held?.resultId !== resultId) return;
    // Nothing first and nothing in full: the client already shows the whole report.
    if (held.items.length === 0 && items.length === 0) return;
    // After an edit, the edit's own pull answers; checking on save, the open's report stands until a save.
    if (document.version !== version && settings.run !== 'onSave') return;
    lastReport.set(document.uri, { resultId: String(++nextResultId), items, generation: configs.generation });
    pullRefresh.request(document.uri);
  }

  /** The open's first pull: its quick findings if they come before the full report, with what completes it. */
  async function firstOfOpen(document: PieceDocument): Promise<{ items: Diagnostic[]; complete: boolean; full: Promise<Diagnostic[]> } | undefined> {
    const opening = stateOf(document.uri).opening;
    if (!opening || opening.version !== document.version || lastReport.has(document.uri)) return undefined;
    // The full report first: when both are in, it wins.
    const { full } = opening;
    return Promise.race([full.then((items) => ({ items, complete: true, full })), opening.first.then((items) => ({ items: [...items], complete: false, full }))]);
  }

  /** Pull: what the editor holds may be stale; a client that cannot be asked gets the fresh report when it next pulls. */
  function askToPullAgain(): void {
    if (canRefresh) void connection.languages.diagnostics.refresh();
  }

  function revalidateAll(): void {
    if (pull) askToPullAgain();
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
    canRefresh = pull && params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    // What the client can show; LSP 3.18 repeats these under textDocument.diagnostic for pull.
    const shown = [params.capabilities.textDocument?.publishDiagnostics, params.capabilities.textDocument?.diagnostic as PublishDiagnosticsClientCapabilities | undefined];
    capabilities = {
      relatedInformation: shown.some((c) => c?.relatedInformation === true),
      codeDescription: shown.some((c) => c?.codeDescriptionSupport === true),
    };
    canReadSettings = Boolean(params.capabilities.workspace?.configuration);
    const init = params.initializationOptions as { locale?: string; snippetCommand?: unknown } | undefined;
    const snippetCommand = typeof init?.snippetCommand === 'string' ? init.snippetCommand : undefined;
    editorLocale = toLocale(init?.locale) ?? toLocale(params.locale) ?? 'en';
    pool?.dispose();
    pool = new WorkerPool({
      script: resolve(__dirname, 'workerLoader.js'),
      codeCache: codeCacheFolder(),
      setup: { docsBase, capabilities, snippetCommand },
      // Two at least, so one slow document never holds up every other; more only where there are cores for them.
      size: Math.max(2, Math.min(4, availableParallelism() - 1)),
      budgetMs: budget,
      documentOf: (uri) => documents.get(uri),
      log: (message) => connection.console.warn(message),
    });
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

  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // Checking on save: until the file is saved again, the editor gets the report of the last check, whatever it
    // asks (a client that lost track of a hidden tab asks with no previous result; it must not get a fresh check).
    const last = lastReport.get(document.uri);
    if (settings.run === 'onSave' && last && last.generation === configs.generation && saved.get(document.uri) !== document.version) {
      if (params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items: last.items };
    }
    const opened = await firstOfOpen(document);
    if (opened && !opened.complete && documents.get(document.uri) === document) {
      const resultId = String(++nextResultId);
      const { version } = document;
      lastReport.set(document.uri, { resultId, items: opened.items, generation: configs.generation });
      void opened.full.then((items) => completeOpen(document, version, resultId, items));
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: opened.items };
    }
    pullRefresh.pulled(document.uri);
    const items = opened?.complete ? opened.items : await safely(`validating ${document.uri}`, [], () => diagnosticsOf(document));
    // The same diagnostics, object for object, as the report the editor holds: it keeps showing that one.
    if (last && params.previousResultId === last.resultId && sameReport(last.items, items)) {
      lastReport.set(document.uri, { ...last, generation: configs.generation });
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = String(++nextResultId);
    lastReport.set(document.uri, { resultId, items, generation: configs.generation });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = stateOf(document.uri);
    return safely('outline', [], async () => {
      const asked = promptly<DocumentSymbol[] | undefined>(document, { kind: 'documentSymbols' }, () => undefined);
      const outline = await asked;
      if (outline) state.outline = outline;
      return outline ?? state.outline ?? [];
    });
  });

  connection.onFoldingRanges(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isConfig(document.uri)) return [];
    return safely('folding', [], () => answer<FoldingRange[]>(document, { kind: 'foldingRanges' }, []));
  });

  connection.onWorkspaceSymbol(async (params) =>
    safely('workspace symbols', [], async () => {
      const whitepapers = documents.all().filter((document) => !isConfig(document.uri));
      const fromOpen = await Promise.all(
        whitepapers.map((document) => safely(`symbols of ${document.uri}`, [], () => answer<SymbolInformation[]>(document, { kind: 'workspaceSymbols' }, []))),
      );
      return await workspaceSymbols.find(params.query, new Set(whitepapers.map((document) => document.uri)), fromOpen.flat());
    }),
  );

  connection.onDefinition(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return safely('definition', [], () => answer<Location[]>(document, { kind: 'definition', position: params.position }, []));
  });

  connection.onReferences(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isConfig(document.uri)) return [];
    const request = { kind: 'references', position: params.position, includeDeclaration: params.context.includeDeclaration } as const;
    return safely('references', [], () => answer<Location[]>(document, request, []));
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const fromText = () => {
      if (document.length > MAX_TEXT_HOVER) return null;
      return hover(document, undefined, document.offsetAt(params.position), kindOfPath(document.uri), localeFor(configs.configFor(document.uri)));
    };
    return safely('hover', null, () => promptly<Hover | null>(document, { kind: 'hover', position: params.position }, fromText));
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return safely('code actions', [], () => answer<CodeAction[]>(document, { kind: 'codeActions', params }, []));
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    // Completion reads the text and its indentation; without a model it offers what the schema allows.
    const fromText = () => completion(document, document.offsetAt(params.position), kindOfPath(document.uri), localeFor(configs.configFor(document.uri)), () => undefined);
    return safely('completion', [], () => promptly<CompletionItem[]>(document, { kind: 'completion', position: params.position }, fromText));
  });

  connection.onRequest(COVERAGE_METHOD, async (params: CoverageParams): Promise<CoverageResult> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') return null;
    return safely('coverage', null, () => answer<CoverageResult>(document, { kind: 'coverage' }, null));
  });

  connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') return null;
    return safely('render', null, () => answer<RenderResult>(document, { kind: 'render', params }, null));
  });

  connection.onRequest(EXPORT_PDF_METHOD, async (params: ExportPdfParams): Promise<ExportPdfResult> => {
    const document = documents.get(params.textDocument.uri);
    const config = configs.configFor(params.textDocument.uri);
    const locale = localeFor(config);
    if (!document || kindOfPath(document.uri).name !== 'whitepaper') {
      return { ok: false, message: locale === 'ja' ? '書き出すホワイトペーパーが開かれていません' : 'the whitepaper to export is not open' };
    }
    try {
      const render = { kind: 'render', params: { textDocument: params.textDocument, review: params.review, standalone: true } } as const;
      return await exportPdf(locale, params, () => answer<RenderResult>(document, render, null));
    } catch (error) {
      connection.console.error(`exporting a PDF failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });

  // One file at a time, each in a worker within its budget: a file that takes too long gets the over-budget finding.
  connection.onRequest(CHECK_FILES_METHOD, async (params: CheckFilesParams): Promise<CheckFilesResult> => {
    const files: CheckFilesResult['files'][number][] = [];
    for (const uri of params.uris) {
      const file = await safely(`checking ${uri}`, undefined, async () => {
        const text = readTextFile(fileURLToPath(uri));
        const result = await pool!.check<Diagnostic[]>(uri, contextFor(uri), text, 'diagnostics');
        if (result !== OVER_BUDGET) return { uri, diagnostics: result };
        const config = configs.configFor(uri);
        const document = TextDocument.create(uri, 'iso27017-whitepaper', 0, text);
        return { uri, diagnostics: toDiagnostics(applySeverities([overBudget(budget(text.length))], config), document, { locale: localeFor(config), docsBase, capabilities }) };
      });
      if (file) files.push(file);
    }
    return { files };
  });

  // Import, published files, Word and the gap report are one-off commands: their modules (the importer, the readers
  // and writers of PDF, Word, HTML and Excel files, an analyzer on this thread) are loaded when one is first asked for.
  let published: Promise<PublishedHandlers> | undefined;
  const publishedContext = { documents, configFor: (uri: string) => configs.configFor(uri), localeFor, logError: (message: string) => connection.console.error(message) };
  for (const method of [IMPORT_METHOD, CHECK_PUBLISHED_METHOD, IMPORT_PUBLISHED_METHOD, EXPORT_DOCX_METHOD, GAP_REPORT_METHOD] satisfies PublishedMethod[]) {
    connection.onRequest(method, async (params: never) => {
      published ??= import('./publishedRequests.js').then(({ publishedHandlers }) => publishedHandlers(publishedContext));
      return (await published)[method](params);
    });
  }

  documents.onDidOpen((event) => (canRefresh ? startOpen(event.document) : schedule(event.document.uri)));

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
    if (pull) askToPullAgain();
    else schedule(event.document.uri);
  });

  documents.onDidClose((event) => {
    pool?.close(event.document.uri);
    open.delete(event.document.uri);
    saved.delete(event.document.uri);
    lastReport.delete(event.document.uri);
    pullRefresh.pulled(event.document.uri);
    if (isConfig(event.document.uri)) {
      configs.setOpenText(event.document.uri, undefined);
      revalidateAll();
    }
    if (!pull) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}
