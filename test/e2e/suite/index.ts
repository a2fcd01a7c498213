// The test entry that @vscode/test-electron (or code-server's payload) loads
// into the extension host: runs the mocha suites and writes the results to
// WP27017_E2E_RESULTS, because a failing run() is not visible from outside.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
  mocha.addFile(join(__dirname, 'extension.test.js'));
  const outcomes: Outcome[] = [];
  const write = () => {
    const file = process.env.WP27017_E2E_RESULTS;
    if (file) writeFileSync(file, JSON.stringify({ outcomes }, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write();
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, error: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
  });
}
