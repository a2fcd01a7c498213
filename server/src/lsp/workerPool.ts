// The analysis workers of the language server, and the budget that keeps any
// one document from holding the editor up. Each open document is pinned to one
// worker for as long as it is open, so that worker's segment cache stays warm
// and only the editor's change events cross the thread. A worker answers in
// order; when it has not answered within the budget of the document it is
// working on, it is ended and started again with the texts of its other
// documents, their requests are asked again, and that document at that version
// is over budget: it is not analysed again until it changes. The budget is CPU
// time, not time on the clock (see `#check`).
import { Worker } from 'node:worker_threads';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { FromWorker, RequestContext, ToWorker, WorkerRequest, WorkerSetup, WorkerStart } from './workerProtocol';

/** The answer to a request about a document that is over its budget at that version. */
export const OVER_BUDGET = Symbol('over budget');

type RequestMessage = Extract<ToWorker, { type: 'request' }>;

/**
 * V8 gives each thread a young generation of up to 48 MB, and an analysis fills it: at 1 MB a worker's grew to 32 MB,
 * a fifth of the server's memory. Two semi-spaces of 2 MB (6 MB with the new large-object space) are what the
 * server's `--max-semi-space-size=2` gives its main thread, set for each worker as its own limit. Letting a worker's young
 * generation reach 16 MB cost 4–5 MB of peak memory at 1 MB full of findings (over the 140 MB target already) and saved
 * 30–55 MB at 5 MB and perhaps a sixth of the worker's CPU per keystroke there, within the noise of a loaded machine
 * (docs/benchmark.md, fourteenth session). No limit on the old generation: a document that needs more memory gets it rather than an out-of-memory stop.
 */
export const YOUNG_GENERATION_MB = 6;

/**
 * A worker started with the server process, before the editor connects: loading its code and compiling the schemas
 * (a quarter of a second) then runs while the main thread loads its own code and answers `initialize`, not while the
 * first document waits. The pool's first worker is this one; it learns the editor's capabilities from a message.
 */
interface Prestarted {
  readonly script: string;
  readonly worker: Worker;
  ready: boolean;
  exited: boolean;
  readonly listen: (answer: { ready?: true }) => void;
}

let prestarted: Prestarted | undefined;

/** Starts the first analysis worker now; the first WorkerPool takes it over. `codeCache`: see WorkerStart. */
export function prestartWorker(script: string, codeCache?: string): void {
  const worker = new Worker(script, { workerData: { codeCache } satisfies WorkerStart, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const early: Prestarted = {
    script,
    worker,
    ready: false,
    exited: false,
    // Its "ready" may come before any pool listens: kept here until one does.
    listen: (answer) => {
      if (answer.ready) early.ready = true;
    },
  };
  worker.on('message', early.listen);
  worker.on('exit', () => (early.exited = true));
  // A worker no pool has taken keeps no process alive: one that never hears `initialize` exits as it would without it.
  worker.unref();
  prestarted = early;
}

/** The version of a request about a file on disk, never that of an open document. */
const FILE_VERSION = -1;

interface Pending {
  readonly message: RequestMessage;
  /** Given a first report the worker sends before its answer. */
  readonly first?: (diagnostics: readonly Diagnostic[]) => void;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** When the worker started on the request it is working on: by the clock and by the process's CPU time, both in ms. */
interface Started {
  readonly at: number;
  readonly cpu: number;
  readonly budget: number;
}

interface Slot {
  worker?: Worker;
  /** True once the worker has loaded its code: the clock runs only from then on. */
  ready: boolean;
  readonly documents: Set<string>;
  /** In the order sent, which is the order the worker answers in: the first is the one it is working on. */
  readonly pending: Map<number, Pending>;
  timer?: NodeJS.Timeout;
  started?: Started;
}

/**
 * However little CPU the machine gives the server, a request is stopped after this many budgets on the clock: a
 * worker that waits without working (which an analysis never does) is not waited for forever.
 */
const CLOCK_BUDGETS = 4;
/** Checking again sooner than this would spend the CPU the check is meant to spare. */
const MIN_RECHECK_MS = 50;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface WorkerPoolOptions {
  readonly script: string;
  /** The folder of V8's code cache for the workers' bundle (WorkerStart). */
  readonly codeCache?: string;
  readonly setup: WorkerSetup;
  readonly size: number;
  /** How long the worker may take on one request about a document of `length` characters. */
  readonly budgetMs: (length: number) => number;
  /** The document as the main thread holds it: a restarted worker gets its text whole; the budget reads its length. */
  readonly documentOf: (uri: string) => { readonly version: number; readonly length: number; getText(): string } | undefined;
  readonly log: (message: string) => void;
}

export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #slots: Slot[];
  readonly #pinned = new Map<string, Slot>();
  /** Per document, the version that went over budget. */
  readonly #overBudget = new Map<string, number>();
  #nextId = 0;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
    this.#slots = Array.from({ length: Math.max(1, options.size) }, () => ({ ready: false, documents: new Set<string>(), pending: new Map<number, Pending>() }));
    // The first document goes to the first worker: started now, it loads its code while the editor opens that document.
    this.#ensure(this.#slots[0]!);
  }

  open(uri: string, version: number, text: string): void {
    // The least busy worker; the others start with their first document.
    const slot = this.#slots.reduce((best, candidate) => (candidate.documents.size < best.documents.size ? candidate : best));
    slot.documents.add(uri);
    this.#pinned.set(uri, slot);
    this.#overBudget.delete(uri);
    this.#post(slot, { type: 'open', uri, version, text });
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const slot = this.#pinned.get(uri);
    if (slot) this.#post(slot, { type: 'change', uri, version, changes });
  }

  close(uri: string): void {
    const slot = this.#pinned.get(uri);
    if (!slot) return;
    slot.documents.delete(uri);
    this.#pinned.delete(uri);
    this.#overBudget.delete(uri);
    this.#post(slot, { type: 'close', uri });
  }

  /**
   * Resolves with the worker's answer, or OVER_BUDGET when the document took too long at this version; `first` is
   * given the first report a `diagnostics` request with `first` may get before its answer.
   */
  request<T>(uri: string, version: number, context: RequestContext, request: WorkerRequest, first?: (diagnostics: readonly Diagnostic[]) => void): Promise<T | typeof OVER_BUDGET> {
    if (this.#overBudget.get(uri) === version) return Promise.resolve(OVER_BUDGET);
    const slot = this.#pinned.get(uri);
    if (!slot) return Promise.reject(new Error(`${uri} is not open`));
    const message: RequestMessage = { type: 'request', id: ++this.#nextId, uri, version, context, request };
    return new Promise<T | typeof OVER_BUDGET>((resolve, reject) => {
      slot.pending.set(message.id, { message, first, resolve: resolve as (value: unknown) => void, reject });
      this.#post(slot, message);
      this.#watch(slot);
    });
  }

  /**
   * Work on a file no editor has open, on the least busy worker, within the budget of its text's length. A file
   * that goes over budget is not marked: the next request reads it again.
   */
  check<T>(uri: string, context: RequestContext, text: string, want: 'diagnostics' | 'symbols'): Promise<T | typeof OVER_BUDGET> {
    const slot = this.#slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const message: RequestMessage = { type: 'request', id: ++this.#nextId, uri, version: FILE_VERSION, context, request: { kind: 'checkFile', text, want } };
    return new Promise<T | typeof OVER_BUDGET>((resolve, reject) => {
      slot.pending.set(message.id, { message, resolve: resolve as (value: unknown) => void, reject });
      this.#post(slot, message);
      this.#watch(slot);
    });
  }

  dispose(): void {
    for (const slot of this.#slots) {
      clearTimeout(slot.timer);
      void slot.worker?.terminate();
      slot.worker = undefined;
    }
  }

  #post(slot: Slot, message: ToWorker): void {
    this.#ensure(slot).postMessage(message);
  }

  /** The slot's worker; a new one first gets the texts of the documents pinned to it. */
  #ensure(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = (slot.worker = this.#spawn(slot));
    for (const uri of slot.documents) {
      const document = this.#options.documentOf(uri);
      if (document) worker.postMessage({ type: 'open', uri, version: document.version, text: document.getText() } satisfies ToWorker);
    }
    return worker;
  }

  /** The prestarted worker, told the setup, if it is this pool's script and still running; once only. */
  #takePrestarted(slot: Slot): Worker | undefined {
    const early = prestarted;
    prestarted = undefined;
    if (!early || early.exited || early.script !== this.#options.script) {
      void early?.worker.terminate();
      return undefined;
    }
    early.worker.off('message', early.listen);
    early.worker.ref();
    early.worker.postMessage({ type: 'setup', setup: this.#options.setup } satisfies ToWorker);
    slot.ready = early.ready;
    return early.worker;
  }

  #spawn(slot: Slot): Worker {
    const early = this.#takePrestarted(slot);
    const worker = early ?? new Worker(this.#options.script, { workerData: { codeCache: this.#options.codeCache, setup: this.#options.setup } satisfies WorkerStart, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    if (!early) slot.ready = false;
    worker.on('message', (answer: FromWorker | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ('ready' in answer) {
        slot.ready = true;
        this.#watch(slot);
      } else this.#settle(slot, answer);
    });
    worker.on('error', (error) => this.#options.log(`analysis worker failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      // A worker that stopped by itself (out of memory, a native fault) stops on the document it was working on, as one over budget does.
      this.#options.log(`analysis worker stopped (exit code ${code})`);
      if (slot.ready) return this.#overrun(slot);
      // It never started: starting it again at once would only fail again. The next message tries once more.
      slot.worker = undefined;
      for (const { reject } of slot.pending.values()) reject(new Error('the analysis worker could not start'));
      slot.pending.clear();
    });
    return worker;
  }

  /** Starts the clock for the request the worker is working on, if it is not running. */
  #watch(slot: Slot): void {
    const first = slot.pending.values().next().value;
    if (slot.timer || !slot.ready || !first) return;
    const { request, uri } = first.message;
    const length = request.kind === 'checkFile' ? request.text.length : (this.#options.documentOf(uri)?.length ?? 0);
    const budget = this.#options.budgetMs(length);
    slot.started = { at: performance.now(), cpu: cpuMs(), budget };
    slot.timer = setTimeout(() => this.#check(slot), budget);
  }

  /**
   * The budget is counted in the CPU time the process spent since the request started, not on the clock: on a
   * machine busy with other work an analysis that needs 3 s of CPU can take 10 s on the clock, and stopping it then
   * stopped it again on every keystroke, each in a fresh, cold worker. The process's CPU time counts every thread's
   * (other workers, the garbage collector's): never less than the worker's own, so a runaway analysis is stopped no
   * later than its own CPU time says, and on an idle machine at about the time the clock did.
   */
  #check(slot: Slot): void {
    slot.timer = undefined;
    const started = slot.started;
    if (!started) return;
    const spent = cpuMs() - started.cpu;
    const elapsed = performance.now() - started.at;
    const clockLeft = started.budget * CLOCK_BUDGETS - elapsed;
    if (spent >= started.budget || clockLeft <= 0) return this.#overrun(slot);
    slot.timer = setTimeout(() => this.#check(slot), Math.max(MIN_RECHECK_MS, Math.min(started.budget - spent, clockLeft)));
  }

  #settle(slot: Slot, answer: FromWorker): void {
    const pending = slot.pending.get(answer.id);
    if (!pending) return;
    // Not the answer: the worker is still on this request, and its clock runs on.
    if ('first' in answer) return pending.first?.(answer.first);
    slot.pending.delete(answer.id);
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.started = undefined;
    this.#watch(slot);
    if ('error' in answer) pending.reject(new Error(answer.error));
    else pending.resolve(answer.result);
  }

  #overrun(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.started = undefined;
    const culprit = slot.pending.values().next().value?.message;
    const stopped = slot.worker;
    slot.worker = undefined;
    void stopped?.terminate();
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    if (culprit && culprit.version !== FILE_VERSION) this.#overBudget.set(culprit.uri, culprit.version);
    if (culprit) {
      this.#options.log(`${culprit.uri} (version ${culprit.version}) went over its analysis budget; its worker was restarted, and it is analysed again when it changes`);
    }
    if (slot.documents.size > 0) this.#ensure(slot);
    for (const request of pending) {
      if (culprit && request.message.uri === culprit.uri && request.message.version === culprit.version) request.resolve(OVER_BUDGET);
      else {
        slot.pending.set(request.message.id, request);
        this.#post(slot, request.message);
      }
    }
  }
}
