// The hostile probe's CLI cases, replayed through the bundled dist/cli.js:
// nothing silent, nothing blocked, nothing overwritten, every line in the
// user's language, exit codes as `wp27017 --help` documents them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { wp27017 } from '../helpers/cli';
import { run } from '../../server/src/cli/main';
import { bigBackupWhitepaper } from './documents';

const STACK = /^\s+at .+[:(]/m;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MISSPELT = VALID.replace('model: SaaS', 'model: Saas');

function noStack(result: { stdout: string; stderr: string }): void {
  assert.doesNotMatch(result.stderr, STACK, result.stderr);
  assert.doesNotMatch(result.stdout, STACK);
}

describe('reading: only regular files, never more than the cap', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'good.wp.yaml'), VALID);
    symlinkSync('/dev/zero', join(dir, 'zero.wp.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.wp.yaml')]);
  });

  test('a folder holding a symlink to /dev/zero: one line for it, the other file checked, exit 2', () => {
    const result = wp27017(['check', '.'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'wp27017: ./zero.wp.yaml: not a regular file (a device, a pipe or a folder): not read\n');
    assert.match(result.stdout, /^1 file checked/m);
  });

  test('a FIFO named on the command line is refused at once, not waited on', () => {
    const result = wp27017(['check', 'pipe.wp.yaml', 'good.wp.yaml'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'wp27017: pipe.wp.yaml: not a regular file (a device, a pipe or a folder): not read\n');
    for (const command of ['import', 'render', 'coverage']) assert.equal(wp27017([command, 'pipe.wp.yaml'], dir).code, 2, command);
  });

  test('a file over 20 MB is refused while reading, with one line', () => {
    const big = join(dir, 'huge', 'huge.wp.yaml');
    mkdirSync(join(dir, 'huge'));
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const result = wp27017(['check', 'huge/huge.wp.yaml'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'wp27017: huge/huge.wp.yaml: larger than 20 MB: not read\n');
  });

  test('a missing file is worded the same by every command', () => {
    for (const command of ['check', 'coverage', 'render', 'import']) {
      const result = wp27017([command, 'nothing.wp.yaml'], dir);
      assert.equal(result.code, 2, command);
      assert.equal(result.stderr, 'wp27017: nothing.wp.yaml: no such file or folder\n', command);
    }
  });
});

describe('a rule that fails on a large file', () => {
  test('the 4.7 MB backup file is reported, never a clean or empty report, and no stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp27017-big-'));
    writeFileSync(join(dir, 'big.wp.yaml'), bigBackupWhitepaper());
    const result = wp27017(['check', 'big.wp.yaml', '--format', 'json'], dir);
    noStack(result);
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    const report = JSON.parse(result.stdout) as { files: { findings: { ruleId: string }[] }[] };
    assert.equal(report.files.length, 1);
    assert.ok(report.files[0].findings.length > 0, 'the other rules are still reported');
  });
});

describe('writing: exit 2 with one line, the other files still checked', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'a.wp.yaml'), VALID);
    mkdirSync(join(dir, 'folder'));
  });

  test('-o into a missing folder', () => {
    const result = wp27017(['check', 'a.wp.yaml', '-o', 'missing/report.txt'], dir);
    assert.deepEqual([result.code, result.stderr], [2, 'wp27017: missing/report.txt: cannot write: the folder missing does not exist\n']);
  });

  test('-o naming a folder', () => {
    const result = wp27017(['check', 'a.wp.yaml', '-o', 'folder'], dir);
    assert.deepEqual([result.code, result.stderr], [2, 'wp27017: folder: cannot write: it is a folder; name a file\n']);
  });

  test('-o into a folder the user may not write', { skip: process.getuid?.() === 0 ? 'root may write anywhere' : false }, () => {
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    const result = wp27017(['check', 'a.wp.yaml', '-o', 'locked/report.txt'], dir);
    assert.deepEqual([result.code, result.stderr], [2, 'wp27017: locked/report.txt: cannot write: permission denied\n']);
  });

  test('--fix on a read-only file: reported as it is, and the next file is still fixed and checked', () => {
    const fix = mkdtempSync(join(tmpdir(), 'wp27017-fix-'));
    writeFileSync(join(fix, 'a-locked.wp.yaml'), MISSPELT);
    chmodSync(join(fix, 'a-locked.wp.yaml'), 0o444);
    writeFileSync(join(fix, 'b-open.wp.yaml'), MISSPELT);
    const result = wp27017(['check', '--fix', 'a-locked.wp.yaml', 'b-open.wp.yaml', '--format', 'json'], fix);
    noStack(result);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^wp27017: a-locked\.wp\.yaml: cannot write: the file is read-only\nwp27017: b-open\.wp\.yaml: fixed 1 problem\n$/);
    assert.equal(readFileSync(join(fix, 'a-locked.wp.yaml'), 'utf8'), MISSPELT);
    assert.equal(readFileSync(join(fix, 'b-open.wp.yaml'), 'utf8'), VALID);
    const report = JSON.parse(result.stdout) as { files: { path: string; findings: { ruleId: string }[] }[]; messages: string[] };
    assert.deepEqual(report.files.map((f) => [f.path, f.findings.some((x) => x.ruleId === 'invalid-value')]), [['a-locked.wp.yaml', true], ['b-open.wp.yaml', false]]);
    assert.equal(report.messages.length, 2);
  });

  test('-o with no input that could be read writes nothing', () => {
    for (const command of ['check', 'coverage', 'render']) {
      const result = wp27017([command, 'nothing.wp.yaml', '-o', `${command}.out`], dir);
      assert.equal(result.code, 2, command);
      assert.ok(!existsSync(join(dir, `${command}.out`)), command);
    }
  });

  test('a write leaves no temporary file behind, and replaces the whole file', () => {
    writeFileSync(join(dir, 'report.txt'), 'x'.repeat(100_000));
    assert.equal(wp27017(['check', 'a.wp.yaml', '-o', 'report.txt'], dir).code, 0);
    assert.equal(readFileSync(join(dir, 'report.txt'), 'utf8'), '1 file checked: 0 errors, 0 warnings, 0 info\n');
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });
});

describe('never over an input, never through a symlink', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'self.wp.yaml'), VALID);
    writeFileSync(join(dir, 'paper.txt'), '1. Backup\n\nBackups run daily and are kept for 7 generations.\n');
  });

  test('check -o self.wp.yaml self.wp.yaml, render -o and import -o onto their input are refused', () => {
    for (const args of [['check', '-o', 'self.wp.yaml', 'self.wp.yaml'], ['render', 'self.wp.yaml', '-o', 'self.wp.yaml'], ['import', 'paper.txt', '-o', 'paper.txt'], ['check', '.', '-o', 'self.wp.yaml']]) {
      const result = wp27017(args, dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /cannot write: it is an input of this command; name another file\n$/, args.join(' '));
    }
    assert.equal(readFileSync(join(dir, 'self.wp.yaml'), 'utf8'), VALID);
    assert.match(readFileSync(join(dir, 'paper.txt'), 'utf8'), /^1\. Backup/);
  });

  test('render through a symlinked p.html replaces the link, not the file it points to', () => {
    writeFileSync(join(dir, 'other.txt'), 'keep me');
    symlinkSync('other.txt', join(dir, 'self.html'));
    const result = wp27017(['render', 'self.wp.yaml'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(join(dir, 'other.txt'), 'utf8'), 'keep me');
    assert.ok(lstatSync(join(dir, 'self.html')).isFile());
    assert.match(readFileSync(join(dir, 'self.html'), 'utf8'), /^<!DOCTYPE html>/i);
  });

  test('check --fix folder does not follow a symlink out of the folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'wp27017-outside-'));
    writeFileSync(join(outside, 'victim.wp.yaml'), MISSPELT);
    const folder = join(dir, 'fixme');
    mkdirSync(folder);
    symlinkSync(join(outside, 'victim.wp.yaml'), join(folder, 'link.wp.yaml'));
    writeFileSync(join(folder, 'own.wp.yaml'), MISSPELT);
    const result = wp27017(['check', '--fix', 'fixme'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /fixme\/link\.wp\.yaml: cannot write: it is a symbolic link to .+victim\.wp\.yaml, outside the folder being fixed: not fixed\n/);
    assert.equal(readFileSync(join(outside, 'victim.wp.yaml'), 'utf8'), MISSPELT);
    assert.equal(readFileSync(join(folder, 'own.wp.yaml'), 'utf8'), VALID);
  });
});

describe('Japanese: every usage and I/O error, and the usage text', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'a.wp.yaml'), VALID);
    mkdirSync(join(dir, 'folder'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'notes.txt'), '1. Backup\n\nDaily.\n');
  });

  const CASES: string[][] = [
    ['check', 'a.wp.yaml', '--bogus'],
    ['check', 'a.wp.yaml', '--output'],
    ['check', 'a.wp.yaml', '--fix=yes'],
    ['frobnicate', 'a.wp.yaml'],
    [],
    ['check', 'a.wp.yaml', '--format', 'xml'],
    ['check'],
    ['coverage', 'a.wp.yaml', '--fix'],
    ['check', 'a.wp.yaml', '--review'],
    ['render', 'a.wp.yaml', 'folder', '-o', 'x.html'],
    ['render', 'a.wp.yaml', '--pdf', '-o', '-'],
    ['import', 'notes.txt', 'a.wp.yaml'],
    ['coverage', 'a.wp.yaml', '--format', 'sarif'],
    ['check', 'nothing.wp.yaml'],
    ['check', 'empty'],
    ['check', 'no-*.wp.yaml'],
    ['check', 'a.wp.yaml', '-o', 'missing/x.txt'],
    ['check', 'a.wp.yaml', '-o', 'folder'],
    ['check', 'a.wp.yaml', '-c', 'nothing.yaml'],
    ['check', '-o', 'a.wp.yaml', 'a.wp.yaml'],
    ['import', 'folder'],
  ];

  /** The CLI's entry in this process (the matrix is long; the bundled binary is checked on two cases below). */
  async function inProcess(args: string[], lang: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, cwd: process.cwd() };
    Object.assign(process.env, { LANG: lang, LC_ALL: '', LC_MESSAGES: '' });
    process.chdir(dir);
    let stdout = '';
    let stderr = '';
    try {
      const code = await run(args, (t) => (stdout += t), (t) => (stderr += t));
      return { code, stdout, stderr };
    } finally {
      process.chdir(saved.cwd);
      for (const key of ['LANG', 'LC_ALL', 'LC_MESSAGES'] as const) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  }

  for (const how of ['LANG=ja_JP.UTF-8', '--lang ja'] as const) {
    test(`with ${how}`, async () => {
      for (const args of CASES) {
        const result = how === '--lang ja' ? await inProcess([...args, '--lang', 'ja'], 'C') : await inProcess(args, 'ja_JP.UTF-8');
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        const first = result.stderr.split('\n')[0];
        assert.match(first, JAPANESE, `${args.join(' ')}: ${first}`);
        noStack(result);
        if (result.stderr.includes('\n\n')) assert.match(result.stderr, /使い方: wp27017 check/, args.join(' '));
        assert.doesNotMatch(result.stderr, /Usage:/);
      }
    });
  }

  test('the bundled CLI speaks Japanese too, for a usage error and an I/O error', () => {
    const usageError = wp27017(['check', 'a.wp.yaml', '--bogus'], dir, { LANG: 'ja_JP.UTF-8' });
    assert.match(usageError.stderr, /^wp27017: 不明なオプションです: --bogus\n\n使い方: /);
    const ioError = wp27017(['check', 'nothing.wp.yaml', '--lang', 'ja'], dir);
    assert.equal(ioError.stderr, 'wp27017: nothing.wp.yaml: ファイルまたはフォルダがありません\n');
  });

  test('--help documents the exit codes and where the language comes from, in both languages', () => {
    const en = wp27017(['--help'], dir).stdout;
    assert.match(en, /Exit codes: 0 no errors; 1 errors found; 2 bad usage/);
    assert.match(en, /render, of the page \(default: the\s+whitepaper's own lang\)/);
    const ja = wp27017(['--help'], dir, { LANG: 'ja_JP.UTF-8' }).stdout;
    assert.match(ja, /終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り/);
  });
});

describe('the language of what goes into the document', () => {
  test('render: the page in the whitepaper\'s lang, the CLI\'s own lines in the user\'s', () => {
    const dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'ja.wp.yaml'), VALID.replace('lang: en', 'lang: ja').replace('model: SaaS', 'model: Saas'));
    const result = wp27017(['render', 'ja.wp.yaml', '--review'], dir);
    assert.equal(result.stderr, 'wp27017: wrote ja.html\n');
    const html = readFileSync(join(dir, 'ja.html'), 'utf8');
    assert.match(html, /「model」/);
    const english = wp27017(['render', 'ja.wp.yaml', '--review', '--lang', 'en', '-o', '-'], dir);
    assert.doesNotMatch(english.stdout, /「model」/);
  });
});

describe('usage errors in the format asked for', () => {
  test('--format json on a usage error prints an error object, not an empty report', () => {
    const result = wp27017(['check', '--format', 'json', '--bogus'], tmpdir());
    assert.equal(result.code, 2);
    assert.deepEqual(JSON.parse(result.stdout), { error: { kind: 'usage', message: 'unknown option --bogus', exitCode: 2 } });
  });
});

describe('smaller faults', () => {
  test('an empty or comment-only .wp27017.yaml is fine: no error, exit 0', () => {
    for (const text of ['', '# settings come later\n', '\n\n']) {
      const dir = mkdtempSync(join(tmpdir(), 'wp27017-cfg-'));
      writeFileSync(join(dir, '.wp27017.yaml'), text);
      const result = wp27017(['check', '.wp27017.yaml'], dir);
      assert.deepEqual([result.code, result.stdout, result.stderr], [0, '1 file checked: 0 errors, 0 warnings, 0 info\n', ''], JSON.stringify(text));
    }
  });

  test('CR-only line endings are read as lines', () => {
    const dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'lf.wp.yaml'), MISSPELT);
    writeFileSync(join(dir, 'cr.wp.yaml'), MISSPELT.replace(/\n/g, '\r'));
    const lf = wp27017(['check', 'lf.wp.yaml'], dir);
    const cr = wp27017(['check', 'cr.wp.yaml'], dir);
    assert.equal(cr.code, 1);
    assert.equal(cr.stdout.replace(/cr\.wp/g, 'lf.wp'), lf.stdout);
  });

  test('diagnostics are capped per document, with one finding that counts the rest', () => {
    const dir = workspaceWithoutCoverage();
    const keys = Array.from({ length: 3000 }, (_, i) => `extra_${i}: x`).join('\n');
    writeFileSync(join(dir, 'many.wp.yaml'), `${VALID}${keys}\n`);
    const result = wp27017(['check', 'many.wp.yaml'], dir);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1002);
    assert.match(lines[1000], /error analysis-incomplete 2000 more findings are left out; this report shows the first 1000\./);
  });

  test('Markdown table alignment is a class the standalone page\'s CSP allows, not a style attribute', () => {
    const dir = workspaceWithoutCoverage();
    const table = '      | Data | Kept |\n      |:-----|-----:|\n      | Logs | 1 year |\n\n';
    const text = VALID.replace('    body: |\n', `    body: |\n${table}`);
    assert.notEqual(text, VALID);
    writeFileSync(join(dir, 't.wp.yaml'), text);
    const result = wp27017(['render', 't.wp.yaml', '-o', '-'], dir);
    assert.equal(result.code, 0, result.stderr);
    const body = result.stdout.slice(result.stdout.indexOf('<body'));
    assert.doesNotMatch(body, /\sstyle=/);
    assert.match(body, /<th class="wp-align-right"[^>]*>Kept<\/th>/);
    assert.match(result.stdout, /\.wp-align-right \{ text-align: right; \}/);
  });
});
