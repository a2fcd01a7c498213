import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { CONFIG, WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { applyEdits } from '../../../server/src/core/fixAll';
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

test('the fix adds what is certain: the format version, and the language the text is written in', () => {
  const fixOf = (text: string, key: string) => {
    const finding = createAnalyzer(WHITEPAPER).analyze(text).findings.find((f) => f.ruleId === 'missing-key' && f.data.key === key)!;
    const fix = finding.fixes![0]!;
    return { text: applyEdits(text, fix.edits), preferred: fix.preferred };
  };
  const english = 'whitepaper: 1\ntitle: Example Cloud Security Whitepaper\nservice: {name: Example Cloud, provider: 株式会社サンプル, model: SaaS}\nsections:\n  - title: Backup\n    body: Backups run daily and are kept for 7 generations.\n';
  assert.deepEqual(fixOf(english, 'lang'), { text: english.replace('whitepaper: 1\n', 'whitepaper: 1\nlang: en\n'), preferred: true }, 'a Japanese provider name does not make it Japanese');
  const japanese = 'whitepaper: 1\ntitle: サンプルクラウド\nservice: {name: サンプル, provider: Example Inc., model: SaaS}\nsections:\n  - title: バックアップ\n    body: バックアップは毎日取得し、7世代保持します。\n';
  assert.equal(fixOf(japanese, 'lang').text, japanese.replace('whitepaper: 1\n', 'whitepaper: 1\nlang: ja\n'));
  const unversioned = english.replace('whitepaper: 1\n', 'lang: en\n');
  assert.deepEqual(fixOf(unversioned, 'whitepaper'), { text: `whitepaper: 1\n${unversioned}`, preferred: true });
});

test('a section without text gets a body with a marker to fill in', () => {
  const text = `${VALID}  - title: Clocks\n    controls: [12.4.4]\n`;
  const finding = createAnalyzer(WHITEPAPER).analyze(text).findings.find((f) => f.messageId === 'bodyOrSections')!;
  assert.equal(applyEdits(text, finding.fixes![0]!.edits), `${text.trimEnd()}\n    body: |\n      [TODO]\n`);
});

test('an empty "sections:" is a value of the wrong type, not an empty file; an empty settings file is all defaults', () => {
  const text = VALID.slice(0, VALID.indexOf('sections:')) + 'sections:\n';
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId !== 'control-missing');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.messageId, f.data.key]), [['invalid-value', 'type', 'sections']]);
  for (const settings of ['', '# later\n']) assert.deepEqual(createAnalyzer(CONFIG).analyze(settings).findings, []);
});
