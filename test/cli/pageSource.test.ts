// A web page kept as its source under a .txt name is read by the HTML reader, and findings on a web page point at lines
// of the file the user gave: `check`, `coverage` and `import` through the bundled CLI.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const PAGE = join(__dirname, '..', 'fixtures', 'formats', 'page-source.ja.txt');
const lines = readFileSync(PAGE, 'utf8').split('\n');
/** The 1-based line of the page's source that holds these words. */
const lineOf = (words: string) => lines.findIndex((l) => l.includes(words)) + 1;

interface Reported {
  files: { path: string; findings: { ruleId: string; line: number; where?: string }[] }[];
}

describe('a page kept as its source', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp27017-page-source-'));
    copyFileSync(PAGE, join(dir, 'security.txt'));
    copyFileSync(PAGE, join(dir, 'security.html'));
  });

  test('import: the sections are the page\'s headings, with none made of its PHP, comments or markup', () => {
    const { code, stdout } = wp27017(['import', 'security.txt'], dir);
    assert.equal(code, 0);
    const titles = [...stdout.matchAll(/^\s*- title: "(.*)"$/gm)].map((m) => m[1]);
    assert.deepEqual(titles.slice(-3), ['バックアップ', 'アクセス制御', 'ログの管理']);
    assert.doesNotMatch(stdout, /php|endif|<h2|crumbs/);
  });

  test('check: a finding is on the line of the source that holds its words, in .txt and .html alike', () => {
    for (const name of ['security.txt', 'security.html']) {
      const report = JSON.parse(wp27017(['check', name, '--format', 'json'], dir).stdout) as Reported;
      const vague = report.files[0].findings.find((f) => f.ruleId === 'vague-period');
      assert.equal(vague?.line, lineOf('一定期間'), name);
      assert.match(vague?.where ?? '', /^paragraph \d+, under "バックアップ"$/, name);
    }
    const text = wp27017(['check', 'security.txt', '--lang', 'ja'], dir).stdout;
    assert.match(text, new RegExp(`^security\\.txt:${lineOf('一定期間')}:\\d+: warning vague-period `, 'm'));
  });

  test('coverage: each answered control is placed on its heading\'s line of the source', () => {
    const report = JSON.parse(wp27017(['coverage', 'security.txt', '--format', 'json'], dir).stdout) as { files: { controls: { id: string; status: string; places: { line: number }[] }[] }[] };
    const backup = report.files[0].controls.find((c) => c.id === '12.3.1');
    assert.equal(backup?.status, 'covered');
    assert.equal(backup?.places[0].line, lineOf('<h2>バックアップ</h2>'));
  });
});
