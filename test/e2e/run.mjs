// Runs the packaged extension in a real VS Code: code-server's workbench and
// extension host, driven by Debian's Chromium through playwright-core.
//   1. installs the .vsix that `npm run package` made into a fresh extensions folder;
//   2. API tests: loads test/e2e/suite into the extension host (the entry point
//      @vscode/test-electron would load) and reads the results file it writes,
//      because a failing run() still ends with exit code 0 in code-server's log;
//   3. UI test: opens a whitepaper, reads the Problems panel and the status bar,
//      saves docs/images/problems-panel.png for the README when it looks different;
//   4. preview UI test: opens the preview beside a whitepaper, types, toggles the
//      reviewer view, clicks a finding, saves docs/images/preview.png likewise;
//   5. published UI test: checks and imports PDF, Word and HTML files from the
//      explorer's context menu and the Command Palette.
// Every wait is bounded; code-server and Chromium are stopped on any exit.
// Logs and failure screenshots of the last run are kept in dist-test/e2e/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { differingPixels } from './imageDiff.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const E2E = join(ROOT, 'test', 'e2e');
const OUT = join(ROOT, 'dist-test', 'e2e');
const CODE_SERVER_VERSION = '4.99.4';
const E2E_HOME = process.env.WP_E2E_HOME ?? join(process.env.HOME ?? tmpdir(), '.cache', 'wp27017-e2e');
const ENTRY = join(E2E_HOME, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const SCREENSHOT = join(ROOT, 'docs', 'images', 'problems-panel.png');
const PREVIEW_SCREENSHOT = join(ROOT, 'docs', 'images', 'preview.png');
const CHROMIUM = process.env.WP_E2E_CHROMIUM ?? '/usr/bin/chromium';
// The first words of docs/rules/invalid-value.md's "Why", in each language: the page a rule link opens shows only the reader's.
const RULE_PAGE_EN = 'A value of the wrong type or form is read differently by every tool';
const RULE_PAGE_JA = '型や形式の誤った値は';
// A fresh install takes about a minute and a half; the bound only stops a hung apt or npm.
const SETUP_MS = 15 * 60_000;
// Counted from the end of setup: the tests themselves take well under a minute.
const OVERALL_MS = Number(process.env.WP_E2E_TIMEOUT_MS ?? 5 * 60_000);

const started = Date.now();
const results = [];
const cleanups = [];
const processGroups = new Set();
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

/** Settles with `promise`, or rejects once `ms` have passed. */
function bounded(what, promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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

function setup() {
  const { status, signal, error } = spawnSync('bash', [join(E2E, 'setup.sh')], { stdio: 'inherit', timeout: SETUP_MS, killSignal: 'SIGKILL' });
  if (error || status !== 0) throw new Error(`test/e2e/setup.sh failed (${error?.message ?? signal ?? `exit code ${status}`})`);
}

function findVsix() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = process.env.WP_E2E_VSIX ?? join(ROOT, `iso27017-whitepaper-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first (npm run test:e2e does)`);
  return vsix;
}

function installVsix(vsix, extensions, userData) {
  log(`installing ${vsix}`);
  const { status, stdout, stderr } = spawnSync(process.execPath, [ENTRY, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData], { encoding: 'utf8', timeout: 120_000 });
  const installed = existsSync(extensions) ? readdirSync(extensions).find((name) => name.startsWith('wp27017.iso27017-whitepaper-')) : undefined;
  if (status !== 0 || !installed) throw new Error(`the .vsix did not install into ${extensions}:\n${stdout}${stderr}`);
  return join(extensions, installed);
}

async function buildSuite() {
  const out = join(OUT, 'suite');
  const tests = readdirSync(join(E2E, 'suite')).filter((name) => name.endsWith('.test.ts'));
  // Left outside the bundle: vscode is the host's; mocha is resolved from the repository's node_modules.
  await esbuild.build({
    entryPoints: ['index.ts', ...tests].map((name) => join(E2E, 'suite', name)),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
  return join(out, 'index.js');
}

function startCodeServer(port, userData, extensions, workspace, env) {
  // Its own process group, so that stopping it also stops its extension hosts and our language servers.
  const child = spawn(
    process.execPath,
    [ENTRY, '--config', join(userData, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  processGroups.add(child.pid);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  cleanups.push(() => {
    killGroup(child.pid);
    writeFileSync(join(OUT, 'code-server.log'), output);
  });
  return { child, output: () => output };
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  processGroups.delete(pid);
}

async function waitForServer(base, server) {
  await until('code-server to listen', async () => {
    if (server.child.exitCode !== null) throw new Error(`code-server exited with code ${server.child.exitCode}`);
    try {
      const response = await fetch(base, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      return response.status < 500;
    } catch {
      return false;
    }
  }, 60_000).catch((error) => {
    throw new Error(`${error.message}\ncode-server said:\n${server.output().slice(-2000)}`);
  });
}

async function apiTests(browser, base, workspace, extensionPath, suiteEntry, resultsFile, server) {
  // extensionDevelopmentPath is what switches the host into test mode; it names the
  // folder the .vsix was installed into, so the packaged code is what runs.
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${base.host}${extensionPath}`],
    ['extensionTestsPath', `vscode-remote://${base.host}${suiteEntry}`],
  ]);
  const page = await browser.newPage();
  const browserLog = [];
  page.on('console', (message) => browserLog.push(message.text()));
  const logFrom = server.output().length;
  try {
    await page.goto(`${base.href}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`, { timeout: 60_000 });
    // The host exits after run(); if it did so without a results file, the suite never got to write one.
    await until('the in-host test results', () => {
      if (existsSync(resultsFile)) return true;
      if (/Extension Host Process exited/.test(server.output().slice(logFrom))) {
        if (existsSync(resultsFile)) return true;
        throw new Error('the extension host exited without writing test results');
      }
      return false;
    }, 180_000, 500);
  } catch (error) {
    throw new Error(`${error.message}\nbrowser console (last lines):\n${browserLog.slice(-30).join('\n')}`);
  } finally {
    writeFileSync(join(OUT, 'api-browser-console.log'), browserLog.join('\n'));
    await bounded('closing the API test page', page.close(), 10_000).catch(() => undefined);
  }
  const { outcomes } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  if (outcomes.length === 0) throw new Error('the suite ran no test');
  for (const outcome of outcomes) record(`api: ${outcome.title}`, outcome.state === 'passed', outcome.error);
}

async function uiTest(browser, base, workspace) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  try {
    await page.goto(`${base.href}?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.getByRole('treeitem', { name: /broken\.wp\.yaml/ }).click({ timeout: 60_000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    // The keyboard shortcut reaches the workbench only once something in it has the focus.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } });
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel');
    await until('our findings in the Problems panel', async () => /Did you mean "service"\?/.test((await markers.textContent({ timeout: 5_000 }).catch(() => '')) ?? ''), 60_000, 500);
    const text = (await markers.textContent({ timeout: 5_000 })) ?? '';
    for (const code of ['unknown-key', 'invalid-value', 'missing-key', 'control-missing']) {
      if (!text.includes(code)) throw new Error(`the Problems panel does not show ${code}: ${text.slice(0, 400)}`);
    }
    const coverage = await until('the coverage in the status bar', async () => {
      const bar = await statusBar(page);
      return bar.match(/\b1\/44\b/)?.[0];
    }, 30_000, 500);
    // The same picture every run, so that the committed image only changes when the product does:
    // the pointer rests on the editor, the Problems list's scrollbar has faded, animations are skipped.
    await page.mouse.move(700, 450);
    await page.waitForSelector('.markers-panel .scrollbar.vertical.invisible', { state: 'attached', timeout: 10_000 });
    const screenshot = await keepScreenshot(browser, page, SCREENSHOT);

    // A quick fix as an author applies one: the cursor on the misspelt key, Ctrl+., the fix picked from the menu.
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, 5, 3);
    // The menu opens on the preferred fix; Enter applies it (the menu blocks the pointer while it opens).
    await openActionMenuOn(page, 'Rename "servce" to "service"');
    await page.keyboard.press('Enter');
    await until('the fixed problem to leave the Problems panel', async () => !/Did you mean "service"\?/.test((await markers.textContent({ timeout: 5_000 }).catch(() => '')) ?? ''), 30_000, 250);
    const line = (await page.locator('.monaco-editor .view-line', { hasText: 'service:' }).first().textContent({ timeout: 5_000 })) ?? '';
    if (!/^service:\s*$/.test(line.replace(/\u00a0/g, ' '))) throw new Error(`the fix did not write "service:": ${JSON.stringify(line)}`);
    await runCommand(page, 'File: Revert File');

    // A problem's rule link opens the rule's page, rendered, in the user's language (English here).
    // (code-server saved the fix before the revert, so the misspelt key is gone; the wrong numbering is not.)
    await page.keyboard.press('Control+Shift+M');
    await markers.locator('a.monaco-link', { hasText: /^invalid-value$/ }).first().click({ timeout: 30_000 });
    const ruleDoc = await until('the rule page', async () => {
      for (const frame of page.frames()) {
        if (await frame.locator('body.wp-rule-doc[data-rule="invalid-value"]').count().catch(() => 0)) return frame;
      }
      return undefined;
    }, 15_000, 250);
    const ruleText = (await ruleDoc.locator('body').textContent({ timeout: 5_000 })) ?? '';
    if (!ruleText.includes(RULE_PAGE_EN) || ruleText.includes(RULE_PAGE_JA)) {
      throw new Error(`the rule page is not the rendered English page: ${ruleText.slice(0, 300)}`);
    }

    // The walkthrough opens from the Welcome page's list, with its steps.
    await page.keyboard.press('Control+Shift+P');
    const palette = page.locator('.quick-input-widget input:not([type="checkbox"])');
    await palette.waitFor({ state: 'visible', timeout: 10_000 });
    await palette.fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Open Walkthrough' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with ISO 27017 whitepapers' }).click({ timeout: 10_000 });
    const walkthrough = page.locator('.gettingStartedContainer');
    await until('the walkthrough and its steps', async () => {
      const text = (await walkthrough.textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
      return ['Create a whitepaper', 'See a gap', 'Fix it', 'Preview it', 'Check every whitepaper', 'Set up CI'].every((step) => text.includes(step));
    }, 15_000, 250);

    // The extension's page shows its icon and the README's pictures.
    await page.keyboard.press('Control+Shift+X');
    const search = page.locator('.extensions-viewlet .suggest-input-container textarea, .extensions-viewlet .monaco-inputbox textarea').first();
    await search.waitFor({ timeout: 10_000 });
    await search.fill('@installed ISO 27017');
    await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'ISO 27017 Whitepaper' }).first().click({ timeout: 15_000 });
    const icon = page.locator('.extension-editor .icon-container img.icon').first();
    await icon.waitFor({ timeout: 15_000 });
    if (!/icon\.png/.test((await icon.getAttribute('src')) ?? '')) throw new Error(`the extension page shows the icon ${await icon.getAttribute('src')}`);
    const pictures = await until('the README pictures on the extension page', async () => {
      for (const frame of page.frames()) {
        const loaded = await frame
          .evaluate(() => [...document.querySelectorAll('img')].filter((img) => img.src.startsWith('data:image/png') && img.complete && img.naturalWidth > 0).length)
          .catch(() => 0);
        if (loaded >= 2) return loaded;
      }
      return undefined;
    }, 20_000, 500);
    if (pictures < 2) throw new Error('the README pictures do not show');
    return { coverage, screenshot };
  } catch (error) {
    const shot = join(OUT, 'ui-failure.png');
    await page.screenshot({ path: shot, timeout: 10_000 }).then(() => log(`screenshot of the failure: ${shot}`), () => undefined);
    throw error;
  } finally {
    await bounded('closing the UI test page', page.close(), 10_000).catch(() => undefined);
  }
}

/** Rewrites the README image only when the picture really differs, so that it changes when the product does. */
async function keepScreenshot(browser, page, file) {
  const shot = await page.screenshot({ animations: 'disabled', timeout: 30_000 });
  const kept = existsSync(file) ? readFileSync(file) : undefined;
  if (kept && (await differingPixels(browser, kept, shot)) <= 50) return 'screenshot unchanged';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, shot);
  return 'screenshot updated';
}

/** Runs a command by its title from the Command Palette, as a user would. */
async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
  // A focused webview (the preview) can swallow the shortcut, or close the palette as it opens: try again, the
  // last time through the command center, which a click always reaches.
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt < 3) await page.keyboard.press('Control+Shift+P');
      else await page.locator('.command-center-center').click();
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`, { timeout: 5_000 });
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Puts the cursor at `line`:`column` (1-based) of the active editor, through the quick input's ":" mode (Ctrl+G). */
async function goToLine(page, line, column) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Ctrl+. until its menu opens with `action` first: the menu opens once the editor has the focus and the
 * server has computed the actions, which a busy machine delays past the first press.
 */
async function openActionMenuOn(page, action) {
  const row = page.locator('.action-widget .monaco-list-row.focused', { hasText: action });
  await until(`"${action}" first in the Ctrl+. menu`, async () => {
    await page.keyboard.press('Control+.');
    return row.waitFor({ timeout: 4_000 }).then(() => true, async () => {
      await page.keyboard.press('Escape');
      return false;
    });
  }, 30_000, 100);
}

/** The status bar's text: the cursor's line and column, the coverage. */
async function statusBar(page) {
  return (await page.locator('.statusbar').textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
}

/** The frame that holds the preview; a webview is an iframe inside an iframe of the workbench. */
function previewFrame(page) {
  return until('the preview webview', async () => {
    for (const frame of page.frames()) {
      if (await frame.locator('main.wp-doc').count().catch(() => 0)) return frame;
    }
    return undefined;
  }, 30_000, 250);
}

/** Opens `folder` (a workspace of its own, so no editors or panels are restored from the other tests). */
async function previewUiTest(browser, base, folder) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const browserLog = [];
  page.on('console', (message) => browserLog.push(message.text()));
  try {
    await page.goto(`${base.href}?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.getByRole('treeitem', { name: /preview\.wp\.yaml/ }).click({ timeout: 60_000 });
    const editor = page.locator('.monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: 30_000 });
    // Coverage in the status bar means the extension is active and its server answers.
    await until('the extension to be running', async () => /\b\d+\/44\b/.test(await statusBar(page)), 60_000, 250);
    await editor.click();
    // The side bar is not part of the picture; the keybinding, like Markdown's, opens the preview beside the editor.
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    const frame = await previewFrame(page);
    const doc = frame.locator('main.wp-doc');
    await until('the title and the sections in the preview', async () => {
      const text = (await doc.textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
      return ['Example Tasks Cloud Security Whitepaper', 'Removal of customer data', 'Information backup', 'Event logging'].every((s) => text.includes(s));
    }, 30_000, 250);

    // Line 23 is the title of the backup section.
    await editor.click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('23');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' and restore', { delay: 40 });
    const typed = Date.now();
    await frame.waitForFunction(() => document.querySelector('main.wp-doc')?.textContent?.includes('Information backup and restore'), null, { timeout: 10_000, polling: 20 });
    const updateMs = Date.now() - typed;

    await runCommand(page, 'ISO 27017 Whitepaper: Toggle Reviewer View');
    const finding = frame.locator('main.wp-doc[data-review="true"] .wp-finding[data-rule="vague-period"]').first();
    await finding.waitFor({ timeout: 10_000 });
    // Findings of the typed text still arrive and re-render the page, moving what is under the pointer;
    // a reader clicks what stands still, so the click waits until the page has not changed for a moment.
    let lastHtml;
    let sameSince = 0;
    await until('the reviewer view at rest', async () => {
      const html = await doc.evaluate((element) => element.innerHTML);
      if (html !== lastHtml) [lastHtml, sameSince] = [html, Date.now()];
      return Date.now() - sameSince >= 1_000;
    }, 30_000, 100);
    const [line, character] = await Promise.all([finding.getAttribute('data-line'), finding.getAttribute('data-character')]);
    if (line !== '31') throw new Error(`the vague-period finding is on line ${line}, expected 31 ("for a certain period")`);
    await finding.click();
    const cursor = `Ln ${Number(line) + 1}, Col ${Number(character) + 1}`;
    await until(`the editor cursor at ${cursor}`, async () => (await statusBar(page)).includes(cursor), 30_000, 100);

    // The same picture every run: the pointer rests below the text, the breadcrumbs have caught up
    // with the cursor (the folder's settings turn off the light bulb and sticky scroll, which lag too).
    await page.mouse.move(350, 800);
    await page.locator('.breadcrumbs-control', { hasText: 'Event logging' }).first().waitFor({ timeout: 10_000 });
    // Clicking scrolled the preview down to the finding; the editor followed.
    const editorTop = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.editor-group-container .monaco-editor .margin-view-overlays .line-numbers')].map((e) => Number(e.textContent)).filter((n) => n > 0)));
    if (!(editorTop >= 20)) throw new Error(`the editor did not follow the preview down to the finding: its first line is ${editorTop}`);
    const screenshot = await keepScreenshot(browser, page, PREVIEW_SCREENSHOT);

    // And the other way: the editor back at the top takes the preview there too.
    await page.keyboard.press('Control+Home');
    await frame.waitForFunction(() => window.scrollY === 0, null, { timeout: 10_000 });
    // A double-click on a heading puts the cursor on its source line.
    await frame.locator('h2', { hasText: 'Removal of customer data' }).dblclick();
    await until('the editor cursor at Ln 18, Col 1', async () => (await statusBar(page)).includes('Ln 18, Col 1'), 30_000, 100);
    // Findings that arrive while the reader clicks re-render the page between press and release, and the
    // finding under the pointer is replaced; the click still goes to it.
    // (Hovering puts the pointer on the finding's text: the middle of its box can fall between the two lines it wraps over.)
    await finding.hover();
    await page.mouse.down();
    // The press gives the preview focus (the editor's Ln/Col leaves the status bar); a release before the workbench
    // has heard of that focus would have it taken back after the click's own move to the editor.
    await until('the preview focused by the press', async () => !(await statusBar(page)).includes('Ln 18, Col 1'), 10_000, 50);
    await frame.evaluate(() => {
      const root = document.getElementById('wp-preview-root');
      root.innerHTML = root.innerHTML;
    });
    await page.mouse.up();
    await until(`the editor cursor at ${cursor} after a render between press and release`, async () => (await statusBar(page)).includes(cursor), 30_000, 100);

    // Ctrl+Shift+V, like Markdown's: the preview in place of the editor, in the editor's own group.
    const previewTab = page.locator('.tabs-container .tab', { hasText: 'Preview Example Tasks' });
    await previewTab.hover();
    await previewTab.locator('.codicon-close').click();
    await previewTab.waitFor({ state: 'detached', timeout: 10_000 });
    await editor.click();
    await page.keyboard.press('Control+Shift+V');
    await until('the preview in front, in the editor\'s group', async () => {
      const group = page.locator('.editor-group-container', { has: page.locator('.tab', { hasText: 'preview.wp.yaml' }) });
      return ((await group.locator('.tab.active').textContent({ timeout: 2_000 }).catch(() => '')) ?? '').includes('Preview Example Tasks');
    }, 15_000, 200);

    // The preview takes its colours from the theme: a dark theme gives a dark page, and back.
    const darkness = async () => {
      const view = await previewFrame(page);
      return view.evaluate(() => {
        const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
      });
    };
    if (await darkness()) throw new Error('the preview is dark in a light theme');
    await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
    await until('the preview to turn dark with the theme', darkness, 10_000, 200);
    await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');

    // Export to HTML, then "Open" on its notification: in a browser-based VS Code no external browser can
    // open a file of the server's disk, so the page opens in a VS Code tab.
    await runCommand(page, 'ISO 27017 Whitepaper: Export to HTML');
    const dialog = page.locator('.quick-input-widget input:not([type="checkbox"])');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    // The simple file dialog fills its path in steps: the folder first, then the proposed name.
    await until('the save dialog to propose preview.html beside the source', async () => /\/preview\/preview\.html$/.test(await dialog.inputValue()), 10_000, 100).catch(async (error) => {
      throw new Error(`${error.message}; it shows ${await dialog.inputValue()}`);
    });
    await page.keyboard.press('Enter');
    const notification = page.locator('.notification-toast', { hasText: 'Exported preview.html.' });
    await notification.waitFor({ timeout: 15_000 });
    await notification.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'preview.html' }).waitFor({ timeout: 10_000 });

    // An empty whitepaper file: Ctrl+. offers to start a whitepaper there, first; typing "wp-" offers the whole-whitepaper snippets.
    await page.keyboard.press('Control+P');
    const quickOpen = page.locator('.quick-input-widget input:not([type="checkbox"])');
    await quickOpen.waitFor({ state: 'visible', timeout: 10_000 });
    await quickOpen.fill('empty.wp.yaml');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'empty.wp.yaml' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'empty.wp.yaml' }).waitFor({ timeout: 10_000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await openActionMenuOn(page, 'Start a whitepaper here, in English');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'title: Example Cloud Security Whitepaper' }).first().waitFor({ timeout: 10_000 });
    // A skeleton of prompts answers nothing yet: coverage reads 0, not 44.
    await until('coverage 0/44 for the skeleton', async () => /\b0\/44\b/.test(await statusBar(page)), 15_000, 250);
    // code-server saves by itself after a second, so the file is emptied again rather than reverted.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('wp-', { delay: 60 });
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'wp-en' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');

    // Enter after "- title: X" puts the cursor under "title", so the next key belongs to the item; after "body: |", deeper.
    const typeLine = async (text) => {
      await page.keyboard.type(text, { delay: 30 });
      // An open suggestion would take the Enter; the author closes it first.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
    };
    await typeLine('sections:');
    await typeLine('- title: Backup');
    await typeLine('body: |');
    await page.keyboard.type('Daily', { delay: 30 });
    const lines = await until('the typed lines', async () => {
      // Monaco reuses its line elements: their order on screen is their \`top\`, not their order in the page.
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
          .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line) => line.textContent ?? ''),
      );
      const typed = texts.map((t) => t.replace(/\u00a0/g, ' ').trimEnd()).filter((t) => t !== '');
      return typed.length === 4 ? typed : undefined;
    }, 10_000, 200);
    if (JSON.stringify(lines) !== JSON.stringify(['sections:', '  - title: Backup', '    body: |', '      Daily'])) throw new Error(`Enter indented the lines as ${JSON.stringify(lines)}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    return { updateMs, cursor, editorTop, screenshot };
  } catch (error) {
    const shot = join(OUT, 'preview-failure.png');
    await page.screenshot({ path: shot, timeout: 10_000 }).then(() => log(`screenshot of the failure: ${shot}`), () => undefined);
    throw error;
  } finally {
    writeFileSync(join(OUT, 'preview-browser-console.log'), browserLog.join('\n'));
    await bounded('closing the preview UI test page', page.close(), 10_000).catch(() => undefined);
  }
}

/** Opens `folder` (the published/ fixtures) and runs the reviewer's commands from the explorer's context menu and the Command Palette. */
async function publishedUiTest(browser, base, folder) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const browserLog = [];
  page.on('console', (message) => browserLog.push(message.text()));
  const reviewFrame = (title) =>
    until(`the reviewer page of ${title}`, async () => {
      for (const frame of page.frames()) {
        if (await frame.locator('main.wp-doc[data-review="true"]', { hasText: title }).count().catch(() => 0)) return frame;
      }
      return undefined;
    }, 30_000, 250);
  // Right after the workbench loads, the extensions' menu entries may not be registered yet: the user opens the menu again.
  const contextMenu = (file, item) =>
    until(`"${item}" in the context menu of ${file}`, async () => {
      await page.getByRole('treeitem', { name: file }).click({ button: 'right', timeout: 60_000 });
      const entry = page.getByRole('menuitem', { name: item });
      if (await entry.waitFor({ timeout: 2_000 }).then(() => true, () => false)) {
        // The menu runs the entry under the pointer on Enter (a synthetic click right after it opens can go unseen).
        await entry.hover({ timeout: 5_000 });
        await page.keyboard.press('Enter');
        await page.locator('.context-view .monaco-menu').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
        return true;
      }
      await page.keyboard.press('Escape');
      return false;
    }, 30_000, 500);
  const markers = page.locator('.markers-panel');
  // The list draws only the rows in view; a user looking for one finding types in the panel's filter.
  const problemsShow = async (what, filter, pattern) => {
    const box = page.getByPlaceholder(/^Filter \(e\.g\. text/);
    await box.fill(filter, { timeout: 10_000 });
    // A filter typed while the panel is still opening can be lost (the list then shows every finding): type it again.
    const shown = async () => {
      if ((await box.inputValue({ timeout: 2_000 }).catch(() => '')) !== filter) await box.fill(filter, { timeout: 5_000 }).catch(() => undefined);
      return pattern.test((await markers.textContent({ timeout: 5_000 }).catch(() => '')) ?? '');
    };
    return until(what, shown, 60_000, 500).catch(async (error) => {
      throw new Error(`${error.message}; the Problems panel shows: ${((await markers.textContent({ timeout: 5_000 }).catch(() => '')) ?? '').slice(0, 600)}`);
    });
  };
  try {
    await page.goto(`${base.href}?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });

    // Right-click a PDF: its text opens read-only, the reviewer page beside it, the findings in Problems with page and line.
    await contextMenu('layout.en.pdf', 'Check a Published Whitepaper…');
    await page.locator('.tabs-container .tab.active', { hasText: 'layout.en.pdf.txt' }).waitFor({ timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'Review: layout.en.pdf' }).waitFor({ timeout: 30_000 });
    const review = await reviewFrame('Sample Binder Security Whitepaper');
    const reviewText = (await review.locator('main.wp-doc').textContent({ timeout: 5_000 })) ?? '';
    if (!reviewText.includes('"for a certain period" does not say how long') || !/\(page 2, line 41\)/.test(reviewText)) {
      throw new Error(`the reviewer page does not place the vague period on page 2, line 41: ${reviewText.slice(0, 400)}`);
    }
    const firstLine = page.locator('.editor-group-container .monaco-editor .view-line', { hasText: 'Sample Binder Security Whitepaper' }).first();
    // At the line's start: a click at the middle of a line as wide as the page's longest scrolls the editor sideways,
    // and the read-only message, shown at the cursor, is then out of view.
    await firstLine.click({ position: { x: 4, y: 4 }, timeout: 10_000 });
    await page.keyboard.type('x');
    await page.locator('.monaco-editor-overlaymessage', { hasText: /read-only/i }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+Shift+M');
    await problemsShow('the PDF finding with its page and line in Problems', 'certain period', /"for a certain period" does not say how long.*\(page 2, line 41\)/);

    // Right-click a Word file: Import Whitepaper gives an unsaved whitepaper with the file's sections.
    await contextMenu('layout.ja.docx', 'Import Whitepaper');
    await page.locator('.notification-toast', { hasText: /Imported \d+ sections from layout\.ja\.docx/ }).waitFor({ timeout: 30_000 });
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: 10_000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: '3. 情報のバックアップ (A.12.3.1)' }).first().waitFor({ timeout: 10_000 });

    // From the Command Palette, the file picked in the open dialog: a web page, its findings placed by paragraph.
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>ISO 27017 Whitepaper: Check a Published Whitepaper');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Check a Published Whitepaper' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await until('the open dialog', async () => (await input.inputValue().catch(() => '')).startsWith('/'), 10_000, 100);
    // The dialog resolves a typed path in the background; Enter before it has caught up answers "Please select a file."
    // A user waits for the file to show in the list and presses Enter again if the dialog is still open.
    const opened = page.locator('.tabs-container .tab.active', { hasText: 'layout.en.html.txt' });
    await input.fill(join(folder, 'layout.en.html'));
    await until('the web page opened from the open dialog', async () => {
      if (await opened.isVisible().catch(() => false)) return true;
      if (!(await input.isVisible().catch(() => false))) return false;
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'layout.en.html' }).first().waitFor({ timeout: 2_000 }).catch(() => undefined);
      if ((await input.inputValue().catch(() => '')) !== join(folder, 'layout.en.html')) await input.fill(join(folder, 'layout.en.html'));
      await page.keyboard.press('Enter');
      return opened.waitFor({ timeout: 3_000 }).then(() => true, () => false);
    }, 60_000, 500);
    await page.locator('.tabs-container .tab', { hasText: 'Review: layout.en.html' }).waitFor({ timeout: 30_000 });
    await problemsShow('the web page finding with its source line and column in Problems', 'certain period', /\(line 20, column \d+, under "4\. Event logging \(A\.12\.4\.1\)"\)/);
  } catch (error) {
    const shot = join(OUT, 'published-failure.png');
    await page.screenshot({ path: shot, timeout: 10_000 }).then(() => log(`screenshot of the failure: ${shot}`), () => undefined);
    throw error;
  } finally {
    writeFileSync(join(OUT, 'published-browser-console.log'), browserLog.join('\n'));
    await bounded('closing the published UI test page', page.close(), 10_000).catch(() => undefined);
  }
}

async function main() {
  // `npm test` installs what the tests need once, before the CLI tests; `npm run test:e2e` alone does it here.
  if (!process.argv.includes('--no-setup')) setup();
  const vsix = findVsix();
  overall.refresh();
  // Only this run's logs and failure screenshots, so that none is mistaken for a stale one.
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'wp27017-e2e-'));
  cleanups.push(() => {
    // The workbench's logs hold every output channel, ours with the server's trace among them: kept for a failure.
    const logs = join(work, 'ud', 'logs');
    if (existsSync(logs)) cpSync(logs, join(OUT, 'logs'), { recursive: true });
    rmSync(work, { recursive: true, force: true });
  });
  const userData = join(work, 'ud');
  const extensions = join(work, 'ext');
  mkdirSync(join(userData, 'User'), { recursive: true });
  // Without these the welcome page and trust prompts take the keyboard focus; a
  // cursor that does not blink keeps the README screenshot identical from run to run.
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'editor.cursorBlinking': 'solid', 'security.workspace.trust.enabled': false, 'locale': 'en' }),
  );
  const extensionPath = installVsix(vsix, extensions, userData);

  const workspace = join(work, 'workspace');
  cpSync(join(E2E, 'workspace'), workspace, { recursive: true });
  // The published files are the format fixtures themselves, not copies kept in the repository.
  mkdirSync(join(workspace, 'published'), { recursive: true });
  for (const name of ['layout.en.pdf', 'layout.ja.docx', 'layout.en.html']) cpSync(join(ROOT, 'test', 'fixtures', 'formats', name), join(workspace, 'published', name));
  const suiteEntry = await buildSuite();
  const resultsFile = join(work, 'results.json');
  const port = await freePort();
  const server = startCodeServer(port, userData, extensions, workspace, { WP27017_E2E_RESULTS: resultsFile, WP27017_E2E_EXTENSIONS: extensions, WP27017_E2E_LOGS: join(userData, 'logs') });
  const base = new URL(`http://127.0.0.1:${port}/`);
  await waitForServer(base, server);

  // Signals are ours to handle, so that code-server is stopped along with the browser.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.unshift(() => bounded('closing Chromium', browser.close(), 10_000).catch(() => undefined));

  try {
    await apiTests(browser, base, workspace, extensionPath, suiteEntry, resultsFile, server);
  } catch (error) {
    record('api: the in-host suite ran', false, `${error.stack ?? error}\ncode-server said (last lines):\n${server.output().slice(-2000)}`);
  }
  try {
    const { coverage, screenshot } = await uiTest(browser, base, workspace);
    record(`ui: Problems panel lists the findings; status bar shows coverage (${coverage}); a quick fix picked after Ctrl+. clears its problem; a rule link opens the rendered rule page; the walkthrough opens with its steps; the extension page shows the icon and the README pictures; ${screenshot}`, true);
  } catch (error) {
    record('ui: Problems panel lists the findings; status bar shows coverage; a quick fix picked after Ctrl+. clears its problem', false, error.stack ?? String(error));
  }
  try {
    const { updateMs, cursor, editorTop, screenshot } = await previewUiTest(browser, base, join(workspace, 'preview'));
    record(
      `ui: the preview shows the whitepaper, follows typing (${updateMs} ms after the last keystroke), shows a finding in the reviewer view, clicking it puts the cursor at ${cursor}; scroll sync both ways (editor followed to line ${editorTop}), double-click goes to the source line; Ctrl+Shift+V opens it in place; it follows a dark theme; Export to HTML's "Open" shows the page in a tab; in an empty file Ctrl+. starts a whitepaper (coverage 0/44), "wp-" offers the snippets, and Enter after "- title: X" indents under "title"; ${screenshot}`,
      true,
    );
  } catch (error) {
    record('ui: the preview shows the whitepaper, follows typing, shows a finding in the reviewer view, clicking it moves the cursor; scroll sync; double-click', false, error.stack ?? String(error));
  }
  try {
    await publishedUiTest(browser, base, join(workspace, 'published'));
    record('ui: right-clicking a PDF checks it (read-only text, reviewer page beside it, findings in Problems with page and line); right-clicking a Word file imports it as an unsaved whitepaper; Check a Published Whitepaper from the Command Palette checks the web page picked in the open dialog (findings by the line and column of the page source)', true);
  } catch (error) {
    record('ui: Check a Published Whitepaper and Import Whitepaper from the explorer\'s context menu and the Command Palette', false, error.stack ?? String(error));
  }
}

const overall = setTimeout(() => {
  record('e2e finished in time', false, `still running ${OVERALL_MS / 1000} s after setup`);
  finish(1);
}, OVERALL_MS);

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(overall);
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`e2e: cleanup failed: ${error.message}`);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  log(`took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  process.exit(code || (failed > 0 || results.length === 0 ? 1 : 0));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    record('e2e ran to the end', false, `interrupted by ${signal}`);
    finish(1);
  });
}
// Last resort if the process ends some other way: no code-server left behind.
process.on('exit', () => {
  for (const pid of processGroups) killGroup(pid);
});

main().then(
  () => finish(0),
  (error) => {
    record('e2e setup', false, error.stack ?? String(error));
    finish(1);
  },
);
