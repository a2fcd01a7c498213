// The editor settings `wp27017.configFile` (one config file for every
// document, like the CLI's --config) and `wp27017.rules` (severities under
// those of the config file, which CI reads too).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { LspClient } from '../helpers/lspClient';

const DRAFT = VALID.replace('- title: Backup', '- title: Backup TODO');

describe('wp27017.rules', () => {
  let client: LspClient;
  const folder = workspaceWithoutCoverage(); // its .wp27017.yaml turns control-missing off
  before(async () => {
    client = await LspClient.start({ locale: 'en', settings: { rules: { placeholder: 'off', 'control-missing': 'error', 'not-a-rule': 'error' } } });
    await client.settingsApplied();
  });
  after(() => client.stop());

  test('a setting turns a rule off; where the config file sets the rule, the file wins', async () => {
    const uri = pathToFileURL(join(folder, 'draft.wp.yaml')).href;
    client.open(uri, DRAFT);
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code), []);
  });
});

describe('wp27017.configFile', () => {
  let client: LspClient;
  const shared = join(mkdtempSync(join(tmpdir(), 'wp27017-shared-')), 'team.yaml');
  writeFileSync(shared, 'locale: ja\nrules:\n  control-missing: off\n  invalid-value: warning\n');
  before(async () => {
    client = await LspClient.start({ locale: 'en', settings: { configFile: shared } });
    await client.settingsApplied();
  });
  after(() => client.stop());

  test('every document follows the named file, not the nearest .wp27017.yaml', async () => {
    const uri = pathToFileURL(join(workspaceWithoutCoverage(), 'paper.wp.yaml')).href;
    client.open(uri, VALID.replace('model: SaaS', 'model: Saas'));
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['invalid-value', 2]]);
    assert.match(diagnostics[0].message, /「model」/, 'in Japanese, as the file says');
  });
});
