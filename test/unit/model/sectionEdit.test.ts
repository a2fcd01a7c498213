// Where "Add a section" puts a missing control: in control order, beside the
// section that answers the nearest lower control, in its indentation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { applyEdits } from '../../../server/src/core/fixAll';
import { sectionEdit } from '../../../server/src/model/insertions';
import { HEADER_EN } from '../../fixtures/minimal';

const NESTED = `${HEADER_EN}sections:
  - title: 8 Asset management
    sections:
      - title: 8.1.1 Inventory of assets
        controls: [8.1.1]
        body: Assets are listed.
  - title: 12 Operations security
    sections:
      - title: 12.3.1 Backup
        controls: [12.3.1]
        body: Daily, kept 14 days.
      - title: 12.6.1 Vulnerabilities
        controls: [12.6.1]
        body: Patched monthly.
`;

function add(text: string, id: string): string {
  const model = createAnalyzer(WHITEPAPER).analyze(text).model;
  const edit = sectionEdit(model, id, [`title: ${id} New`, `controls: [${id}]`, 'body: |', '  [TODO]']);
  assert.ok(edit);
  return applyEdits(text, [edit]);
}

const titles = (text: string) => [...text.matchAll(/^( *)- title: (.*)$/gm)].map((m) => `${m[1]}${m[2]}`);

test('inside the clause, after the nearest lower control, in that section\'s indentation', () => {
  const fixed = add(NESTED, '12.4.4');
  assert.deepEqual(titles(fixed), ['  8 Asset management', '      8.1.1 Inventory of assets', '  12 Operations security', '      12.3.1 Backup', '      12.4.4 New', '      12.6.1 Vulnerabilities']);
  const findings = createAnalyzer(WHITEPAPER).analyze(fixed).findings;
  assert.deepEqual(findings.filter((f) => ['yaml-syntax', 'invalid-value', 'unknown-key', 'missing-key'].includes(f.ruleId)), []);
});

test('a CLD control sorts just after the control with the same numbers', () => {
  assert.deepEqual(titles(add(NESTED, 'CLD.8.1.5')).slice(0, 3), ['  8 Asset management', '      8.1.1 Inventory of assets', '      CLD.8.1.5 New']);
});

test('another clause goes beside the top-level section of its neighbour, not inside it', () => {
  assert.deepEqual(titles(add(NESTED, '5.1.1')).slice(0, 2), ['  5.1.1 New', '  8 Asset management']);
  assert.deepEqual(titles(add(NESTED, '10.1.1')).slice(2, 4), ['  10.1.1 New', '  12 Operations security']);
});

test('after the last section when no section names a control', () => {
  const plain = `${HEADER_EN}sections:\n  - title: About\n    body: Text.\n`;
  assert.deepEqual(titles(add(plain, '12.3.1')), ['  About', '  12.3.1 New']);
});
