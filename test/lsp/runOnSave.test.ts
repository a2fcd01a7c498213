// `wp27017.run: onSave`: a document is checked when it is opened and when it
// is saved; edits in between keep the last results, in both diagnostic modes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';
import { LspClient } from '../helpers/lspClient';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;
// Line 6 of VALID is "    model: SaaS": characters 11..15 hold the value.
const BREAK_MODEL = { range: { start: { line: 6, character: 11 }, end: { line: 6, character: 15 } }, text: 'Saas' };
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe('wp27017.run: onSave, push diagnostics', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ locale: 'en', settings: { run: 'onSave' } });
    await client.settingsApplied();
  });
  after(() => client.stop());

  test('typing does not check; saving does', async () => {
    const uri = `${WS}/push.wp.yaml`;
    client.open(uri, VALID);
    assert.deepEqual(await client.diagnostics(uri, 1), [], 'checked when opened');
    const next = client.nextDiagnostics(uri, 1500);
    client.change(uri, 2, [BREAK_MODEL]);
    await assert.rejects(next, /no diagnostics/, 'an edit alone publishes nothing');
    client.save(uri);
    assert.deepEqual(codes(await client.diagnostics(uri, 2)), ['invalid-value']);
  });
});

// LSP 3.17 lets a server send workspace/diagnostic/refresh only to a client that declares refreshSupport (VS Code
// does): that one is asked to pull again on save; any other is never sent one, and its next pull gets the saved report.
for (const refreshSupport of [true, false]) {
  describe(`wp27017.run: onSave, pull diagnostics, ${refreshSupport ? 'with' : 'without'} refreshSupport`, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ locale: 'en', pull: true, refreshSupport, settings: { run: 'onSave' } });
      await client.settingsApplied();
    });
    after(() => client.stop());

    test('edits keep the last report until the file is saved', async () => {
      const uri = `${WS}/pull.wp.yaml`;
      client.open(uri, VALID);
      const first = await client.pull(uri);
      assert.deepEqual({ kind: first.kind, items: first.items }, { kind: 'full', items: [] });
      client.change(uri, 2, [BREAK_MODEL]);
      const held = await client.pull(uri, first.resultId);
      assert.equal(held.kind, 'unchanged');
      const forgotten = await client.pull(uri);
      assert.deepEqual({ kind: forgotten.kind, items: forgotten.items, resultId: forgotten.resultId }, { kind: 'full', items: [], resultId: first.resultId }, 'a client that lost its result gets the last report again, not a fresh check');
      const refreshes = client.refreshes;
      client.save(uri);
      if (refreshSupport) await client.refreshed(refreshes + 1, 5000);
      const after = await client.pull(uri, held.resultId);
      assert.equal(after.kind, 'full');
      assert.deepEqual(codes(after.items!), ['invalid-value']);
      assert.equal(client.refreshes, refreshSupport ? refreshes + 1 : 0, refreshSupport ? 'saving asks the editor to pull again, once' : 'a client that cannot be asked to pull again is never asked');
    });
  });
}

describe('wp27017.run: onType (the default)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  test('every edit is checked without saving', async () => {
    const uri = `${WS}/type.wp.yaml`;
    client.open(uri, VALID);
    await client.diagnostics(uri, 1);
    client.change(uri, 2, [BREAK_MODEL]);
    assert.deepEqual(codes(await client.diagnostics(uri, 2)), ['invalid-value']);
  });
});
