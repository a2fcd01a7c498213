// A finding's fixes are made when a code action (or --fix, or the JSON report)
// reads them, not on every keystroke: a severity from the configuration and an
// edit that moves findings copy a finding without making its fixes, and the
// fixes read from the copy are the finding's, where the copy is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { DEFAULT_CONFIG } from '../../../server/src/config/config';
import { applySeverities } from '../../../server/src/config/workspaceConfig';
import { shiftFinding, type Fix } from '../../../server/src/core/finding';
import { defineRule } from '../../../server/src/rules/rule';
import { toFinding } from '../../../server/src/rules/toFinding';
import { VALID } from '../../fixtures/minimal';

const rule = defineRule({ id: 'control-missing', severity: 'error', description: { en: '', ja: '' }, messages: { m: { en: '', ja: '' } } });

function lazyFinding() {
  let made = 0;
  const fixes: Fix[] = [{ messageId: 'm', edits: [{ start: 10, end: 12, text: 'x' }], preferred: true }];
  const finding = toFinding(rule, { start: 10, end: 12, messageId: 'm', fixes: () => (made++, fixes) });
  return { finding, fixes, made: () => made };
}

test('a configured severity copies a finding without making its fixes; read from the copy, they are made once', () => {
  const { finding, fixes, made } = lazyFinding();
  const [warning] = applySeverities([finding], { ...DEFAULT_CONFIG, rules: { 'control-missing': 'warning' } });
  assert.equal(warning.severity, 'warning');
  assert.equal(made(), 0, 'not made by the copy');
  assert.deepEqual(warning.fixes, fixes);
  assert.deepEqual(warning.fixes, fixes);
  assert.equal(made(), 1);
  const [same] = applySeverities([finding], { ...DEFAULT_CONFIG, rules: { 'control-missing': 'error' } });
  assert.equal(same, finding, 'the severity it has: the same finding');
});

test('a moved finding moves its fixes when they are read, not before', () => {
  const { finding, made } = lazyFinding();
  const moved = shiftFinding(finding, 5);
  assert.equal(made(), 0);
  assert.deepEqual(moved.fixes, [{ messageId: 'm', edits: [{ start: 15, end: 17, text: 'x' }], preferred: true }]);
  assert.deepEqual(finding.fixes?.[0].edits, [{ start: 10, end: 12, text: 'x' }], 'the finding keeps its own');
  const plain = shiftFinding({ ruleId: 'r', messageId: 'm', data: {}, severity: 'info', start: 1, end: 2 }, 3);
  assert.ok(!('fixes' in plain), 'a finding without fixes gets none');
});

test("a missing control's section, with the configuration's severity, is placed only when its fix is read", () => {
  const config = { ...DEFAULT_CONFIG, rules: { 'control-missing': 'warning' as const } };
  const findings = applySeverities(createAnalyzer(WHITEPAPER).analyze(VALID, config).findings, config);
  const missing = findings.filter((f) => f.ruleId === 'control-missing');
  assert.ok(missing.length > 0 && missing.every((f) => f.severity === 'warning'));
  for (const finding of missing) {
    const descriptor = Object.getOwnPropertyDescriptor(finding, 'fixes');
    assert.ok(descriptor?.get, `${finding.data.id}: fixes not made yet`);
    assert.ok((finding.fixes ?? []).length > 0);
    assert.ok(!Object.getOwnPropertyDescriptor(finding, 'fixes')?.get, 'made once, then kept');
  }
});
