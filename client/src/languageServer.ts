// The language server as the rest of the client sees it: one object that
// outlives restarts. A restart starts a fresh LanguageClient, because a
// vscode-languageclient 9 client cannot be restarted whole: stopping it
// disposes the "notification sent" events of its document sync, so the pull
// diagnostics of the restarted client never hear of a file opened afterwards.
// The server process is forked here rather than by the library, which logs
// every exit, even the ordinary one of a restart, as an error.
import { fork, type ChildProcess } from 'node:child_process';
// The server's main thread only passes messages: a young generation of 2 MB instead of V8's 32 takes 8–11 MB off
// the server's peak memory at 1 MB (V8 fixes it when the process starts, so it is a flag here, not a setting there).
import SERVER_NODE_FLAGS from '../../protocol/serverNodeFlags.json';
// glibc's malloc gives each thread that allocates an arena of its own and keeps what is freed there: V8's compiler and
// collector threads and the analysis workers held 12–15 MB of the server's peak at 1 MB full of findings that way, and
// one arena for every thread cost no CPU the bench could see (docs/benchmark.md, seventeenth session). Read once, when
// the process starts; ignored where malloc is not glibc's. A value the user's environment sets wins.
import SERVER_ENV from '../../protocol/serverEnv.json';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, IPCMessageReader, IPCMessageWriter, LanguageClient, State, type CloseHandlerResult, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/node';

/** How long a stopping server may take to exit on its own before it is killed. */
const STOP_GRACE_MS = 2_000;
/** A server that crashes this often within CRASH_WINDOW_MS is left stopped, as the library would leave it. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60_000;

export class LanguageServer implements vscode.Disposable {
  private current: LanguageClient;
  private process: ChildProcess | undefined;
  private stopping = false;
  private crashes: number[] = [];
  private stateSubscription: vscode.Disposable;
  private readonly stateChanged = new vscode.EventEmitter<{ readonly newState: State }>();
  /** Fires for the client in use, across restarts. */
  readonly onDidChangeState = this.stateChanged.event;
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time a server has started and answered `initialize`. */
  readonly onDidStart = this.started.event;

  /** `codeCacheFolder`: where the server keeps V8's code cache of its analysis workers (`--code-cache=`), so each start after the first compiles less. */
  constructor(
    private readonly serverModule: string,
    private readonly options: LanguageClientOptions,
    private readonly output: vscode.OutputChannel,
    private readonly codeCacheFolder: string,
  ) {
    this.current = this.create();
    this.stateSubscription = this.follow(this.current);
  }

  get client(): LanguageClient {
    return this.current;
  }

  get state(): State {
    return this.current.state;
  }

  isRunning(): boolean {
    return this.current.isRunning();
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.current.start();
    this.started.fire();
  }

  /** `byUser`: "Restart Server", which also gives a server that kept crashing another chance. */
  async restart(byUser = false): Promise<void> {
    if (byUser) this.crashes = [];
    // No "stopped" in between: the status shows the new server starting.
    await this.stop(false);
    this.current = this.create();
    this.stateSubscription = this.follow(this.current);
    await this.start();
  }

  async stop(announce = true): Promise<void> {
    this.stopping = true;
    this.stateSubscription.dispose();
    const child = this.process;
    await this.current.dispose(STOP_GRACE_MS).catch(() => undefined);
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
    if (announce) this.stateChanged.fire({ newState: State.Stopped });
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
    this.started.dispose();
  }

  private follow(client: LanguageClient): vscode.Disposable {
    return client.onDidChangeState(({ newState }) => this.stateChanged.fire({ newState }));
  }

  private create(): LanguageClient {
    const spawn = async (): Promise<MessageTransports> => {
      const child = fork(this.serverModule, ['--node-ipc', `--code-cache=${this.codeCacheFolder}`], { execArgv: [...process.execArgv, ...SERVER_NODE_FLAGS], env: { ...SERVER_ENV, ...process.env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      this.process = child;
      child.stdout?.on('data', (data: Buffer) => this.output.append(data.toString()));
      child.stderr?.on('data', (data: Buffer) => this.output.append(data.toString()));
      child.on('exit', (code, signal) => {
        // Only an exit nobody asked for is news; the client reports the crash and restarts the server itself.
        if (this.process === child && !this.stopping) {
          this.output.appendLine(vscode.l10n.t('The language server exited unexpectedly ({0}).', signal ?? `code ${code}`));
        }
      });
      return { reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child) };
    };
    // A crashed server is replaced by a fresh client too: the library's own restart has the flaw described above.
    const errorHandler = {
      error: (_error: Error, _message: unknown, count: number | undefined) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: (): CloseHandlerResult => {
        if (this.stopping) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
        if (this.crashes.length >= MAX_CRASHES) {
          return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The language server stopped {0} times in 3 minutes and is not restarted. Run "Restart Server" to try again.', this.crashes.length) };
        }
        setTimeout(() => void this.restart().catch((error: unknown) => this.output.appendLine(String(error))), 0);
        return { action: CloseAction.DoNotRestart, handled: true, message: vscode.l10n.t('The language server stopped unexpectedly; starting a new one.') };
      },
    };
    // The id "wp27017" makes the client honour the `wp27017.trace.server` setting.
    return new LanguageClient('wp27017', vscode.l10n.t('ISO 27017 Whitepaper Language Server'), spawn, { ...this.options, errorHandler });
  }
}
