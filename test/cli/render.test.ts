// `wp27017 render`: the bundled CLI writes the whitepaper as a standalone HTML
// file or, through Debian's Chromium, a PDF; and says clearly when it cannot.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { wp27017 } from '../helpers/cli';


describe('wp27017 render', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'paper.wp.yaml'), VALID.replace('kept for 7 generations.', 'kept for a certain period.'));
    writeFileSync(join(dir, 'other.wp.yaml'), VALID);
  });

  test('writes a standalone HTML file next to the source, and says so', () => {
    const { code, stderr } = wp27017(['render', 'paper.wp.yaml'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'wp27017: wrote paper.html\n');
    const html = readFileSync(join(dir, 'paper.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<title>Example Cloud Security Whitepaper<\/title>/);
    assert.match(html, /<style>[\s\S]*@media print/);
    assert.doesNotMatch(html.slice(html.indexOf('<body')), /wp-finding/, 'findings only in the reviewer view');
  });

  test('--review adds the findings; -o - writes to stdout', () => {
    const { code, stdout } = wp27017(['render', 'paper.wp.yaml', '--review', '-o', '-'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /<mark class="wp-finding wp-mark wp-sev-warning"[^>]*data-rule="vague-period">for a certain period<\/mark>/);
    assert.match(stdout, /<h2>Review findings<\/h2>/);
  });

  test('--lang picks the language of the findings', () => {
    const { stdout } = wp27017(['render', 'paper.wp.yaml', '--review', '--lang', 'ja', '-o', '-'], dir);
    assert.match(stdout, /<h2>レビューでの指摘<\/h2>/);
  });

  test('a folder: every whitepaper in it, each next to its source', () => {
    const folder = workspaceWithoutCoverage();
    writeFileSync(join(folder, 'a.wp.yaml'), VALID);
    writeFileSync(join(folder, 'b.wp.yml'), VALID.replace('Example Cloud Security', 'Second Cloud Security'));
    const { code, stderr } = wp27017(['render', '.'], folder);
    assert.equal(code, 0, stderr);
    assert.deepEqual(stderr.split('\n').filter(Boolean).sort(), ['wp27017: wrote ./a.html', 'wp27017: wrote ./b.html']);
    assert.match(readFileSync(join(folder, 'b.html'), 'utf8'), /<title>Second Cloud Security Whitepaper<\/title>/);
    const one = wp27017(['render', '.', '-o', 'both.html'], folder);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /\. holds 2 whitepapers and -o names one file/);
  });

  test('bad usage exits 2 with a readable message', () => {
    assert.match(wp27017(['render', 'paper.wp.yaml', 'other.wp.yaml', '-o', 'x.html'], dir).stderr, /render -o takes one file/);
    assert.match(wp27017(['check', 'paper.wp.yaml', '--review'], dir).stderr, /--review goes with render/);
    const missing = wp27017(['render', 'nowhere.wp.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere.wp.yaml: no such file or folder/);
  });

  test('--pdf without a Chromium exits 2 and says how to get one', () => {
    const { code, stderr } = wp27017(['render', 'paper.wp.yaml', '--pdf'], dir, { PATH: '', WP27017_CHROMIUM: '' });
    assert.equal(code, 2);
    assert.match(stderr, /no Chromium found to print the PDF: install one \(Debian\/Ubuntu: apt install chromium\) or set WP27017_CHROMIUM/);
    assert.ok(!existsSync(join(dir, 'paper.pdf')));
  });

  test('--pdf prints an A4 PDF with Chromium', () => {
    assert.ok(existsSync('/usr/bin/chromium'), 'this test needs Debian\'s chromium: run test/e2e/setup.sh (CI does)');
    const { code, stderr } = wp27017(['render', 'paper.wp.yaml', '--pdf', '-o', 'paper.pdf'], dir);
    assert.equal(code, 0, stderr);
    const pdf = readFileSync(join(dir, 'paper.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    // A4 is 595 x 842 points.
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  });

  test('--review on a published file names each finding where the reviewer finds it in the original', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wp27017-render-published-'));
    const formats = join(__dirname, '..', 'fixtures', 'formats');
    for (const name of ['layout.en.txt', 'layout.en.pdf', 'layout.en.docx', 'layout.en.html']) copyFileSync(join(formats, name), join(folder, name));
    const vagueWhere = (name: string, lang = 'en') => {
      const { code, stdout, stderr } = wp27017(['render', name, '--review', '--lang', lang, '-o', '-'], folder);
      assert.equal(code, 0, stderr);
      const summary = stdout.slice(stdout.indexOf('wp-review-summary'));
      return /data-rule="vague-period">[^<]*(?:<[^>]+>[^<]*)*?<span class="wp-where">\(([^<]*)\)<\/span>/.exec(summary)?.[1];
    };
    assert.equal(vagueWhere('layout.en.txt'), 'line 31', 'a text file: its own line, not the imported YAML\'s');
    assert.equal(vagueWhere('layout.en.txt', 'ja'), '31行目');
    assert.equal(vagueWhere('layout.en.pdf'), 'page 2, line 41');
    assert.equal(vagueWhere('layout.en.docx'), 'paragraph 18, under &quot;4. Event logging (A.12.4.1)&quot;');
    // A web page: the line and column of the words in its source, which the reviewer can open.
    const page = readFileSync(join(formats, 'layout.en.html'), 'utf8').split('\n');
    const line = page.findIndex((l) => l.includes('for a certain period'));
    assert.equal(vagueWhere('layout.en.html'), `line ${line + 1}, column ${page[line].indexOf('for a certain period') + 1}, under &quot;4. Event logging (A.12.4.1)&quot;`);
    assert.equal(vagueWhere('layout.en.html', 'ja'), `${line + 1}行${page[line].indexOf('for a certain period') + 1}列目(「4. Event logging (A.12.4.1)」内)`);
  });
});
