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
  assert.deepEqual([...changeKinds('本ポリシーを変更する場合は、事前に通知します。')], ['terms']);
});

test('a lead time answers its own kind, or any when either names none', () => {
  assert.ok(!sameKindOfChange(new Set(['work']), new Set(['end'])));
  assert.ok(sameKindOfChange(new Set(['work', 'terms']), new Set(['work'])));
  assert.ok(sameKindOfChange(new Set(['work']), new Set()));
  assert.ok(sameKindOfChange(new Set(), new Set(['end'])));
});

test('what the service does, its sub-processors, the customer\'s account', () => {
  assert.deepEqual([...changeKinds('当社は、事前に通知のうえ、本サービスの内容を変更することがあります。')], ['content']);
  assert.deepEqual([...changeKinds('We announce changes to the features ahead of time.')], ['content']);
  assert.equal(changeKinds('Changes to the service').size, 0);
  assert.deepEqual([...changeKinds('We tell the controller of a new sub-processor three months before it starts.')], ['subprocessor']);
  assert.deepEqual([...changeKinds('当社は30日前までに通知した上で登録を取り消すことができます。')], ['account']);
  assert.deepEqual([...changeKinds('Longer service breaks are announced by email.')], ['work']);
});

test("fees by any name, a subscription's renewal and the contract cancelled are the contract's, not the service's", () => {
  assert.deepEqual([...changeKinds('利用料を改定する場合、改定日の3ヶ月前までに通知します。')], ['terms']);
  assert.deepEqual([...changeKinds('有料プランは、契約期間終了の24時間前までに自動更新されます。')], ['terms']);
  assert.deepEqual([...changeKinds('Subscriptions auto-renew 24 hours before the period ends.')], ['terms']);
  assert.deepEqual([...changeKinds('1ヶ月前までに相手方に通知することで、本契約を解約できます。')], ['terms']);
});
