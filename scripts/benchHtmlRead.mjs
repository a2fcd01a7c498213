// Prints how long the HTML reader takes on a generated 1 MB and 5 MB web page, and the most heap it holds while
// reading: the cost of tracing each character to its place in the source (read/tracedText.ts). Each read runs in a
// fresh process, so one read's heap does not flatter the next; the peak is the largest heap V8 reports before any of
// its collections (--trace-gc), or after the read if that is larger. Run by `npm run bench` (bench.mjs --formats);
// no test times anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 3;
const SIZES = [
  ['1 MB', 1 << 20],
  ['5 MB', 5 << 20],
];

/** A provider's disclosure page as the readers meet one: headings, paragraphs with inline tags and entities, wrapped Japanese lines, lists, tables. */
function page(bytes) {
  const parts = ['<!DOCTYPE html>\n<html lang="ja">\n<head><title>Security whitepaper</title></head>\n<body>\n<nav><a href="/">Home</a></nav>\n<main>\n<h1>Security &amp; compliance</h1>\n'];
  let size = parts[0].length;
  for (let n = 1; size < bytes; n++) {
    const section = [
      `<h2 id="s${n}">${n}. Backups &amp; retention</h2>`,
      `<p>Backups are taken <b>every day</b> and kept for <a href="/r">30&nbsp;days</a>; access is   logged\n  and reviewed by the <em>security team</em> of section ${n}.</p>`,
      `<p>当社はお客様のデータを\n国内のデータセンターで保管し、\n定期的にバックアップを取得します（第${n}条）。</p>`,
      '<ul>\n  <li>Encryption at rest &mdash; AES-256</li>\n  <li>Encryption in transit: TLS&nbsp;1.2 or later\n    <ul><li>HSTS on every host</li></ul></li>\n</ul>',
      `<table>\n<tr><th>Log</th><th>Period</th></tr>\n<tr><td>Audit log ${n}</td><td>1&nbsp;year</td></tr>\n</table>`,
    ].join('\n');
    parts.push(section, '\n');
    size += section.length + 1;
  }
  parts.push('</main>\n<footer>© Acme</footer>\n</body>\n</html>\n');
  return parts.join('');
}

const work = mkdtempSync(join(tmpdir(), 'wp27017-bench-html-'));
try {
  const reader = join(work, 'readHtml.cjs');
  await esbuild.build({ entryPoints: [join(root, 'server/src/read/readHtml.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: reader, logLevel: 'error' });
  const child = join(work, 'read.cjs');
  writeFileSync(
    child,
    `const { readFileSync } = require('node:fs');
const { readHtml } = require(${JSON.stringify(reader)});
(async () => {
  const source = readFileSync(process.argv[2], 'utf8');
  // parse5 loaded before the clock starts, as a server that has read a page before has it.
  await readHtml('<p>x</p>', 'html');
  const started = process.hrtime.bigint();
  const read = await readHtml(source, 'html');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write('\\nwp27017-read ' + ms + ' ' + process.memoryUsage().heapUsed + ' ' + read.blocks.length + '\\n');
})();
`,
  );
  console.log('\nHTML reader: readHtml on a generated page (median of %d runs, a fresh process each)', RUNS);
  for (const [label, bytes] of SIZES) {
    const file = join(work, `page-${bytes}.html`);
    writeFileSync(file, page(bytes));
    const times = [];
    const peaks = [];
    let blocks = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = spawnSync(process.execPath, ['--trace-gc', child, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const [, ms, heapAfter, count] = /wp27017-read ([\d.]+) (\d+) (\d+)/.exec(run.stderr) ?? [];
      if (!ms) throw new Error(`${label}: ${run.stderr}`);
      // "Mark-Compact 412.3 (430.1) -> 300.2 (310.0) MB": the first figure is the heap in use when the collection started.
      const before = [...run.stdout.matchAll(/: [\w-]+(?: \([^)]*\))? ([\d.]+) \([\d.]+\) ->/g)].map((m) => Number(m[1]));
      times.push(Number(ms));
      peaks.push(Math.max(Number(heapAfter) / 2 ** 20, ...before));
      blocks = Number(count);
    }
    const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
    console.log(`  ${label.padEnd(6)} ${median(times).toFixed(0).padStart(6)} ms   peak heap ${median(peaks).toFixed(0).padStart(4)} MB   ${blocks} blocks`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
