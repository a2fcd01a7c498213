// The process of serverNodeFlags' test, started with the server's flags: says how large each young generation grew
// under an analysis's churn, the main thread's and a worker's started as the pool starts one.
import { Worker } from 'node:worker_threads';
import { YOUNG_GENERATION_MB } from '../../../server/src/lsp/workerPool';

/** Allocates what survives a few collections, as an analysis does, then gives the new space's size in bytes. */
const CHURN = `
  const keep = [];
  for (let i = 0; i < 300; i++) {
    keep.push(new Array(20000).fill(i).map(String));
    if (keep.length > 40) keep.shift();
  }
  return require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
`;
const main = new Function('require', CHURN)(require) as number;
const worker = new Worker(`require('node:crypto'); require('node:worker_threads').parentPort.postMessage((() => {${CHURN}})());`, {
  eval: true,
  resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
});
worker.once('message', (workerNewSpace: number) => {
  process.stdout.write(JSON.stringify({ main, worker: workerNewSpace }));
  process.exit(0);
});
