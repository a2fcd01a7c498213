// Prints how long `wp27017 check` takes on a 40-page PDF and a 40-page Word
// file (test/fixtures/formats/bench, written by scripts/genFormatFixtures.ts),
// and the peak memory of the process: the bundled CLI, as a user runs it.
// Run by `npm run bench` after the build; no test times anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'wp27017-bench-'));
const probe = join(work, 'probe.cjs');
// CPU time beside wall time: on a busy machine the wall clock measures the neighbours.
writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nwp27017-bench ${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`); });\n");

const RUNS = 5;
const files = [
  ['40-page PDF', 'test/fixtures/formats/bench/long.ja.pdf'],
  ['40-page Word file', 'test/fixtures/formats/bench/long.ja.docx'],
];

console.log('\nPublished formats: wp27017 check (median of %d runs, whole process)', RUNS);
for (const [label, file] of files) {
  const times = [];
  const cpu = [];
  let rss = 0;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', probe, cli, 'check', join(root, file), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.status === 2) throw new Error(`${file}: ${run.stderr}`);
    const [, maxRss, cpuMs] = /wp27017-bench (\d+) ([\d.]+)/.exec(run.stderr) ?? [];
    rss = Math.max(rss, Number(maxRss ?? 0));
    cpu.push(Number(cpuMs ?? 0));
    findings = JSON.parse(run.stdout).files[0].findings.length;
  }
  const median = (list) => list.sort((a, b) => a - b)[list.length >> 1].toFixed(0).padStart(6);
  console.log(`  ${label.padEnd(18)} ${median(times)} ms wall ${median(cpu)} ms CPU   peak RSS ${(rss / 1024).toFixed(0)} MB   ${findings} findings`);
}
rmSync(work, { recursive: true, force: true });
