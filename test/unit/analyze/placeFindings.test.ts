// Property: the report placed from segments' findings (relative to their segments, each list sorted) and the
// document's own is what sorting every finding by position, leaving out the rules turned off and capping at
// MAX_FINDINGS gives, whichever lists were counted rather than placed, and under whichever configuration.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Finding, Severity } from '../../../server/src/core/finding';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../server/src/config/config';
import { FindingPlacer, placeFindings, type SegmentFindings } from '../../../server/src/analyze/placeFindings';
import { isQuick } from '../../../server/src/analyze/quickFindings';
import { capFindings } from '../../../server/src/rules/analysis-incomplete';

const RULES = ['control-duplicate', 'control-unknown', 'vague-period', 'log-retention-consistency', 'yaml-syntax'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

const finding = fc.record({
  start: fc.nat({ max: 40 }),
  length: fc.nat({ max: 5 }),
  rule: fc.constantFrom(...RULES),
  severity: fc.constantFrom(...SEVERITIES),
});
const toFinding = ({ start, length, rule, severity }: { start: number; length: number; rule: string; severity: Severity }, by = 0): Finding => ({
  ruleId: rule,
  messageId: 'm',
  data: {},
  severity,
  start: start + by,
  end: start + length + by,
});

const comparable = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId} ${f.messageId} ${f.severity} ${f.start}-${f.end} ${JSON.stringify(f.data ?? null)}`);

test('placed, sorted, filtered and capped as every finding sorted together would be', () => {
  let capped = 0;
  fc.assert(
    fc.property(
      fc.array(fc.record({ gap: fc.nat({ max: 30 }), findings: fc.array(finding, { maxLength: 40 }), copies: fc.integer({ min: 1, max: 120 }), overlaps: fc.boolean() }), { maxLength: 12 }),
      fc.array(fc.record({ at: fc.nat({ max: 400 }), f: finding }), { maxLength: 30 }),
      fc.subarray(RULES),
      fc.boolean(),
      (segmentSpecs, ownSpecs, off, mayOverlap) => {
        const config: WorkspaceConfig = { ...DEFAULT_CONFIG, rules: Object.fromEntries(off.map((rule) => [rule, 'off' as const])) };
        // Each segment after the last one's findings, unless it overlaps them (then every finding is placed and sorted);
        // its list long enough, now and then, to pass the cap.
        let end = 0;
        const segments: SegmentFindings[] = segmentSpecs.map(({ gap, findings, copies, overlaps }) => {
          const base = mayOverlap && overlaps ? Math.max(0, end - gap) : end + gap;
          const list = Array.from({ length: copies }, () => findings.map((f) => toFinding(f))).flat().sort(byPosition);
          end = Math.max(end, base + Math.max(0, ...list.map((f) => f.end)));
          return { list, base };
        });
        const own = ownSpecs.map(({ at, f }) => toFinding(f, at));
        const everything = [...segments.flatMap(({ list, base: by }) => list.map((f) => ({ ...f, start: f.start + by, end: f.end + by }))), ...[...own].sort(byPosition)];
        const expected = capFindings(everything.sort(byPosition).filter((f) => config.rules[f.ruleId] !== 'off'), 1000, isQuick);
        if (expected.some((f) => f.messageId === 'tooManyFindings')) capped++;
        // The same lists twice: the second time their counts are the kept ones.
        const placer = new FindingPlacer();
        for (let round = 0; round < 2; round++) {
          const placed = placeFindings('', segments, [...own], config, placer);
          assert.deepEqual(comparable(placed), comparable(expected));
        }
        // Under another configuration, the counts kept for the first are not taken.
        const allOn = capFindings(everything.sort(byPosition), 1000, isQuick);
        assert.deepEqual(comparable(placeFindings('', segments, [...own], DEFAULT_CONFIG, placer)), comparable(allOn));
      },
    ),
    { numRuns: 300, seed: 7 },
  );
  // Syntax errors and the other findings are capped apart (1,000 each): the lists are long enough to reach either.
  assert.ok(capped > 30, `only ${capped} reports were capped`);
});

test('past the cap, findings are counted by segment, with the worst severity', () => {
  const list = Array.from({ length: 600 }, (_, i) => toFinding({ start: i, length: 1, rule: 'control-unknown', severity: i === 599 ? 'error' : 'info' }));
  const segments = [0, 1000, 2000].map((base) => ({ list, base }));
  const placed = placeFindings('', segments, [], DEFAULT_CONFIG, new FindingPlacer());
  assert.equal(placed.length, 1001);
  const last = placed[1000];
  assert.equal(last.messageId, 'tooManyFindings');
  assert.deepEqual(last.data, { count: 800, limit: 1000 });
  assert.equal(last.start, 1000 + 400);
  assert.equal(last.severity, 'error');
});
