// The publication a reader sees and the reviewer view, rendered by the core
// renderer: what the preview shows and `wp27017 render` writes. Large outputs
// are pinned in golden files (test/golden/render/*.html, one block per line).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../server/src/config/config';
import { readConfig } from '../../../server/src/config/workspaceConfig';
import type { Locale } from '../../../server/src/core/locale';
import { renderAnalysis } from '../../../server/src/render/renderAnalysis';
import { yaml } from '../../helpers/annotations';
import { checkGolden } from '../../helpers/golden';
import { HEADER_EN } from '../../fixtures/minimal';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const { config: exampleConfig } = readConfig(read('.wp27017.yaml'));

function render(text: string, options: { review?: boolean; locale?: Locale; standalone?: boolean; config?: WorkspaceConfig } = {}): string {
  const config = options.config ?? DEFAULT_CONFIG;
  const analysis = createAnalyzer(WHITEPAPER).analyze(text, config);
  return renderAnalysis(analysis, config, { locale: options.locale ?? 'en', review: !!options.review, standalone: !!options.standalone, fallbackTitle: 'paper.wp.yaml', generator: 'wp27017 test' }).html;
}

/** One block element per line, so that a golden diff points at the block that changed. */
const readable = (html: string) => `${html.replace(/(?=<(?:main|header|section|nav|details|h[1-6]|div|p|table|thead|tbody|tr|ol|ul|li|dl|pre|blockquote|hr)\b)/g, '\n').trim()}\n`;

test('the English example renders as a publication (golden)', () => {
  checkGolden('render/sample-cloud.en.html', readable(render(read('sample-cloud.en.wp.yaml'), { config: exampleConfig })));
});

test('the flawed Japanese example in the reviewer view, findings in English (golden)', () => {
  checkGolden('render/flawed.ja.review.html', readable(render(read('flawed.ja.wp.yaml'), { review: true, config: exampleConfig })));
});

const HOSTILE = `${HEADER_EN}sections:
  - title: "</h2><script>alert(1)</script>"
    controls: [12.3.1]
    body: |
      <script>alert(1)</script> <img src=x onerror=alert(1)>
      [click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>)
      ![diagram](https://example.com/x.png) <style>body{display:none}</style>
`;

test('raw HTML in a body or title is text, dangerous links are not links, images are links', () => {
  const html = render(HOSTILE);
  assert.doesNotMatch(html, /<script|<img|<style|href="javascript:|href="data:/i);
  assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no tag carries an event handler');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /\[click\]\(javascript:alert\(1\)\)/);
  assert.match(html, /<a class="wp-image-link" href="https:\/\/example.com\/x.png" rel="noopener noreferrer">Image: diagram<\/a>/);
});

test('Markdown in a body: lists, tables, emphasis and web links', () => {
  const html = render(`${HEADER_EN}sections:
  - title: Backup
    controls: [12.3.1]
    body: |
      Backups are **encrypted**.

      - daily, *kept* 14 days
      - see [the SLA](https://example.com/sla)

      | Data | Kept |
      | --- | --- |
      | logs | 1 year |
`);
  assert.match(html, /<strong>encrypted<\/strong>/);
  assert.match(html, /<li data-line="\d+">daily, <em>kept<\/em> 14 days<\/li>/);
  assert.match(html, /<a href="https:\/\/example.com\/sla" rel="noopener noreferrer">the SLA<\/a>/);
  assert.match(html, /<table data-line="\d+">[\s\S]*<td>logs<\/td>/);
});

test('blocks carry the 0-based source line they came from, for scroll sync', () => {
  const text = `${HEADER_EN}sections:
  - title: Backup
    controls: [12.3.1]
    body: |
      First paragraph.

      Second paragraph.
`;
  const lines = text.split('\n');
  const html = render(text);
  assert.match(html, new RegExp(`<h2 data-line="${lines.indexOf('  - title: Backup')}">Backup</h2>`));
  assert.match(html, new RegExp(`<p data-line="${lines.indexOf('      Second paragraph.')}">Second paragraph.</p>`));
});

test('sections show their controls in both numberings', () => {
  const html = render(`${HEADER_EN}sections:
  - title: Backup
    controls: [12.3.1, CLD.8.1.5]
    body: Daily.
`);
  assert.match(html, /<span class="wp-badge" title="Information backup"><span class="wp-badge-edition">2013<\/span> 12.3.1<\/span><span class="wp-badge wp-badge-alt" title="Information backup"><span class="wp-badge-edition">2022<\/span> 8.13<\/span>/);
  assert.match(html, /<span class="wp-badge-edition">27017<\/span> CLD.8.1.5/);
});

test('the reviewer view marks the vague phrase and puts its note after the paragraph', () => {
  const html = render(`${HEADER_EN}sections:
  - title: Event logging
    controls: [12.4.1]
    body: |
      Access logs are kept for a certain period.

      Logs are sent to a central store.
`, { review: true });
  assert.match(html, /<mark class="wp-finding wp-mark wp-sev-warning" data-line="8" data-character="\d+" data-rule="vague-period">for a certain period<\/mark>/);
  const note = html.lastIndexOf('data-rule="vague-period"><span class="wp-sev-label">');
  assert.ok(note > html.indexOf('for a certain period</mark>.</p>') && note < html.indexOf('Logs are sent'), 'the note sits between the paragraph and the next one');
});

test('a vague phrase inside the sentence a retention finding marks is marked inside that mark', () => {
  const html = render(`${HEADER_EN}sections:
  - title: Backup
    controls: [12.3.1]
    body: |
      Backups run daily and are kept for a certain period.
`, { review: true });
  assert.match(
    html,
    /<mark class="wp-finding wp-mark wp-sev-warning"[^>]*data-rule="backup-retention">Backups run daily and are kept <mark class="wp-finding wp-mark wp-sev-warning"[^>]*data-rule="vague-period">for a certain period<\/mark>\.<\/mark>/,
  );
});

test('every finding appears once in the summary and once in place; missing controls sit in the coverage matrix', () => {
  const html = render(read('flawed.ja.wp.yaml'), { review: true, locale: 'ja', config: exampleConfig });
  const links = [...html.matchAll(/class="wp-finding-link" href="#(f-\d+)"/g)].map((m) => m[1]);
  const notes = [...html.matchAll(/class="wp-finding wp-note [^"]+" role="note" id="(f-\d+)"/g)].map((m) => m[1]);
  assert.ok(links.length > 30);
  assert.deepEqual([...notes].sort(), [...links].sort());
  const coverage = html.slice(html.indexOf('<section class="wp-coverage"'));
  const missingRows = coverage.split('<tr ').filter((row) => row.startsWith('class="wp-status-missing"'));
  assert.ok(missingRows.length > 30);
  for (const row of missingRows) assert.match(row, /data-rule="control-missing"/);
  assert.match(html, /<h2>レビューでの指摘<\/h2><p>エラー \d+ 件、警告 \d+ 件、情報 \d+ 件<\/p>/);
});

test('the publication speaks the document language; findings speak the reviewer language', () => {
  const html = render(read('flawed.ja.wp.yaml'), { review: true, locale: 'en', config: exampleConfig });
  assert.match(html, /<h2 id="wp-toc-title">目次<\/h2>/);
  assert.match(html, /<h2>Review findings<\/h2>/);
  assert.match(html, /<span class="wp-sev-label">Warning<\/span>/);
});

test('without the reviewer view, no finding is shown', () => {
  assert.doesNotMatch(render(read('flawed.ja.wp.yaml'), { config: exampleConfig }), /wp-finding|wp-review-summary/);
});

test('the table of contents links to every section, the matrix links to the answering section', () => {
  const html = render(read('sample-cloud.en.wp.yaml'), { config: exampleConfig });
  const targets = new Set([...html.matchAll(/ id="(s-[\d-]+)"/g)].map((m) => m[1]));
  const tocLinks = [...html.slice(html.indexOf('<nav'), html.indexOf('</nav>')).matchAll(/href="#(s-[\d-]+)"/g)].map((m) => m[1]);
  assert.equal(tocLinks.length, targets.size);
  for (const link of tocLinks) assert.ok(targets.has(link), link);
  assert.match(html, /<tr class="wp-status-covered"><td><code>12\.3\.1<\/code><\/td><td><code>8\.13<\/code><\/td><td>Information backup<\/td><td><span class="wp-status">Covered<\/span><\/td><td><a href="#s-[\d-]+">/);
});

test('the standalone file inlines the stylesheet, allows only it by hash, and has no script', () => {
  const html = render(read('sample-cloud.ja.wp.yaml'), { standalone: true, config: exampleConfig });
  const css = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
  assert.ok(css.includes('@media print'), 'the print stylesheet is inlined');
  const hash = createHash('sha256').update(css).digest('base64');
  assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash.replace(/[+/]/g, '\\$&')}';`));
  assert.match(html, /^<!DOCTYPE html>\n<html lang="ja">/);
  assert.doesNotMatch(html, /<script/i);
});

test('a document that is not valid YAML or has no sections still renders', () => {
  assert.match(render('title: [unclosed\n'), /<main class="wp-doc"[\s\S]*<\/main>/);
  assert.match(render(yaml`
    whitepaper: 1
    lang: ja
    title: 空の文書
  `), /この文書にはまだ節がありません。/);
});

test('a line wrapped in the source joins without a space between Japanese characters, with one elsewhere', () => {
  const html = render(`${HEADER_EN.replace('lang: en', 'lang: ja')}sections:
  - title: バックアップ
    controls: [12.3.1]
    body: |
      データベースは毎日
      バックアップします。
      Snapshots are
      kept 14 days.
`);
  assert.match(html, /<p data-line="\d+">データベースは毎日バックアップします。\nSnapshots are\nkept 14 days.<\/p>/);
});

test('the HTML is balanced and every finding is placed once, for the examples and generated whitepapers', async () => {
  const { generateWhitepaper } = await import('../../../scripts/generateWhitepaper.mjs');
  const documents = [read('sample-cloud.ja.wp.yaml'), read('sample-cloud.en.wp.yaml'), read('flawed.ja.wp.yaml'), generateWhitepaper(30_000, { lang: 'ja', seed: 5 }), generateWhitepaper(30_000, { lang: 'en', seed: 5 })];
  for (const text of documents) {
    const html = render(text, { review: true, config: exampleConfig });
    for (const tag of ['main', 'header', 'section', 'nav', 'details', 'div', 'p', 'ol', 'ul', 'li', 'table', 'tr', 'td', 'th', 'a', 'mark', 'span', 'code', 'h2', 'h3']) {
      const opened = html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
      const closed = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
      assert.equal(opened, closed, `<${tag}> opened ${opened} times, closed ${closed}`);
    }
    const links = [...html.matchAll(/class="wp-finding-link" href="#(f-\d+)"/g)].map((m) => m[1]).sort();
    const notes = [...html.matchAll(/ role="note" id="(f-\d+)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(notes, links);
    const findings = createAnalyzer(WHITEPAPER).analyze(text, exampleConfig).findings.filter((f) => exampleConfig.rules[f.ruleId] !== 'off');
    assert.equal(links.length, findings.length);
  }
});
