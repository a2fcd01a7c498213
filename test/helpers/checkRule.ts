// Table-driven rule tests: `valid` documents must produce no finding of the
// rule; each `invalid` document carries caret annotations for exactly the
// findings it must produce (rule, message and span).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { WHITEPAPER, type DocumentKind } from '../../server/src/analyze/documentKind';
import { findingMessage } from '../../server/src/core/messages';
import { parseAnnotated } from './annotations';

export interface RuleCases {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
  readonly kind?: DocumentKind;
}

export function checkRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    cases.valid.forEach((source, i) => {
      test(`valid #${i + 1} has no ${ruleId} finding`, () => {
        const findings = createAnalyzer(cases.kind ?? WHITEPAPER).analyze(source).findings.filter((f) => f.ruleId === ruleId);
        assert.deepEqual(findings.map((f) => `${f.messageId}@${f.start}: ${findingMessage(f, ruleId, 'en')}`), []);
      });
    });
    cases.invalid.forEach((annotated, i) => {
      test(`invalid #${i + 1} reports exactly the annotated findings`, () => {
        const { text, expected } = parseAnnotated(annotated);
        const findings = createAnalyzer(cases.kind ?? WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId === ruleId);
        const show = (f: { messageId: string; start: number; end: number }) => `${f.messageId} ${JSON.stringify(text.slice(f.start, f.end))}@${f.start}`;
        assert.deepEqual(findings.map(show), expected.filter((e) => e.ruleId === ruleId).map(show));
        for (const finding of findings) {
          for (const locale of ['en', 'ja'] as const) {
            const message = findingMessage(finding, ruleId, locale);
            assert.doesNotMatch(message, /\{\w+\}/, `unfilled slot in ${locale} message: ${message}`);
          }
        }
      });
    });
  });
}
