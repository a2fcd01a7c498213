// The open documents of one analysis worker, and every answer that needs their
// analysis: each keeps its own text (updated by the editor's change events), its
// Analyzer with a warm segment cache, and its newest analysis and report. What
// the main thread asked is answered from here, so a model never crosses a thread.
import type { Diagnostic, SymbolInformation, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from './pieceDocument';
import type { SourceText } from '../core/sourceText';
import { createAnalyzer, type Analysis, type Analyzer } from '../analyze/analyzer';
import { kindOfPath } from '../analyze/documentKind';
import { UNCHANGED, withEdit, type EditedRange } from '../analyze/editedRange';
import type { Finding } from '../core/finding';
import { applySeverities } from '../config/workspaceConfig';
import { codeActions } from './codeActions';
import { coverageResult } from './coverageRequest';
import { DiagnosticCache, sameReport, toDiagnostics } from './diagnostics';
import { completion, definition, documentSymbols, foldingRanges, hover, references } from './editorFeatures';
import { renderResult } from './renderRequest';
import { toSymbolInformation } from './workspaceSymbols';
import type { DiagnosticsAnswer, RequestContext, ToWorker, WorkerRequest, WorkerSetup } from './workerProtocol';

interface OpenDocument {
  /** In pieces: a keystroke copies the piece it touches, not the whole text (a fresh 5 MB string at 5 MB). */
  readonly document: PieceDocument;
  /** The text as opened, whole, until the first change: the open's analysis reads it as it came. */
  opened?: string;
  readonly analyzer: Analyzer;
  /** The newest analysis, valid while neither the text version nor the config generation moves. */
  last?: { version: number; generation: number; analysis: Analysis };
  /** Where the text changed since its last analysis; undefined when a change replaced the whole text. */
  edited?: EditedRange;
  readonly diagnostics: DiagnosticCache;
  /** The newest report: its findings (severities applied) and their diagnostics, for the same version and generation. */
  report?: { version: number; generation: number; findings: readonly Finding[]; diagnostics: Diagnostic[] };
  /** The diagnostics last sent to the main thread. */
  sent?: readonly Diagnostic[];
}

/** The editor's changes, one after the other, each widening the range the next analysis must read again. */
function applyChanges(state: OpenDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): void {
  for (const change of changes) {
    const { document, edited } = state;
    const range = 'range' in change ? change.range : undefined;
    if (range && edited) {
      // Ends given in either order, as TextDocument.update takes them.
      const a = document.offsetAt(range.start);
      const b = document.offsetAt(range.end);
      state.edited = withEdit(edited, Math.min(a, b), Math.max(a, b), change.text.length);
    } else {
      state.edited = undefined;
    }
    document.update([change], version);
  }
  state.opened = undefined;
}

function textOf(state: OpenDocument): SourceText {
  return state.opened ?? state.document.snapshot();
}

const CODE_ACTION_TITLES = {
  en: { fixAll: 'wp27017: fix all auto-fixable problems', disableLine: (rule: string) => `Disable ${rule} for this line (give a reason)` },
  ja: { fixAll: 'wp27017: 自動で直せる問題をすべて直す', disableLine: (rule: string) => `この行の ${rule} を抑止する(理由を記入)` },
};

export class DocumentService {
  readonly #open = new Map<string, OpenDocument>();
  readonly #setup: WorkerSetup;
  /** The last request's context, and what it says (JSON): see #same. */
  #context?: { readonly context: RequestContext; readonly says: string };

  constructor(setup: WorkerSetup) {
    this.#setup = setup;
  }

  /** A notification is applied; a request is answered (the result is plain data), `first` given a first report if it asks for one. */
  handle(message: ToWorker, first?: (diagnostics: readonly Diagnostic[]) => void): unknown {
    switch (message.type) {
      case 'open':
        this.#open.set(message.uri, {
          document: new PieceDocument(message.uri, 'iso27017-whitepaper', message.version, message.text),
          opened: message.text,
          edited: undefined,
          analyzer: createAnalyzer(kindOfPath(message.uri)),
          diagnostics: new DiagnosticCache(),
        });
        return undefined;
      case 'change': {
        const state = this.#open.get(message.uri);
        if (state) applyChanges(state, message.changes, message.version);
        return undefined;
      }
      case 'close':
        this.#open.delete(message.uri);
        return undefined;
      case 'request':
        return this.#answer(message.uri, this.#same(message.context), message.request, first);
    }
  }

  /**
   * The context given before when this one says the same: every request brings its own copy of the configuration
   * (postMessage copies what it sends), and what is kept per configuration is known by the object (the counts of
   * the findings a report leaves out, per segment: analyze/placeFindings.ts), which a new copy per keystroke made
   * count again over every finding past the first thousand (23,000 at 5 MB full of findings).
   */
  #same(context: RequestContext): RequestContext {
    const says = JSON.stringify(context);
    if (this.#context?.says === says) return this.#context.context;
    this.#context = { context, says };
    return context;
  }

  #answer(uri: string, context: RequestContext, request: WorkerRequest, first?: (diagnostics: readonly Diagnostic[]) => void): unknown {
    if (request.kind === 'checkFile') return this.#checkFile(uri, request.text, request.want, context);
    const state = this.#open.get(uri);
    if (!state) return null;
    const { document } = state;
    const kind = kindOfPath(uri);
    const model = () => this.#analysis(state, context).model;
    const at = (position: { line: number; character: number }) => document.offsetAt(position);
    switch (request.kind) {
      case 'diagnostics':
        return this.#diagnostics(state, context, request.first && !state.last ? first : undefined);
      case 'documentSymbols':
        return documentSymbols(document, model(), kind);
      case 'foldingRanges':
        return kind.name === 'config' ? [] : foldingRanges(document, model());
      case 'workspaceSymbols':
        return kind.name === 'config' ? [] : toSymbolInformation(document, model());
      case 'definition':
        return kind.name === 'config' ? [] : definition(document, model(), at(request.position));
      case 'references':
        return kind.name === 'config' ? [] : references(document, model(), at(request.position), request.includeDeclaration);
      case 'hover':
        return hover(document, model(), at(request.position), kind, context.locale);
      case 'completion':
        return completion(document, at(request.position), kind, context.locale, model);
      case 'codeActions':
        return codeActions(document, request.params, this.#report(state, context), context.locale, CODE_ACTION_TITLES[context.locale], this.#setup.snippetCommand);
      case 'coverage':
        return kind.name === 'whitepaper' ? coverageResult(document, model(), context.config, context.locale) : null;
      case 'render':
        return kind.name === 'whitepaper' ? renderResult(document, this.#analysis(state, context), context.config, context.locale, request.params) : null;
    }
  }

  #checkFile(uri: string, text: string, want: 'diagnostics' | 'symbols', { config, locale }: RequestContext): Diagnostic[] | SymbolInformation[] {
    const document = TextDocument.create(uri, 'iso27017-whitepaper', 0, text);
    const analysis = createAnalyzer(kindOfPath(uri)).analyze(text, config);
    if (want === 'symbols') return toSymbolInformation(document, analysis.model);
    const findings = applySeverities(analysis.findings, config);
    return toDiagnostics(findings, document, { locale, docsBase: this.#setup.docsBase, capabilities: this.#setup.capabilities });
  }

  #analysis(state: OpenDocument, context: RequestContext, first?: (diagnostics: readonly Diagnostic[]) => void): Analysis {
    const { version } = state.document;
    if (state.last?.version !== version || state.last.generation !== context.generation) {
      // A new text (or a new configuration) cannot leave this analysis without its edited range taken into account.
      const edited = state.edited;
      state.edited = UNCHANGED;
      const { config, locale } = context;
      const firstReport = first && ((findings: readonly Finding[]) => first(state.diagnostics.convert(applySeverities(findings, config), state.document, { locale, docsBase: this.#setup.docsBase, capabilities: this.#setup.capabilities })));
      state.last = { version, generation: context.generation, analysis: state.analyzer.analyze(textOf(state), config, edited, firstReport) };
    }
    return state.last.analysis;
  }

  #report(state: OpenDocument, context: RequestContext, first?: (diagnostics: readonly Diagnostic[]) => void): NonNullable<OpenDocument['report']> {
    const { document } = state;
    const { generation, config, locale } = context;
    if (state.report?.version !== document.version || state.report.generation !== generation) {
      const findings = applySeverities(this.#analysis(state, context, first).findings, config);
      const diagnostics = state.diagnostics.convert(findings, document, { locale, docsBase: this.#setup.docsBase, capabilities: this.#setup.capabilities });
      state.report = { version: document.version, generation, findings, diagnostics };
    }
    return state.report;
  }

  #diagnostics(state: OpenDocument, context: RequestContext, first?: (diagnostics: readonly Diagnostic[]) => void): DiagnosticsAnswer {
    const items = this.#report(state, context, first).diagnostics;
    const sent = state.sent;
    if (sent && sameReport(sent, items)) return { changed: false };
    state.sent = items;
    if (!sent) return { changed: true, items };
    const indexOf = new Map(sent.map((diagnostic, i) => [diagnostic, i]));
    return { changed: true, items: items.map((diagnostic) => indexOf.get(diagnostic) ?? diagnostic) };
  }
}
