import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('unused-suppression', {
  valid: [VALID, `# wp27017-disable control-missing -- a one-section draft\n${VALID}`],
  invalid: [
    HEADER_EN +
      yaml`
      # wp27017-disable placeholder -- drafts are fine here
      #^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unused-suppression/unused
      sections:
        - title: Backup
          controls: [12.3.1]
          # wp27017-disable-next-line invalid-value -- nothing wrong below
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unused-suppression/unused
          body: Backups run daily and are kept for 7 generations.
    `,
  ],
});

test('suppressions silence exactly their rules, on their line or in the whole file', () => {
  const text = `# wp27017-disable control-missing -- draft\n${VALID.replace('model: SaaS', 'model: Saas').replace('lang: en', '# wp27017-disable-next-line unknown-key -- wrong rule\nlang: en')}`;
  const ids = createAnalyzer(WHITEPAPER).analyze(text).findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('control-missing'), 'file-level suppression');
  assert.ok(ids.includes('invalid-value'), 'not suppressed by another rule');
  assert.deepEqual(ids.filter((id) => id === 'unused-suppression').length, 1, 'the next-line suppression of the wrong rule is unused');
});
