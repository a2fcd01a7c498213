// `npm run eval:corpus` (scripts/evalCorpus.mjs): the scorer itself, not the
// checker's accuracy. A stand-in CLI prints fixed findings for a made-up
// annotated text, so every count below follows from the matching rules; then
// the real build is scored on the in-repo fixtures with no external corpus.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const SCORER = join(ROOT, 'scripts', 'evalCorpus.mjs');

function score(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCORER, ...args], {
    encoding: 'utf8',
    env: { ...process.env, WP27017_EVAL_CORPUS: '', WP27017_SHARED_CORPUS: '', ...env },
    timeout: 900_000,
    // The fixtures' JSON report passed spawnSync's 1 MB default at 381 fixtures, and the scorer was killed mid-write.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEXT = ['Example Notes', '', 'Backups', 'Backups are taken daily.', 'Logs', '  1. audit log', 'Notices', 'Changes are announced.', 'Location', 'Vague line'].join('\n');

const finding = (ruleId: string, line: number) => ({ ruleId, severity: 'warning', message: `${ruleId} here`, line, column: 1, endLine: line, endColumn: 2, related: [] });

// Answers check, coverage and import as the real CLI would, for any file.
const FAKE_CLI = `
const [command, path] = process.argv.slice(2);
if (path.includes('broken')) { process.stderr.write('wp27017: cannot read it\\n'); process.exit(2); }
const out = (value, code) => { process.stdout.write(typeof value === 'string' ? value : JSON.stringify(value)); process.exit(code); };
if (command === 'check') out({ files: [{ path, findings: ${JSON.stringify([
  finding('backup-retention', 4),
  finding('vague-period', 7),
  finding('change-notice', 8),
  finding('data-location', 9),
  finding('missing-key', 1),
  finding('control-missing', 1),
])} }] }, 1);
if (command === 'coverage') out({ files: [{ path, controls: [
  { id: '12.3.1', status: 'covered', places: [{ label: 'Backups', line: 3 }] },
  { id: '5.1.1', status: 'covered', places: [{ label: 'Notices', line: 7 }] },
  { id: '12.4.1', status: 'missing', places: [] },
] }] }, 0);
if (command === 'import') out('sections:\\n  - title: "Backups"\\n  - title: "1. audit log"\\n', 0);
process.exit(2);
`;

function annotation(id: string, split: string, cut: boolean) {
  return {
    id,
    provider: `made-up ${id}`,
    lang: 'en',
    split,
    cut,
    complete: !cut,
    source: { corpus: 'test' },
    controls: ['12.3.1', '12.4.1'],
    controlsPartial: [],
    gaps: {
      'backup-retention': [{ lines: [3, 4] }],
      'vague-period': [{ lines: [10, 10] }],
      'change-notice': [{ lines: [8, 8], optional: true }],
      'data-location': [],
    },
    lists: [[6, 6]],
  };
}

describe('eval:corpus scorer', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp-eval-'));
    mkdirSync(join(dir, 'annotations'));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'cli.js'), FAKE_CLI);
    for (const [id, split, cut] of [['full', 'tune', false], ['cut', 'heldout', true], ['fresh', 'heldout2', false], ['fresh3', 'heldout3', false]] as const) {
      writeFileSync(join(dir, 'annotations', `${id}.json`), JSON.stringify(annotation(id, split, cut)));
      writeFileSync(join(dir, 'corpus', `${id}.txt`), TEXT);
    }
    mkdirSync(join(dir, 'fixtures'));
    writeFileSync(join(dir, 'annotations', 'broken.json'), JSON.stringify(annotation('broken', 'fixtures', false)));
    writeFileSync(join(dir, 'fixtures', 'broken.txt'), TEXT);
  });

  const run = (...extra: string[]) =>
    score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--json', ...extra]);

  test('a finding in an annotated gap is a true positive; elsewhere a false positive; a gap nothing reached a false negative', () => {
    const { code, stdout, stderr } = run('--split', 'tune');
    assert.equal(code, 0, stderr);
    const [doc] = JSON.parse(stdout).groups.tune.documents;
    const counts = (rule: string) => {
      const { tp, fp, fn } = doc.rules[rule];
      return { tp, fp, fn };
    };
    assert.deepEqual(counts('backup-retention'), { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(counts('vague-period'), { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(counts('change-notice'), { tp: 0, fp: 0, fn: 0 }, 'an optional gap counts neither way');
    assert.deepEqual(counts('data-location'), { tp: 0, fp: 1, fn: 0 }, '[] means the rule must stay silent');
    assert.equal(doc.rules['clock-source'].annotated, false, 'a rule left out of gaps is not scored');
    assert.deepEqual({ tp: doc.controls.tp, fp: doc.controls.fp, fn: doc.controls.fn }, { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(doc.artifacts.map((a: { rule: string; line: number }) => `${a.rule}:${a.line}`), ['missing-key:1', 'list-item-section:6']);
  });

  test('micro figures sum the documents of a group', () => {
    const summary = JSON.parse(run('--split', 'tune').stdout).groups.tune.summary;
    assert.equal(summary.controls.precision, 0.5);
    assert.equal(summary.controls.recall, 0.5);
    assert.equal(summary.prose.tp, 1);
    assert.equal(summary.prose.fp, 2);
    assert.equal(summary.prose.fn, 1);
    assert.deepEqual(summary.artifacts, { schemaFindings: 1, listItemSections: 1 });
    assert.deepEqual(summary.complete, { documents: 1, warnings: 6 }, 'every warning on a whitepaper annotated as complete counts');
  });

  test('on a cut document only false positives count; held-out documents show aggregates unless asked', () => {
    const hidden = JSON.parse(run('--split', 'heldout').stdout).groups.heldout;
    assert.deepEqual(hidden.documents, [{ id: 'cut', cut: true }]);
    assert.equal(hidden.summary.prose.fn, 0);
    assert.equal(hidden.summary.controls.fn, 0);
    assert.equal(hidden.summary.prose.fp, 2);
    const shown = JSON.parse(run('--split', 'heldout', '--show-heldout-errors').stdout).groups.heldout;
    assert.equal(shown.documents[0].rules['vague-period'].errors.length, 1);
  });

  test('heldout2 is held out like heldout: its own group, aggregates only unless asked, in the JSON and in --compare', () => {
    const { code, stdout } = run('--split', 'heldout2');
    assert.equal(code, 0);
    const groups = JSON.parse(stdout).groups;
    assert.deepEqual(Object.keys(groups), ['heldout2']);
    assert.deepEqual(groups.heldout2.documents, [{ id: 'fresh', cut: false }]);
    assert.deepEqual({ tp: groups.heldout2.summary.prose.tp, fp: groups.heldout2.summary.prose.fp, fn: groups.heldout2.summary.prose.fn }, { tp: 1, fp: 2, fn: 1 });
    assert.equal(JSON.parse(run('--split', 'heldout2', '--show-heldout-errors').stdout).groups.heldout2.documents[0].rules['vague-period'].errors.length, 2);

    const args = ['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js')];
    const text = score([...args, '--split', 'heldout2']).stdout;
    assert.match(text, /=== heldout2 \(aggregate only; not for tuning\): 1 document/);
    assert.doesNotMatch(text, /fresh:/, 'no per-document error of heldout2 is printed');
    assert.match(score([...args, '--split', 'heldout2', '--show-heldout-errors']).stdout, /fresh:7 vague-period FP/);

    const saved = join(dir, 'before-heldout2.json');
    writeFileSync(saved, run('--split', 'tune').stdout);
    const compared = score([...args, '--compare', saved]).stdout;
    assert.match(compared, /heldout2: not in the saved output; now 1 documents\n {2}control recognition F1 0\.50/);
    assert.doesNotMatch(compared, /fresh:/);
  });

  test('heldout3, and any later heldoutN, is held out like heldout2: its own group after heldout2, aggregates only unless asked, part of all and of --compare', () => {
    const groups = JSON.parse(run('--split', 'heldout3').stdout).groups;
    assert.deepEqual(Object.keys(groups), ['heldout3']);
    assert.deepEqual(groups.heldout3.documents, [{ id: 'fresh3', cut: false }]);
    assert.equal(JSON.parse(run('--split', 'heldout3', '--show-heldout-errors').stdout).groups.heldout3.documents[0].rules['vague-period'].errors.length, 2);
    assert.deepEqual(Object.keys(JSON.parse(run().stdout).groups), ['tune', 'heldout', 'heldout2', 'heldout3', 'fixtures']);

    const args = ['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js')];
    const text = score([...args, '--split', 'heldout3']).stdout;
    assert.match(text, /=== heldout3 \(aggregate only; not for tuning\): 1 document/);
    assert.doesNotMatch(text, /fresh3:/, 'no per-document error of heldout3 is printed');
    assert.match(score([...args, '--split', 'heldout3', '--show-heldout-errors']).stdout, /fresh3:7 vague-period FP/);

    const saved = join(dir, 'before-heldout3.json');
    writeFileSync(saved, run('--split', 'heldout2').stdout);
    const compared = score([...args, '--compare', saved]).stdout;
    assert.match(compared, /heldout3: not in the saved output; now 1 documents\n {2}control recognition F1 0\.50/);
    assert.doesNotMatch(compared, /fresh3:/);

    const later = mkdtempSync(join(tmpdir(), 'wp-eval-later-'));
    writeFileSync(join(later, 'fresh4.json'), JSON.stringify(annotation('fresh4', 'heldout4', false)));
    writeFileSync(join(dir, 'corpus', 'fresh4.txt'), TEXT);
    const laterText = score(['--annotations', later, '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--split', 'heldout4']);
    assert.equal(laterText.code, 0, laterText.stderr);
    assert.match(laterText.stdout, /=== heldout4 \(aggregate only; not for tuning\): 1 document\b/);
    const all = JSON.parse(score(['--annotations', later, '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--json']).stdout).groups;
    assert.deepEqual(Object.keys(all), ['tune', 'heldout', 'heldout2', 'heldout4', 'fixtures'], '--split all gives heldout4 its own group');
    assert.deepEqual(all.heldout4.documents, [{ id: 'fresh4', cut: false }], 'heldout4 shows aggregates only');
  });

  test('the text report lists each error with its document and line', () => {
    const { stdout } = score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--split', 'tune']);
    assert.match(stdout, /full:7 vague-period FP/);
    assert.match(stdout, /full:10 vague-period FN/);
    assert.match(stdout, /full:6 list-item-section ARTIFACT/);
    assert.match(stdout, /full:7 control 5\.1\.1 FP/);
    assert.match(stdout, /warnings on complete whitepapers: 6 on 1 \(target 0\)/);
    const withLines = score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--split', 'tune', '--show-lines']).stdout;
    assert.match(withLines, /full:4 backup-retention WARN[^\n]*\n {6}\| Backups are taken daily\./);
  });

  test('--compare prints before → after against a saved --json output', () => {
    const saved = join(dir, 'before.json');
    writeFileSync(saved, run('--split', 'tune').stdout);
    const { code, stdout } = score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--split', 'tune', '--compare', saved]);
    assert.equal(code, 0);
    assert.match(stdout, /tune: 1 → 1 documents\n {2}control recognition F1 0\.50 → 0\.50/);
    assert.match(stdout, /vague-period +P 0\.00 → 0\.00, R 0\.00 → 0\.00 {2}\(0\/1\/1 → 0\/1\/1\)/);
  });

  test('a rebuilt corpus is checked against the fingerprints of the texts that were annotated, and scoring warns of a text that differs', () => {
    const texts = join(dir, 'texts.json');
    const withTexts = (...extra: string[]) =>
      score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js'), '--texts', texts, ...extra]);
    assert.match(withTexts('--split', 'tune', '--record-texts').stdout, /recorded the fingerprints of 1 texts/);
    const same = withTexts('--split', 'tune', '--check-texts');
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /external texts: 1 as annotated, 0 differ, 0 unrecorded, 0 absent/);

    writeFileSync(join(dir, 'corpus', 'full.txt'), `${TEXT}\nA line fetched later`);
    try {
      const differs = withTexts('--split', 'tune', '--check-texts');
      assert.equal(differs.code, 1);
      assert.match(differs.stdout, /differs: full \(11 lines; the annotated text had 10\)/);
      assert.match(withTexts('--split', 'tune').stderr, /warning: 1 external text\(s\) differ from the annotated ones[^\n]*: full/);
      assert.match(withTexts('--split', 'heldout', '--check-texts').stdout, /unrecorded: cut/);
    } finally {
      writeFileSync(join(dir, 'corpus', 'full.txt'), TEXT);
    }
  });

  test('a document the CLI fails on is named, left out of the figures, and makes the exit code 1', () => {
    const { code, stdout, stderr } = score(['--annotations', join(dir, 'annotations'), '--corpus', join(dir, 'corpus'), '--cli', join(dir, 'cli.js')]);
    assert.equal(code, 1);
    assert.match(stderr, /NOT SCORED broken: .*cannot read it/);
    assert.match(stdout, /1 document\(s\) NOT SCORED because the CLI failed on them/);
    assert.match(stdout, /=== tune: 1 document\b/);
  });

  test('bad options exit 2 with one readable line first', () => {
    const { code, stderr } = score(['--split', 'everything']);
    assert.equal(code, 2);
    assert.match(stderr.split('\n')[0], /--split must be tune, heldout, heldout2, heldout3 \(any heldoutN\), fixtures or all/);
  });

  test('a CLI that is not built exits 2 and says to build it, not a parser error per document', () => {
    const { code, stderr } = score(['--split', 'fixtures', '--cli', join(tmpdir(), 'wp-eval-no-such-build', 'cli.js')]);
    assert.equal(code, 2);
    assert.match(stderr, /no CLI at .*wp-eval-no-such-build.*: run `npm run build` first, or pass --cli PATH/);
    assert.doesNotMatch(stderr, /Unexpected end of JSON input/);
  });
});

describe('eval:corpus on this repository', () => {
  test('scores the in-repo fixtures with the built CLI, and says where it looked for the absent corpus', () => {
    const missing = join(tmpdir(), 'wp-eval-no-such-corpus');
    // The message needs one fixture; every fixture is scored once, for the JSON (two full runs took 15 min under load).
    const oneFixture = readdirSync(join(ROOT, 'eval', 'fixtures'))[0].replace(/\.[^.]+$/, '');
    const text = score(['--split', 'fixtures', '--corpus', missing, '--only', oneFixture]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`external corpus: not found; looked in ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(text.stdout, /--corpus DIR or WP27017_EVAL_CORPUS=DIR/);

    const json = score(['--split', 'fixtures', '--corpus', missing, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    const fixtures = readdirSync(join(ROOT, 'eval', 'fixtures')).length;
    assert.equal(report.groups.fixtures.documents.length, fixtures, 'every fixture is annotated and scored');
    assert.equal(report.corpus, null);
    assert.equal(json.stderr.includes('annotation skipped'), false, json.stderr);
  });
});
