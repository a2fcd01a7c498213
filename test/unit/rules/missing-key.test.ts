import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('missing-key', {
  valid: [VALID],
  invalid: [
    yaml`
      whitepaper: 1
      #^^^^^^^^^^^^ missing-key/missingTop
      lang: en
      service:
      #^^^^^^ missing-key/missingIn
        name: Example Cloud
        model: SaaS
      sections:
        - title: Backup
          body: Backups run daily.
        - title: Logging
      #   ^^^^^^^^^^^^^^ missing-key/bodyOrSections
        - title: Operations
      #   ^^^^^^^^^^^^^^^^^ missing-key/bodyOrSections
          sections: []
    `,
  ],
});

test('an empty file gets one finding that lists what a whitepaper needs', () => {
  for (const text of ['', '\n\n', '# only a comment\n']) {
    const findings = createAnalyzer(WHITEPAPER).analyze(text).findings;
    assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.messageId}`), ['missing-key/emptyDocument']);
  }
});
