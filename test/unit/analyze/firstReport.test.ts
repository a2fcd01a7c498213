// The first report of an open: the quick findings (what each segment's parse and schema check find), known before any
// rule has run. The editor shows them before the full report, so the full report must hold every one of them, at the
// same place, whatever else it reports, and show no quick finding the first report left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import type { Finding } from '../../../server/src/core/finding';
import { DEFAULT_CONFIG } from '../../../server/src/config/config';
import { MAX_FINDINGS } from '../../../server/src/rules/analysis-incomplete';
import { isQuick } from '../../../server/src/analyze/quickFindings';
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

// A value the schema refuses (a section's unknown key, a service model misspelt), one it would refuse but for a
// suppression, findings of rules (a vague period, a duplicate claim, an unknown id) and a syntax error.
const MIXED = `${VALID.replace('model: SaaS', 'model: Saas')}  - title: Backup again
    controls: [12.3.1, 99.9.9]
    colour: red
    body: Backups are copied offsite.
  - title: Logs
    controls: [12.4.1]
    # wp27017-disable-next-line unknown-key -- kept for the migration
    extra: 1
    body: Event logs are kept for some time.
${BROKEN_SECTION}`;

test("the first report is the segments' syntax errors and schema findings, exactly the full report's", () => {
  const { first, full } = staged(MIXED);
  assert.deepEqual(first.map((f) => f.ruleId).sort(), ['invalid-value', 'unknown-key', 'yaml-syntax']);
  assert.deepEqual(full.filter(isQuick).map(place), first.map(place));
  for (const rule of ['vague-period', 'control-duplicate', 'control-unknown']) assert.ok(full.some((f) => f.ruleId === rule), `${rule} is in the full report only`);
  assert.ok(!full.some((f) => f.ruleId === 'unused-suppression'), 'the suppression is used');
});

test('a schema finding past a thousand findings of rules is in both reports; one past a thousand schema findings in neither', () => {
  const unknown = Array.from({ length: MAX_FINDINGS + 50 }, (_, i) => `  - title: Part ${i}\n    controls: [99.${i}.1]\n    body: Text ${i}.\n`).join('');
  const late = '  - title: Late\n    controls: [12.4.1]\n    colour: red\n    body: Logs are kept for one year.\n';
  const a = staged(`${HEADER_EN}sections:\n${unknown}${late}`);
  assert.deepEqual(a.first.map((f) => f.ruleId), ['unknown-key']);
  assert.deepEqual(a.full.filter(isQuick).map(place), a.first.map(place));
  const schema = Array.from({ length: MAX_FINDINGS + 5 }, (_, i) => `  - title: Part ${i}\n    controls: [12.3.1]\n    colour: red\n    body: Text ${i}.\n`).join('');
  const b = staged(`${HEADER_EN}sections:\n${schema}`);
  assert.equal(b.first.length, MAX_FINDINGS);
  assert.deepEqual(b.full.filter(isQuick).map(place), b.first.map(place));
  assert.ok(!b.first.some((f) => f.messageId === 'tooManyFindings'), 'the count of those left out is the full report\'s to give');
});

test('a schema finding a comment suppresses, or of a rule turned off, is in neither report', () => {
  const suppressed = staged(`# wp27017-disable unknown-key -- being rewritten\n${MIXED}`);
  assert.ok(!suppressed.first.some((f) => f.ruleId === 'unknown-key'));
  assert.deepEqual(suppressed.full.filter(isQuick).map(place), suppressed.first.map(place));
  const off = staged(MIXED, { 'invalid-value': 'off' });
  assert.deepEqual(off.first.map((f) => f.ruleId).sort(), ['unknown-key', 'yaml-syntax']);
  assert.deepEqual(off.full.filter(isQuick).map(place), off.first.map(place));
});
