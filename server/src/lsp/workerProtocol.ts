// What the language server's main thread and its analysis workers say to each
// other. Plain data only: every message crosses a thread by structured clone.
// A document's text goes over once, when it opens (or when its worker is
// restarted); after that only the editor's small change events do.
import type { CodeActionParams, Diagnostic, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { WorkspaceConfig } from '../config/config';
import type { Locale } from '../core/locale';
import type { RenderParams } from '../../../protocol/render';
import type { DiagnosticCapabilities } from './diagnostics';

/** Fixed for the life of the server; given to each worker as it starts. */
export interface WorkerSetup {
  readonly docsBase: string;
  readonly capabilities: DiagnosticCapabilities;
  readonly snippetCommand?: string;
}

/** A worker thread's `workerData` (workerLoader.ts, then analysisWorker.ts). */
export interface WorkerStart {
  /** The folder of V8's code cache for the worker's bundle, if the server was given one (codeCache.ts). */
  readonly codeCache?: string;
  /** Absent for the worker started with the server: it gets the setup in a message once the editor has connected. */
  readonly setup?: WorkerSetup;
}

/** What the answer depends on besides the text: the main thread owns the configuration. */
export interface RequestContext {
  readonly config: WorkspaceConfig;
  /** Moves whenever any configuration changes: a cached analysis of another generation is stale. */
  readonly generation: number;
  readonly locale: Locale;
}

export type WorkerRequest =
  /**
   * `first`: on the document's first analysis, its quick findings (syntax errors, the segments' schema findings) are
   * sent as a `FirstDiagnostics` message as soon as the text is parsed and checked, before the answer (the full report).
   */
  | { readonly kind: 'diagnostics'; readonly first?: boolean }
  | { readonly kind: 'documentSymbols' }
  | { readonly kind: 'foldingRanges' }
  | { readonly kind: 'workspaceSymbols' }
  | { readonly kind: 'definition'; readonly position: Position }
  | { readonly kind: 'references'; readonly position: Position; readonly includeDeclaration: boolean }
  | { readonly kind: 'hover'; readonly position: Position }
  | { readonly kind: 'completion'; readonly position: Position }
  | { readonly kind: 'codeActions'; readonly params: CodeActionParams }
  | { readonly kind: 'coverage' }
  | { readonly kind: 'render'; readonly params: RenderParams }
  /**
   * A file no editor has open, its text in the request, nothing kept: its diagnostics (Check All Whitepapers) or its
   * sections as symbols (Go to Symbol in Workspace).
   */
  | { readonly kind: 'checkFile'; readonly text: string; readonly want: 'diagnostics' | 'symbols' };

export type ToWorker =
  /** The first message to a worker started before the editor said what it can show (`prestartWorker`). */
  | { readonly type: 'setup'; readonly setup: WorkerSetup }
  | { readonly type: 'open'; readonly uri: string; readonly version: number; readonly text: string }
  | { readonly type: 'change'; readonly uri: string; readonly version: number; readonly changes: readonly TextDocumentContentChangeEvent[] }
  | { readonly type: 'close'; readonly uri: string }
  | { readonly type: 'request'; readonly id: number; readonly uri: string; readonly version: number; readonly context: RequestContext; readonly request: WorkerRequest };

export type FromWorker = { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string } | FirstDiagnostics;

/** Before the answer to a `diagnostics` request with `first`: the quick findings, exactly those the answer holds. */
export interface FirstDiagnostics {
  readonly id: number;
  readonly first: readonly Diagnostic[];
}

/**
 * The answer to `diagnostics`: `changed: false` when every diagnostic is the one this worker last sent for the
 * document, so neither the diagnostics nor the report need to cross the thread again. Otherwise each item is a new
 * diagnostic, or the index of one in the list it last sent: only what changed crosses, and the main thread keeps
 * its own objects for the rest (so it too can tell an unchanged report by identity).
 */
export type DiagnosticsAnswer = { readonly changed: false } | { readonly changed: true; readonly items: readonly (Diagnostic | number)[] };
