// `wp27017 check | coverage | import` on PDF, Word and web pages, through the
// bundled CLI: the findings of the equivalent text, said where in the original
// they are; unreadable files get one line and exit code 2.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';
import { encryptedPdf, pdfWithManyRuns, pdfWithoutText } from '../helpers/tinyPdf';

const FIXTURES = join(__dirname, '..', 'fixtures', 'formats');

describe('published formats in the CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp27017-formats-'));
    for (const name of ['layout.en.txt', 'layout.en.pdf', 'layout.en.docx', 'layout.en.html']) copyFileSync(join(FIXTURES, name), join(dir, name));
  });

  test('check: the same findings as the .txt, each saying the page and line, or the paragraph', () => {
    const txt = wp27017(['check', 'layout.en.txt'], dir);
    const strip = (out: string, name: string) => out.replace(/ \((?:page|paragraph) .*\)$/gm, '').replace(/^\S+?:\d+:\d+: /gm, '').split('\n').filter((l) => !l.includes(name) && !/checked/.test(l)).sort();
    for (const name of ['layout.en.pdf', 'layout.en.docx', 'layout.en.html']) {
      const { code, stdout } = wp27017(['check', name], dir);
      assert.equal(code, txt.code, name);
      assert.deepEqual(strip(stdout, name), strip(txt.stdout, 'layout.en.txt'), name);
    }
    const pdf = wp27017(['check', 'layout.en.pdf'], dir).stdout;
    assert.match(pdf, /^layout\.en\.pdf:\d+:\d+: warning vague-period "for a certain period" .* \(page 2, line 41\)$/m);
    const docx = wp27017(['check', 'layout.en.docx', '--lang', 'ja'], dir).stdout;
    assert.ok(docx.split('\n').some((l) => l.startsWith('layout.en.docx:') && l.includes('vague-period') && l.endsWith(' (第18段落(「4. Event logging (A.12.4.1)」内))')), docx);
  });

  test('a folder mixing the formats is checked whole; JSON says where', () => {
    const { stdout } = wp27017(['check', '.', '--format', 'json'], dir);
    const files = (JSON.parse(stdout) as { files: { path: string; findings: { where?: string }[] }[] }).files;
    assert.deepEqual(files.map((f) => f.path.replace(/^\.\//, '')).sort(), ['layout.en.docx', 'layout.en.html', 'layout.en.pdf']);
    assert.ok(files.find((f) => f.path.endsWith('.pdf'))!.findings.every((f) => /^page \d+, line \d+$/.test(f.where!)));
  });

  test("a folder leaves out a whitepaper's own rendering beside it (paper.html next to paper.wp.yaml)", () => {
    const folder = mkdtempSync(join(tmpdir(), 'wp27017-rendered-'));
    copyFileSync(join(FIXTURES, 'printed.ja.wp.yaml'), join(folder, 'paper.wp.yaml'));
    assert.equal(wp27017(['render', 'paper.wp.yaml'], folder).code, 0);
    copyFileSync(join(FIXTURES, 'layout.en.html'), join(folder, 'vendor.html'));
    const files = (JSON.parse(wp27017(['check', '.', '--format', 'json'], folder).stdout) as { files: { path: string }[] }).files;
    assert.deepEqual(files.map((f) => f.path.replace(/^\.\//, '')), ['paper.wp.yaml', 'vendor.html']);
  });

  test('a PDF that takes too long to read is stopped at the time budget (WP27017_READ_TIMEOUT seconds), and says so', () => {
    writeFileSync(join(dir, 'slow.pdf'), pdfWithManyRuns(300_000));
    const started = Date.now();
    const { code, stderr } = wp27017(['check', 'slow.pdf'], dir, { WP27017_READ_TIMEOUT: '0.2' });
    assert.equal(code, 2);
    assert.equal(stderr, 'wp27017: slow.pdf: reading took longer than 0.2 s and was stopped\n');
    assert.ok(Date.now() - started < 60_000);
  });

  test('SARIF results say where in the original, too', () => {
    const sarif = JSON.parse(wp27017(['check', 'layout.en.docx', '--format', 'sarif'], dir).stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    const vague = sarif.runs[0].results.find((r) => r.ruleId === 'vague-period')!;
    assert.match(vague.message.text, / \(paragraph 18, under "4\. Event logging \(A\.12\.4\.1\)"\)$/);
  });

  test('coverage and import read them too', () => {
    const coverage = wp27017(['coverage', 'layout.en.pdf', '--format', 'json'], dir);
    assert.equal(coverage.code, 0, coverage.stderr);
    const deletion = (JSON.parse(coverage.stdout) as { files: { controls: { id: string; places: { where?: string }[] }[] }[] }).files[0].controls.find((c) => c.id === 'CLD.8.1.5')!;
    assert.equal(deletion.places[0].where, 'page 2, line 42');
    assert.match(wp27017(['coverage', 'layout.en.pdf'], dir).stdout, /CLD\.8\.1\.5 .* covered +5\. Data at the end of the contract \(CLD\.8\.1\.5\) \(page 2, line 42\)/);
    const imported = wp27017(['import', 'layout.en.docx'], dir);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /- title: "5\. Data at the end of the contract \(CLD\.8\.1\.5\)"\n\s+controls: \[CLD\.8\.1\.5\]/);
  });

  test('encrypted, scanned, damaged and unsupported files: one line each, exit 2, the rest still checked', () => {
    writeFileSync(join(dir, 'locked.pdf'), encryptedPdf());
    writeFileSync(join(dir, 'scan.pdf'), pdfWithoutText());
    writeFileSync(join(dir, 'broken.docx'), 'PK\x03\x04 not really a zip');
    const { code, stdout, stderr } = wp27017(['check', 'locked.pdf', 'scan.pdf', 'broken.docx', 'layout.en.html'], dir);
    assert.equal(code, 2);
    assert.deepEqual(stderr.trim().split('\n'), [
      'wp27017: locked.pdf: this PDF is encrypted (a password is needed to open it); save an unprotected copy and check that',
      'wp27017: scan.pdf: no text in this PDF (scanned pages?); run OCR first',
      "wp27017: broken.docx: the file is damaged or not a Word (.docx) file: Corrupted zip: can't find end of central directory",
      'wp27017: layout.en.html: read as a whitepaper or security disclosure (5 control ids): each section is checked for the values its topic owes.',
    ]);
    assert.match(stdout, /1 file checked/);
    const ja = wp27017(['import', 'scan.pdf', '--lang', 'ja'], dir);
    assert.equal(ja.code, 2);
    assert.equal(ja.stderr, 'wp27017: scan.pdf: この PDF には文字情報がありません(スキャンした画像?)。先に OCR(文字認識)をかけてください\n');
  });
});
