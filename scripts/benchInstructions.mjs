// Counts instructions (valgrind's callgrind) where a clock on this shared 2-core machine says nothing: a whitepaper full
// of findings opened on a fresh analysis worker with the document already waiting, as an editor opens the file it
// starts with right after `initialize`, against a warm bare `yaml` parse of the same text (issue 14's target: open →
// first report ≤ 1.5× that parse).
//
//   node scripts/benchInstructions.mjs [--size 1m] [--lang ja|en] [--seed 1] [--dist dist] [--code-cache primed|none] [--keep DIR]
//                                      [--keystrokes N] [--open-after start|ready]
//   --keep DIR keeps the three callgrind files there (`callgrind_annotate --inclusive=yes DIR/open.callgrind` says where it went).
//
// Three counts, each a process of its own under callgrind (every thread of it: valgrind runs one at a time), switched
// on by `callgrind_control` once the process has read its text, so Node's own start is not counted:
// - **worker start**: a worker started as the server starts it (`workerLoader.js`, the server's flags and
//   environment, its young generation's limit) up to its "ready", no document;
// - **at once**: the same start with the document and its diagnostics request waiting, up to the first report;
// - **parse**: the fourth `parseDocument` of the text in one process, with the `yaml` of `node_modules` (as the
//   bench's reference parse), warm.
// --open-after ready starts the worker without its setup and posts the setup, the document and its request when the
// worker says it is ready, instead of before it starts: the real sequence, where the server starts its first worker with
// the process and the editor's didOpen comes after `initialize`, about when that worker has loaded its code and begun
// its warm-up (the "at once" count is then "after ready").
// With --keystrokes N, a fourth count instead of the three: the same worker with the whole report of the open, then
// KEYSTROKES_BEFORE keystrokes as the bench types them (`benchEdits.mjs`), each answered with its diagnostics, and the
// N after them counted: instructions per keystroke, once the code a keystroke runs has been optimised.
// Not under `--single-threaded`: any V8 flag the server does not have changes what V8 and Node take from their code
// caches. V8's compiler and collector threads are counted with the rest; when their work is done varies a little.
// With the code cache primed as the bench primes it: a worker left idle until it has written the cache.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { bodyLines, planEdit } from './benchEdits.mjs';
import { generateWhitepaper, parseSize } from './generateWhitepaper.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SERVER_FLAGS = JSON.parse(readFileSync(join(ROOT, 'protocol', 'serverNodeFlags.json'), 'utf8'));
const SERVER_ENV = JSON.parse(readFileSync(join(ROOT, 'protocol', 'serverEnv.json'), 'utf8'));
const SETUP = { docsBase: 'file:///rules/', capabilities: { relatedInformation: true, codeDescription: true } };
const CONTEXT = { config: { rules: {}, controls: { add: [], drop: {} } }, generation: 0, locale: 'ja' };
const URI = 'file:///bench.wp.yaml';
const KEYSTROKES_BEFORE = 24;

/**
 * The worker's young generation as the server asks for it (server/src/lsp/workerPool.ts). Every V8 flag is the
 * server's command line (protocol/serverNodeFlags.json): a build from before the thirty-fifth session set some at run
 * time and is counted by the script of its own tree.
 */
const YOUNG_GENERATION_MB = 6;

/** Switches callgrind's instrumentation on for this process; it must keep running to answer. */
function countFromHere() {
  return new Promise((done) => spawn('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' }).on('exit', done));
}

/** The worker's answer to `message`, a request with `id`, once it comes. */
function answer(worker, id, message) {
  return new Promise((done) => {
    const listen = (reply) => {
      if (reply.id !== id || !('result' in reply || 'error' in reply)) return;
      worker.off('message', listen);
      done(reply);
    };
    worker.on('message', listen);
    worker.postMessage(message);
  });
}

/** Opens the text, types KEYSTROKES_BEFORE keystrokes, then counts `counted` more. */
async function keystrokes(worker, text, lang, counted) {
  const lines = text.split('\n');
  const candidates = bodyLines(lines);
  let id = 0;
  const report = (version) => answer(worker, ++id, { type: 'request', id, uri: URI, version, context: CONTEXT, request: { kind: 'diagnostics' } });
  worker.postMessage({ type: 'open', uri: URI, version: 1, text });
  await report(1);
  for (let i = 0; i < KEYSTROKES_BEFORE + counted; i++) {
    if (i === KEYSTROKES_BEFORE) await countFromHere();
    const { line, character, insert } = planEdit(lines, candidates, i, lang);
    worker.postMessage({ type: 'change', uri: URI, version: i + 2, changes: [{ range: { start: { line, character }, end: { line, character } }, text: insert }] });
    await report(i + 2);
  }
  process.exit(0);
}

/** The counted process (or the one priming the cache): `what` on the text in `file`. */
async function inner(what, dist, file, codeCache, lang, counted, openAfter) {
  const text = readFileSync(file, 'utf8');
  if (what === 'parse') {
    const { parseDocument } = await import('yaml');
    for (let i = 0; i < 3; i++) parseDocument(text);
    await countFromHere();
    parseDocument(text);
    process.exit(0);
  }
  const start = (workerData) => new Worker(join(dist, 'workerLoader.js'), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  if (what === 'prime') {
    mkdirSync(codeCache, { recursive: true });
    start({ codeCache }).on('message', () => {});
    const poll = setInterval(() => {
      if (readdirSync(codeCache).some((name) => name.endsWith('.cache'))) process.exit(0);
    }, 100);
    setTimeout(() => clearInterval(poll) || process.exit(1), 120_000);
    return;
  }
  if (what === 'keys') return keystrokes(start({ codeCache, setup: SETUP }), text, lang, counted);
  await countFromHere();
  // Opened when ready, it is the worker the server starts with the process: no setup until `initialize`, a warm-up meanwhile.
  const worker = start(what === 'open' && openAfter === 'ready' ? { codeCache } : { codeCache, setup: SETUP });
  const open = () => {
    if (openAfter === 'ready') worker.postMessage({ type: 'setup', setup: SETUP });
    worker.postMessage({ type: 'open', uri: URI, version: 1, text });
    worker.postMessage({ type: 'request', id: 1, uri: URI, version: 1, context: CONTEXT, request: { kind: 'diagnostics', first: true } });
  };
  if (what === 'open' && openAfter === 'start') open();
  worker.on('message', (message) => {
    if (what === 'open' && openAfter === 'ready' && message.ready) open();
    if ((what === 'load' && message.ready) || (what === 'open' && ('first' in message || 'result' in message || 'error' in message))) process.exit(0);
  });
}

function run(what, dist, file, codeCache, out) {
  const node = [process.execPath, ...SERVER_FLAGS, import.meta.filename, '--inner', what, '--dist', dist, '--file', file, '--code-cache', codeCache ?? 'none', '--lang', values.lang, '--keystrokes', values.keystrokes, '--open-after', values['open-after']];
  const args = out ? ['valgrind', '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, ...node] : node;
  const done = spawnSync(args[0], args.slice(1), { env: { ...process.env, ...SERVER_ENV }, encoding: 'utf8', cwd: ROOT });
  if (done.status !== 0) throw new Error(`${what} failed:\n${done.stderr.slice(-2000)}`);
  if (!out) return 0;
  const counts = readFileSync(out, 'utf8');
  return Number((/^totals: (\d+)/m.exec(counts) ?? /^summary: (\d+)/m.exec(counts))[1]);
}

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1m' },
    lang: { type: 'string', default: 'ja' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string', default: 'dist' },
    'code-cache': { type: 'string', default: 'primed' },
    inner: { type: 'string' },
    file: { type: 'string' },
    keep: { type: 'string' },
    keystrokes: { type: 'string', default: '0' },
    'open-after': { type: 'string', default: 'start' },
  },
});

if (values.inner) {
  await inner(values.inner, values.dist, values.file, values['code-cache'] === 'none' ? undefined : values['code-cache'], values.lang, Number(values.keystrokes), values['open-after']);
} else {
  if (values['code-cache'] !== 'primed' && values['code-cache'] !== 'none') throw new Error(`--code-cache must be primed or none, not "${values['code-cache']}"`);
  if (values['open-after'] !== 'start' && values['open-after'] !== 'ready') throw new Error(`--open-after must be start or ready, not "${values['open-after']}"`);
  if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed: this script counts instructions with callgrind');
  const dist = resolve(values.dist);
  const folder = mkdtempSync(join(tmpdir(), 'wp27017-instructions-'));
  const counts = values.keep ? resolve(values.keep) : folder;
  if (values.keep) mkdirSync(counts, { recursive: true });
  try {
    const file = join(folder, 'text.wp.yaml');
    writeFileSync(file, generateWhitepaper(parseSize(values.size), { lang: values.lang, seed: Number(values.seed), heavy: true }));
    const codeCache = values['code-cache'] === 'primed' ? join(folder, 'code-cache') : undefined;
    if (codeCache) run('prime', dist, file, codeCache);
    const counted = Number(values.keystrokes);
    console.log(`${values.size} heavy (${values.lang}, seed ${values.seed}), ${dist}, code cache ${values['code-cache']}, node ${process.version}`);
    if (counted > 0) {
      const keys = run('keys', dist, file, codeCache, join(counts, 'keys.callgrind'));
      console.log(`per keystroke (${counted} after ${KEYSTROKES_BEFORE}):           ${(keys / counted / 1e6).toFixed(1)} M`);
    } else {
      const parse = run('parse', dist, file, codeCache, join(counts, 'parse.callgrind'));
      const load = run('load', dist, file, codeCache, join(counts, 'load.callgrind'));
      const open = run('open', dist, file, codeCache, join(counts, 'open.callgrind'));
      const m = (n) => `${(n / 1e6).toFixed(1)} M`;
      console.log(`warm bare parse:                          ${m(parse)}`);
      console.log(`worker start (to its "ready"):            ${m(load)}`);
      const when = values['open-after'] === 'ready' ? 'after ready' : 'at once';
      console.log(`${when}, worker start → first report: ${' '.repeat(11 - when.length)}${m(open)}  (${(open / parse).toFixed(2)}× the parse)`);
      console.log(`${when}, less the worker's start: ${' '.repeat(15 - when.length)}${m(open - load)}  (${((open - load) / parse).toFixed(2)}× the parse)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
