import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { findingMessage } from '../../../server/src/core/messages';
import { ruleById } from '../../../server/src/rules';
import type { Rule } from '../../../server/src/rules/rule';
import { capFindings, overBudget } from '../../../server/src/rules/analysis-incomplete';
import type { Finding, Severity } from '../../../server/src/core/finding';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('analysis-incomplete', { valid: [VALID, ''], invalid: [] });

/** Makes one rule throw while `run` runs, as a stack overflow in it would. */
function withFailing<T>(ruleId: string, hook: 'checkDocument' | 'checkSection', run: () => T): T {
  const rule = ruleById(ruleId) as { -readonly [K in keyof Rule]: Rule[K] };
  const original = rule[hook];
  rule[hook] = () => {
    throw new RangeError('Maximum call stack size exceeded');
  };
  try {
    return run();
  } finally {
    rule[hook] = original as never;
  }
}

test('a document rule that throws becomes one finding naming it, and every other rule is still reported', () => {
  const text = VALID.replace('model: SaaS', 'model: Saas');
  const reference = createAnalyzer(WHITEPAPER).analyze(text).findings;
  const findings = withFailing('control-missing', 'checkDocument', () => createAnalyzer(WHITEPAPER).analyze(text).findings);
  const failed = findings.filter((f) => f.ruleId === 'analysis-incomplete');
  assert.equal(failed.length, 1);
  assert.equal(findingMessage(failed[0], 'analysis-incomplete', 'en'), 'Rule control-missing failed on this document (RangeError: Maximum call stack size exceeded); its findings are missing, the other rules are reported. Please report this.');
  assert.match(findingMessage(failed[0], 'analysis-incomplete', 'ja'), /ルール control-missing がこの文書の検査に失敗しました/);
  assert.deepEqual(
    findings.filter((f) => f.ruleId !== 'analysis-incomplete').map((f) => f.ruleId),
    reference.filter((f) => f.ruleId !== 'control-missing').map((f) => f.ruleId),
  );
  assert.ok(findings.some((f) => f.ruleId === 'invalid-value'));
});

test('a section rule that throws is reported at the section title', () => {
  const text = `${HEADER_EN}sections:\n  - title: Backup\n    controls: [12.3.1]\n    body: Backups run daily.\n`;
  const findings = withFailing('backup-retention', 'checkSection', () => createAnalyzer(WHITEPAPER).analyze(text).findings);
  const failed = findings.find((f) => f.ruleId === 'analysis-incomplete');
  assert.ok(failed);
  assert.equal(text.slice(failed.start, failed.end), 'Backup');
  assert.equal(failed.data.rule, 'backup-retention');
});

test('more than 1,000 findings: the first 1,000, then one at the first left out that counts the rest', () => {
  const keys = Array.from({ length: 1500 }, (_, i) => `extra_${i}: x`).join('\n');
  const text = `${VALID}${keys}\n`;
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings;
  assert.equal(findings.length, 1001);
  const last = findings[1000];
  assert.equal(last.ruleId, 'analysis-incomplete');
  assert.equal(last.messageId, 'tooManyFindings');
  assert.ok(last.start >= findings[999].start);
  assert.match(findingMessage(last, 'analysis-incomplete', 'en'), /^\d+ more findings are left out; this report shows the first 1000\./);
  assert.match(findingMessage(last, 'analysis-incomplete', 'ja'), /^ほかに\d+件の指摘を省略しました/);
});

test('the finding for those left out is as severe as the worst of them, so CI still fails on a late error', () => {
  const at = (start: number, severity: Severity): Finding => ({ ruleId: 'vague-period', messageId: 'vague', data: {}, severity, start, end: start + 1 });
  const findings = [...Array.from({ length: 5 }, (_, i) => at(i, 'info')), at(10, 'warning'), at(11, 'error'), at(12, 'info')];
  const capped = capFindings(findings, 5);
  assert.equal(capped.length, 6);
  assert.deepEqual({ ...capped[5], data: { ...capped[5].data } }, { ruleId: 'analysis-incomplete', messageId: 'tooManyFindings', data: { count: 3, limit: 5 }, severity: 'error', start: 10, end: 10 });
  assert.equal(capFindings(findings, 8), findings);
});

test('a fault outside the guarded rule hooks still gives an answer (cached like any other), not an exception', () => {
  const rule = ruleById('invalid-value') as { -readonly [K in keyof Rule]: Rule[K] };
  const original = rule.fromSchemaError;
  rule.fromSchemaError = () => {
    throw new TypeError('boom');
  };
  try {
    const analysis = createAnalyzer(WHITEPAPER).analyze(VALID.replace('model: SaaS', 'model: 42'));
    assert.deepEqual(analysis.findings.map((f) => [f.ruleId, f.messageId]), [['analysis-incomplete', 'analysisFailed']]);
    assert.match(findingMessage(analysis.findings[0], 'analysis-incomplete', 'en'), /^The checker failed on this document \(TypeError: boom\)/);
  } finally {
    rule.fromSchemaError = original;
  }
});

test('a document over its time budget in the editor says so in both languages, with the budget in seconds', () => {
  const finding = overBudget(1500);
  assert.deepEqual([finding.start, finding.end, finding.severity], [0, 0, 'error']);
  assert.match(findingMessage(finding, 'analysis-incomplete', 'en'), /^Checking this document took longer than 1\.5 s and was stopped, so nothing else is reported\. It is checked again when you edit it/);
  assert.match(findingMessage(finding, 'analysis-incomplete', 'ja'), /^この文書の検査が1\.5秒を超えたため中断しました。/);
});
