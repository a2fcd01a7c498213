// The line scanner that splits a whitepaper into segments reads a top-level
// key as YAML does, so an analysis by segments says what one of the whole
// text says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { splitSegments } from '../../../server/src/parse/segments';
import { VALID } from '../../fixtures/minimal';

const keys = (text: string) => splitSegments(text, 'sections').map((s) => (s.kind === 'entry' ? s.key : s.kind));

test('keys that start with ":" or hold one (":lang", "a:b", and the empty key of ": x") are keys, as YAML reads them', () => {
  assert.deepEqual(keys('version: 1\n:lang: en\na:b: c\n: x\n'), ['version', ':lang', 'a:b', '']);
});

test('an analysis by segments and one of the whole text agree on such lines', () => {
  const findings = (text: string, segmented: boolean) =>
    createAnalyzer(WHITEPAPER, { segmented })
      .analyze(text)
      .findings.map((f) => `${f.ruleId} ${f.start}-${f.end}`);
  for (const line of [':lang: en', 'a:b: c', ': x']) {
    const text = VALID.replace('\ntitle:', `\n${line}\ntitle:`);
    assert.deepEqual(findings(text, true), findings(text, false), line);
    assert.ok(findings(text, true).some((f) => f.startsWith('unknown-key')), line);
  }
});
