// Runs the packaged extension in a real VS Code: code-server's workbench and
// extension host, driven by Debian's Chromium through playwright-core.
//   1. installs the .vsix that `npm run package` made into a fresh extensions folder;
//   2. API tests: loads test/e2e/suite into the extension host (the entry point
//      @vscode/test-electron would load) and reads the results file it writes;
//   3. UI test: opens a whitepaper, reads the Problems panel and the status bar,
//      saves docs/images/problems-panel.png for the README.
// Every wait is bounded; code-server and Chromium are stopped on any exit.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = join(ROOT, 'test', 'e2e');
const CODE_SERVER_VERSION = '4.99.4';
const E2E_HOME = process.env.WP_E2E_HOME ?? join(process.env.HOME ?? tmpdir(), '.cache', 'wp27017-e2e');
const ENTRY = join(E2E_HOME, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.WP_E2E_CHROMIUM ?? '/usr/bin/chromium';
const OVERALL_MS = 6 * 60_000;

const results = [];
const cleanups = [];
const log = (line) => console.log(`e2e: ${line}`);

function record(title, ok, error) {
  results.push({ title, ok, error });
  console.log(`${ok ? 'ok' : 'not ok'} - ${title}${error ? `\n  ${String(error).split('\n').join('\n  ')}` : ''}`);
}

async function until(what, check, timeoutMs, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function findVsix() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `iso27017-whitepaper-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first (npm run test:e2e does)`);
  return vsix;
}

async function buildSuite() {
  const out = join(ROOT, 'dist-test', 'e2e', 'suite');
  rmSync(out, { recursive: true, force: true });
  // Left outside the bundle: vscode is the host's; mocha is resolved from the repository's node_modules.
  await esbuild.build({
    entryPoints: [join(E2E, 'suite', 'index.ts'), join(E2E, 'suite', 'extension.test.ts')],
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
  return out;
}

function startCodeServer(port, userData, extensions, workspace, env) {
  const child = spawn(
    process.execPath,
    [ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  });
  return { child, output: () => output };
}

async function apiTests(browser, base, workspace, extensionPath, suiteDir, resultsFile) {
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${base.host}${extensionPath}`],
    ['extensionTestsPath', `vscode-remote://${base.host}${join(suiteDir, 'index.js')}`],
  ]);
  const page = await browser.newPage();
  const browserLog = [];
  page.on('console', (message) => browserLog.push(message.text()));
  await page.goto(`${base.href}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  await until('the in-host test results', () => existsSync(resultsFile), 180_000, 500);
  const { outcomes } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  if (outcomes.length === 0) throw new Error(`the suite ran no test; browser console:\n${browserLog.slice(-20).join('\n')}`);
  for (const outcome of outcomes) record(`api: ${outcome.title}`, outcome.state === 'passed', outcome.error);
  await page.close();
}

async function uiTest(browser, base, workspace) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${base.href}?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.getByRole('treeitem', { name: /broken\.wp\.yaml/ }).click({ timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } });
  await page.keyboard.press('Control+Shift+M');
  const markers = page.locator('.markers-panel');
  await until('our findings in the Problems panel', async () => /Did you mean "service"\?/.test((await markers.textContent().catch(() => '')) ?? ''), 60_000, 500);
  const text = (await markers.textContent()) ?? '';
  for (const code of ['unknown-key', 'invalid-value', 'control-missing']) {
    if (!text.includes(code)) throw new Error(`the Problems panel does not show ${code}: ${text.slice(0, 400)}`);
  }
  const coverage = await until('the coverage in the status bar', async () => {
    const bar = (await page.locator('.statusbar').textContent().catch(() => '')) ?? '';
    return /\b1\/44\b/.test(bar) ? bar : undefined;
  }, 30_000, 500);
  mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'docs', 'images', 'problems-panel.png') });
  await page.close();
  return coverage;
}

async function main() {
  execFileSync('bash', [join(E2E, 'setup.sh')], { stdio: 'inherit' });
  const vsix = findVsix();
  const work = mkdtempSync(join(tmpdir(), 'wp27017-e2e-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const userData = join(work, 'ud');
  const extensions = join(work, 'ext');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false, 'locale': 'en' }),
  );
  log(`installing ${vsix}`);
  execFileSync(process.execPath, [ENTRY, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData], { stdio: 'pipe' });
  const installed = readdirSync(extensions).find((name) => name.startsWith('wp27017.iso27017-whitepaper-'));
  if (!installed) throw new Error(`the .vsix did not install into ${extensions}`);
  const extensionPath = join(extensions, installed);

  const workspace = join(work, 'workspace');
  cpSync(join(E2E, 'workspace'), workspace, { recursive: true });
  const suiteDir = await buildSuite();
  const resultsFile = join(work, 'results.json');
  const port = await freePort();
  const server = startCodeServer(port, userData, extensions, workspace, { WP27017_E2E_RESULTS: resultsFile });
  const base = new URL(`http://127.0.0.1:${port}/`);
  await until('code-server to listen', async () => {
    try {
      const response = await fetch(base, { redirect: 'manual' });
      return response.status < 500;
    } catch {
      return false;
    }
  }, 60_000).catch((error) => {
    throw new Error(`${error.message}\ncode-server said:\n${server.output().slice(-2000)}`);
  });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.unshift(() => browser.close().catch(() => undefined));

  try {
    await apiTests(browser, base, workspace, extensionPath, suiteDir, resultsFile);
  } catch (error) {
    record('api: the in-host suite ran', false, `${error.stack ?? error}\ncode-server said:\n${server.output().slice(-2000)}`);
  }
  try {
    const bar = await uiTest(browser, base, workspace);
    record(`ui: Problems panel lists the findings; status bar shows coverage (${bar.match(/\d+\/44/)[0]}); screenshot saved`, true);
  } catch (error) {
    record('ui: Problems panel lists the findings; status bar shows coverage', false, error.stack ?? String(error));
  }
}

const overall = setTimeout(() => {
  record('e2e finished in time', false, `still running after ${OVERALL_MS / 1000} s`);
  finish(1);
}, OVERALL_MS);

async function finish(code) {
  clearTimeout(overall);
  for (const cleanup of cleanups) await cleanup();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(code || (failed > 0 || results.length === 0 ? 1 : 0));
}

main().then(
  () => finish(0),
  (error) => {
    record('e2e setup', false, error.stack ?? String(error));
    finish(1);
  },
);
