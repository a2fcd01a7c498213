// What an idle worker reads after its short warm-up texts (analyze/firstReportWarmUp.ts): texts of the size asked,
// whose sections are all different (an analysis parses a section written twice once), and which parse and check
// clean, so the warm-up runs the path an open's first report runs, not the one for broken YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { firstReportSteps } from '../../../server/src/analyze/firstReportWarmUp';
import { splitSegments } from '../../../server/src/parse/segments';
import { largeWarmUpText, WARM_UP_TEXTS } from '../../../server/src/lsp/warmUpText';

test('the larger warm-up texts are as long as asked, their sections all different, and checked in steps', () => {
  for (const short of WARM_UP_TEXTS) {
    const text = largeWarmUpText(short, 20_000);
    assert.ok(text.length >= 20_000 && text.length < 22_000, `${text.length} characters`);
    const items = splitSegments(text, WHITEPAPER.splitKey).filter((s) => s.kind === 'item');
    assert.ok(items.length > 20);
    assert.equal(new Set(items.map((s) => text.slice(s.start, s.end))).size, items.length);
    const steps = [...firstReportSteps(WHITEPAPER, text, 10)].length;
    assert.ok(steps >= Math.floor(items.length / 10), `${steps} steps`);
    let first: readonly unknown[] | undefined;
    createAnalyzer(WHITEPAPER).analyze(text, undefined, undefined, (findings) => (first = findings));
    assert.deepEqual(first, []);
  }
});
