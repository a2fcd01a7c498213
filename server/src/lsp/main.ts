// Entry point of dist/server.js. Last-resort handlers keep the process alive:
// one bad document must not take the editor's checking down with it.
import { resolve } from 'node:path';
import { codeCacheFolder } from './codeCache';
import { prestartWorker } from './workerPool';

// Every V8 flag the server runs under is on its command line (protocol/serverNodeFlags.json), none set here or in a
// worker: V8's flags belong to the whole process, and one a worker set while this thread ran a regular expression
// crashed the server (SIGSEGV in V8's regular-expression code, 2 starts in 1,000; thirty-fifth session).
process.on('uncaughtException', (error) => console.error('wp27017 server: uncaught', error));
process.on('unhandledRejection', (error) => console.error('wp27017 server: unhandled rejection', error));
// First, before the language server's own code loads: the first analysis worker starts alongside it.
prestartWorker(resolve(__dirname, 'workerLoader.js'), codeCacheFolder());
void import('./server.js').then(({ startServer }) => startServer());
