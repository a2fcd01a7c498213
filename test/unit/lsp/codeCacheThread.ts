// A thread of the code cache's test: loads a bundle as a worker of the server does, saves its cache, says what it got.
import { parentPort, workerData } from 'node:worker_threads';
import { loadBundle } from '../../../server/src/lsp/codeCache';

const { file, cache } = workerData as { file: string; cache: string };
const loaded = loadBundle(file, cache);
loaded.save();
parentPort!.postMessage({ fromCache: loaded.fromCache, answer: (loaded.exports as { answer(): number }).answer() });
