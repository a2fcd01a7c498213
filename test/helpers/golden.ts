// Golden files for large outputs. `UPDATE_GOLDEN=1 npm test` rewrites them;
// review the diff before committing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GOLDEN = join(__dirname, '..', 'golden');

export function checkGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) assert.fail(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npm test and commit it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from test/golden/${name}; if the change is intended, run UPDATE_GOLDEN=1 npm test and review the diff`);
}
