// Which language the server speaks: VS Code's display language unless the
// `wp27017.locale` setting says otherwise. Text the fixes insert follows the
// document's own `lang`, whatever the messages' language.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { LspClient } from '../helpers/lspClient';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;
const BROKEN = VALID.replace('model: SaaS', 'model: Saas');

const JA = { message: /^「model」には IaaS, PaaS, SaaS のいずれかを指定してください/, fix: /^「SaaS」に直す$/ };
const EN = { message: /^"model" must be one of IaaS, PaaS, SaaS/, fix: /^Change to "SaaS"/ };

for (const [display, setting, expected] of [
  ['ja', 'auto', JA],
  ['ja', 'en', EN],
  ['en', 'ja', JA],
] as const) {
  describe(`display language ${display}, wp27017.locale ${setting}`, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ locale: display, settings: { locale: setting } });
      await client.settingsApplied();
    });
    after(() => client.stop());

    test('messages and fix titles are in the expected language', async () => {
      const uri = `${WS}/locale-${display}-${setting}.wp.yaml`;
      client.open(uri, BROKEN);
      const diagnostic = (await client.diagnostics(uri, 1)).find((d) => d.code === 'invalid-value')!;
      assert.match(diagnostic.message, expected.message);
      const [fix] = await client.codeActions(uri, diagnostic);
      assert.match(fix!.title, expected.fix);
    });
  });
}

describe('inserted text follows the document, not the reader', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'ja' })));
  after(() => client.stop());

  test('a Japanese reader fixing an English whitepaper inserts English', async () => {
    const uri = `${WS}/english-doc.wp.yaml`;
    client.open(uri, VALID.replace('kept for 7 generations', 'kept for a certain period'));
    const diagnostic = (await client.diagnostics(uri, 1)).find((d) => d.code === 'vague-period')!;
    assert.match(diagnostic.message, /では期間が分かりません/);
    const [fix] = await client.codeActions(uri, diagnostic);
    assert.equal(fix!.title, '「for a certain period」を数値と単位の記入欄に置き換える');
    assert.match(JSON.stringify(fix!.edit), /\[TODO number and unit\]/);
  });
});
