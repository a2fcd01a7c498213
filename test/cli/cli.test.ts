// The wp27017 command as CI runs it: the bundled dist/cli.js, real files, exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { wp27017 } from '../helpers/cli';


describe('wp27017 check', () => {
  let dir: string;
  before(() => {
    dir = workspaceWithoutCoverage();
    writeFileSync(join(dir, 'good.wp.yaml'), VALID);
    writeFileSync(join(dir, 'bad.wp.yaml'), VALID.replace('model: SaaS', 'model: Saas').replace('title: Example', 'titel: Example'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'also.wp.yml'), VALID);
  });

  test('prints compiler-style lines and exits 1 when errors are found', () => {
    const { code, stdout } = wp27017(['check', 'bad.wp.yaml'], dir);
    assert.equal(code, 1);
    assert.equal(
      stdout,
      [
        'bad.wp.yaml:1:1: error missing-key The whitepaper has no "title" (Document title); add it at the top level.',
        'bad.wp.yaml:3:1: error unknown-key Unknown key "titel" in the top level. Did you mean "title"?',
        'bad.wp.yaml:7:10: error invalid-value "model" must be one of IaaS, PaaS, SaaS; found "Saas". Did you mean "SaaS"?',
        '1 file checked: 3 errors, 0 warnings, 0 info',
        '',
      ].join('\n'),
    );
  });

  test('exits 0 on a clean file, and checks folders recursively', () => {
    const { code, stdout } = wp27017(['check', 'good.wp.yaml', 'nested'], dir);
    assert.equal(code, 0, stdout);
    assert.equal(stdout, '2 files checked: 0 errors, 0 warnings, 0 info\n');
  });

  test('expands a quoted glob itself', () => {
    const { stdout } = wp27017(['check', '*.wp.yaml'], dir);
    assert.match(stdout, /^2 files checked/m);
  });

  test('speaks Japanese with --lang ja or a Japanese locale', () => {
    const withFlag = wp27017(['check', 'bad.wp.yaml', '--lang', 'ja'], dir);
    assert.match(withFlag.stdout, /不明なキー「titel」/);
    assert.match(withFlag.stdout, /1ファイルを検査: エラー3件/);
    const withEnv = wp27017(['check', 'bad.wp.yaml'], dir, { LANG: 'ja_JP.UTF-8' });
    assert.equal(withEnv.stdout, withFlag.stdout);
  });

  test('--format json gives positions and messages per file', () => {
    const { code, stdout } = wp27017(['check', 'bad.wp.yaml', 'good.wp.yaml', '--format', 'json'], dir);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { files: { path: string; findings: { ruleId: string; line: number; column: number; endColumn: number }[] }[] };
    assert.deepEqual(report.files.map((f) => f.path), ['bad.wp.yaml', 'good.wp.yaml']);
    assert.deepEqual(report.files[0].findings.find((f) => f.ruleId === 'invalid-value'), {
      ...report.files[0].findings.find((f) => f.ruleId === 'invalid-value'),
      line: 7,
      column: 10,
      endColumn: 14,
    });
  });

  test('--format sarif writes SARIF 2.1.0 that names rules and locations', () => {
    const out = join(dir, 'report.sarif');
    const { code } = wp27017(['check', 'bad.wp.yaml', '--format', 'sarif', '--output', out], dir);
    assert.equal(code, 1);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'wp27017');
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['unknown-key', 'missing-key', 'invalid-value']);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'invalid-value');
    assert.equal(result.level, 'error');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'invalid-value');
    assert.match(run.tool.driver.rules[result.ruleIndex].help.markdown, /^# invalid-value\n[\s\S]*## Why/, "the rule's docs page, for code scanning to show");
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'bad.wp.yaml' },
      region: { startLine: 7, startColumn: 10, endLine: 7, endColumn: 14 },
    });
  });

  test('--fix applies the clearly right fixes to the file, then reports what is left', () => {
    const project = workspaceWithoutCoverage();
    const original = VALID.replace('model: SaaS', 'model: Saas').replace('title: Example', 'titel: Example');
    writeFileSync(join(project, 'paper.wp.yaml'), original);
    const { code, stdout, stderr } = wp27017(['check', 'paper.wp.yaml', '--fix'], project);
    assert.equal(code, 0);
    assert.equal(readFileSync(join(project, 'paper.wp.yaml'), 'utf8'), VALID);
    assert.equal(stderr, 'wp27017: paper.wp.yaml: fixed 2 problems\n');
    assert.match(stdout, /^1 file checked: 0 errors/m);
    assert.equal(wp27017(['check', 'paper.wp.yaml', '--fix'], project).stderr, '', 'nothing left to fix: the file is not touched');
    assert.equal(wp27017(['coverage', 'paper.wp.yaml', '--fix'], project).code, 2, '--fix belongs to check');
  });

  test('a .wp27017.yaml beside the files changes severities and language', () => {
    const project = mkdtempSync(join(tmpdir(), 'wp27017-config-'));
    writeFileSync(join(project, 'bad.wp.yaml'), VALID.replace('model: SaaS', 'model: Saas'));
    writeFileSync(join(project, '.wp27017.yaml'), 'locale: ja\nrules:\n  invalid-value: warning\n  control-missing: off\n');
    const { code, stdout } = wp27017(['check', 'bad.wp.yaml'], project);
    assert.equal(code, 0, 'a warning is not an error');
    assert.match(stdout, /^bad\.wp\.yaml:7:10: warning invalid-value 「model」には/m);
  });

  test('the config file itself can be checked', () => {
    const project = mkdtempSync(join(tmpdir(), 'wp27017-config-'));
    writeFileSync(join(project, '.wp27017.yaml'), 'locale: fr\nrulez: {}\n');
    const { code, stdout } = wp27017(['check', '.wp27017.yaml'], project);
    assert.equal(code, 1);
    assert.match(stdout, /\.wp27017\.yaml:1:9: error invalid-value/);
    assert.match(stdout, /\.wp27017\.yaml:2:1: error unknown-key Unknown key "rulez" in the top level\. Did you mean "rules"\?/);
  });

  test('coverage gaps are reported by default, weighted by the service model', () => {
    const project = mkdtempSync(join(tmpdir(), 'wp27017-gaps-'));
    writeFileSync(join(project, 'gaps.wp.yaml'), VALID);
    const { code, stdout } = wp27017(['check', 'gaps.wp.yaml'], project);
    assert.equal(code, 1, 'SaaS profile: CLD.8.1.5 missing is an error');
    assert.match(stdout, /^gaps\.wp\.yaml:\d+:\d+: error control-missing CLD\.8\.1\.5 Removal of cloud service customer assets is not answered/m);
    assert.match(stdout, /^1 file checked: \d+ errors, \d+ warnings, \d+ info$/m);
  });

  test('wp27017 coverage prints the control table, in JSON too', () => {
    const text = wp27017(['coverage', 'good.wp.yaml'], dir);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^good\.wp\.yaml: 1\/44 answered \(SaaS profile, 2013 numbering\)$/m);
    assert.match(text.stdout, /^  12\.3\.1 +8\.13 +Information backup +covered +Backup \(line 10\)$/m);
    assert.match(text.stdout, /^  CLD\.8\.1\.5 +Removal of cloud service customer assets +missing \(error\)$/m);
    const json = JSON.parse(wp27017(['coverage', 'good.wp.yaml', '--format', 'json', '--lang', 'ja'], dir).stdout);
    const backup = json.files[0].controls.find((c: { id: string }) => c.id === '12.3.1');
    assert.deepEqual(backup, { id: '12.3.1', ids2022: ['8.13'], title: '情報のバックアップ', status: 'covered', places: [{ label: 'Backup', line: 10 }] });
  });

  test('wp27017 import writes a whitepaper; check reads a published text in place', () => {
    const published = join(__dirname, '..', 'fixtures', 'published', 'angle-headings.ja.txt');
    const out = join(dir, 'imported.wp.yaml');
    const imported = wp27017(['import', published, '-o', out], dir);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(readFileSync(out, 'utf8'), /^  - title: "データの削除"\n    controls: \[CLD\.8\.1\.5\] # CLD\.8\.1\.5 heading words: データの削除 \(body: 契約の終了, 削除\)$/m);
    assert.match(imported.stderr, /wrote .*imported\.wp\.yaml: 5 sections/);
    const checked = wp27017(['check', published, '--lang', 'ja'], dir);
    // A missing control is held against the list of sections, which in a published text is the text itself: its start, not a heading that is right.
    assert.match(checked.stdout, /angle-headings\.ja\.txt:1:1: error control-missing 12\.6\.1/);
    assert.doesNotMatch(checked.stdout, /angle-headings\.ja\.txt:12:\d+: \w+ control-missing/);
    const coverage = wp27017(['coverage', published], dir);
    assert.match(coverage.stdout, /^  12\.3\.1 +8\.13 +Information backup +covered +バックアップ \(line 12\)$/m);
  });

  test('in a published text, a chapter number is not held against the control read from the heading', () => {
    const published = join(dir, 'chapters.txt');
    writeFileSync(published, 'サンプルクラウド セキュリティホワイトペーパー\n\n8.6. 第三者認証の取得について\n\n本サービスは外部の審査を毎年受けています。\n');
    const { stdout } = wp27017(['check', published, '--format', 'json'], dir);
    const rules = JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!rules.includes('title-numbering'), JSON.stringify(rules));
    assert.match(wp27017(['coverage', published], dir).stdout, /^  18\.2\.1 .* covered /m);
  });

  test('in a published text, coverage counts the topics of a heading its body takes up, and an incident heading as both incident controls', () => {
    const published = join(dir, 'topics.txt');
    writeFileSync(published, [
      'Sample Cloud security overview', '',
      '1. Logging and monitoring', '',
      'Access logs are recorded for every request and kept for one year.', '',
      '2. If something goes wrong', '',
      'Q. Will you tell us about a security incident?',
      'A. We notify the administrators by email within 48 hours.', '',
      'Q. Which law governs the contract?',
      'A. The laws of Ireland; the courts of Dublin hear any dispute.', '',
    ].join('\n'));
    const coverage = wp27017(['coverage', published], dir).stdout;
    assert.match(coverage, /^  12\.4\.1 .* covered +1\. Logging and monitoring \(line 3\)$/m);
    assert.match(coverage, /^  CLD\.12\.4\.5 .* missing/m, 'monitoring is named, not taken up');
    assert.match(coverage, /^  16\.1\.1 .* covered /m);
    assert.match(coverage, /^  16\.1\.2 .* covered /m);
    assert.match(coverage, /^  18\.1\.1 .* covered /m);
    assert.match(coverage, /^  15\.1\.2 .* missing/m, 'the contract is what the law governs');
  });

  test('a published help article: says what it was read as, asks the practice it states as the provider\'s own (ruling Q1); --as whitepaper asks everything', () => {
    const published = join(dir, 'restore.txt');
    writeFileSync(published, 'ノートを元に戻すには\n\n1. [ゴミ箱]をクリックします\n2. [元に戻す]をクリックします\n\nバックアップについて\n\nサービス全体のバックアップを取得していますが、個別のノートの復元はお受けしていません。\n');
    const rules = (args: string[]) => JSON.parse(wp27017(['check', published, '--format', 'json', ...args], dir).stdout).files[0];
    const asRead = rules(['--lang', 'en']);
    assert.ok(asRead.findings.some((f: { ruleId: string }) => f.ruleId === 'backup-retention'), 'the provider backs up the whole service: its retention is owed on a help article too');
    assert.equal(asRead.readAs.kind, 'help');
    assert.match(asRead.readAs.description, /^read as a help article/);
    const forced = rules(['--as', 'whitepaper']);
    assert.equal(forced.readAs.forced, true);
    assert.ok(forced.findings.some((f: { ruleId: string }) => f.ruleId === 'backup-retention'), 'read as a whitepaper, its backup section owes a retention');
    const text = wp27017(['check', published, '--lang', 'ja'], dir);
    assert.match(text.stderr, /restore\.txt: ヘルプ記事として読みました\(タイトルが操作の説明\): /);
    const bad = wp27017(['check', published, '--as', 'memo'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^wp27017: --as must be one of whitepaper, policy, help, faq, privacy, product, page, requirements, not "memo"/);
  });

  test('a question heading that opens a row of sections: read as a page, not an FAQ entry, and its hosting owes the place', () => {
    const published = join(dir, 'security.md');
    writeFileSync(
      published,
      '### Found a security issue?\n\nWrite to our security team.\n\n### Physical Security\n\nWe operate all our infrastructure in Google Cloud Platform data centers.\n\n### Network Security\n\nEvery service sits behind a firewall.\n\n### Encryption\n\nNotes are encrypted at rest with AES-256.\n',
    );
    const read = JSON.parse(wp27017(['check', published, '--format', 'json', '--lang', 'en'], dir).stdout).files[0];
    assert.equal(read.readAs.kind, 'page');
    assert.match(read.readAs.description, /^read as a page on one topic \(its first heading, a question, opens one of its sections\)/);
    assert.ok(read.findings.some((f: { ruleId: string; line: number }) => f.ruleId === 'data-location'), 'the hosting sentence owes the country');
    assert.match(wp27017(['check', published, '--lang', 'ja'], dir).stderr, /security\.md: 1つの話題についてのページとして読みました\(最初の見出し\(質問\)は節のひとつ\): /);
  });

  test('a published help article gets no control-missing findings; read as a whitepaper, it owes every expected control', () => {
    const plain = mkdtempSync(join(tmpdir(), 'wp27017-kind-'));
    writeFileSync(join(plain, 'cancel.txt'), 'How to cancel your subscription\n\n1. Open Settings and click Billing.\n2. Click Cancel subscription.\n\nWhen the subscription ends, your workspace data is deleted 30 days later. You can export it from Settings before then.\n');
    const missing = (args: string[]) =>
      JSON.parse(wp27017(['check', 'cancel.txt', '--format', 'json', ...args], plain).stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'control-missing').length;
    assert.equal(missing([]), 0);
    assert.ok(missing(['--as', 'whitepaper']) > 40);
  });

  test('unreadable input: names the file, checks the rest, exits 2', () => {
    const { code, stdout, stderr } = wp27017(['check', 'missing.wp.yaml', 'good.wp.yaml'], dir);
    assert.equal(code, 2);
    assert.equal(stderr, 'wp27017: missing.wp.yaml: no such file or folder\n');
    assert.match(stdout, /1 file checked/);
  });

  test('bad usage exits 2 with the reason and the usage', () => {
    for (const args of [[], ['lint', 'x'], ['check'], ['check', 'good.wp.yaml', '--format', 'xml'], ['check', '--bogus']]) {
      const { code, stderr } = wp27017(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^wp27017: .+\n[\s\S]*Usage: wp27017 check/, args.join(' '));
    }
  });

  test('--help and --version', () => {
    assert.match(wp27017(['--help'], dir).stdout, /^Usage: wp27017 check/);
    assert.match(wp27017(['--help', '--lang', 'ja'], dir).stdout, /^使い方: wp27017 check/);
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(wp27017(['--version'], dir).stdout, `${pkg.version}\n`);
  });
});
