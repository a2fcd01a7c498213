// A docs page saved as .txt is read as the Markdown it is: `import` and `coverage` through the bundled CLI give the
// sections a .md file of the same text gives, with no section headed by a short line between its "#" headings.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const PAGE = [
  '---',
  'title: Security at Example Cloud',
  '---',
  '',
  '# Security at Example Cloud',
  '',
  'This page says how we protect the data you keep with us. See also the [status page](https://status.example.com).',
  '',
  '## Backups',
  '',
  'We back up every database once a day.',
  '',
  'Retention',
  '',
  'Each backup is kept for 30 days in a second region.',
  '',
  '1. Restore tests',
  '',
  'We restore one backup a month to prove that it works.',
  '',
  '## Access control',
  '',
  'Staff reach production systems only with an approved request, and every session is logged.',
  '',
].join('\n');

const titles = (yaml: string) => [...yaml.matchAll(/^\s*- title: "?(.*?)"?$/gm)].map((m) => m[1]);

describe('a Markdown page saved as .txt', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp27017-markdown-txt-'));
    writeFileSync(join(dir, 'security.txt'), PAGE);
    writeFileSync(join(dir, 'security.md'), PAGE);
  });

  test('import: its sections are its "#" headings, as for the .md file', () => {
    const txt = wp27017(['import', 'security.txt'], dir);
    const md = wp27017(['import', 'security.md'], dir);
    assert.equal(txt.code, 0);
    assert.deepEqual(titles(txt.stdout), titles(md.stdout));
    assert.deepEqual(titles(txt.stdout).slice(-2), ['Backups', 'Access control']);
  });

  test('coverage: the backup control is placed on the "## Backups" line', () => {
    const report = JSON.parse(wp27017(['coverage', 'security.txt', '--format', 'json'], dir).stdout) as { files: { controls: { id: string; status: string; places: { line: number }[] }[] }[] };
    const backup = report.files[0].controls.find((c) => c.id === '12.3.1');
    assert.equal(backup?.status, 'covered');
    assert.deepEqual(backup?.places.map((p) => p.line), [PAGE.split('\n').indexOf('## Backups') + 1]);
  });
});
