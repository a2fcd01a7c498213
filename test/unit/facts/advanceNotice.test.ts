import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tellsOfChangeWithoutLeadTime } from '../../../server/src/facts/advanceNotice';

// A change made only with the customer's consent owes no lead time: the consent protects them, in either language.
test('a change told of owes a lead time unless it waits for the customer consent (en and ja)', () => {
  assert.equal(tellsOfChangeWithoutLeadTime('We will notify you of changes to the service.'), true);
  assert.equal(tellsOfChangeWithoutLeadTime('We will notify you of changes to the service and obtain your prior consent.'), false);
  assert.equal(tellsOfChangeWithoutLeadTime('Before we change the service we will notify you and seek your consent.'), false);
  assert.equal(tellsOfChangeWithoutLeadTime('本サービスの内容を変更する場合は、お客様に通知します。'), true);
  assert.equal(tellsOfChangeWithoutLeadTime('本サービスの内容を変更する場合は、お客様の同意を得たうえで通知します。'), false);
});
