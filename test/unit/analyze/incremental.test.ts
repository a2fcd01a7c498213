// The segmented, cached path is an optimisation: it must never change what a
// user sees. Checked on valid documents against a whole-document parse, and on
// random edits against a fresh analyzer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer, type Analysis } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { VALID } from '../../fixtures/minimal';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.wp.yaml'))
  .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));

function comparable(analysis: Analysis) {
  return {
    findings: analysis.findings.map((f) => ({ ...f, related: f.related ?? [] })),
    sections: analysis.model.sections,
    entries: analysis.model.entries.map((e) => e.key),
  };
}

test('segmented analysis equals whole-document analysis on the examples', () => {
  assert.ok(examples.length >= 3, 'examples/ holds the bundled whitepapers');
  for (const text of [VALID, ...examples]) {
    const segmented = createAnalyzer(WHITEPAPER).analyze(text);
    const whole = createAnalyzer(WHITEPAPER, { segmented: false }).analyze(text);
    assert.deepEqual(comparable(segmented), comparable(whole));
  }
});

test('a warm analyzer gives what a cold one gives, edit after edit', () => {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const inserts = ['a', ' ', '\n', ':', '- ', '"', '日', '\n  - title: x\n    body: y\n', '#'];
  for (const start of [VALID, ...examples]) {
    const warm = createAnalyzer(WHITEPAPER);
    let text = start;
    for (let step = 0; step < 60; step++) {
      const at = random(text.length + 1);
      text = random(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + random(5)) : text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
      assert.deepEqual(comparable(warm.analyze(text)), comparable(createAnalyzer(WHITEPAPER).analyze(text)), `after edit ${step} at ${at}`);
    }
  }
});

test('a conflict between log periods in two sections offers fixes that follow both sections as the text between them grows', () => {
  const logs = (title: string, period: string) => `  - title: ${title}\n    controls: [12.4.1]\n    body: Audit logs are kept for ${period}.\n`;
  const between = VALID.slice(VALID.indexOf('  - title: Backup'));
  let text = `${VALID}${logs('Logs', '2 years')}${between}${logs('Audit trail', '180 days')}`;
  const warm = createAnalyzer(WHITEPAPER);
  const first = warm.analyze(text);
  assert.equal(first.findings.filter((f) => f.ruleId === 'log-retention-consistency' && (f.fixes?.length ?? 0) > 0).length, 2);
  // Typed into the section between: the first statement stays, the second moves, and each fix rewrites the other.
  const at = text.lastIndexOf('Backups run') + 3;
  for (const typed of ['x', 'yz']) {
    text = text.slice(0, at) + typed + text.slice(at);
    assert.deepEqual(comparable(warm.analyze(text)), comparable(createAnalyzer(WHITEPAPER).analyze(text)));
  }
});
