// Import is valid by construction: whatever a published text holds, the YAML
// it becomes has no finding about its own form (syntax, keys, empty values).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';

const FORM_RULES = new Set(['yaml-syntax', 'unknown-key', 'missing-key', 'invalid-value', 'duplicate-key']);

const formFindings = (text: string, name = 'paper.txt') => {
  const { yaml } = importWhitepaper(text, name);
  return createAnalyzer(WHITEPAPER).analyze(yaml).findings.filter((f) => FORM_RULES.has(f.ruleId)).map((f) => `${f.ruleId} ${JSON.stringify(f.data)}`);
};

// Lines in the shapes whitepapers take, and lines of anything at all.
const word = fc.constantFrom('バックアップ', 'データの削除', 'Backup', 'logs', '"quoted"', 'a: b', '#', '- x', '|', '>', '&anchor', '*alias', '{x}', '[y]', '\\', '\t', '\u3000', '…', '。');
const phrase = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
const line = fc.oneof(
  phrase,
  phrase.map((p) => `1. ${p}`),
  phrase.map((p) => `  2. ${p}`),
  phrase.map((p) => `2.3. ${p}`),
  phrase.map((p) => `第1章 ${p}`),
  phrase.map((p) => `(1) ${p}`),
  phrase.map((p) => `① ${p}`),
  phrase.map((p) => `■ ${p}`),
  phrase.map((p) => `【${p}】`),
  phrase.map((p) => `<${p}>`),
  phrase.map((p) => `# ${p}`),
  phrase.map((p) => `・${p}`),
  phrase.map((p) => `${p}\t3`),
  phrase.map((p) => `${p} ........ 4`),
  fc.constantFrom('', ' ', '目次', 'Contents', '- 3 -', '3 / 12', 'CLD12.1.5', '---', '...', '%YAML 1.2', '\r', '\u2028', '\u0085', '\ufeff', '\ud800', '\u0000\u0007'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

test('any text imports to YAML with no finding about its form', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('paper.txt', 'paper.md', '', 'x'), (lines, name) => {
      assert.deepEqual(formFindings(lines.join('\n'), name), []);
    }),
    { numRuns: 300 },
  );
});

test('headings with nothing under them are read as text, never as sections with an empty body', () => {
  const text = 'サービス概要\n\n1. 概要\n\n2. 運用\n\n3. 体制\n本書の説明です。\n';
  assert.deepEqual(formFindings(text), []);
  assert.doesNotMatch(importWhitepaper(text, 'x.txt').yaml, /body: ""/);
});
