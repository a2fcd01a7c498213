// A web page kept as its source under a .txt name is read by the HTML reader, and findings on a web page point at lines
// of the file the user gave: `check`, `coverage` and `import` through the bundled CLI.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const PAGE = join(__dirname, '..', 'fixtures', 'formats', 'page-source.ja.txt');
const lines = readFileSync(PAGE, 'utf8').split('\n');
/** The 1-based line of the page's source that holds these words. */
const lineOf = (words: string) => lines.findIndex((l) => l.includes(words)) + 1;

interface Reported {
  files: { path: string; findings: { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number; where?: string }[] }[];
}

/** A page whose findings sit after inline tags and entities, in a nested list and on a line the author wrapped. */
const INLINE_PAGE = [
  '<!DOCTYPE html>',
  '<html lang="ja"><body><main>',
  '<h1>クラウドサービスのセキュリティ</h1>',
  '<h2>バックアップ &amp; 復旧</h2>',
  '<p>お客様の<b>帳簿データ</b>は毎日バックアップし、',
  '  <a href="/terms">一定期間</a>保管します。</p>',
  '<ul>',
  '  <li>ログ<ul><li>アクセス&nbsp;ログは<em>適切な期間</em>保管します。</li></ul></li>',
  '</ul>',
  '</main></body></html>',
];

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
    const column = lines[lineOf('一定期間') - 1].indexOf('一定期間') + 1;
    assert.match(text, new RegExp(`^security\\.txt:${lineOf('一定期間')}:${column}: warning vague-period `, 'm'));
  });

  test('check: line and column are those of the finding\'s own words, past tags, entities and a wrapped line', () => {
    for (const name of ['inline.html', 'inline.txt']) {
      writeFileSync(join(dir, name), INLINE_PAGE.join('\n'));
      const report = JSON.parse(wp27017(['check', name, '--format', 'json'], dir).stdout) as Reported;
      const vague = report.files[0].findings.filter((f) => f.ruleId === 'vague-period');
      const found = vague.map((f) => {
        const line = INLINE_PAGE[f.line - 1];
        return [line.slice(f.column - 1, f.endLine === f.line ? f.endColumn - 1 : undefined), f.endLine - f.line];
      });
      assert.deepEqual(found, [['一定期間', 0], ['適切な期間', 0]], name);
    }
    const text = wp27017(['check', 'inline.html'], dir).stdout;
    assert.match(text, /^inline\.html:6:20: warning vague-period "一定期間"/m);
    assert.match(text, /^inline\.html:8:34: warning vague-period "適切な期間"/m);
  });

  test('coverage: each answered control is placed on its heading\'s line of the source', () => {
    const report = JSON.parse(wp27017(['coverage', 'security.txt', '--format', 'json'], dir).stdout) as { files: { controls: { id: string; status: string; places: { line: number }[] }[] }[] };
    const backup = report.files[0].controls.find((c) => c.id === '12.3.1');
    assert.equal(backup?.status, 'covered');
    assert.equal(backup?.places[0].line, lineOf('<h2>バックアップ</h2>'));
  });
});
