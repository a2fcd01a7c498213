// Entry point of dist/workerLoader.js, the script every analysis worker thread starts with: it runs the worker's
// bundle (dist/analysisWorker.js) from V8's code cache when the server was given one (codeCache.ts), and once the
// worker has warmed up, or answered its first request, it writes the cache the next start reads.
import { workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { loadBundle } from './codeCache';
import type { WorkerStart } from './workerProtocol';

const { codeCache } = (workerData ?? {}) as WorkerStart;
const bundle = loadBundle(resolve(__dirname, 'analysisWorker.js'), codeCache);
(bundle.exports as typeof import('./analysisWorker')).afterWarmUp(() => bundle.save());
