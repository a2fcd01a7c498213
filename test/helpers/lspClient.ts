// A real LSP client for tests: spawns the bundled server over stdio and
// speaks JSON-RPC to it, as an editor does. Waits are on events, bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import SERVER_NODE_FLAGS from '../../protocol/serverNodeFlags.json';
import SERVER_ENV from '../../protocol/serverEnv.json';

/** `text` after the edit of a code action, as the editor applies it. */
export function applyAction(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 0, text), change.edits);
}

export const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  readonly pull?: boolean;
  /** Pull, and the server may ask the client to pull again (workspace.diagnostics.refreshSupport), as VS Code does. */
  readonly refreshSupport?: boolean;
  readonly locale?: string;
  readonly workspaceFolder?: string;
  /** Announce a client command that inserts fixes as snippets. */
  readonly snippetCommand?: string;
  /** What the client answers for the "wp27017" settings section. */
  readonly settings?: Record<string, unknown>;
  /** False: a client that shows no related information and no rule links (both are on by default, as in VS Code). */
  readonly richDiagnostics?: boolean;
  /** Added to the server's environment. */
  readonly env?: Record<string, string>;
  /** Added to the server's command line (`--code-cache=<folder>`, as the extension gives it). */
  readonly args?: readonly string[];
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  stderr = '';
  /** How many times the server asked the editor to pull diagnostics again. */
  refreshes = 0;
  #published: PublishDiagnosticsParams[] = [];
  #waiters: (() => void)[] = [];
  #settingsAnswered!: () => void;
  readonly #settingsRead = new Promise<void>((resolve) => (this.#settingsAnswered = resolve));
  #stdoutBytes = 0;
  #exit: string | undefined;
  /** Rejects once the server has exited, so a request the server can no longer answer fails at once, with why. */
  readonly #exited: Promise<never>;

  /** What a timeout reports: whether the server still runs, what it wrote, its stderr. */
  #state = () => `server ${this.#exit ?? `running (pid ${this.process.pid})`}, ${this.#stdoutBytes} bytes on stdout; stderr:\n${this.stderr}`;

  private constructor(child: ChildProcess, settings: Record<string, unknown>) {
    this.process = child;
    child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    child.stdout!.on('data', (chunk: Buffer) => (this.#stdoutBytes += chunk.length));
    this.#exited = new Promise<never>((_, reject) => {
      child.on('exit', (code, signal) => {
        this.#exit = `exited (code ${code}, signal ${signal})`;
        reject(new Error(this.#state()));
      });
    });
    this.#exited.catch(() => undefined);
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.#published.push(params);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      setImmediate(this.#settingsAnswered);
      return params.items.map((item) => (item.section === 'wp27017' ? settings : {}));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      for (const wake of this.#waiters.splice(0)) wake();
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...SERVER_ENV, ...process.env, ...options.env } });
    const client = new LspClient(child, options.settings ?? {});
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: options.richDiagnostics !== false, versionSupport: true, codeDescriptionSupport: options.richDiagnostics !== false },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      workspace: { configuration: true, ...(options.refreshSupport ? { diagnostics: { refreshSupport: true } } : {}) },
    };
    await client.request('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolder ? `file://${options.workspaceFolder}` : null,
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.snippetCommand ? { snippetCommand: options.snippetCommand } : undefined,
    }, INITIALIZE_MS);
    client.connection.sendNotification('initialized', {});
    return client;
  }

  request<R>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    const answer = this.connection.sendRequest<R>(method, params);
    const orExit = this.#exited.catch((error: Error) => Promise.reject(new Error(`${method} got no answer: ${error.message}`)));
    return withTimeout(Promise.race([answer, orExit]), timeoutMs, `${method} got no answer`, this.#state);
  }

  open(uri: string, text: string, version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iso27017-whitepaper', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Resolves once the server has asked for the settings and taken the answer in: a request after ours is answered after that. */
  async settingsApplied(): Promise<void> {
    await withTimeout(this.#settingsRead, 10_000, 'the server never asked for the settings', this.#state);
    await this.request('textDocument/hover', { textDocument: { uri: 'file:///nothing-open.wp.yaml' }, position: { line: 0, character: 0 } });
  }

  /** The code actions the editor's light bulb would list for `diagnostic`. */
  codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  save(uri: string): void {
    this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /**
   * The diagnostics for `uri` at `version`, waiting for them if they have not come yet. The server does not publish
   * a report identical to its last one, and it reports an open in two stages (the quick findings, then the full
   * report). A definition request goes to the document's worker, which answers in order (hover, completion and
   * outline may be answered sooner, without the analysis); a request sent in the same breath as the open may still
   * reach the worker before the open's analysis is asked for. So: once one sent now is answered, the latest report
   * for an earlier version stands for this one if none came for it; else, once a report for this version has come,
   * one more request sent after it is answered after the full report, and the latest report for this version is it.
   */
  async diagnostics(uri: string, version: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const exact = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version;
    const settle = () => this.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }, timeoutMs);
    await settle();
    const earlier = this.#published.findLast((p) => p.uri === uri && p.version !== undefined && p.version < version);
    if (!this.#published.some(exact) && earlier) return earlier.diagnostics;
    await this.#waitFor(uri, exact, 0, timeoutMs);
    await settle();
    return this.#published.findLast(exact)!.diagnostics;
  }

  /** Every publish for `uri` so far, in the order they came. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.#published.filter((p) => p.uri === uri);
  }

  /** The next diagnostics published for `uri` after this call. */
  nextDiagnostics(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return this.#waitFor(uri, () => true, this.#published.length, timeoutMs);
  }

  async #waitFor(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, from: number, timeoutMs: number): Promise<Diagnostic[]> {
    const matches = (p: PublishDiagnosticsParams) => p.uri === uri && accept(p);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.#published.slice(from).findLast(matches);
      if (found) return found.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri}\nserver stderr:\n${this.stderr}`);
      await withTimeout(new Promise<void>((wake) => this.#waiters.push(wake)), left, 'timed out', this.#state).catch(() => undefined);
    }
  }

  /** Resolves once the server has asked the client to pull again `count` times in all. */
  async refreshed(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.refreshes < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.refreshes} refreshes, not ${count}\nserver stderr:\n${this.stderr}`);
      await withTimeout(new Promise<void>((wake) => this.#waiters.push(wake)), left, 'timed out', this.#state).catch(() => undefined);
    }
  }

  async pull(uri: string, previousResultId?: string, timeoutMs = 10_000): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId }, timeoutMs);
  }

  /** Shuts the server down as an editor does, and waits for the process to end before letting go of the pipes. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await this.request('shutdown', null, 3000);
      await this.connection.sendNotification('exit');
      await withTimeout(exited, 3000, 'server did not exit', this.#state);
    } catch {
      this.process.kill();
      await exited;
    }
    this.connection.dispose();
  }
}

// A spawned server loads its whole bundle before it can answer; on a CI machine shared with other jobs that took
// over 10 s once. The wait guards against a server that never answers, not a slow start.
const INITIALIZE_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string, state: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms\n${state()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
