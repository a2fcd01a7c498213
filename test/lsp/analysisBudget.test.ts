// No document can hold the server up: a document whose analysis runs over its
// time budget gets one finding that says so, the other documents are answered
// meanwhile, and the server goes on working after the worker that held it was
// restarted. The budget is made small here (WP27017_ANALYSIS_BUDGET_MS) and the
// slow document large, so the outcome does not hang on the machine's speed. The
// budget counts CPU time: on a busy machine the cut comes later on the clock (up
// to four budgets), so the slow document's answers are waited for as long as the others.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';

const FOLDER = workspaceWithoutCoverage();
const WS = pathToFileURL(FOLDER).href;
const SLOW = `${WS}/slow.wp.yaml`;
const OTHER = `${WS}/other.wp.yaml`;
/** Each section different, so no cache answers for another: 14 MB of them (under the 20 MB cap) take about 11 s of CPU to analyse here, well over the 6 s budget, which leaves the other requests time on a loaded machine. */
/** "At once" against a second analysis, which would run for the whole CPU budget and so far longer on a loaded machine's clock. The waits after the worker's restart only tell an answer from a hang: the restarted worker loads its code first, slow at a load of 12–15 (once over 10 s). */
const AT_ONCE_MS = 5_000;
const SLOW_TEXT = VALID + Array.from({ length: 160_000 }, (_, i) => `  - title: Backup details ${i}\n    body: |\n      Backups of store ${i} run daily and are kept for 7 generations.\n`).join('');

describe('a document over its analysis budget (pull diagnostics)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ pull: true, env: { WP27017_ANALYSIS_BUDGET_MS: '6000' } })));
  after(() => client.stop());

  test('gets one finding that says so, while its completion and outline and another document are answered meanwhile', async () => {
    client.open(SLOW, SLOW_TEXT);
    client.open(OTHER, VALID);
    let slowAnswered = false;
    const slow = client.pull(SLOW, undefined, 60_000).then((report) => ((slowAnswered = true), report));
    // The slow document's own completion and outline do not wait for its analysis either.
    const completion = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: SLOW }, position: { line: 1, character: 0 } }, 60_000);
    const outline = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: SLOW } }, 60_000);
    assert.equal(slowAnswered, false, 'completion and outline on the slow document were answered while it was being analysed');
    assert.ok(completion.some((item) => item.label === 'lang'), 'completion offers the schema keys from the text');
    assert.deepEqual(outline, []);
    const other = await client.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: OTHER } }, 60_000);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: OTHER }, position: { line: 0, character: 2 } }, 60_000);
    assert.equal(slowAnswered, false, 'the other document was answered while the slow one was still being analysed');
    assert.deepEqual([other.kind, other.items], ['full', []]);
    assert.match(JSON.stringify(hover?.contents), /Format version/);

    const report = await slow;
    assert.equal(report.kind, 'full');
    assert.deepEqual(
      report.items!.map((d) => [d.code, d.range.start.line, d.message]),
      [['analysis-incomplete', 0, 'Checking this document took longer than 6 s and was stopped, so nothing else is reported. It is checked again when you edit it; a very long line, name or id is the usual cause, or split the file.']],
    );
  });

  test('is not analysed again until it changes: asking again is answered at once, hover and completion too', async () => {
    const first = await client.pull(SLOW);
    const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri: SLOW }, previousResultId: first.resultId }, AT_ONCE_MS);
    assert.equal(again.kind, 'unchanged');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: SLOW }, position: { line: 0, character: 2 } }, AT_ONCE_MS), null);
    const items = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: SLOW }, position: { line: 1, character: 0 } }, AT_ONCE_MS);
    assert.ok(items.some((item) => item.label === 'lang'), 'completion still offers the schema keys from the text');
  });

  test('the restarted worker checks the documents pinned to it, and the slow one once it changes', async () => {
    const third = `${WS}/third.wp.yaml`;
    client.open(third, VALID.replace('model: SaaS', 'model: Saas'));
    assert.deepEqual((await client.pull(third, undefined, 60_000)).items!.map((d) => d.code), ['invalid-value']);

    client.change(SLOW, 2, [{ text: VALID.replace('lang: en', 'lang: english') }]);
    assert.deepEqual((await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: SLOW } }, 60_000)).items.map((d) => d.code), ['invalid-value']);
    assert.deepEqual((await client.pull(OTHER, undefined, 60_000)).items, []);
  });

  test('Check All Whitepapers: a file over budget gets the finding, the others their report', async () => {
    writeFileSync(join(FOLDER, 'slow-on-disk.wp.yaml'), SLOW_TEXT);
    writeFileSync(join(FOLDER, 'broken-on-disk.wp.yaml'), VALID.replace('model: SaaS', 'model: Saas'));
    const uris = ['slow-on-disk.wp.yaml', 'broken-on-disk.wp.yaml'].map((name) => pathToFileURL(join(FOLDER, name)).href);
    const result = await client.request<{ files: { uri: string; diagnostics: { code: string }[] }[] }>('wp27017/checkFiles', { uris }, 60_000);
    assert.deepEqual(
      result.files.map((file) => [file.uri, file.diagnostics.map((d) => d.code)]),
      [
        [uris[0], ['analysis-incomplete']],
        [uris[1], ['invalid-value']],
      ],
    );
    assert.deepEqual((await client.pull(OTHER, undefined, 60_000)).items, [], 'the open documents are still answered');
  });
});

describe('a document over its analysis budget (push diagnostics)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'ja', env: { WP27017_ANALYSIS_BUDGET_MS: '3000' } })));
  after(() => client.stop());

  test('the finding is published in the editor language, and the next edit is checked again', async () => {
    client.open(SLOW, SLOW_TEXT);
    const published = await client.diagnostics(SLOW, 1, 60_000);
    assert.deepEqual(
      published.map((d) => [d.code, d.message]),
      [['analysis-incomplete', 'この文書の検査が3秒を超えたため中断しました。ほかの指摘は表示できません。編集すると再び検査します。非常に長い行・名前・ID が主な原因です。ファイルの分割も検討してください。']],
    );
    client.change(SLOW, 2, [{ text: VALID }]);
    assert.deepEqual(await client.diagnostics(SLOW, 2, 60_000), []);
  });
});
