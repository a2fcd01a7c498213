// The prose rules on published pages of the kinds a reviewer is sent, through the built CLI: a page that is itself the
// notice of one dated maintenance, a DPA template's bracketed numbers, a hosting provider's page of backup options, a
// help page that deletes after non-payment or expiry, a trust centre's bullets on logging and time synchronisation, a
// DPA that names the parties by their roles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFindings } from '../helpers/cli';

const RULES = ['change-notice', 'vague-period', 'incident-notification', 'deletion-policy', 'backup-retention', 'log-retention-missing', 'clock-source'];

const findings = (fixture: string, lang = 'en') => fixtureFindings(fixture, RULES, lang);

describe('prose rules on notices, templates and help pages', () => {
  test("a notice time on a label line under a heading that names the customers' notice, and lead times in a table whose header names the notice, answer the notice", () => {
    assert.deepEqual(findings('fx-en-inc-notice-labels.txt'), []);
    assert.deepEqual(findings('fx-ja-chg-notice-table.txt', 'ja'), []);
  });

  test('a page announcing one dated maintenance is the notice itself: no lead time is asked of it', () => {
    assert.deepEqual(findings('fx-ja-maint-announce.txt'), []);
    assert.deepEqual(findings('fx-ja-maint-relayed.txt'), []);
    assert.deepEqual(findings('fx-en-maint-announce.md'), []);
  });

  test("a template's bracketed number across a hard wrap gives the time: nothing vague, nothing missing", () => {
    assert.deepEqual(findings('fx-en-dpa-placeholder.txt'), []);
    assert.deepEqual(findings('fx-ja-dpa-placeholder.txt'), []);
  });

  test('a page of backup options, read as a whole, owes no retention', () => {
    assert.deepEqual(findings('fx-ja-bk-option-page.txt'), []);
    assert.deepEqual(findings('fx-en-bk-option-page.md'), []);
  });

  test('content deleted after non-payment, with no export: the way back is asked', () => {
    assert.deepEqual(findings('fx-en-host-suspension.md').map((f) => f.at), ['deletion-policy:7']);
    const ja = findings('fx-ja-host-suspension.txt', 'ja');
    assert.deepEqual(ja.map((f) => f.at), ['deletion-policy:7']);
    assert.match(ja[0].message, /取り出せるか/);
  });

  test('logging in a list of measures owes its period; a time zone is no time source', () => {
    assert.deepEqual(findings('fx-en-trust-controls-bullets.md').map((f) => f.at), ['log-retention-missing:14']);
    const clock = findings('fx-ja-clock-timezone.txt', 'ja');
    assert.deepEqual(clock.map((f) => f.at), ['clock-source:7']);
    assert.match(clock[0].message, /時刻源/);
    assert.deepEqual(findings('fx-en-clock-timezone.md').map((f) => f.at), ['clock-source:7']);
  });
  test('a hedged notice of a change still owes its lead time; a change made with no notice, or told only to staff, owes none', () => {
    assert.deepEqual(findings('fx-en-chg-hedged-notice.md').map((f) => f.at), ['change-notice:17']);
    assert.deepEqual(findings('fx-ja-chg-hedged-notice.txt', 'ja').map((f) => f.at), ['change-notice:7']);
    assert.deepEqual(findings('fx-ja-terms-no-notice.txt', 'ja'), []);
    assert.deepEqual(findings('fx-en-change-board.md'), []);
  });

  test("a DPA's roles (ruling Q6): the processor's breach notice owes its time, the controller's (委託者's) own duties owe none", () => {
    assert.deepEqual(findings('fx-en-dpa-roles.txt').map((f) => f.at), ['vague-period:11', 'incident-notification:11']);
    assert.deepEqual(fixtureFindings('fx-ja-dpa-roles.txt', ['vague-period', 'deletion-policy'], 'ja').map((f) => f.at), ['vague-period:10']);
  });

  test('a best practice is advice to the reader, not a promise', () => {
    assert.deepEqual(findings('fx-en-best-practices.md'), []);
  });
});
