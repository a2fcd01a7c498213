#!/usr/bin/env node
// Starts the built server many times, as the extension does (its flags and environment, stdio), asks `initialize`,
// and counts the starts that crashed: a crash at start one time in hundreds is what no test run shows.
//   node scripts/stressServerStart.mjs [--starts 1000] [--parallel 4] [--server dist/server.js]
// Prints how many answered, how many crashed (with the signal) and how many exited otherwise; exit code 1 on any crash.
// With `ulimit -c unlimited` a crash leaves a core file in the working folder for gdb (`bt`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLAGS = JSON.parse(readFileSync(join(ROOT, 'protocol', 'serverNodeFlags.json'), 'utf8'));
const ENV = JSON.parse(readFileSync(join(ROOT, 'protocol', 'serverEnv.json'), 'utf8'));
const { values } = parseArgs({ options: { starts: { type: 'string', default: '1000' }, parallel: { type: 'string', default: '4' }, server: { type: 'string', default: join(ROOT, 'dist', 'server.js') } } });
const STARTS = Number(values.starts);
const SERVER = resolve(values.server);

const frame = (message) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** One start: `initialize`, then `shutdown` and `exit` once answered. Resolves to 'answered', 'crashed:SIGNAL' or 'exited:CODE'. */
function start() {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...ENV, ...process.env } });
    let answered = false;
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdin.on('error', () => {});
    child.stdout.on('data', (data) => {
      out += data;
      if (answered || !out.includes('"id":1')) return;
      answered = true;
      child.stdin.write(frame({ method: 'initialized', params: {} }) + frame({ id: 2, method: 'shutdown' }) + frame({ method: 'exit' }));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal && signal !== 'SIGKILL') done(`crashed:${signal}`);
      else done(answered ? 'answered' : `exited:${code ?? signal}`);
    });
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' } }));
  });
}

const counts = new Map();
let started = 0;
async function lane() {
  while (started < STARTS) {
    started++;
    const outcome = await start();
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    if (outcome !== 'answered') process.stderr.write(`start ${started}: ${outcome}\n`);
  }
}
await Promise.all(Array.from({ length: Number(values.parallel) }, lane));
console.log(`${STARTS} starts of ${SERVER} (${FLAGS.join(' ')}):`);
for (const [outcome, n] of [...counts].sort()) console.log(`  ${outcome}: ${n}`);
process.exitCode = [...counts.keys()].some((outcome) => outcome.startsWith('crashed')) ? 1 : 0;
