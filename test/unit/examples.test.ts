// The bundled examples: the complete ones are clean under every rule, and the
// flawed one's findings are pinned in a golden file (UPDATE_GOLDEN=1 rewrites it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../server/src/analyze/documentKind';
import { readConfig } from '../../server/src/config/workspaceConfig';
import { applySeverities } from '../../server/src/config/workspaceConfig';
import { reportFile } from '../../server/src/cli/fileReport';
import { checkGolden } from '../helpers/golden';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const { config } = readConfig(read('.wp27017.yaml'));

for (const name of ['sample-cloud.ja.wp.yaml', 'sample-cloud.en.wp.yaml']) {
  test(`${name} has no finding at all`, () => {
    const findings = applySeverities(createAnalyzer(WHITEPAPER).analyze(read(name), config).findings, config);
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${JSON.stringify(f.data)}`), []);
  });
}

test('flawed.ja.wp.yaml: findings in both languages match the golden file', () => {
  const text = read('flawed.ja.wp.yaml');
  const findings = applySeverities(createAnalyzer(WHITEPAPER).analyze(text, config).findings, config);
  const report = (locale: 'en' | 'ja') => reportFile('examples/flawed.ja.wp.yaml', text, findings, locale).findings;
  checkGolden('flawed.ja.findings.json', `${JSON.stringify({ en: report('en'), ja: report('ja') }, null, 2)}\n`);
});
