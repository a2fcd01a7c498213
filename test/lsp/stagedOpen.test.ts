// Opening a document shows its quick findings (what each segment's parse and schema check find: syntax errors, values
// the schema refuses) before any rule has run, then the full report, as TypeScript's server gives syntactic diagnostics
// before semantic ones. The first report holds nothing the full one takes back, and leaves out nothing of its kind the
// full one shows; an edit is reported once, whole. Pulled, a client that may be asked to pull again gets the quick
// findings first and is asked once, when the full report is ready; any other client gets the full report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { yaml } from '../helpers/annotations';
import { VALID, workspaceWithoutCoverage } from '../fixtures/minimal';

const WS = pathToFileURL(workspaceWithoutCoverage()).href;

// A key misspelt at the top (unknown-key, a schema finding) and a section whose flow list is never closed (a syntax error).
const BROKEN = yaml`
  whitepaper: 1
  lang: en
  title: Example Cloud Security Whitepaper
  servce:
    name: Example Cloud
    provider: Example Inc.
    model: SaaS
  sections:
    - title: Backup
      controls: [12.3.1]
      body: Backups run daily and are kept for 7 generations.
    - title: Logs
      controls: [12.4.1
      body: Event logs are kept for one year.
`;

// Every rule finding of a value the schema refuses or of the parse, in MIXED: a key the schema does not know (one of
// them suppressed), a value not among the schema's, a flow list never closed. Its rule findings: a vague period, a
// control claimed twice, an id no standard has.
const MIXED = yaml`
  whitepaper: 1
  lang: en
  title: Example Cloud Security Whitepaper
  service:
    name: Example Cloud
    provider: Example Inc.
    model: Saas
  sections:
    - title: Backup
      controls: [12.3.1]
      colour: red
      body: Backups run daily and are kept for 7 generations.
    - title: Logs
      controls: [12.4.1]
      # wp27017-disable-next-line unknown-key -- kept for the migration
      extra: 1
      body: Event logs are kept for some time.
    - title: Backup again
      controls: [12.3.1, 99.9.9]
      body: Backups are copied offsite.
    - title: Broken
      controls: [12.4.1
      body: Event logs are kept for one year.
`;
const QUICK = new Set(['invalid-value', 'unknown-key', 'yaml-syntax']);

const shown = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);

describe('the first report of an open (push diagnostics)', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en' })));
  after(() => client.stop());

  test('a syntax error is in the first publish; the full report follows with it and the rest', async () => {
    const uri = `${WS}/staged.wp.yaml`;
    client.open(uri, BROKEN);
    const full = await client.diagnostics(uri, 1);
    const publishes = client.publishedFor(uri);
    assert.deepEqual(publishes.map((p) => p.version), [1, 1], 'two publishes for the open: the syntax errors, then the full report');
    const first = publishes[0].diagnostics;
    assert.ok(first.length > 0, 'the syntax error is in the first publish');
    assert.deepEqual([...new Set(first.map((d) => d.code))], ['yaml-syntax']);
    assert.ok(first.every((d) => d.range.start.line >= 12), JSON.stringify(first));
    assert.deepEqual(publishes[1].diagnostics, full);
    for (const diagnostic of shown(first)) assert.ok(shown(full).includes(diagnostic), `the full report keeps ${diagnostic}`);
    assert.ok(full.some((d) => d.code === 'unknown-key'), 'the full report has the schema finding too');
  });

  test('an edit is reported once, whole, and a fixed syntax error is gone from it', async () => {
    const uri = `${WS}/staged.wp.yaml`;
    client.change(uri, 2, [{ range: { start: { line: 12, character: 23 }, end: { line: 12, character: 23 } }, text: ']' }]);
    const diagnostics = await client.diagnostics(uri, 2);
    assert.deepEqual(client.publishedFor(uri).filter((p) => p.version === 2).length, 1);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['missing-key', 'unknown-key']);
  });

  // An empty first stage would show nothing new, and a client taking the first publish for the report would take
  // it before the schema and the rules had run.
  test('a valid document gets one empty publish, the full report: no syntax error, no first stage', async () => {
    const uri = `${WS}/valid.wp.yaml`;
    client.open(uri, VALID);
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    assert.deepEqual(client.publishedFor(uri).map((p) => [p.version, p.diagnostics.length]), [[1, 0]]);
  });

  test('a value the schema refuses is in the first publish, and the full report follows', async () => {
    const uri = `${WS}/invalid-value.wp.yaml`;
    client.open(uri, VALID.replace('model: SaaS', 'model: Saas'));
    const full = await client.diagnostics(uri, 1);
    assert.deepEqual(full.map((d) => d.code), ['invalid-value']);
    assert.deepEqual(client.publishedFor(uri).map((p) => p.diagnostics.map((d) => d.code)), [['invalid-value'], ['invalid-value']]);
  });

  test('with syntax, schema and rule findings and a suppression, the first publish is the full report\'s quick findings', async () => {
    const uri = `${WS}/mixed.wp.yaml`;
    client.open(uri, MIXED);
    const full = await client.diagnostics(uri, 1);
    const publishes = client.publishedFor(uri);
    assert.equal(publishes.length, 2);
    const first = publishes[0].diagnostics;
    assert.deepEqual(first.map((d) => d.code).sort(), ['invalid-value', 'unknown-key', 'yaml-syntax']);
    assert.deepEqual(shown(full.filter((d) => QUICK.has(String(d.code)))), shown(first), 'every quick finding of the full report, and no other');
    for (const rule of ['vague-period', 'control-duplicate', 'control-unknown']) assert.ok(full.some((d) => d.code === rule), `${rule} in the full report`);
    assert.ok(!full.some((d) => d.code === 'unused-suppression'));
  });
});

describe('the open with pull diagnostics', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en', pull: true })));
  after(() => client.stop());

  test('is answered with the full report, syntax error and the rest together', async () => {
    const uri = `${WS}/pulled.wp.yaml`;
    client.open(uri, BROKEN);
    const report = await client.pull(uri);
    assert.equal(report.kind, 'full');
    const codes = new Set(report.items!.map((d) => d.code));
    assert.ok(codes.has('yaml-syntax') && codes.has('unknown-key'), JSON.stringify([...codes]));
    assert.deepEqual(client.publishedFor(uri), []);
    assert.equal(client.refreshes, 0, 'a client that cannot be asked to pull again is never asked');
  });
});

/** A long document on a cold worker of a loaded machine may take this long to analyse. */
const SLOW_MS = 60_000;

// BROKEN with 1,500 sections before its broken one: long enough to analyse that the first pull comes before the
// full report is ready.
const LONG_BROKEN = BROKEN.replace(
  '    - title: Logs',
  `${Array.from({ length: 1500 }, (_, i) => `    - title: Topic ${i}\n      controls: [12.3.1]\n      body: Backups of part ${i} run daily and are kept for 30 days.\n`).join('')}    - title: Logs`,
);

// MIXED with 1,500 sections before its own, for the same reason.
const LONG_MIXED = MIXED.replace(
  '    - title: Backup\n',
  `${Array.from({ length: 1500 }, (_, i) => `    - title: Topic ${i}\n      controls: [12.3.1]\n      body: Backups of part ${i} run daily and are kept for 30 days.\n`).join('')}    - title: Backup\n`,
);

describe('the open with pull diagnostics, for a client that may be asked to pull again', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en', pull: true, refreshSupport: true })));
  after(() => client.stop());

  test('the first pull gets the syntax errors; one refresh, and the next pull gets the full report with them', async () => {
    const uri = `${WS}/pulled-staged.wp.yaml`;
    client.open(uri, LONG_BROKEN);
    const first = await client.pull(uri, undefined, SLOW_MS);
    assert.equal(first.kind, 'full');
    assert.ok(first.items!.length > 0, 'the syntax error is in the first answer');
    assert.deepEqual([...new Set(first.items!.map((d) => d.code))], ['yaml-syntax']);
    await client.refreshed(1, SLOW_MS);
    const full = await client.pull(uri, first.resultId, SLOW_MS);
    assert.equal(full.kind, 'full');
    assert.notEqual(full.resultId, first.resultId);
    for (const diagnostic of shown(first.items!)) assert.ok(shown(full.items!).includes(diagnostic), `the full report keeps ${diagnostic}`);
    assert.ok(full.items!.some((d) => d.code === 'unknown-key'), 'the full report has the schema finding too');
    assert.equal((await client.pull(uri, full.resultId)).kind, 'unchanged');
    assert.equal(client.refreshes, 1, 'asked once');
  });

  test('an edit is answered whole by its pull, with no refresh', async () => {
    const uri = `${WS}/pulled-staged.wp.yaml`;
    const line = LONG_BROKEN.split('\n').findIndex((l) => l.includes('[12.4.1'));
    client.change(uri, 2, [{ range: { start: { line, character: 23 }, end: { line, character: 23 } }, text: ']' }]);
    const report = await client.pull(uri, undefined, SLOW_MS);
    assert.deepEqual([...new Set(report.items!.map((d) => d.code))].sort(), ['missing-key', 'unknown-key']);
    await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }, SLOW_MS);
    assert.equal(client.refreshes, 1);
  });

  test('a valid document is answered once, empty, with no refresh', async () => {
    const uri = `${WS}/pulled-valid.wp.yaml`;
    client.open(uri, VALID);
    const report = await client.pull(uri, undefined, SLOW_MS);
    assert.deepEqual(report.items, []);
    await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }, SLOW_MS);
    assert.equal(client.refreshes, 1);
  });
});

describe('the open of a document with every kind of finding, pulled by a client that may be asked to pull again', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ locale: 'en', pull: true, refreshSupport: true })));
  after(() => client.stop());

  test('with syntax, schema and rule findings and a suppression, the first pull gets the full report\'s quick findings', async () => {
    const uri = `${WS}/pulled-mixed.wp.yaml`;
    client.open(uri, LONG_MIXED);
    const first = await client.pull(uri, undefined, SLOW_MS);
    assert.deepEqual([...new Set(first.items!.map((d) => d.code))].sort(), ['invalid-value', 'unknown-key', 'yaml-syntax']);
    await client.refreshed(1, SLOW_MS);
    const full = await client.pull(uri, first.resultId, SLOW_MS);
    assert.deepEqual(shown(full.items!.filter((d) => QUICK.has(String(d.code)))), shown(first.items!), 'every quick finding of the full report, and no other');
    for (const rule of ['vague-period', 'control-duplicate', 'control-unknown']) assert.ok(full.items!.some((d) => d.code === rule), `${rule} in the full report`);
  });
});
