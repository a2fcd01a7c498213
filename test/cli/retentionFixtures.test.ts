// The retention rules on published texts, through the built CLI: each gap
// planted in our own fixtures is reported at its words, and the complete
// fixtures (periods in tables, bullets, later paragraphs, per plan, set by
// the customer) get no retention finding.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');
const RETENTION_RULES = ['deletion-policy', 'backup-retention', 'log-retention-missing', 'log-retention-consistency', 'backup-outlives-deletion', 'fact-contradiction', 'vague-period'];

/** "rule:line" of every retention finding `check` reports on a fixture. */
function retentionFindings(fixture: string): string[] {
  const { stdout } = wp27017(['check', `eval/fixtures/${fixture}`, '--format', 'json'], ROOT);
  const findings: { ruleId: string; line: number }[] = JSON.parse(stdout).files[0].findings;
  return findings.filter((f) => RETENTION_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}:${f.line}`);
}

describe('retention gaps in published texts', () => {
  test("the data's fate at the leaving with a hedged or vague time owes both answers on its statement, and its vague words a number; a grace period's end and a list kept after the leaving are timings", () => {
    assert.deepEqual(retentionFindings('fx-en-leave-grace-period.txt'), ['deletion-policy:19', 'deletion-policy:19', 'vague-period:19']);
    assert.deepEqual(retentionFindings('fx-ja-leave-discretion.txt'), ['deletion-policy:11', 'deletion-policy:11']);
    assert.deepEqual(retentionFindings('fx-ja-tenant-grace-steps.txt'), []);
  });

  test("backup cadences given as intervals beside recovery targets owe a retention, and are no two retentions at odds", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-tier-intervals.md'), ['backup-retention:7']);
    assert.deepEqual(retentionFindings('fx-ja-bk-tier-intervals.md'), ['backup-retention:7']);
  });

  test("logging named as a measure of a TOM annex is the provider's own and owes its period", () => {
    assert.deepEqual(retentionFindings('fx-en-tom-logging-measures.txt'), ['log-retention-missing:4']);
    assert.deepEqual(retentionFindings('fx-ja-tom-logging-measures.txt'), ['log-retention-missing:4']);
  });

  test("a log listed among the information the provider collects owes its period on that item (ruling Q2); data not called a log and a third party's analytics owe none", () => {
    assert.deepEqual(retentionFindings('fx-ja-terms-privacy-access-log.txt'), ['log-retention-missing:15']);
    assert.deepEqual(retentionFindings('fx-en-terms-privacy-log-data.txt'), ['log-retention-missing:15']);
  });

  test("the notice of a third party's claim and the statutory reply to a person's request owe no number", () => {
    assert.deepEqual(retentionFindings('fx-en-terms-claim-notice.txt'), []);
    assert.deepEqual(retentionFindings('fx-ja-terms-claim-notice.txt'), []);
    assert.deepEqual(retentionFindings('fx-ja-terms-statutory-reply.txt'), []);
  });

  test('a backup section with frequency, place and the audit log\'s period, but none of its own, is reported on its first sentence on the backups', () => {
    assert.deepEqual(retentionFindings('fx-ja-ret-backup-gap.txt'), ['backup-retention:15']);
    assert.deepEqual(retentionFindings('fx-en-ret-backup-gap.md'), ['backup-retention:15']);
  });

  test('logs described with a delivery delay but no period, and deletion only on request, are reported', () => {
    assert.deepEqual(retentionFindings('fx-ja-ret-log-deletion-gaps.txt'), ['log-retention-missing:18', 'deletion-policy:23', 'deletion-policy:23']);
    assert.deepEqual(retentionFindings('fx-en-ret-log-deletion-gaps.txt'), ['log-retention-missing:13', 'deletion-policy:19']);
  });

  test('nightly backups whose only number is how often the restore is tested are reported on the sentence that takes them', () => {
    assert.deepEqual(retentionFindings('fx-en-bk-restore-test.md'), ['backup-retention:11']);
    assert.deepEqual(retentionFindings('fx-ja-bk-restore-test.txt'), ['backup-retention:11']);
  });

  test("backups that are the customer's, or whose period another document states, are not reported; a retention schedule's deletion owes nothing about leaving", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-customer-copies.md'), []);
    assert.deepEqual(retentionFindings('fx-ja-bk-deferred.txt'), []);
    assert.deepEqual(retentionFindings('fx-ja-bk-lifecycle.txt'), []);
  });

  test("the provider's daily backups stated once under a broader heading, with no period anywhere, are reported on that sentence", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-overview-cadence.txt'), ['backup-retention:6']);
    assert.deepEqual(retentionFindings('fx-ja-bk-overview-cadence.txt'), ['backup-retention:6']);
  });

  test("deleting an account named after the service, and a schedule's subjectless line deleting data after the contract, owe the timing; a page about what account deletion does owes the way out too", () => {
    assert.deepEqual(retentionFindings('fx-en-del-account-faq.txt'), ['deletion-policy:5', 'deletion-policy:5']);
    assert.deepEqual(retentionFindings('fx-en-del-schedule-contract.txt'), ['deletion-policy:6', 'deletion-policy:6']);
  });

  test("the provider's backups said as copies it carries out or back ups that happen on a cadence owe their period; nights of backups kept are that period", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-cadence-paragraph.txt'), ['backup-retention:3']);
    assert.deepEqual(retentionFindings('fx-en-bk-nights-kept.txt'), []);
    assert.deepEqual(retentionFindings('fx-en-bk-breadcrumb-question.txt'), ['backup-retention:3'], "on the sentence that backs up, not the breadcrumb's question");
  });

  test("a page on one topic that deletes a departed staff member's records during use, and never speaks of the customer leaving, owes nothing", () => {
    assert.deepEqual(retentionFindings('fx-ja-del-staff-records-help.txt'), []);
    assert.deepEqual(retentionFindings('fx-en-del-member-timesheets.txt'), []);
  });

  test("a per-category retention schedule, and a help page whose link defers the automatic backups' schedule, owe no backup cadence", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-retention-cards.txt'), []);
    assert.deepEqual(retentionFindings('fx-en-bk-snapshot-faq.md'), []);
  });

  test("backups offered as a paid option, or a backup product's backups run on the customer's schedule, are not reported", () => {
    assert.deepEqual(retentionFindings('fx-en-bk-optional.txt'), []);
    assert.deepEqual(retentionFindings('fx-ja-bk-product-terms.txt'), []);
  });

  test('with no backup section, a feature list, advice to the customer and a selling line owe no backup period', () => {
    assert.deepEqual(retentionFindings('fx-en-bk-product-page.txt'), []);
  });

  test("the backups' own period and how long they stay after cancellation are not set against each other", () => {
    assert.deepEqual(retentionFindings('fx-ja-bk-cancel-hold.txt'), []);
  });

  test('a point-in-time window and the most recent copies are the backups\' retention, and outlive a deletion within a week', () => {
    assert.deepEqual(retentionFindings('fx-en-bk-restore-window.md'), ['backup-outlives-deletion:17']);
  });

  test("a backup option, a tool's login steps, a retention the customer sets and planning advice owe no backup period", () => {
    assert.deepEqual(retentionFindings('fx-ja-bk-option-service.md'), []);
    assert.deepEqual(retentionFindings('fx-ja-bk-tool-login.md'), []);
    assert.deepEqual(retentionFindings('fx-en-bk-customer-retention.md'), []);
    assert.deepEqual(retentionFindings('fx-en-bk-dr-planning.md'), []);
  });

  test('an account ended for non-payment, and data the provider deletes to fit a smaller plan, owe the way back at the deleting sentence', () => {
    assert.deepEqual(retentionFindings('fx-en-del-unpaid-faq.txt'), ['deletion-policy:3']);
    assert.deepEqual(retentionFindings('fx-ja-del-unpaid-faq.txt'), ['deletion-policy:3']);
    assert.deepEqual(retentionFindings('fx-en-del-billing-faq.txt'), ['deletion-policy:10']);
    assert.deepEqual(retentionFindings('fx-ja-del-downgrade-storage.txt'), ['deletion-policy:7']);
    assert.deepEqual(retentionFindings('fx-en-del-quota-bullets.txt'), ['deletion-policy:10']);
  });

  test('data kept for at most a while after cancellation, with a download offered, owes nothing', () => {
    assert.deepEqual(retentionFindings('fx-en-terms-upper-bound.txt'), []);
    assert.deepEqual(retentionFindings('fx-ja-terms-upper-bound.txt'), []);
    assert.deepEqual(retentionFindings('fx-en-dpa-at-most.txt'), []);
  });

  test('a knowledge-base answer on daily backups with no period owes the retention, and removing the backups at closure is no leaving of its own', () => {
    assert.deepEqual(retentionFindings('fx-en-bk-kb-one-paragraph.txt'), ['backup-retention:3']);
    assert.deepEqual(retentionFindings('fx-ja-bk-kb-one-paragraph.txt'), ['backup-retention:3']);
  });

  test('access to the data ending when the customer leaves owes the deletion timing, on a help page too', () => {
    assert.deepEqual(retentionFindings('fx-en-help-cancel-access.txt'), ['deletion-policy:9']);
    assert.deepEqual(retentionFindings('fx-ja-help-cancel-access.txt'), ['deletion-policy:9']);
  });

  test('recordings cleared when a plan or package expires, with recovery denied, owe the way back', () => {
    assert.deepEqual(retentionFindings('fx-en-faq-plan-expiry-clips.txt'), ['deletion-policy:5', 'deletion-policy:5']);
    assert.deepEqual(retentionFindings('fx-ja-notice-plan-expiry-recordings.txt'), ['deletion-policy:7']);
  });

  test('a log named among the data taken in asks nothing; the measure that logs sessions owes the period', () => {
    assert.deepEqual(retentionFindings('fx-en-trust-logs-among-data.txt'), ['log-retention-missing:17']);
    assert.deepEqual(retentionFindings('fx-ja-trust-logs-among-data.txt'), ['log-retention-missing:12']);
  });

  test('periods in tables, bullets, later paragraphs, per plan or set by the customer leave nothing to report', () => {
    assert.deepEqual(retentionFindings('fx-ja-ret-complete.txt'), []);
    assert.deepEqual(retentionFindings('fx-en-ret-complete.md'), []);
  });
});
