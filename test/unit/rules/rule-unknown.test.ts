import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { CONFIG } from '../../../server/src/analyze/documentKind';
import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';

checkRule('rule-unknown', {
  kind: CONFIG,
  valid: ['rules:\n  vague-period: off\n  control-missing: error\n', 'locale: ja\n'],
  invalid: [
    yaml`
      rules:
        vague-periods: off
      # ^^^^^^^^^^^^^ rule-unknown/suggest
        no-such-check: warning
      # ^^^^^^^^^^^^^ rule-unknown/unknown
        placeholder: info
    `,
  ],
});

test('the fix replaces a near miss with the rule id, and only the key', () => {
  const text = 'rules:\n  vague-periods: off\n';
  const [finding] = createAnalyzer(CONFIG).analyze(text).findings;
  assert.equal(finding.ruleId, 'rule-unknown');
  const [fix] = finding.fixes ?? [];
  assert.ok(fix?.preferred);
  const [edit] = fix.edits;
  assert.equal(text.slice(0, edit.start) + edit.text + text.slice(edit.end), 'rules:\n  vague-period: off\n');
});
