// `wp27017 check` on a whitepaper whose headings are typed in the body's
// style, with lists among them, as .txt, .docx and .pdf: the same findings,
// so the same sections, whatever the format.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { wp27017 } from '../helpers/cli';
import { typedHeadingsDocx, typedHeadingsPdf, typedHeadingsText } from '../helpers/typedHeadings';

let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wp27017-typed-'));
  writeFileSync(join(dir, 'northwind.txt'), typedHeadingsText());
  writeFileSync(join(dir, 'northwind.docx'), await typedHeadingsDocx());
  writeFileSync(join(dir, 'northwind.pdf'), typedHeadingsPdf());
});

test('check: a Word file and a PDF without heading styles give the findings of the text', () => {
  const strip = (out: string) => out.replace(/ \((?:page|paragraph) .*\)$/gm, '').replace(/^\S+?:\d+:\d+: /gm, '').split('\n').filter((l) => l !== '' && !/checked|^northwind\./.test(l)).sort();
  const txt = wp27017(['check', 'northwind.txt', '--lang', 'en'], dir);
  assert.ok(strip(txt.stdout).some((l) => l.includes('control-missing')), txt.stdout);
  assert.ok(!/empty|list item/i.test(txt.stdout), txt.stdout);
  for (const name of ['northwind.docx', 'northwind.pdf']) {
    const { code, stdout } = wp27017(['check', name, '--lang', 'en'], dir);
    assert.equal(code, txt.code, name);
    assert.deepEqual(strip(stdout), strip(txt.stdout), name);
  }
});
