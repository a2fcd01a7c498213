// A server given a folder for V8's code cache (`--code-cache=`, the extension's global storage) writes its analysis
// worker's code there, and the next server takes it from there: the same diagnostics either way, and a folder it
// cannot write to changes nothing but the speed.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { LspClient } from '../helpers/lspClient';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;
const root = mkdtempSync(join(tmpdir(), 'wp27017-lsp-code-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TEXT = VALID.replace('controls: [12.3.1]', 'controls: [12.3.1, 99.9.9]');

const caches = (folder: string) => {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.cache')).map((name) => `${name} ${statSync(join(folder, name)).mtimeMs}`);
  } catch {
    return [];
  }
};

/** The diagnostics of one open on a fresh server, and the caches in `folder` once its worker has warmed up. */
async function reportWith(folder: string): Promise<{ report: string[]; caches: string[] }> {
  const client = await LspClient.start({ locale: 'en', args: [`--code-cache=${folder}`] });
  try {
    const uri = `${WS}/cached.wp.yaml`;
    client.open(uri, TEXT);
    const diagnostics = await client.diagnostics(uri, 1);
    // The worker writes the cache after its first answer, on a turn of its own.
    for (let i = 0; i < 50 && caches(folder).length === 0; i++) await new Promise((done) => setTimeout(done, 100));
    return { report: diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`), caches: caches(folder) };
  } finally {
    await client.stop();
  }
}

test('the first server writes the cache, the second reads it, and both report the same', async () => {
  const folder = join(root, 'cache');
  const first = await reportWith(folder);
  assert.ok(first.report.length > 0, 'the text has findings');
  assert.equal(first.caches.length, 1);
  const second = await reportWith(folder);
  assert.deepEqual(second.report, first.report);
  assert.deepEqual(second.caches, first.caches, 'the same cache, read, not written again');
});

test('a cache folder that cannot be made changes nothing a user sees', async () => {
  const notAFolder = join(root, 'a-file');
  writeFileSync(notAFolder, '');
  const unwritable = await reportWith(join(notAFolder, 'cache'));
  assert.deepEqual(unwritable.caches, []);
  assert.deepEqual(unwritable.report, (await reportWith(join(root, 'other'))).report);
});
