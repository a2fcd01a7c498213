// Property: after any sequence of edits, what the warm analyzer (cached
// segments, document rules over cached parts) and the diagnostics cache give
// is what a from-scratch analysis and a fresh conversion give. Random
// sequences on whitepapers full of findings: duplicate and unknown ids,
// conflicting periods, suppressions, broken YAML along the way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analysis } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { DiagnosticCache, toDiagnostics } from '../../../server/src/lsp/diagnostics';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../../scripts/generateWhitepaper.mjs';
import { VALID } from '../../fixtures/minimal';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const SECTION = VALID.slice(VALID.indexOf('  - title: Backup'));
const STARTS: string[] = [
  VALID,
  // The same section twice: one cached result for two places.
  `${VALID}${SECTION}${SECTION}`,
  readFileSync(join(EXAMPLES, 'flawed.ja.wp.yaml'), 'utf8'),
  (generateWhitepaper as (bytes: number, options: object) => string)(6000, { heavy: true, seed: 3 }),
  (generateWhitepaper as (bytes: number, options: object) => string)(5000, { heavy: true, lang: 'en', seed: 4 }),
];

// What a user types, pastes or breaks: ids known and unknown, periods, section starts, YAML punctuation.
const FRAGMENTS = [
  'a', '日', ' ', '\n', '\r\n', ':', '- ', '"', '#', '\t', '12.3.1', '12.3.9', 'CLD.8.1.5', '8.13', ', 12.4.1', '2年間', '90日間', 'for two years',
  '\n  - title: Extra\n    controls: [12.4.1]\n    body: Logs are kept for 90 days.\n',
  '\n    # wp27017-disable-next-line control-duplicate -- kept\n',
  '\nnot_applicable:\n  12.3.1: not offered\n',
  '[TODO]',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
});

function comparable(analysis: Analysis) {
  return { findings: analysis.findings.map((f) => ({ ...f, related: f.related ?? [] })), sections: analysis.model.sections, entries: analysis.model.entries.map((e) => e.key) };
}

test('incremental analysis and diagnostics equal a from-scratch analysis after random edit sequences', () => {
  fc.assert(
    fc.property(fc.constantFrom(...STARTS.keys()), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const warm = createAnalyzer(WHITEPAPER);
      const cache = new DiagnosticCache();
      const options = { locale: 'en' as const, docsBase: 'file:///docs/' };
      let text = STARTS[start];
      warm.analyze(text);
      edits.forEach(({ at, remove, insert }, step) => {
        const offset = Math.floor(at * text.length);
        text = text.slice(0, offset) + insert + text.slice(offset + remove);
        const incremental = warm.analyze(text);
        const scratch = createAnalyzer(WHITEPAPER).analyze(text);
        assert.deepEqual(comparable(incremental), comparable(scratch), `after edit ${step}`);
        // Independent of the segment cache: one parse of the whole text (which reports YAML errors and repeated keys its own way).
        const whole = createAnalyzer(WHITEPAPER, { segmented: false }).analyze(text);
        if (!whole.findings.some((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'duplicate-key')) assert.deepEqual(comparable(incremental), comparable(whole), `whole text after edit ${step}`);
        const document = TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', step + 2, text);
        assert.deepEqual(cache.convert(incremental.findings, document, options), toDiagnostics(scratch.findings, document, options), `diagnostics after edit ${step}`);
      });
    }),
    { numRuns: 150, seed: 14 },
  );
});
