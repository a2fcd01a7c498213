// Spec sheets and short pages through the built CLI: a backup block written as label lines answers its retention,
// incident-notification stands on the section that speaks of telling customers, a page that never speaks of leaving
// is asked no deletion timing, and a help page on closing an account gets its finding on the sentence that deletes.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { wp27017 } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');
const PROSE_RULES = ['deletion-policy', 'backup-retention', 'incident-notification', 'governing-law', 'data-location'];

/** "rule:line" of every finding of these rules `check` reports on a fixture. */
function findings(fixture: string): string[] {
  const { stdout } = wp27017(['check', `eval/fixtures/${fixture}`, '--format', 'json'], ROOT);
  const all: { ruleId: string; line: number }[] = JSON.parse(stdout).files[0].findings;
  return all.filter((f) => PROSE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}:${f.line}`);
}

describe('spec sheets and short pages', () => {
  test('label lines give the backup retention; the incident finding sits on the sentence of the reporting section that tells customers', () => {
    assert.deepEqual(findings('fx-ja-spec-labels.txt'), ['incident-notification:25']);
    assert.deepEqual(findings('fx-en-spec-labels.md'), ['incident-notification:33']);
  });

  test('closing an account that deletes everything at once owes the way to take the data out, on that sentence', () => {
    assert.deepEqual(findings('fx-en-help-close-account.txt'), ['deletion-policy:11']);
    const { stdout } = wp27017(['coverage', 'eval/fixtures/fx-en-help-close-account.txt', '--format', 'json'], ROOT);
    const controls: { id: string; status: string }[] = JSON.parse(stdout).files[0].controls;
    assert.deepEqual(
      controls.filter((c) => c.status !== 'missing').map((c) => c.id),
      ['CLD.8.1.5'],
      'the page answers the end of the contract where it says the data goes',
    );
  });
});
