// The server runs under the V8 flags on its command line (protocol/serverNodeFlags.json) and sets none once it runs:
// V8's flags belong to the whole process, and one a worker set while the main thread matched a regular expression
// crashed the server at start (thirty-fifth session). Its young generations stay at the flag's 2 MB semi-spaces.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSync } from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER_FLAGS = JSON.parse(readFileSync(join(ROOT, 'protocol', 'serverNodeFlags.json'), 'utf8')) as string[];
const folder = mkdtempSync(join(tmpdir(), 'wp27017-server-flags-test-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function bundle(entry: string): string {
  const outfile = join(folder, `${entry.replace(/\W/g, '_')}.js`);
  buildSync({ entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent', external: ['vscode'] });
  return outfile;
}

/** Two semi-spaces of 2 MB: what `--max-semi-space-size=2` gives. */
const NEW_SPACE_CAP = 4 * 1024 * 1024;

test('the analysis\' flags are on the server\'s command line', () => {
  assert.ok(SERVER_FLAGS.includes('--no-turbo-inlining'));
  assert.ok(SERVER_FLAGS.includes('--no-regexp-tier-up'));
});

test('neither the server\'s main thread nor an analysis worker sets a V8 flag once it runs', () => {
  for (const entry of ['server/src/lsp/main.ts', 'server/src/lsp/server.ts', 'server/src/lsp/workerLoader.ts', 'server/src/lsp/analysisWorker.ts']) {
    assert.doesNotMatch(readFileSync(bundle(entry), 'utf8'), /setFlagsFromString/, entry);
  }
});

test('the main thread keeps the flag\'s young generation, a worker its own of the same size', () => {
  const script = bundle('test/unit/lsp/serverNodeFlagsProcess.ts');
  const { main, worker } = JSON.parse(execFileSync(process.execPath, [...SERVER_FLAGS, script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { main: number; worker: number };
  assert.ok(main <= NEW_SPACE_CAP, `main thread's new space ${main}`);
  assert.ok(worker <= NEW_SPACE_CAP, `worker's new space ${worker}`);
});
