// Property tests (fast-check): random whitepapers and random edit sequences
// never make a rule fail, a warm analyzer always agrees with a cold one, and
// analysis time per KB is printed as a worst case (bounded only generously, to
// catch a hang); random CLI invocations never throw and exit 0, 1 or 2 as
// `wp27017 --help` documents. Seeds are fixed so a failure replays.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { createAnalyzer, type Analysis } from '../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../server/src/analyze/documentKind';
import { DEFAULT_CONFIG } from '../../server/src/config/config';
import { provideCompletion } from '../../server/src/features/completion';
import { provideHover } from '../../server/src/features/hover';
import { renderAnalysis } from '../../server/src/render/renderAnalysis';
import { run } from '../../server/src/cli/main';
import { VALID } from '../fixtures/minimal';

const WHITEPAPERS = 150;
const EDIT_SEQUENCES = 40;
const CLI_RUNS = 150;
/** Only a hang fails on time: a document of a few KB that takes this long is stuck, not slow. */
const HANG_MS = 20_000;

const tally = { whitepapers: 0, edits: 0, cli: 0, worstMsPerKb: 0, worstKb: 0 };
after(() => {
  console.log(
    `properties: ${tally.whitepapers} random whitepapers, ${tally.edits} random edits, ${tally.cli} random CLI runs; ` +
      `worst analysis time ${tally.worstMsPerKb.toFixed(2)} ms per KB (a ${tally.worstKb.toFixed(1)} KB document)`,
  );
});

// ---- random whitepapers, made of the pieces real ones are made of, and of pieces that break them

const words = fc.constantFrom(
  'Backups run daily', 'and are kept for 30 days.', 'バックアップは毎日取得し、７世代保管します。', 'Logs are kept for a certain period.',
  'ログは一定期間保存します。', 'Data is deleted within 90 days after termination.', '契約終了後３０日以内にデータを削除します。',
  'We notify customers promptly.', '障害は速やかに通知します。', 'TODO', '［要記入］', 'Example Clod', 'ExampleCloud', '2年間', '180日間',
  '| a | b |\n|:--|--:|\n| 1 | 2 |', '**bold**', '# heading', '- item', '😀', 'e\u0301', '\u0000', '\t', '\ufeff', ' '.repeat(200), '1'.repeat(50),
);
const body = fc.array(words, { minLength: 0, maxLength: 30 }).map((parts) => parts.join(' '));
const controlId = fc.oneof(
  fc.constantFrom('12.3.1', '12.4.1', 'CLD.8.1.5', '16.1.2', '18.1.1', '12.1.2', '12.4.4', '9.4.1', '8.13', '99.9.9', '12-3-1', 'A.12.3.1', ''),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(fc.constantFrom('Backup', 'バックアップ', '"quoted: value"', "'it''s'", '&anchor x', '*anchor', '[a, b]', '{a: 1}', '|', '>-', '~', 'null', '1', '-'), fc.string({ maxLength: 20 }));

const section = fc.record({ title: scalar, controls: fc.array(controlId, { maxLength: 4 }), body, block: fc.boolean(), facts: fc.option(fc.constantFrom('backup.retention: 30d', 'deletion.after_termination: 90d', 'log.retention.audit: 1y', 'nonsense: x'), { nil: undefined }) });

function sectionText(s: { title: string; controls: string[]; body: string; block: boolean; facts?: string }): string {
  const lines = [`  - title: ${s.title}`, `    controls: [${s.controls.map((c) => JSON.stringify(c)).join(', ')}]`];
  if (s.block) lines.push('    body: |', ...s.body.split('\n').map((l) => `      ${l}`));
  else lines.push(`    body: ${JSON.stringify(s.body)}`);
  if (s.facts) lines.push('    facts:', `      ${s.facts}`);
  return lines.join('\n');
}

const whitepaper = fc
  .record({
    lang: fc.constantFrom('en', 'ja', 'fr', ''),
    model: fc.constantFrom('SaaS', 'Saas', 'IaaS', 'PaaS', ''),
    numbering: fc.constantFrom('2013', '2022', '"2022"', 'x'),
    sections: fc.array(section, { minLength: 0, maxLength: 12 }),
    notApplicable: fc.array(fc.tuple(controlId, scalar), { maxLength: 3 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    junk: fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', ':', '- ', '  ', '"', '#', '---\n', '%YAML 1.2\n', '\t', '}', '&a ', '*a')), { maxLength: 3 }),
    suppress: fc.boolean(),
    /** Long documents too, so that time per KB is measured where it matters. */
    repeat: fc.constantFrom(1, 1, 1, 2, 5, 20),
  })
  .map((p) => {
    const lines = [
      ...(p.suppress ? ['# wp27017-disable vague-period -- tested elsewhere'] : []),
      'whitepaper: 1',
      `lang: ${p.lang}`,
      'title: Example Cloud Security Whitepaper',
      'service:',
      '  name: Example Cloud',
      '  provider: Example Inc.',
      `  model: ${p.model}`,
      `numbering: ${p.numbering}`,
      ...(p.notApplicable.length > 0 ? ['not_applicable:', ...p.notApplicable.map(([id, why]) => `  ${JSON.stringify(id)}: ${why}`)] : []),
      'sections:',
      ...Array.from({ length: p.repeat }, () => p.sections.map(sectionText)).flat(),
    ];
    let text = `${lines.join('\n')}\n`;
    for (const [at, piece] of p.junk) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text.replace(/\n/g, p.newline);
  });

function comparable(analysis: Analysis) {
  return {
    findings: analysis.findings.map((f) => ({ ...f, related: f.related ?? [] })),
    sections: analysis.model.sections,
    entries: analysis.model.entries.map((e) => e.key),
  };
}

function failures(analysis: Analysis): string[] {
  return analysis.findings.filter((f) => f.ruleId === 'analysis-incomplete' && f.messageId !== 'tooManyFindings').map((f) => JSON.stringify(f.data));
}

test('random whitepapers: no rule fails, rendering and editor features answer, time per KB stays bounded', () => {
  // Compiling the validators and warming the code up is no cost of a document.
  createAnalyzer(WHITEPAPER).analyze(VALID);
  fc.assert(
    fc.property(whitepaper, fc.nat(), (text, at) => {
      tally.whitepapers++;
      // The better of two cold analyses: one garbage collection is no property of the document.
      let analysis!: Analysis;
      let ms = Infinity;
      for (let i = 0; i < 2; i++) {
        const start = performance.now();
        analysis = createAnalyzer(WHITEPAPER).analyze(text);
        ms = Math.min(ms, performance.now() - start);
      }
      const kb = Math.max(text.length / 1024, 1);
      if (ms / kb > tally.worstMsPerKb) Object.assign(tally, { worstMsPerKb: ms / kb, worstKb: text.length / 1024 });
      assert.ok(ms < HANG_MS, `analysis took ${ms} ms`);
      assert.deepEqual(failures(analysis), []);
      renderAnalysis(analysis, DEFAULT_CONFIG, { locale: 'ja', review: true, standalone: true, fallbackTitle: 'x', generator: 'test' });
      const offset = at % (text.length + 1);
      provideHover(text, offset, WHITEPAPER, 'en');
      provideCompletion(text, offset, WHITEPAPER, 'ja');
    }),
    { numRuns: WHITEPAPERS, seed: 27017 },
  );
});

// ---- random edit sequences: incremental equals whole

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 8 }), insert: fc.oneof(fc.constantFrom('a', ' ', '\n', '\r\n', ':', '- ', '"', '日', '😀', '\n  - title: x\n    body: y\n', '#', 'sections:\n', '  ', '\t', '---\n'), fc.string({ maxLength: 6 })) });

test('random edit sequences: a warm analyzer agrees with a cold one after every edit, and no rule fails', () => {
  const starts = fc.oneof(whitepaper, fc.constant(VALID));
  fc.assert(
    fc.property(starts, fc.array(edit, { minLength: 1, maxLength: 15 }), (start, edits) => {
      const warm = createAnalyzer(WHITEPAPER);
      let text = start;
      warm.analyze(text);
      for (const e of edits) {
        tally.edits++;
        const i = Math.floor(e.at * text.length);
        text = text.slice(0, i) + e.insert + text.slice(i + e.remove);
        const incremental = warm.analyze(text);
        assert.deepEqual(comparable(incremental), comparable(createAnalyzer(WHITEPAPER).analyze(text)));
        assert.deepEqual(failures(incremental), []);
      }
    }),
    { numRuns: EDIT_SEQUENCES, seed: 2017 },
  );
});

// ---- random CLI invocations, in this process: an exception here is what the user would see as a stack trace

const STACK = /^\s+at .+[:(]/m;
const cliDir = mkdtempSync(join(tmpdir(), 'wp27017-prop-cli-'));
process.once('exit', () => rmSync(cliDir, { recursive: true, force: true }));

function resetCliFolder(): void {
  for (const entry of readdirSync(cliDir)) rmSync(join(cliDir, entry), { recursive: true, force: true });
  writeFileSync(join(cliDir, 'good.wp.yaml'), VALID);
  writeFileSync(join(cliDir, 'bad.wp.yaml'), VALID.replace('model: SaaS', 'model: Saas'));
  writeFileSync(join(cliDir, 'paper.txt'), '1. Backup\n\nBackups run daily and are kept for 7 generations.\n');
  writeFileSync(join(cliDir, '.wp27017.yaml'), '# defaults\n');
  mkdirSync(join(cliDir, 'folder'));
  writeFileSync(join(cliDir, 'folder', 'inner.wp.yaml'), VALID);
  symlinkSync('/dev/zero', join(cliDir, 'zero.wp.yaml'));
  execFileSync('mkfifo', [join(cliDir, 'pipe.wp.yaml')]);
}

const argument = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('good.wp.yaml', 'bad.wp.yaml', 'paper.txt', 'folder', '.', 'missing.wp.yaml', 'zero.wp.yaml', 'pipe.wp.yaml', '*.wp.yaml', 'no-*.yaml', '.wp27017.yaml') },
  { weight: 2, arbitrary: fc.constantFrom('--format', 'json', 'sarif', 'text', 'xml', '-f', '-o', 'out.txt', '-', 'missing/out.txt', 'folder', '--fix', '--review', '--pdf', '--lang', 'ja', 'en', 'fr', '--lang=ja', '-c', '--config', '--help', '-h', '--version', '--', '--bogus', '-x') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const invocation = fc.tuple(fc.constantFrom('check', 'coverage', 'render', 'import', 'frobnicate', ''), fc.array(argument, { maxLength: 6 }));

test('random CLI invocations never throw, never print a stack, and exit 0, 1 or 2', async () => {
  const saved = { cwd: process.cwd(), chromium: process.env.WP27017_CHROMIUM };
  process.env.WP27017_CHROMIUM = join(cliDir, 'no-chromium');
  try {
    await fc.assert(
      fc.asyncProperty(invocation, async ([command, args]) => {
        tally.cli++;
        resetCliFolder();
        process.chdir(cliDir);
        let stdout = '';
        let stderr = '';
        const argv = command ? [command, ...args] : args;
        const code = await run(argv, (t) => (stdout += t), (t) => (stderr += t));
        assert.ok([0, 1, 2].includes(code), `exit ${code}`);
        assert.doesNotMatch(stderr, STACK);
        assert.doesNotMatch(stdout, STACK);
        // Exit 0 and 1 are for a run that read what it was given; an error said on stderr means 2.
        if (code !== 2) assert.doesNotMatch(stderr, /cannot (read|write)|no such file|not a regular file|unknown option/, argv.join(' '));
      }),
      { numRuns: CLI_RUNS, seed: 27001 },
    );
  } finally {
    process.chdir(saved.cwd);
    if (saved.chromium === undefined) delete process.env.WP27017_CHROMIUM;
    else process.env.WP27017_CHROMIUM = saved.chromium;
  }
});
