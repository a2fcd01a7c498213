// `npm test` and `.ci/run` install what the real-VS-Code tests need (apt, code-server) exactly once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import packageJson from '../../package.json';

const ROOT = join(__dirname, '..', '..');
const scripts = packageJson.scripts as Record<string, string>;

/** How many times running `command` runs test/e2e/setup.sh, following `npm run`, `npm test` and the e2e runner. */
function setups(command: string): number {
  let count = 0;
  for (const step of command.split(/&&|\n/).map((s) => s.trim())) {
    if (step === '' || step.startsWith('#')) continue;
    if (/\bsetup\.sh\b/.test(step)) count++;
    if (/\bnode test\/e2e\/run\.mjs\b/.test(step) && !step.includes('--no-setup')) count++;
    const run = /^npm (?:run )?([\w:-]+)/.exec(step);
    if (run && run[1] !== 'ci' && run[1] !== 'install') count += setups(scripts[run[1]] ?? '');
  }
  return count;
}

test('npm test runs the setup once', () => {
  assert.equal(setups('npm test'), 1);
});

test('npm run test:e2e alone runs it once', () => {
  assert.equal(setups('npm run test:e2e'), 1);
});

test('.ci/run runs it once', () => {
  assert.equal(setups(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')), 1);
});
