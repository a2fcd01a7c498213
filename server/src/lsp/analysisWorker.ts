// Entry point of dist/analysisWorker.js: one analysis worker thread of the
// language server. It answers the main thread's messages in order, one at a
// time; a document that takes too long is the main thread's to stop (it ends
// this thread and starts another), so nothing here watches the clock.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyze/analyzer';
import { WHITEPAPER } from '../analyze/documentKind';
import { DocumentService } from './documentService';
import { firstReportSteps } from '../analyze/firstReportWarmUp';
import { largeWarmUpText, WARM_UP_TEXTS } from './warmUpText';
import type { Diagnostic } from 'vscode-languageserver';
import type { FromWorker, ToWorker, WorkerStart } from './workerProtocol';

const port = parentPort!;
// A worker started with the server, before the editor's capabilities are known, gets them as its first message.
const { setup } = (workerData ?? {}) as WorkerStart;
let service = setup ? new DocumentService(setup) : undefined;
// Validators are compiled when an analysis first checks a segment, before its quick findings are posted (analyze/analyzer.ts):
// the first warm-up text compiles the whitepaper's; a configuration file's wait until one is opened.

/**
 * The worker started with the server (no setup yet, no document either) reads the warm-up texts until its first
 * document comes, one step per turn of the event loop. Before each it takes any message waiting on the port, so a
 * message waits for one step at most. The first step is a short text read to its first report only (primeFirstReport):
 * what an open's first report runs, so that a document that comes during it, as an editor's first one does, waits for
 * no more than that. Then the short texts whole: the first compiles the schemas, the prose reader's patterns and
 * the rules' code; the rounds after it let V8 optimise them: together a tenth of the CPU a cold 1 MB open took. None is kept.
 * Then, as long as it stays idle, the larger texts to their first report only (analyze/firstReportWarmUp.ts), a few
 * segments per turn, so an open waits for one such step at most: an open's first report parses and checks every
 * segment, and the short texts leave that code optimised for a few segments, not for thousands.
 * A worker started for a document, or again after a restart, has work waiting and warms up on that.
 */
const WARM_UP_STEPS = 16;
/** The larger texts: rounds of about LARGE_CHARS characters each, the warm-up texts in turn (measured: docs/benchmark.md). */
const LARGE_ROUNDS = 4;
const LARGE_CHARS = 200_000;
const SEGMENTS_PER_STEP = 40;
let idle = true;
let warmedUp = 0;
function* largeSteps(): Generator<void, void, void> {
  for (let round = 0; round < LARGE_ROUNDS; round++) {
    yield* firstReportSteps(WHITEPAPER, largeWarmUpText(WARM_UP_TEXTS[round % WARM_UP_TEXTS.length], LARGE_CHARS), SEGMENTS_PER_STEP);
  }
}
let large: Generator<void, void, void> | undefined;
function warmUp(): void {
  for (let waiting = receiveMessageOnPort(port); waiting; waiting = idle ? receiveMessageOnPort(port) : undefined) {
    handle(waiting.message as ToWorker);
  }
  if (!idle) return;
  if (!primed) primeFirstReport();
  else if (warmedUp < WARM_UP_STEPS) {
    createAnalyzer(WHITEPAPER).analyze(WARM_UP_TEXTS[warmedUp++ % WARM_UP_TEXTS.length]);
    if (warmedUp === WARM_UP_STEPS) warm();
  } else if ((large ??= largeSteps()).next().done) {
    return;
  }
  setImmediate(warmUp);
}

/** Told once the code an analysis runs has been compiled: after the warm-up, or after the first answer if a document cut it short. */
let whenWarm: (() => void)[] | undefined = [];
function warm(): void {
  const listeners = whenWarm;
  whenWarm = undefined;
  for (const listener of listeners ?? []) listener();
}

/** `callback` once this worker's code has been compiled, as far as analysing a whitepaper needs: what a code cache should keep. */
export function afterWarmUp(callback: () => void): void {
  if (whenWarm) whenWarm.push(callback);
  else callback();
}

/**
 * One short text read to its first report: the idle worker's first step, and what a worker whose first document came
 * before that step (a worker started for a document, or after a restart) reads first: what the parser and the
 * validators learn there of a whitepaper's other parts (its header, its not-applicable list) keeps the code V8
 * optimises on the document's sections from being thrown away at its last segments, and again on the next document
 * (docs/benchmark.md, thirty-first session).
 */
let primed = false;
function primeFirstReport(): void {
  if (primed) return;
  primed = true;
  const steps = firstReportSteps(WHITEPAPER, WARM_UP_TEXTS[0], Number.MAX_SAFE_INTEGER);
  while (!steps.next().done);
}

function handle(message: ToWorker): void {
  if (message.type === 'setup') {
    service = new DocumentService(message.setup);
    return;
  }
  idle = false;
  if (message.type === 'open') primeFirstReport();
  try {
    const first = message.type === 'request' ? (diagnostics: readonly Diagnostic[]) => port.postMessage({ id: message.id, first: diagnostics } satisfies FromWorker) : undefined;
    const result = service!.handle(message, first);
    if (message.type === 'request') {
      port.postMessage({ id: message.id, result } satisfies FromWorker);
      // After the answer has gone, on a turn of its own.
      if (whenWarm) setImmediate(warm);
    }
  } catch (error) {
    if (message.type === 'request') port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker);
  }
}

port.on('message', handle);
port.postMessage({ ready: true });
if (!setup) setImmediate(warmUp);
