// The law and incident rules on published texts, through the built CLI: a compliance or confidentiality section
// owes no data location and no governing law; incident promises of different kinds are not one fact; a
// regulator's deadline is not the customers' notice time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFindings } from '../helpers/cli';

const RULES = ['data-location', 'governing-law', 'fact-contradiction', 'incident-notification', 'vague-period'];

const findings = (fixture: string, lang = 'en') => fixtureFindings(fixture, RULES, lang);

describe('law and incident rules in published texts', () => {
  test('法令遵守 and 秘密保持 owe no place or court; a breach notice, an outage notice, a report and the regulator\'s deadline are four promises', () => {
    assert.deepEqual(findings('fx-ja-law-incident-kinds.txt'), []);
  });

  test('a first notice in the next sentence (初報) is the notice time; a procedure\'s step that tells customers carries the finding', () => {
    assert.deepEqual(findings('fx-en-inc-next-sentence.md'), []);
    assert.deepEqual(findings('fx-ja-inc-first-report.md'), []);
    assert.deepEqual(findings('fx-en-inc-phase-steps.md').map((f) => f.at).sort(), ['incident-notification:17', 'vague-period:17']);
  });

  test("a page's own notification part carries the finding, not its title; staff reporting to their security team is no notice time", () => {
    assert.deepEqual(findings('fx-en-incident-legal-sections.txt').map((f) => f.at), ['incident-notification:19']);
    assert.deepEqual(findings('fx-ja-incident-notice-section.txt', 'ja').map((f) => f.at), ['incident-notification:13']);
  });

  test('the authority\'s 72 hours leave the customers without a notice time, both reported at the vague words', () => {
    const en = findings('fx-en-incident-authority.md');
    assert.deepEqual(en.map((f) => f.at).sort(), ['incident-notification:15', 'vague-period:15']);
    assert.match(en.find((f) => f.at.startsWith('incident-notification'))!.message, /how soon customers are notified/);
    assert.match(en.find((f) => f.at.startsWith('vague-period'))!.message, /"without undue delay"/);
    const ja = findings('fx-en-incident-authority.md', 'ja');
    assert.match(ja.find((f) => f.at.startsWith('incident-notification'))!.message, /利用者に影響するインシデント/);
  });
});
