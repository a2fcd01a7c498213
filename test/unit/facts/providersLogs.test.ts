// The provider's own logs as a sentence says them, a measures list's bullet with no verb included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statesProvidersLogs } from '../../../server/src/facts/providersLogs';

test('logging said as the act, in a sentence or a bullet with no verb before it', () => {
  for (const sentence of ['We log every administrative request.', 'Every access is recorded and logged.', '- Systems access logged and tracked for auditing purposes', '-   All API calls logged centrally']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
});

test('a user logged in, a bullet of something else, a log the text denies', () => {
  for (const sentence of ['- Users logged in with single sign-on', '- Secure document-destruction policies for all sensitive information', 'Users who have logged out are asked to sign in again.', 'We do not log request bodies.']) {
    assert.ok(!statesProvidersLogs(sentence), sentence);
  }
});

test('logs said not to be deleted are kept', () => {
  for (const sentence of ['アカウントは削除しますが、利用ログは削除しないため、利用時間はリセットされません。', 'Usage logs are not deleted when you delete your account.']) {
    assert.ok(statesProvidersLogs(sentence), sentence);
  }
  assert.ok(!statesProvidersLogs('Deleted files are not kept in the trash.'));
});
