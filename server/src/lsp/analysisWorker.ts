// Entry point of dist/analysisWorker.js: one analysis worker thread of the
// language server. It answers the main thread's messages in order, one at a
// time; a document that takes too long is the main thread's to stop (it ends
// this thread and starts another), so nothing here watches the clock.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, prepareAnalyzers } from '../analyze/analyzer';
import { WHITEPAPER } from '../analyze/documentKind';
import { DocumentService } from './documentService';
import { WARM_UP_TEXTS } from './warmUpText';
import type { FromWorker, ToWorker, WorkerSetup } from './workerProtocol';

const port = parentPort!;
// A worker started with the server, before the editor's capabilities are known, gets them as its first message.
let service = workerData ? new DocumentService(workerData as WorkerSetup) : undefined;
// A configuration file's validators are compiled when one is first opened: most sessions open whitepapers only.
prepareAnalyzers([WHITEPAPER]);

/**
 * Until its first document comes, the worker reads the warm-up texts, one per turn of the event loop, so a message
 * waits for one short analysis at most. The first compiles the prose reader's patterns and the rules' code; the
 * rounds after it let V8 optimise them: together a tenth of the CPU a cold 1 MB open took. None is kept.
 */
const WARM_UP_STEPS = 16;
let idle = true;
let warmedUp = 0;
function warmUp(): void {
  if (!idle || warmedUp >= WARM_UP_STEPS) return;
  createAnalyzer(WHITEPAPER).analyze(WARM_UP_TEXTS[warmedUp++ % WARM_UP_TEXTS.length]);
  setImmediate(warmUp);
}
setImmediate(warmUp);

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    service = new DocumentService(message.setup);
    return;
  }
  idle = false;
  try {
    const result = service!.handle(message);
    if (message.type === 'request') port.postMessage({ id: message.id, result } satisfies FromWorker);
  } catch (error) {
    if (message.type === 'request') port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker);
  }
});
port.postMessage({ ready: true });
