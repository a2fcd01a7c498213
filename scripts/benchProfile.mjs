// Where the language server spends an open and a keystroke, thread by thread.
// `bench.mjs` says how long they take; this says why. It spawns the server with
// V8's sampling profiler on (every JavaScript thread writes its own profile),
// opens one generated whitepaper as an editor does, types into it, and cuts each
// thread's profile at the moments the client saw: didOpen, the first report, the
// full report, and each keystroke's answer. Each window is then split into the
// stages of the analysis, by the functions on the sampled stacks.
//
//   node esbuild.mjs && node scripts/benchProfile.mjs [--size 1m] [--heavy] [--pull] [--edits 5] [--wait 0]
//                                                      [--top 12] [--server dist/server.js] [--code-cache DIR] [--keep DIR]
//   Profile a development build (`node esbuild.mjs`, not `--production`): a minified bundle has no function names.
//   --wait MS waits that long between `initialized` and didOpen (the analysis worker warms up meanwhile):
//   against --wait 0 (what an editor does when a whitepaper starts the extension) it shows what the cold start costs.
//   --code-cache DIR gives the server that folder for V8's code cache, as the extension does (the first run writes it).
//   --keep DIR keeps the .cpuprofile files (Chrome DevTools opens them); otherwise they are removed.
//   WP_BENCH_NODE_FLAGS="--heap-growing-percent=35" adds V8 flags for the server, as for bench.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { generateWhitepaper, parseSize } from './generateWhitepaper.mjs';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(resolve(SCRIPTS, '..', 'protocol', 'serverNodeFlags.json'), 'utf8'));
const SERVER_ENV = JSON.parse(readFileSync(resolve(SCRIPTS, '..', 'protocol', 'serverEnv.json'), 'utf8'));
const SAMPLE_US = 250;

/**
 * The stages a sample is counted in: the first function of the list found on its stack (innermost first wins for the
 * ones nested in another, so the list runs from the most specific). Names are the source's: a development build keeps them.
 * A third name is one that, also on the stack, takes the sample from that stage: the warm-up handles a message it finds
 * waiting (analysisWorker.ts), and that is the document's work, counted by its own stages.
 */
const STAGES = [
  ['(garbage collector)', 'GC'],
  ['(idle)', 'idle'],
  ['(program)', 'V8 (program)'],
  ['warmUp', 'worker warm-up', 'handle'],
  ['prepareAnalyzers', 'schemas compiled'],
  ['applyChanges', 'text updated'],
  ['convert', 'findings → diagnostics'],
  ['sameReport', 'report compared'],
  ['syntaxReport', 'first report'],
  ['parseSegment', 'YAML parse'],
  ['readProse', 'prose read'],
  ['checkSection', 'section rules'],
  ['finishSegment', 'schema, model'],
  ['segmentsAfterEdit', 'segments split'],
  ['splitSegments', 'segments split'],
  ['parsedFor', 'segments looked up'],
  ['partFindings', 'rules by part'],
  ['checkDocument', 'document rules'],
  ['placeFindings', 'findings placed'],
  ['movePart', 'models moved'],
  ['assemble', 'assembly (other)'],
  ['withLineFeeds', 'text flattened'],
  ['analyze', 'analysis (other)'],
  ['decode', 'message decoded'],
  ['Module._load', 'code loaded'],
  ['loadBundle', 'code loaded'],
];

function usage() {
  return 'usage: node scripts/benchProfile.mjs [--size 1m] [--heavy] [--pull] [--edits 5] [--wait 0] [--top 12] [--server dist/server.js] [--code-cache DIR] [--keep DIR]';
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1m' },
      heavy: { type: 'boolean', default: false },
      pull: { type: 'boolean', default: false },
      edits: { type: 'string', default: '5' },
      wait: { type: 'string', default: '0' },
      top: { type: 'string', default: '12' },
      server: { type: 'string', default: resolve(SCRIPTS, '..', 'dist', 'server.js') },
      keep: { type: 'string' },
      'code-cache': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  return { ...values, edits: Number(values.edits), wait: Number(values.wait), top: Number(values.top) };
}

/** Microseconds on the monotonic clock V8's profiler stamps its samples with. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Opens the text, types into it, and returns the client's marks (µs): [label, start, end] per window. */
async function drive(options, text, profileDir) {
  const flags = [...SERVER_NODE_FLAGS, ...(process.env.WP_BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-interval=${SAMPLE_US}`];
  const codeCache = options['code-cache'] ? [`--code-cache=${resolve(options['code-cache'])}`] : [];
  const child = spawn(process.execPath, [...flags, options.server, '--stdio', ...codeCache], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...SERVER_ENV, ...process.env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let refreshed = () => {};
  connection.onRequest('workspace/diagnostic/refresh', () => (refreshed(), null));
  connection.onRequest(() => null);
  connection.onNotification(() => {});
  connection.listen();
  const pull = options.pull;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true }, ...(pull ? { diagnostic: {} } : {}) },
      workspace: pull ? { diagnostics: { refreshSupport: true } } : {},
    },
    locale: 'ja',
  });
  await connection.sendNotification('initialized', {});
  if (options.wait > 0) await new Promise((resolveAfter) => setTimeout(resolveAfter, options.wait));
  const uri = 'file:///profile/whitepaper.wp.yaml';
  const marks = [];
  // Push: the answer to a request sent after the open (or an edit) marks its analysis done, publish or not.
  const done = () => connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const opened = nowUs();
  const refresh = new Promise((resolveOn) => (refreshed = resolveOn));
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iso27017-whitepaper', version: 1, text } });
  if (pull) {
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const first = nowUs();
    marks.push(['open → first report', opened, first]);
    const ended = done().then(() => 'ended');
    if ((await Promise.race([refresh.then(() => 'refresh'), ended])) === 'refresh') await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await ended;
    marks.push(['first → full report', first, nowUs()]);
  } else {
    await done();
    marks.push(['open → full report', opened, nowUs()]);
  }
  const lines = text.split('\n');
  const body = lines.flatMap((line, i) => (/^\s+[^\s\-#][^:]*$/.test(line) && line.trim().length > 8 ? [i] : []));
  const edits = [];
  for (let i = 0; i < options.edits; i++) {
    // A pause first, so that no keystroke's window holds what the one before left to the collector's threads.
    await new Promise((resolveAfter) => setTimeout(resolveAfter, 300));
    const line = body[Math.floor(((0.5 + i * 0.6180339887) % 1) * body.length)];
    const character = Math.floor(lines[line].length / 2);
    const insert = `改訂${'あいうえおかきくけこ'[i % 10]}`;
    lines[line] = lines[line].slice(0, character) + insert + lines[line].slice(character);
    const start = nowUs();
    const change = { range: { start: { line, character }, end: { line, character } }, text: insert };
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    if (pull) await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    else await done();
    edits.push([start, nowUs()]);
  }
  if (edits.length > 0) marks.push([`${edits.length} keystrokes (summed)`, edits]);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolveOnExit) => child.on('exit', resolveOnExit));
  connection.dispose();
  return marks;
}

/** Per sample: its time (µs, the profiler's clock), how long it stands for, and its stack's function names. */
function samplesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stacks = new Map();
  const stackOf = (id) => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let at = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at).callFrame);
      stacks.set(id, stack);
    }
    return stack;
  };
  const samples = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    samples.push({ time, length: profile.timeDeltas[i + 1] ?? 0, stack: stackOf(profile.samples[i]) });
  }
  return samples;
}

function stageOf(stack) {
  const onStack = (name) => stack.some((frame) => frame.functionName === name);
  for (const [name, stage, unless] of STAGES) if (onStack(name) && !(unless && onStack(unless))) return stage;
  return 'other';
}

const label = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;

function report(thread, samples, windows, top) {
  const stages = new Map();
  const self = new Map();
  let busy = 0;
  for (const sample of samples) {
    if (!windows.some(([from, to]) => sample.time >= from && sample.time <= to)) continue;
    const ms = sample.length / 1000;
    const stage = stageOf(sample.stack);
    stages.set(stage, (stages.get(stage) ?? 0) + ms);
    if (stage === 'idle') continue;
    busy += ms;
    const key = label(sample.stack[0]);
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  const rows = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `      ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  console.log(`  ${thread}: ${busy.toFixed(0)} ms busy`);
  console.log(rows(stages, STAGES.length + 1).join('\n'));
  console.log(`    most self time:\n${rows(self, top).join('\n')}`);
}

async function main() {
  const options = readOptions();
  const text = generateWhitepaper(parseSize(options.size), { lang: 'ja', seed: 1, heavy: options.heavy });
  const parses = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    parseDocument(text);
    parses.push(performance.now() - start);
  }
  const profileDir = options.keep ? resolve(options.keep) : mkdtempSync(join(tmpdir(), 'wp27017-profile-'));
  try {
    const marks = await drive(options, text, profileDir);
    const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
    console.log(`${options.size}${options.heavy ? ' heavy' : ''}, ${options.pull ? 'pull' : 'push'}; a bare yaml parse of the text: ${parses[0].toFixed(0)} ms cold, ${Math.min(...parses.slice(1)).toFixed(0)} ms warm (in this process)`);
    const threads = files.map((name) => {
      // Node names a profile CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile: thread 0 is the main thread.
      const threadId = Number(name.split('.')[4]);
      return { name: threadId === 0 ? 'main thread' : `worker ${threadId}`, samples: samplesOf(JSON.parse(readFileSync(join(profileDir, name), 'utf8'))) };
    });
    for (const [title, from, to] of marks) {
      const windows = Array.isArray(from) ? from : [[from, to]];
      const wall = windows.reduce((sum, [start, end]) => sum + (end - start), 0) / 1000;
      console.log(`\n${title}: ${wall.toFixed(0)} ms on the client's clock`);
      for (const thread of threads) report(thread.name, thread.samples, windows, options.top);
    }
  } finally {
    if (!options.keep) rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`benchProfile failed: ${error?.stack ?? error}`);
  process.exit(1);
});
