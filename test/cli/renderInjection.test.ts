// A hostile whitepaper, published with `wp27017 render` and opened in a real
// browser (Debian's Chromium through playwright-core): nothing in it may run,
// load or navigate, and every attempt must be shown to the reader as text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const CHROMIUM = process.env.WP_E2E_CHROMIUM ?? '/usr/bin/chromium';

// Every payload, if it ran, would set window.__pwned or open a dialog; every URL would be a request.
const HOSTILE = `whitepaper: 1
lang: en
title: "Tricky </title><script>window.__pwned = 'title'</script> paper"
service:
  name: "Quote\\" 'n <Angle> & Co <img src=x onerror=\\"window.__pwned='name'\\">"
  provider: "<svg onload=\\"window.__pwned='provider'\\"></svg>Provider"
  model: SaaS
  url: "javascript:window.__pwned='url'"
contact: "javascript:alert('contact')"
"<script>window.__pwned='key'</script>": 1
sections:
  - title: "<script>window.__pwned='heading'</script>Removal"
    controls: [CLD.8.1.5]
    body: |
      <script>window.__pwned = 'body'</script>

      <img src=x onerror="window.__pwned='img'">

      [click me](javascript:window.__pwned='link') and [data me](data:text/html,<script>alert('data')</script>)
      and [vb me](vbscript:msgbox) and ![pic](javascript:alert('pic'))

      <style>body { background: url(https://attacker.example/style-element) }</style>

      <p style="background: url(https://attacker.example/style-attribute)">styled</p>

      <a href="https://attacker.example/" onclick="window.__pwned='onclick'">anchor</a>
      <iframe src="https://attacker.example/frame"></iframe>

      Customer data is deleted within 30 days after the contract ends;
      customers can export it until then.
`;

/** What the payloads left behind in the page, read inside it (a string: this project compiles without the DOM types). */
const PAGE_FACTS = `({
  pwned: window.__pwned,
  text: document.body.innerText,
  title: document.title,
  scripts: document.scripts.length,
  handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + '.' + a.name)),
  styled: document.querySelectorAll('[style], body style, iframe, object, embed').length,
  hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction')),
})`;

interface PageFacts {
  readonly pwned: unknown;
  readonly text: string;
  readonly title: string;
  readonly scripts: number;
  readonly handlers: string[];
  readonly styled: number;
  readonly hrefs: string[];
}

/** What the page did: requests beyond the document itself, dialogs, where it ended up, and the facts above. */
interface Outcome extends PageFacts {
  readonly requests: string[];
  readonly dialogs: string[];
  readonly url: string;
}

describe('wp27017 render: a hostile whitepaper in a real browser', () => {
  let dir: string;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run "bash test/e2e/setup.sh" (CI does), or set WP_E2E_CHROMIUM`);
    dir = mkdtempSync(join(tmpdir(), 'wp27017-injection-'));
    writeFileSync(join(dir, 'hostile.wp.yaml'), HOSTILE);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function render(review: boolean): string {
    const out = join(dir, review ? 'review.html' : 'plain.html');
    const args = [CLI, 'render', join(dir, 'hostile.wp.yaml'), '-o', out, ...(review ? ['--review'] : [])];
    const { status, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(status, 0, stderr);
    return out;
  }

  async function open(file: string): Promise<Outcome> {
    const page = await browser.newPage();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    // Only the document gets through, so that even a payload that were emitted could reach nothing.
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      // Links are where a javascript: URL would run; clicking them must neither run code nor leave the page.
      for (const name of ['click me', 'data me', 'vb me', 'anchor']) {
        const link = page.getByText(name, { exact: true }).first();
        if (await link.count()) await link.click({ timeout: 5_000, noWaitAfter: true });
      }
      await page.waitForTimeout(200);
      return {
        requests,
        dialogs,
        url: page.url(),
        ...((await page.evaluate(PAGE_FACTS)) as PageFacts),
      };
    } finally {
      await page.close();
    }
  }

  for (const review of [false, true]) {
    test(`${review ? 'with --review' : 'as published'}: nothing runs, nothing loads, the attempts read as text`, async () => {
      const file = render(review);
      const outcome = await open(file);
      assert.equal(outcome.pwned, undefined, 'no payload ran');
      assert.deepEqual(outcome.dialogs, [], 'no dialog opened');
      assert.deepEqual(outcome.requests, [], 'no request left the page');
      assert.equal(outcome.url, pathToFileURL(file).href, 'no link navigated away');
      assert.equal(outcome.scripts, 0, 'the page has no script element');
      assert.deepEqual(outcome.handlers, [], 'no element has an event handler attribute');
      assert.equal(outcome.styled, 0, 'no style attribute, style element in the body or frame');
      for (const href of outcome.hrefs) assert.match(href, /^(#|https?:|mailto:)/i, `only anchors and web or mail links: ${href}`);

      assert.match(outcome.title, /Tricky <\/title><script>window.__pwned = 'title'<\/script> paper/);
      for (const shown of [
        `<script>window.__pwned = 'body'</script>`,
        `<img src=x onerror="window.__pwned='img'">`,
        `Quote" 'n <Angle> & Co`,
        `<script>window.__pwned='heading'</script>Removal`,
        '<style>body { background: url(https://attacker.example/style-element) }</style>',
        'click me',
      ]) assert.ok(outcome.text.includes(shown), `shown as text: ${shown}`);
      if (review) assert.ok(outcome.text.includes(`<script>window.__pwned='key'</script>`), 'a finding quoting the hostile key shows it as text');
      assert.ok(!readFileSync(file, 'utf8').includes('<script>window'), 'the payloads are escaped in the file itself');
    });
  }
});
