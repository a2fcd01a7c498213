// The analysis budget counts the CPU time spent, not time on the clock: a worker kept waiting by a busy machine is
// not stopped at the budget (it was, and on a loaded machine every keystroke then restarted a cold worker), while a
// worker that keeps computing is. Waiting without working stands in here for a machine that gives the worker no CPU.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OVER_BUDGET, WorkerPool } from '../../../server/src/lsp/workerPool';
import type { WorkerSetup } from '../../../server/src/lsp/workerProtocol';

const BUDGET_MS = 300;
const folder = mkdtempSync(join(tmpdir(), 'wp-budget-'));
const script = join(folder, 'worker.js');
// A request's text says what the worker does for it: 'wait' or 'spin' for `ms` milliseconds, then answers.
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (message) => {
  if (message.type !== 'request') return;
  const { how, ms } = JSON.parse(message.request.text);
  if (how === 'wait') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  else for (const end = Date.now() + ms; Date.now() < end; );
  parentPort.postMessage({ id: message.id, result: how });
});
parentPort.postMessage({ ready: true });
`,
);
after(() => rmSync(folder, { recursive: true, force: true }));

function pool(): WorkerPool {
  return new WorkerPool({
    script,
    setup: {} as WorkerSetup,
    size: 1,
    budgetMs: () => BUDGET_MS,
    documentOf: () => undefined,
    log: () => undefined,
  });
}

const context = { config: {}, generation: 0, locale: 'en' } as never;
const ask = (workers: WorkerPool, how: 'wait' | 'spin', ms: number) => workers.check<string>('file:///a.wp.yaml', context, JSON.stringify({ how, ms }), 'diagnostics');

test('a worker that waits past the budget on the clock, using no CPU, is answered', async () => {
  const workers = pool();
  try {
    assert.equal(await ask(workers, 'wait', BUDGET_MS * 2), 'wait');
  } finally {
    workers.dispose();
  }
});

test('a worker that computes past the budget is stopped, and the next request is answered by a new one', async () => {
  const workers = pool();
  try {
    assert.equal(await ask(workers, 'spin', BUDGET_MS * 20), OVER_BUDGET);
    assert.equal(await ask(workers, 'wait', 10), 'wait');
  } finally {
    workers.dispose();
  }
});

test('a worker that waits far past the budget is stopped all the same', async () => {
  const workers = pool();
  try {
    assert.equal(await ask(workers, 'wait', BUDGET_MS * 10), OVER_BUDGET);
  } finally {
    workers.dispose();
  }
});
