// How a sentence tells of a change ahead of it, and which lead time answers which promise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announcesSomewhereWithoutLeadTime, announcesWithoutLeadTime, promisedKinds, promisesAnsweredInKind, tellsCustomersOfChange, tellsOfChangeWithoutLeadTime } from '../../../server/src/facts/advanceNotice';

test('told before the work, in any order of the words', () => {
  assert.ok(announcesWithoutLeadTime('Downtime for maintenance is announced by the operator prior to the service becoming unavailable.'));
  assert.ok(announcesWithoutLeadTime('Extra service breaks are emailed to users in advance.'));
});

test('telling only once the work is under way or over is no word ahead of it', () => {
  assert.ok(!tellsOfChangeWithoutLeadTime('You receive an email notification when the upgrade is finished.'));
  assert.ok(!tellsOfChangeWithoutLeadTime('We notify you by email when maintenance starts and ends.'));
  assert.ok(!tellsOfChangeWithoutLeadTime('メンテナンスの完了後にお知らせします。'));
  assert.ok(tellsOfChangeWithoutLeadTime('保守のため停止する場合、可能なときは事前に、困難なときは事後に通知します。'));
});

test("the provider's own control over its changes tells no customer", () => {
  assert.ok(!tellsOfChangeWithoutLeadTime('Changes that only publish documentation are exempt from this policy.'));
  assert.ok(!tellsOfChangeWithoutLeadTime('Engineers must notify others before making changes to the network.'));
  assert.ok(!tellsOfChangeWithoutLeadTime('The upgrade shows warnings for deprecated settings.'));
});

test('a lead time answers only the promises of its kind', () => {
  const article = '当社は、保守のため、本サービスの内容を変更できます。重要な変更は、合理的な期間をおいて通知します。\n当社が本サービスを終了する場合、60日前までに通知します。';
  assert.ok(!promisesAnsweredInKind(article));
  assert.deepEqual([...promisedKinds(article)].sort(), ['content', 'work']);
  assert.ok(promisesAnsweredInKind('当社は、保守のため、本サービスを停止できます。停止は7日前までに通知します。'));
  assert.ok(promisesAnsweredInKind('Maintenance is announced in advance. Changes are announced 30 days ahead.'));
});

test('a sentence that names no change tells of the one its line named just before', () => {
  assert.ok(!promisesAnsweredInKind('当社は、保守のため本サービスを一時停止できます。可能な場合は事前に通知します。\n当社が本サービスを終了する場合、60日前までに通知します。'));
  // After a lead time of its own, "この限りではありません" is its exception, not a second promise.
  assert.deepEqual([...promisedKinds('当社が本サービスを終了する場合、30日前までに通知します。ただし、予告が困難な場合はこの限りではありません。')], []);
});

// A change made only with the customer's consent owes no lead time: the consent protects them, in either language.
test('a change told of owes a lead time unless it waits for the customer consent (en and ja)', () => {
  assert.equal(tellsOfChangeWithoutLeadTime('We will notify you of changes to the service.'), true);
  assert.equal(tellsOfChangeWithoutLeadTime('We will notify you of changes to the service and obtain your prior consent.'), false);
  assert.equal(tellsOfChangeWithoutLeadTime('Before we change the service we will notify you and seek your consent.'), false);
  assert.equal(tellsOfChangeWithoutLeadTime('本サービスの内容を変更する場合は、お客様に通知します。'), true);
  assert.equal(tellsOfChangeWithoutLeadTime('本サービスの内容を変更する場合は、お客様の同意を得たうえで通知します。'), false);
});

test('a promise of "such operations" in advance owes the lead time of the change the sentence before named', () => {
  const item = 'The Company may upgrade the Services or relocate its hardware. The Company will notify you of such operations in advance.';
  assert.ok(announcesSomewhereWithoutLeadTime(item));
  assert.ok(tellsCustomersOfChange('4. Services', item));
  assert.ok(!announcesSomewhereWithoutLeadTime('The Company may upgrade the Services.\nThe Company will notify you of such operations in advance.'));
});
