// Entry point of dist/workerLoader.js, the script every analysis worker thread starts with: it runs the worker's
// bundle (dist/analysisWorker.js) from V8's code cache when the server was given one (codeCache.ts), and once the
// worker has warmed up, or answered its first request, it writes the cache the next start reads.
import { workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { compileRegExpsAtOnce } from '../core/compileRegExpsAtOnce';
import { compileWithoutInlining } from '../core/compileWithoutInlining';
import { loadBundle } from './codeCache';
import type { WorkerStart } from './workerProtocol';

// For the whole process, set here and not by the main thread before it starts this worker: Node has started this thread
// with the code cache it ships for its own modules, which V8 refuses once a flag differs from its default
// (semiSpaceOfMainThread.ts). Before the bundle runs: its patterns and its code cache (made and read under the same
// flags) follow them.
compileWithoutInlining();
compileRegExpsAtOnce();
const { codeCache } = (workerData ?? {}) as WorkerStart;
const bundle = loadBundle(resolve(__dirname, 'analysisWorker.js'), codeCache);
(bundle.exports as typeof import('./analysisWorker')).afterWarmUp(() => bundle.save());
