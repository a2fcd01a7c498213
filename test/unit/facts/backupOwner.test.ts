// Whose copies a sentence speaks of: the reader's own copies of a licensed content are no backups of the provider's, and
// backups the provider only endeavours to take are still its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupOwnership, statesProvidersBackups } from '../../../server/src/facts/backupOwner';

test("copies the reader made are the reader's", () => {
  // Hard-wrapped as terms often are: the copies are named on the line after the reader's duty.
  const said = backupOwnership('If your licence ends, the Services automatically terminate and you must immediately\ndestroy any copies you have made of the Content.');
  assert.ok(said.customers && !said.providers);
});

test('backups the provider endeavours to take, in Japanese and English', () => {
  assert.ok(statesProvidersBackups('当サービスは、データのバックアップに努めますが、データの完全な保全を保証するものではありません。'));
  assert.ok(statesProvidersBackups('We endeavour to back up customer data every night.'));
});
