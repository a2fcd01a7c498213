// The first report of an open: the YAML syntax errors, known once the text is parsed. The editor shows them before
// the full report, so the full report must hold every one of them, at the same place, whatever else it reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import type { Finding } from '../../../server/src/core/finding';
import { DEFAULT_CONFIG } from '../../../server/src/config/config';
import { MAX_FINDINGS } from '../../../server/src/rules/analysis-incomplete';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

const place = (f: Finding) => `${f.ruleId} ${f.messageId} ${f.start}-${f.end}`;

function staged(text: string, rules: Record<string, 'off'> = {}): { first: readonly Finding[]; full: readonly Finding[] } {
  let first: readonly Finding[] | undefined;
  const config = { ...DEFAULT_CONFIG, rules };
  const full = createAnalyzer(WHITEPAPER).analyze(text, config, undefined, (findings) => (first = findings)).findings;
  assert.ok(first, 'the first report was given');
  return { first, full };
}

const BROKEN_SECTION = '  - title: Logs\n    controls: [12.4.1\n    body: Event logs are kept for one year.\n';

test('the first report is the syntax errors, each of them in the full report', () => {
  const text = `${VALID}${BROKEN_SECTION}`;
  const { first, full } = staged(text);
  assert.ok(first.length > 0);
  assert.ok(first.every((f) => f.ruleId === 'yaml-syntax'));
  for (const finding of first) assert.ok(full.map(place).includes(place(finding)), place(finding));
  assert.deepEqual(full.filter((f) => f.ruleId === 'yaml-syntax').map(place), first.map(place));
});

test('a valid document has an empty first report', () => {
  assert.deepEqual(staged(VALID).first, []);
});

test('a syntax error past a thousand other findings stays in the full report', () => {
  const unknown = Array.from({ length: MAX_FINDINGS + 50 }, (_, i) => `  - title: Part ${i}\n    controls: [99.${i}.1]\n    body: Text ${i}.\n`).join('');
  const text = `${HEADER_EN}sections:\n${unknown}${BROKEN_SECTION}`;
  const { first, full } = staged(text);
  assert.ok(first.length > 0);
  const kept = full.map(place);
  for (const finding of first) assert.ok(kept.includes(place(finding)), `${place(finding)} is kept past the cap`);
  const left = full.find((f) => f.messageId === 'tooManyFindings');
  assert.ok(left, 'the others past the cap are counted');
  assert.equal(full.filter((f) => f.ruleId !== 'yaml-syntax' && f !== left).length, MAX_FINDINGS);
  assert.ok(full.every((f, i) => i === 0 || full[i - 1].start <= f.start), 'the report stays sorted');
});

test('a syntax error a comment suppresses, or a rule turned off, is in neither report', () => {
  const suppressed = `# wp27017-disable yaml-syntax -- being rewritten\n${VALID}${BROKEN_SECTION}`;
  const a = staged(suppressed);
  assert.deepEqual(a.first, []);
  assert.ok(a.full.every((f) => f.ruleId !== 'yaml-syntax'));
  const b = staged(`${VALID}${BROKEN_SECTION}`, { 'yaml-syntax': 'off' });
  assert.deepEqual(b.first, []);
  assert.ok(b.full.every((f) => f.ruleId !== 'yaml-syntax'));
});
