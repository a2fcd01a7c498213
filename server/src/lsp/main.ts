// Entry point of dist/server.js. Last-resort handlers keep the process alive:
// one bad document must not take the editor's checking down with it.
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { prestartWorker } from './workerPool';

// Before any code is optimised, for the whole process (the analysis workers too): TurboFan compiles each function
// without inlining its callees. The first keystrokes after an open run code the open never did (moving cached results,
// placing findings); compiling it with inlining cost more CPU than the keystrokes themselves, on the compiler's threads.
// Without it an open costs about an eighth less CPU and the first twenty keystrokes a quarter less; a long run of
// keystrokes costs the same (docs/benchmark.md, sixth session).
setFlagsFromString('--no-turbo-inlining');

process.on('uncaughtException', (error) => console.error('wp27017 server: uncaught', error));
process.on('unhandledRejection', (error) => console.error('wp27017 server: unhandled rejection', error));
// First, before the language server's own code loads: the first analysis worker starts alongside it.
prestartWorker(resolve(__dirname, 'analysisWorker.js'));
void import('./server.js').then(({ startServer }) => startServer());
