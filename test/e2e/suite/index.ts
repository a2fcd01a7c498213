// The test entry that @vscode/test-electron (or code-server's payload) loads
// into the extension host: runs the mocha suites next to it and writes the
// results to WP27017_E2E_RESULTS, because a failing run() is not visible from
// outside the host.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly error?: string;
}

export function run(): Promise<void> {
  const outcomes: Outcome[] = [];
  const write = () => {
    const file = process.env.WP27017_E2E_RESULTS;
    if (file) writeFileSync(file, JSON.stringify({ outcomes }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
      for (const name of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, name));
      const runner = mocha.run((failures) => {
        write();
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
      runner.on('fail', (t, error: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
    } catch (error) {
      // A suite that does not even load must still leave a verdict behind.
      outcomes.push({ title: 'loading the e2e suites', state: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      write();
      reject(error);
    }
  });
}
