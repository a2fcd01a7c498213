// Fixes that rewrite what is there: a vague period becomes a marker to fill
// in, conflicting log retention periods are made one, a pinned fact and its
// prose are made to agree (either way). Applied as an editor applies them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { HEADER_EN, workspaceWithoutCoverage } from '../fixtures/minimal';
import { applyAction as apply, LspClient } from '../helpers/lspClient';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;
const HEADER_JA = HEADER_EN.replace('lang: en', 'lang: ja');

describe('fixes that rewrite the text', () => {
  let client: LspClient;
  let n = 0;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  /** Opens `text`, returns the fixes of the first `code` finding and a way to apply one and read the findings then. */
  async function fixesFor(text: string, code: string) {
    const uri = `${WS}/rewrite-${++n}.wp.yaml`;
    client.open(uri, text, 1);
    const before = await client.diagnostics(uri, 1);
    const target = before.find((d) => d.code === code);
    assert.ok(target, `${code} is reported: ${JSON.stringify(before.map((d) => d.message))}`);
    const actions = (await client.codeActions(uri, target)).filter((a) => !a.title.startsWith('Disable'));
    let version = 1;
    const applyAndCheck = async (action: CodeAction): Promise<{ text: string; after: Diagnostic[] }> => {
      const fixed = apply(text, action);
      client.change(uri, ++version, [{ text: fixed }]);
      return { text: fixed, after: await client.diagnostics(uri, version) };
    };
    return { actions, before, applyAndCheck };
  }

  test('vague-period: the vague words become a marker for the number and unit', async () => {
    const text = `${HEADER_JA}sections:\n  - title: ログ\n    controls: [12.4.1]\n    body: |\n      アクセスログは一定期間保存します。\n`;
    const { actions, applyAndCheck } = await fixesFor(text, 'vague-period');
    assert.deepEqual(actions.map((a) => a.title), ['Replace "一定期間" with a marker for the number and unit']);
    const { text: fixed, after } = await applyAndCheck(actions[0]!);
    assert.match(fixed, /アクセスログは［要記入：数値と単位］保存します。/);
    assert.deepEqual(after.map((d) => d.code).sort(), ['log-retention-missing', 'placeholder'], 'the marker is reported until filled, and the period is still owed');
  });

  test('log-retention-consistency: one fix per period, each makes every statement agree', async () => {
    const text = `${HEADER_EN}sections:
  - title: Event logging
    controls: [12.4.1]
    body: |
      Access logs are kept for 180 days.
  - title: Protection of records
    controls: [18.1.3]
    body: |
      Access logs are stored on separate storage and kept for 2 years.
`;
    const { actions, applyAndCheck } = await fixesFor(text, 'log-retention-consistency');
    assert.deepEqual(actions.map((a) => a.title), ['Use "for 180 days" in every statement about the access log', 'Use "for 2 years" in every statement about the access log']);
    const first = await applyAndCheck(actions[0]!);
    assert.match(first.text, /separate storage and kept for 180 days\./);
    assert.deepEqual(first.after, []);
    const second = await applyAndCheck(actions[1]!);
    assert.match(second.text, /Access logs are kept for 2 years\./);
    assert.deepEqual(second.after, []);
  });

  test('fact-contradiction: pin the fact to the text, or change the text to the fact', async () => {
    const text = `${HEADER_JA}sections:\n  - title: バックアップ\n    controls: [12.3.1]\n    body: |\n      バックアップは毎日取得し、14日間保持します。\n    facts:\n      backup.frequency: daily\n      backup.retention: 30d\n`;
    const { actions, applyAndCheck } = await fixesFor(text, 'fact-contradiction');
    assert.deepEqual(actions.map((a) => a.title), ['Pin backup.retention to what the text says: 14d', 'Change the text to the pinned 30d']);
    const pinned = await applyAndCheck(actions[0]!);
    assert.match(pinned.text, /backup\.retention: 14d\n/);
    assert.deepEqual(pinned.after, []);
    const rewritten = await applyAndCheck(actions[1]!);
    assert.match(rewritten.text, /バックアップは毎日取得し、30日間保持します。/);
    assert.deepEqual(rewritten.after, []);
  });
});
