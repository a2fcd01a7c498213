// Entry point of dist/server.js. Last-resort handlers keep the process alive:
// one bad document must not take the editor's checking down with it.
import { resolve } from 'node:path';
import { compileRegExpsAtOnce } from '../core/compileRegExpsAtOnce';
import { compileWithoutInlining } from '../core/compileWithoutInlining';
import { codeCacheFolder } from './codeCache';
import { prestartWorker } from './workerPool';

compileWithoutInlining();
compileRegExpsAtOnce();

process.on('uncaughtException', (error) => console.error('wp27017 server: uncaught', error));
process.on('unhandledRejection', (error) => console.error('wp27017 server: unhandled rejection', error));
// First, before the language server's own code loads: the first analysis worker starts alongside it.
prestartWorker(resolve(__dirname, 'workerLoader.js'), codeCacheFolder());
void import('./server.js').then(({ startServer }) => startServer());
