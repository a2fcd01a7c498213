// Whose copies a sentence speaks of: the reader's own copies of a licensed content are no backups of the provider's, and
// backups the provider only endeavours to take are still its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupOwnership, namesProvidersBackups, statesProvidersBackups } from '../../../server/src/facts/backupOwner';

test("copies the reader made are the reader's", () => {
  // Hard-wrapped as terms often are: the copies are named on the line after the reader's duty.
  const said = backupOwnership('If your licence ends, the Services automatically terminate and you must immediately\ndestroy any copies you have made of the Content.');
  assert.ok(said.customers && !said.providers);
});

test('backups the provider endeavours to take, in Japanese and English', () => {
  assert.ok(statesProvidersBackups('当サービスは、データのバックアップに努めますが、データの完全な保全を保証するものではありません。'));
  assert.ok(statesProvidersBackups('We endeavour to back up customer data every night.'));
});

test('backups the provider takes, said as a measure or within a reasonable range (ruling P3)', () => {
  assert.ok(namesProvidersBackups('- Regular backups of the scheduling database'));
  assert.ok(namesProvidersBackups('- バックアップと復旧体制：定期的な自動バックアップにより、障害時も迅速にデータを復旧可能。'));
  assert.ok(statesProvidersBackups('2. 当社は、合理的な範囲でデータのバックアップを行いますが、データの完全な復元を保証するものではありません。'));
  assert.ok(statesProvidersBackups('We do a regular backup of your data in the Service.'));
  const listed = backupOwnership('Our measures include:\n* **Regular backups of information** - including personal data where in scope');
  assert.ok(listed.providers && !listed.listed);
});

test('backups named in passing, a setting defined, copies kept by law, a disclaimer, the customer\'s own (ruling P3)', () => {
  for (const sentence of [
    '- Databases and backups are encrypted at rest with AES-256.',
    '- 保存データの暗号化：データベースおよびバックアップは暗号化され、安全なストレージに保存されます。',
    '- **Backup frequency:** how often a new snapshot is taken.',
    'Where the law requires us to keep archival copies of invoices for tax purposes, those copies are kept for seven years.',
    'Actor identity is stored as a snapshot at the time of the event.',
    '管理者は、投稿の保存やバックアップを保証しません。',
    '3. 利用者は、自己の責任において、必要なデータのバックアップを行うものとします。',
    '- Backing up its own data and systems;',
    'After the service ends, users will back up necessary content at their own risk.',
    '保存先のデータセンター所在地、処理地域及びバックアップ地域は、国外となる場合がある。',
    '・取扱いデータをバックアップする場合',
    'However, you shall conduct regular backups of your data outside of your account.',
  ]) {
    assert.ok(!namesProvidersBackups(sentence), sentence);
  }
});

test("a feature of the customer's app that backs up is the customer's copy (ruling P3), in English and Japanese", () => {
  assert.ok(!statesProvidersBackups('The desktop app supports [backing up your data](/manual/backing-up-your-data) continuously.'));
  assert.ok(!statesProvidersBackups('デスクトップアプリはバックアップ機能に対応しており、データを毎日手元に保存できます。'));
  assert.ok(statesProvidersBackups('We back up every database to a second host each day.'));
});
