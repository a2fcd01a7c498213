// The server's semi-space flag caps its main thread's young generation and no worker's code cache: a worker started after
// it is set back takes the code cache Node ships for its own modules, and its young generation keeps the flag's size.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSync } from 'esbuild';

const SERVER_FLAGS = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'protocol', 'serverNodeFlags.json'), 'utf8')) as string[];
const folder = mkdtempSync(join(tmpdir(), 'wp27017-semi-space-test-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const script = join(folder, 'process.js');
buildSync({ entryPoints: [join(__dirname, 'semiSpaceProcess.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'silent' });

/** A Node built without a code cache of its own modules has nothing for its workers to refuse. */
const NODE_HAS_CODE_CACHE = (process.config.variables as Record<string, unknown>).node_use_node_code_cache === true;

/** Two semi-spaces of 2 MB: what `--max-semi-space-size=2` gives. */
const NEW_SPACE_CAP = 4 * 1024 * 1024;

test('the main thread keeps the flag\'s young generation, a worker its own of the same size', () => {
  const { main, worker } = JSON.parse(execFileSync(process.execPath, [...SERVER_FLAGS, script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { main: number; worker: number };
  assert.ok(main <= NEW_SPACE_CAP, `main thread's new space ${main}`);
  assert.ok(worker <= NEW_SPACE_CAP, `worker's new space ${worker}`);
});

test('a worker started after it takes Node\'s own code cache', { skip: NODE_HAS_CODE_CACHE ? false : 'this Node has no code cache of its own' }, () => {
  const { stderr } = spawnSync(process.execPath, [...SERVER_FLAGS, script], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG_NATIVE: 'CODE_CACHE' } });
  // Modules only a worker thread loads here (the main thread's own loads go on under the flag it started with).
  for (const module of ['internal/main/worker_thread', 'internal/bootstrap/switches/is_not_main_thread', 'crypto']) {
    assert.match(stderr, new RegExp(`Code cache of ${module} \\S+ is accepted`), module);
  }
});
