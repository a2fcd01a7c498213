import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { checkRule } from '../../helpers/checkRule';
import { yaml } from '../../helpers/annotations';
import { VALID } from '../../fixtures/minimal';

checkRule('yaml-syntax', {
  valid: [VALID, `# comment only before the keys\n${VALID}`],
  invalid: [
    yaml`
      whitepaper: 1
      lang: en
      title: "Example Cloud
      #                   ^ yaml-syntax/missingQuote
      service: {name: Example Cloud, provider: Example Inc., model: SaaS}
      sections:
        - title: Backup
          body: Backups run daily.
    `,
    yaml`
      whitepaper: 1
      notes
      #^^^^ yaml-syntax/notAKey
      lang: en
    `,
    yaml`
      whitepaper: 1
      lang: *nowhere
      #     ^^^^^^^^ yaml-syntax/alias
    `,
  ],
});

test('an alias bomb is refused with one finding, quickly', () => {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const findings = createAnalyzer(WHITEPAPER).analyze(lines.join('\n')).findings;
  assert.deepEqual(findings.map((f) => `${f.ruleId}/${f.messageId}`), ['yaml-syntax/aliasLimit']);
});

test('deep nesting yields a finding, not a crash', () => {
  const text = `whitepaper: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings;
  assert.ok(findings.some((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'invalid-value'));
});

test('keys like __proto__ are reported as unknown and pollute nothing', () => {
  const findings = createAnalyzer(WHITEPAPER).analyze(`${VALID}__proto__: {polluted: true}\nconstructor: 1\n`).findings.filter((f) => f.ruleId === 'unknown-key');
  assert.deepEqual(findings.map((f) => `${f.ruleId}:${(f.data as { key?: string }).key}`), ['unknown-key:__proto__', 'unknown-key:constructor']);
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
});

test('binary content is reported, not thrown on', () => {
  const text = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
  assert.ok(createAnalyzer(WHITEPAPER).analyze(text).findings.length > 0);
});

test('a key typed in the column of the list item\'s "-" is one finding that names the indentation, not a missing ":"', () => {
  const text = 'whitepaper: 1\nlang: en\ntitle: X Security Whitepaper\nservice: {name: X, provider: Y, model: SaaS}\nsections:\n  - title: Backup\n  controls: [12.3.1]\n';
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId === 'yaml-syntax');
  assert.deepEqual(
    findings.map((f) => [f.messageId, text.slice(f.start, f.end), f.data]),
    [['listItemIndent', 'controls: [12.3.1]', { n: 2, key: 'title' }]],
  );
});

test('a line indented deeper than a line that opens no block says so, once', () => {
  const text = 'whitepaper: 1\nlang: en\ntitle: X Security Whitepaper\nservice: {name: X, provider: Y, model: SaaS}\nsections:\n  - title: Backup\n  controls: [12.3.1]\n    body: Backups run daily.\n';
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId === 'yaml-syntax');
  assert.deepEqual(findings.map((f) => [f.messageId, text.slice(f.start, f.end)]), [
    ['listItemIndent', 'controls: [12.3.1]'],
    ['deeperIndent', 'body: Backups run daily.'],
  ]);
});
