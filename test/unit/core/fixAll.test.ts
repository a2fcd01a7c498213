// Fix all takes every preferred fix that does not collide with one before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, compatibleFixes, fixText } from '../../../server/src/core/fixAll';

test('overlapping fixes: the first in the document wins, the other waits for a second pass', () => {
  const text = 'model: Saas\nlang: jp\n';
  const chosen = compatibleFixes([
    [{ start: 18, end: 20, text: 'ja' }],
    [{ start: 7, end: 11, text: 'SaaS' }],
    [{ start: 9, end: 11, text: 'AS' }],
  ]);
  assert.equal(applyEdits(text, chosen), 'model: SaaS\nlang: ja\n');
});

test('a fix of several edits is taken whole, and insertions at one point keep their order', () => {
  const text = 'a\nb\n';
  const chosen = compatibleFixes([[{ start: 2, end: 2, text: 'x\n' }, { start: 4, end: 4, text: 'z\n' }], [{ start: 4, end: 4, text: 'y\n' }]]);
  assert.equal(applyEdits(text, chosen), 'a\nx\nb\nz\ny\n');
});

test('fixText re-derives fixes that collided in an earlier pass, and stops when nothing changes', () => {
  const findings = (text: string) =>
    [...text.matchAll(/teh/g)].map((m) => ({
      ruleId: 'typo',
      messageId: 'typo',
      data: {},
      severity: 'warning' as const,
      start: m.index!,
      end: m.index! + 3,
      // Each fix also rewrites the character after it, so neighbouring fixes overlap and must wait.
      fixes: [{ messageId: 'fix', preferred: true, edits: [{ start: m.index!, end: m.index! + 4, text: `the${text[m.index! + 3] ?? ''}` }] }],
    }));
  assert.deepEqual(fixText('tehteh teh', findings), { text: 'thethe the', fixed: 3 });
  assert.deepEqual(fixText('fine', findings), { text: 'fine', fixed: 0 });
});
