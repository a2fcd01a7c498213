// V8's code cache of the analysis worker's bundle: a second start takes its code from the cache; a rebuilt bundle
// never takes the cache of another build; a missing, corrupt or unwritable cache costs a compile, never an error.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { codeCacheFolder, loadBundle } from '../../../server/src/lsp/codeCache';

/**
 * Loads `file` in a thread of its own, as a worker of the server does, then saves its cache: V8 keeps what one thread
 * compiled in memory, so a second load in the same thread would find it there, whatever the cache on disk holds.
 */
function loadInThread(file: string, cache: string | undefined): Promise<{ fromCache: boolean; answer: number }> {
  const worker = new Worker(thread, { workerData: { file, cache } });
  return new Promise((resolve, reject) => {
    worker.once('message', (answer) => void worker.terminate().then(() => resolve(answer)));
    worker.once('error', reject);
  });
}

const root = mkdtempSync(join(tmpdir(), 'wp27017-code-cache-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
// A thread runs JavaScript: the thread's script is bundled as the server's are.
const thread = join(root, 'thread.js');
buildSync({ entryPoints: [join(__dirname, 'codeCacheThread.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: thread, logLevel: 'silent' });

let made = 0;
/** A bundle of its own folder, as esbuild writes one: CommonJS, using `require` and `__dirname`. */
function bundle(answer: number): string {
  const folder = join(root, `bundle-${made++}`);
  mkdirSync(folder);
  const file = join(folder, 'worker.js');
  writeFileSync(file, `const { basename } = require('node:path');\nfunction answer() { return ${answer}; }\nmodule.exports = { answer, folder: basename(__dirname) };\n`);
  return file;
}

test('the second start takes the code the first one saved', async () => {
  const file = bundle(42);
  const cache = join(root, 'cache-a');
  assert.deepEqual(await loadInThread(file, cache), { fromCache: false, answer: 42 });
  assert.equal(readdirSync(cache).length, 1);
  assert.deepEqual(await loadInThread(file, cache), { fromCache: true, answer: 42 });
});

test('a rebuilt bundle of the same length compiles afresh, and its cache replaces the old one', async () => {
  const cache = join(root, 'cache-b');
  const old = bundle(41);
  await loadInThread(old, cache);
  const rebuilt = bundle(42);
  assert.deepEqual(await loadInThread(rebuilt, cache), { fromCache: false, answer: 42 });
  assert.equal(readdirSync(cache).length, 1);
  assert.deepEqual(await loadInThread(rebuilt, cache), { fromCache: true, answer: 42 });
});

test('a corrupt cache is compiled past and written again', async () => {
  const file = bundle(7);
  const cache = join(root, 'cache-c');
  await loadInThread(file, cache);
  const [name] = readdirSync(cache);
  writeFileSync(join(cache, name!), 'not a code cache');
  assert.deepEqual(await loadInThread(file, cache), { fromCache: false, answer: 7 });
  assert.deepEqual(await loadInThread(file, cache), { fromCache: true, answer: 7 });
});

test('an unwritable cache folder, or none, loads the bundle all the same', () => {
  const file = bundle(9);
  const notAFolder = join(root, 'a-file');
  writeFileSync(notAFolder, '');
  const loaded = loadBundle(file, join(notAFolder, 'cache'));
  assert.equal(loaded.fromCache, false);
  assert.equal((loaded.exports as { answer(): number }).answer(), 9);
  assert.doesNotThrow(() => loaded.save());
  const without = loadBundle(file, undefined);
  assert.equal((without.exports as { answer(): number }).answer(), 9);
  assert.doesNotThrow(() => without.save());
});

test('the folder comes from the server\'s --code-cache= argument', () => {
  assert.equal(codeCacheFolder(['node', 'server.js', '--stdio', '--code-cache=/some/folder']), '/some/folder');
  assert.equal(codeCacheFolder(['node', 'server.js', '--node-ipc']), undefined);
  assert.equal(codeCacheFolder(['node', 'server.js', '--code-cache=']), undefined);
});
