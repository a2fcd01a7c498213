// The kinds of change a notice is for: a lead time answers only its own kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeKinds, sameKindOfChange } from '../../../server/src/facts/changeKinds';

test('planned work, the end of the service, the terms', () => {
  assert.deepEqual([...changeKinds('Planned maintenance is announced 7 days in advance.')], ['work']);
  assert.deepEqual([...changeKinds('Article 11 (Service Interruption)')], ['work']);
  assert.deepEqual([...changeKinds('本サービスの提供を終了する場合、1か月前までに通知します。')], ['end']);
  assert.deepEqual([...changeKinds('Article 19 (Service Discontinuation)')], ['end']);
  assert.deepEqual([...changeKinds('本規約を変更する場合は、30日前までに通知します。')], ['terms']);
  assert.equal(changeKinds('Material changes are announced 30 days ahead.').size, 0);
});

test('a lead time answers its own kind, or any when either names none', () => {
  assert.ok(!sameKindOfChange(new Set(['work']), new Set(['end'])));
  assert.ok(sameKindOfChange(new Set(['work', 'terms']), new Set(['work'])));
  assert.ok(sameKindOfChange(new Set(['work']), new Set()));
  assert.ok(sameKindOfChange(new Set(), new Set(['end'])));
});
