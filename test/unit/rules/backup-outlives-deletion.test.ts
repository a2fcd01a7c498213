import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { yaml } from '../../helpers/annotations';
import { checkRule } from '../../helpers/checkRule';
import { HEADER_EN, HEADER_JA, VALID } from '../../fixtures/minimal';

checkRule('backup-outlives-deletion', {
  valid: [
    VALID,
    // A period the deletion section's heading alone lends (how recent an MFA check must be) is no deletion.
    HEADER_EN +
      yaml`
      sections:
        - title: Backups
          controls: [12.3.1]
          body: |
            Databases are backed up every day, and each backup is kept for 14 days.
        - title: Account closure
          controls: [CLD.8.1.5]
          body: |
            Closing an account requires a recent MFA check (within 5 minutes).

            The documents of a closed account are deleted within 30 days of closure.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 90 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Data is deleted within 30 days after the contract ends; backups are deleted when they expire.
    `,
    // Backups that end by their own rotation take the deleted data with them: their fate is told, wherever it is.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            We back up customer databases once a day and keep each backup for about 20 days. Older backups are purged in turn as the cycle continues.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: We delete customer data within 5 business days after the contract ends.
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: バックアップ
          controls: [12.3.1]
          body: |
            毎日バックアップを取得し、約20日間保管します。保管期間を過ぎたバックアップは、世代管理のサイクルで順次削除されます。
        - title: データ削除
          controls: [CLD.8.1.5]
          body: 契約終了後、5営業日以内にお客様データを削除します。
    `,
    // The backups' own deletion, told in the deletion section, keeps the promise.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily and are kept for 90 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: Data is deleted within 30 days after the contract ends, and its backups 90 days after it.
    `,
    // A log deletion is no promise about customer data.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily and are kept for 90 days.
        - title: Logs
          body: Access logs are deleted after 30 days.
    `,
    // What becomes of the backups of deleted data, said in the backup section, keeps the promise too.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 90 days. Backups of deleted data are overwritten in the normal rotation.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is deleted within 30 days after the contract ends.
    `,
    // A period the customer sets, or a default that can be changed, is no lifetime the provider promises.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily. Customers can set the backup retention up to 90 days in the console.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is deleted within 30 days after the contract ends.
    `,
    // Copies by another name: the deletion section speaks of replicas and archives.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Snapshots are taken every night and kept for 35 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is erased within 30 days after termination. Remaining copies in replicas and archives expire within 60 days.
    `,
    // Staff leaving is not the customer leaving: the deletion of their data is no promise about customer data.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily and are kept for 90 days.
        - title: People
          body: When an employee is terminated, their data is deleted within 2 days after termination.
    `,
  ],
  invalid: [
    // The customer's own deletion during use: backups outlive it too, and the message says so.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily and are kept for 90 days.
        - title: Deleting data
          controls: [CLD.8.1.5]
          body: Files you delete are removed from our servers within 30 days.
      #                                                       ^^^^^^^^^^^^^^ backup-outlives-deletion/outlivesUserDeletion
    `,
    // A promise made under another heading counts even where other sections are read as CLD.8.1.5.
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: Backups run daily and are kept for 90 days.
        - title: Disposal
          controls: [CLD.8.1.5]
          body: Storage media are wiped before they are reused.
        - title: Client data
          body: Client data is deleted within 30 days after the contract ends.
      #                                ^^^^^^^^^^^^^^ backup-outlives-deletion/outlives
    `,
    // The backups' plain period beside the promise, and a question naming backup media, say nothing of what becomes of them.
    HEADER_EN +
      yaml`
      sections:
        - title: Termination
          controls: [CLD.8.1.5, 12.3.1]
          body: |
            How long after termination do you keep customer data on disk or backup media? We purge personal data within a week of termination. Backups are retained for 35 days.
      #                                                                                                          ^^^^^^^^^^^^^ backup-outlives-deletion/outlives
    `,
    HEADER_EN +
      yaml`
      sections:
        - title: Backup
          controls: [12.3.1]
          body: |
            Backups run daily and are kept for 90 days.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Data is deleted within 30 days after the contract ends.
      #                     ^^^^^^^^^^^^^^ backup-outlives-deletion/outlives
    `,
      // Prose against prose: the copies are deleted 90 days after the contract ends, stated away from the backup section.
    HEADER_EN +
      yaml`
      sections:
        - title: Operations
          body: |
            Backups are deleted 90 days after the contract ends.
        - title: Deletion
          controls: [CLD.8.1.5]
          body: |
            Customer data is erased within 30 days after termination.
      #                             ^^^^^^^^^^^^^^ backup-outlives-deletion/outlives
    `,
    // Japanese, with no control ids at all: the promise is read wherever it is made.
    HEADER_JA +
      yaml`
      sections:
        - title: バックアップ
          body: |
            バックアップは毎日取得し、60日間保管します。
        - title: 契約終了時の扱い
          body: |
            ご契約の終了後、お客様のデータは30日以内に消去します。
      #                     ^^^^^ backup-outlives-deletion/outlives
    `,
  ],
});

test('130,000 backup periods are compared without overflowing the stack', () => {
  const lines = Array.from({ length: 130_000 }, () => '        Backups are kept for 30 days.').join('\n');
  const text = `${HEADER_EN}sections:\n  - title: Backup\n    controls: [12.3.1]\n    body: |\n${lines}\n  - title: Deletion\n    controls: [CLD.8.1.5]\n    body: Data is deleted within 7 days after the contract ends.\n`;
  const findings = createAnalyzer(WHITEPAPER).analyze(text).findings.filter((f) => f.ruleId === 'backup-outlives-deletion');
  assert.equal(findings.length, 1);
  assert.ok(findings[0].related!.length <= 5);
});

