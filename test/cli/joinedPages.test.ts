// Docs pages and blog posts joined into one .txt, each file without a final newline: `import` and `coverage` through the
// bundled CLI read each later page's front matter as settings where its fence follows the last line of the page before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURE = 'eval/fixtures/fx-en-joined-posts-no-newline.txt';
const lines = readFileSync(join(ROOT, FIXTURE), 'utf8').split('\n');
const titles = (yaml: string) => [...yaml.matchAll(/^\s*- title: "(.*)"$/gm)].map((m) => m[1]);

describe('pages joined with no newline at a page\'s end', () => {
  test('import: each page\'s title heads it, and no front matter key, sign-off or fence makes a section', () => {
    const { code, stdout } = wp27017(['import', FIXTURE, '-o', '-'], ROOT);
    assert.equal(code, 0);
    assert.deepEqual(titles(stdout), ['Introduction', 'Update: Build log retention', 'Build machines', 'Data location', 'Changes to build images']);
    assert.doesNotMatch(stdout, /title: '|layout: docs/);
  });

  test('coverage: the log control is placed on the update post\'s title line', () => {
    const report = JSON.parse(wp27017(['coverage', FIXTURE, '--format', 'json'], ROOT).stdout) as { files: { controls: { id: string; status: string; places: { line: number }[] }[] }[] };
    const logging = report.files[0].controls.find((c) => c.id === '12.4.1');
    assert.equal(logging?.status, 'covered');
    assert.deepEqual(logging?.places.map((p) => p.line), [lines.indexOf("title: 'Update: Build log retention'") + 1]);
  });
});
