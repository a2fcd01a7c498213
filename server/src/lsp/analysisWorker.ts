// Entry point of dist/analysisWorker.js: one analysis worker thread of the
// language server. It answers the main thread's messages in order, one at a
// time; a document that takes too long is the main thread's to stop (it ends
// this thread and starts another), so nothing here watches the clock.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareAnalyzers } from '../analyze/analyzer';
import { WHITEPAPER } from '../analyze/documentKind';
import { DocumentService } from './documentService';
import type { FromWorker, ToWorker, WorkerSetup } from './workerProtocol';

const port = parentPort!;
// A worker started with the server, before the editor's capabilities are known, gets them as its first message.
let service = workerData ? new DocumentService(workerData as WorkerSetup) : undefined;
// A configuration file's validators are compiled when one is first opened: most sessions open whitepapers only.
prepareAnalyzers([WHITEPAPER]);

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    service = new DocumentService(message.setup);
    return;
  }
  try {
    const result = service!.handle(message);
    if (message.type === 'request') port.postMessage({ id: message.id, result } satisfies FromWorker);
  } catch (error) {
    if (message.type === 'request') port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker);
  }
});
port.postMessage({ ready: true });
