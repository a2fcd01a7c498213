// `npm pack` ships what the wp27017 command and the extension need, and nothing of the sources or tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

test('npm pack: the bundles, the docs they link, the schemas and examples; no sources, tests or node_modules', () => {
  // --ignore-scripts: the bundles are already built for these tests; prepack would rebuild them.
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const files: string[] = JSON.parse(run.stdout)[0].files.map((f: { path: string }) => f.path);
  for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/publishedRequests.js', 'dist/extension.js', 'media/whitepaper.css', 'docs/rules/unknown-key.md', 'schemas/whitepaper.schema.json', 'README.md', 'package.json']) {
    assert.ok(files.includes(needed), needed);
  }
  const stray = files.filter((f) => /^(test|server|client|protocol|scripts|node_modules|dist-test|\.ci)\/|\.map$|\.ts$|\.vsix$/.test(f));
  assert.deepEqual(stray, []);
});
