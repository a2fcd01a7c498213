// Entry point of dist/server.js. Last-resort handlers keep the process alive:
// one bad document must not take the editor's checking down with it.
import { resolve } from 'node:path';
import { codeCacheFolder } from './codeCache';
import { semiSpaceOfMainThreadOnly } from './semiSpaceOfMainThread';
import { prestartWorker } from './workerPool';

// The flags for the analysis (core/compileWithoutInlining.ts, core/compileRegExpsAtOnce.ts) are set by the first worker
// once Node has started it (workerLoader.ts): set here, they would make Node refuse its own code cache in that worker.
semiSpaceOfMainThreadOnly();

process.on('uncaughtException', (error) => console.error('wp27017 server: uncaught', error));
process.on('unhandledRejection', (error) => console.error('wp27017 server: unhandled rejection', error));
// First, before the language server's own code loads: the first analysis worker starts alongside it.
prestartWorker(resolve(__dirname, 'workerLoader.js'), codeCacheFolder());
void import('./server.js').then(({ startServer }) => startServer());
