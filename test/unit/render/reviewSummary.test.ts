// The reviewer summary folds a long group of findings, but never one that holds an error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding, Severity } from '../../../server/src/core/finding';
import { summaryHtml } from '../../../server/src/render/reviewNotes';
import { sourceLines } from '../../../server/src/render/sourceLines';

const text = 'x\n'.repeat(20);
const findings = (ruleId: string, severities: Severity[]) =>
  severities.map((severity, i) => ({
    finding: { ruleId, messageId: 'placeholder', data: { text: 'TODO' }, severity, start: i * 2, end: i * 2 + 1 } satisfies Finding,
    anchor: `f-${ruleId}-${i}`,
  }));

test('a group of more than five findings starts folded unless one of them is an error', () => {
  const html = summaryHtml([...findings('placeholder', Array(8).fill('warning')), ...findings('control-missing', ['info', 'info', 'info', 'info', 'info', 'error'])], sourceLines(text), 'en');
  const groups = [...html.matchAll(/<details class="wp-rule-group"( open)?><summary><code class="wp-rule">([a-z-]+)<\/code>/g)].map((m) => [m[2], Boolean(m[1])]);
  assert.deepEqual(groups, [
    ['control-missing', true],
    ['placeholder', false],
  ]);
});
