import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { HEADER_EN, VALID } from '../../fixtures/minimal';

checkRule('placeholder', {
  valid: [
    VALID,
    HEADER_EN +
      yaml`
      sections:
        - title: Sizes
          body: |
            Plans go from S to XXL; TODOs in our tracker are reviewed weekly.
    `,
  ],
  invalid: [
    yaml`
      whitepaper: 1
      lang: ja
      title: サンプル ホワイトペーパー
      service: {name: サンプル, provider: 株式会社サンプル, model: SaaS}
      sections:
        - title: バックアップ TODO
      #                 ^^^^ placeholder/placeholder
          body: |
            バックアップは〇〇日間保存します。
      #            ^^ placeholder/placeholder
            復旧目標は［要記入］です。TBD
      #          ^^^^^ placeholder/placeholder
      #                  ^^^ placeholder/placeholder
      not_applicable:
        CLD.9.5.2: XX
      #            ^^ placeholder/placeholder
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups are kept [TODO number and unit].
      #                          ^^^^^^^^^^^^^^^^^^^^^^ placeholder/placeholder
          facts:
            backup.retention: TODO
      #                       ^^^^ placeholder/placeholder
            backup.generations: ［要記入］
      #                         ^^^^^ placeholder/placeholder
    `,
  ],
});

test('a marker as a facts value is a placeholder, not also a wrong value', () => {
  const text = `${HEADER_EN}sections:\n  - title: Backup\n    controls: [12.3.1]\n    facts:\n      backup.retention: TODO\n      backup.frequency: "［要記入］"\n`;
  const rules = createAnalyzer(WHITEPAPER).analyze(text).findings.map((f) => f.ruleId);
  assert.deepEqual(rules.filter((r) => r === 'invalid-value' || r === 'placeholder'), ['placeholder', 'placeholder']);
});
