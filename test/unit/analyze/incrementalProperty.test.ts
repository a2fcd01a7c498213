// Property: after any sequence of edits, what the warm analyzer (cached
// segments, document rules over cached parts) and the diagnostics cache give
// is what a from-scratch analysis and a fresh conversion give. Random
// sequences on whitepapers full of findings: duplicate and unknown ids,
// conflicting periods, suppressions, broken YAML along the way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analysis } from '../../../server/src/analyze/analyzer';
import { PieceText } from '../../../server/src/core/sourceText';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { UNCHANGED, withEdit } from '../../../server/src/analyze/editedRange';
import { DEFAULT_CONFIG } from '../../../server/src/config/config';
import { computeCoverage } from '../../../server/src/coverage/coverage';
import { DiagnosticCache, toDiagnostics } from '../../../server/src/lsp/diagnostics';
import { DocumentService } from '../../../server/src/lsp/documentService';
import type { DiagnosticsAnswer } from '../../../server/src/lsp/workerProtocol';
import type { Diagnostic } from 'vscode-languageserver';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateWhitepaper } from '../../../scripts/generateWhitepaper.mjs';
import { VALID } from '../../fixtures/minimal';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const SECTION = VALID.slice(VALID.indexOf('  - title: Backup'));
const STARTS: string[] = [
  VALID,
  // The same section twice: one cached result for two places.
  `${VALID}${SECTION}${SECTION}`,
  // Logs kept for two periods in two sections: each conflict's fixes rewrite the other section, wherever it moves.
  `${VALID}  - title: Logs\n    controls: [12.4.1]\n    body: Audit logs are kept for 2 years.\n${SECTION}  - title: Audit trail\n    controls: [12.4.3]\n    body: Audit logs are kept for 180 days.\n`,
  readFileSync(join(EXAMPLES, 'flawed.ja.wp.yaml'), 'utf8'),
  (generateWhitepaper as (bytes: number, options: object) => string)(6000, { heavy: true, seed: 3 }),
  (generateWhitepaper as (bytes: number, options: object) => string)(5000, { heavy: true, lang: 'en', seed: 4 }),
];

// What a user types, pastes or breaks: ids known and unknown, periods, section starts, YAML punctuation.
const FRAGMENTS = [
  'a', '日', ' ', '\n', '\r\n', ':', '- ', '"', '#', '\t', '12.3.1', '12.3.9', 'CLD.8.1.5', '8.13', ', 12.4.1', '2年間', '90日間', 'for two years',
  '\n  - title: Extra\n    controls: [12.4.1]\n    body: Logs are kept for 90 days.\n',
  '\n    # wp27017-disable-next-line control-duplicate -- kept\n',
  '\nnot_applicable:\n  12.3.1: not offered\n',
  '[TODO]',
  // A plain key may start with ":" (":lang: en", as a reStructuredText field list would write it): the line scanner and YAML agree.
  '\n:lang: en\n',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
  // Typed before the analysis of the last edit: the analyzer is told where both changed.
  quick: fc.boolean(),
});

function comparable(analysis: Analysis) {
  return { findings: analysis.findings.map((f) => ({ ...f, related: f.related ?? [] })), sections: analysis.model.sections, entries: analysis.model.entries.map((e) => e.key) };
}

/** `text` in pieces of `size` characters. */
function inPieces(text: string, size: number): PieceText {
  if (text === '') return new PieceText([''], [0, 0]);
  const pieces: string[] = [];
  const starts = [0];
  for (let at = 0; at < text.length; at += size) {
    pieces.push(text.slice(at, at + size));
    starts.push(Math.min(at + size, text.length));
  }
  return new PieceText(pieces, starts);
}

/** Applies `edits` one after the other, checking after each that the warm analyzer and its diagnostics are a fresh one's. */
function checkEdits(start: string, edits: readonly { at: number; remove: number; insert: string; quick?: boolean }[], atLineStart = false): void {
  const warm = createAnalyzer(WHITEPAPER);
  const cache = new DiagnosticCache();
  const options = { locale: 'en' as const, docsBase: 'file:///docs/' };
  let text = start;
  warm.analyze(text);
  let edited = UNCHANGED;
  edits.forEach(({ at, remove, insert, quick }, step) => {
    let offset = Math.floor(at * text.length);
    if (atLineStart) {
      // Where a section (or a top-level key) starts, so that what is inserted is a section (or a key) of its own.
      const next = insert.startsWith(' ') || insert === '' ? /\n(?=  - )/g : /\n(?=[a-z])/g;
      next.lastIndex = offset;
      offset = (next.exec(text)?.index ?? text.length - 1) + 1;
    }
    let end = offset + remove;
    if (atLineStart) {
      // Whole lines removed.
      end = offset;
      for (let n = 0; n < remove && end < text.length; n++) end = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end) + 1;
    }
    edited = withEdit(edited, offset, Math.min(end, text.length), insert.length);
    text = text.slice(0, offset) + insert + text.slice(end);
    if (quick && step < edits.length - 1) return;
    // Every other analysis without the edited range: the segments are then found by their text.
    // Most analyses read the text in pieces, as the language server's worker gives it, a few characters each: every
    // reader of the text must read across their ends as it reads the string.
    const given = step % 3 === 2 ? text : inPieces(text, 1 + ((step * 7) % 40));
    const incremental = warm.analyze(given, undefined, (edits.length + step) % 2 === 0 ? edited : undefined);
    edited = UNCHANGED;
    const scratch = createAnalyzer(WHITEPAPER).analyze(text);
    assert.deepEqual(comparable(incremental), comparable(scratch), `after edit ${step}`);
    // What coverage gathers per top-level section (the places answering each control), put together again.
    assert.deepEqual(computeCoverage(incremental.model, DEFAULT_CONFIG), computeCoverage(scratch.model, DEFAULT_CONFIG), `coverage after edit ${step}`);
    // Independent of the segment cache: one parse of the whole text (which reports YAML errors and repeated keys its own way).
    const whole = createAnalyzer(WHITEPAPER, { segmented: false }).analyze(text);
    if (!whole.findings.some((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'duplicate-key')) assert.deepEqual(comparable(incremental), comparable(whole), `whole text after edit ${step}`);
    const document = TextDocument.create('file:///p.wp.yaml', 'iso27017-whitepaper', step + 2, text);
    assert.deepEqual(cache.convert(incremental.findings, document, options), toDiagnostics(scratch.findings, document, options), `diagnostics after edit ${step}`);
  });
}

test('incremental analysis and diagnostics equal a from-scratch analysis after random edit sequences', () => {
  fc.assert(
    fc.property(fc.constantFrom(...STARTS.keys()), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => checkEdits(STARTS[start], edits)),
    { numRuns: 150, seed: 14 },
  );
});

// What document rules gather and keep per segment: claims (a first claim added, moved or removed above the claims
// that repeat it; a section and not_applicable claiming one control), backup, deletion and log periods (conflicts judged
// per kind of log, kept while their statements stay). Whole lines,
// so that the document keeps its structure and the rules have something to combine.
const SEGMENT_LINES = [
  '  - title: Backup copies\n    controls: [12.3.1]\n    body: Backups are kept for 30 days.\n',
  '  - title: 削除\n    controls: [CLD.8.1.5]\n    body: 契約終了後、データは7日以内に削除します。バックアップは90日間保存します。\n',
  '  - title: Logs\n    controls: [12.4.1, 12.4.9]\n    body: Audit logs are kept for 2 years.\n',
  // Another period for the same logs: a conflict whose fixes rewrite statements in other segments, which then move.
  '  - title: Audit trail\n    controls: [12.4.3]\n    body: Audit logs are kept for 180 days.\n',
  '  - title: ログ\n    controls: [12.4.1]\n    body: 監査ログは1年間保存します。アクセスログは90日間保存します。\n',
  '  - title: Again\n    controls: [A.12.3.1, CLD.8.1.5]\n    body: See above.\n',
  '    # wp27017-disable-next-line control-duplicate -- kept\n',
  'not_applicable:\n  12.4.1: not offered\n',
  'numbering: "2022"\n',
];

test('document rules that keep what they read per segment agree with a from-scratch analysis', () => {
  const line = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.constant(0), insert: fc.constantFrom(...SEGMENT_LINES) });
  const removal = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 3 }), insert: fc.constant('') });
  fc.assert(
    fc.property(fc.constantFrom(...STARTS.keys()), fc.array(fc.oneof(line, line, removal), { minLength: 1, maxLength: 8 }), (start, edits) =>
      checkEdits(STARTS[start], edits, true),
    ),
    { numRuns: 100, seed: 27 },
  );
});

// The document rules ask what they read from each segment's part, and from each top-level section, by its place
// (model/placeIndex.ts), taking the last analysis's answers for the places an edit left. A section cut and pasted
// elsewhere keeps its objects (found again by its text) at another place, and the parts between change places too.
test('sections moved elsewhere, their part and top-level section objects at new places, agree with a from-scratch analysis', () => {
  /** Where each top-level section starts, then where the last one ends. */
  const bounds = (text: string) => {
    const heads = [...text.matchAll(/^  - title:/gm)].map((m) => m.index!);
    if (heads.length === 0) return [];
    const after = /\n(?=\S)/g;
    after.lastIndex = heads[heads.length - 1];
    const end = after.exec(text);
    return [...heads, end ? end.index + 1 : text.length];
  };
  const move = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }), told: fc.boolean() });
  fc.assert(
    fc.property(fc.constantFrom(...STARTS.keys()), fc.array(move, { minLength: 1, maxLength: 4 }), (start, moves) => {
      const warm = createAnalyzer(WHITEPAPER);
      let text = STARTS[start];
      warm.analyze(text);
      moves.forEach(({ from, to, told }, step) => {
        const places = bounds(text);
        if (places.length < 3) return;
        const i = Math.floor(from * (places.length - 1));
        const cut = text.slice(places[i], places[i + 1]);
        if (!cut.endsWith('\n')) return;
        const without = text.slice(0, places[i]) + text.slice(places[i + 1]);
        const targets = bounds(without);
        const at = targets.length === 0 ? places[0] : targets[Math.floor(to * targets.length) % targets.length];
        let edited = withEdit(UNCHANGED, places[i], places[i + 1], 0);
        edited = withEdit(edited, at, at, cut.length);
        text = without.slice(0, at) + cut + without.slice(at);
        const incremental = warm.analyze(text, undefined, told ? edited : undefined);
        const scratch = createAnalyzer(WHITEPAPER).analyze(text);
        assert.deepEqual(comparable(incremental), comparable(scratch), `after move ${step}`);
        assert.deepEqual(computeCoverage(incremental.model, DEFAULT_CONFIG), computeCoverage(scratch.model, DEFAULT_CONFIG), `coverage after move ${step}`);
      });
    }),
    { numRuns: 60, seed: 16 },
  );
});

test('a deletion timed by the sentence after the leaving one keeps its timing when an edit above moves its section', () => {
  // deletion-policy reads the next sentence of the section; what it keeps with the section must not hold places.
  const leaving = '  - title: Leaving\n    controls: [CLD.8.1.5]\n    body: When the contract ends, customers can export their data for 30 days. After that period, it is erased.\n';
  const start = `${VALID}${leaving}`;
  const warm = createAnalyzer(WHITEPAPER);
  assert.ok(!warm.analyze(start).findings.some((f) => f.ruleId === 'deletion-policy'));
  const at = start.indexOf('Backups run');
  for (const insert of ['Also ', 'Each night, more so. ']) {
    const text = start.slice(0, at) + insert + start.slice(at);
    const incremental = warm.analyze(text);
    assert.ok(!incremental.findings.some((f) => f.ruleId === 'deletion-policy'), `after inserting ${JSON.stringify(insert)}`);
    assert.deepEqual(comparable(incremental), comparable(createAnalyzer(WHITEPAPER).analyze(text)));
  }
});

test('past the cap, an edit late in a whitepaper full of findings keeps the findings it did not touch, the same objects', () => {
  const heavy = (generateWhitepaper as (bytes: number, options: object) => string)(300_000, { heavy: true, seed: 5 });
  const warm = createAnalyzer(WHITEPAPER);
  const first = warm.analyze(heavy);
  assert.ok(first.findings.some((f) => f.messageId === 'tooManyFindings'), 'the document has more findings than the cap');
  const at = heavy.lastIndexOf('。') + 1;
  for (const [i, insert] of ['追記', '再確認'].entries()) {
    const text = heavy.slice(0, at) + insert.repeat(i + 1) + heavy.slice(at);
    const incremental = warm.analyze(text);
    assert.deepEqual(comparable(incremental), comparable(createAnalyzer(WHITEPAPER).analyze(text)));
    // Findings kept with an untouched segment (duplicates pointing at their first claim included) are given again as
    // they were: an unchanged report is recognised object for object.
    const kept = first.findings.filter((f) => f.ruleId === 'control-duplicate' || f.ruleId === 'control-unknown' || f.ruleId === 'vague-period');
    assert.ok(kept.length > 100);
    for (const finding of kept) assert.ok(incremental.findings.includes(finding), `${finding.ruleId} at ${finding.start}`);
  }
  // An edit at the top moves every finding after it: their places, and the first claims they point at, follow.
  const text = `${heavy.slice(0, heavy.indexOf('\n') + 1)}# note\n${heavy.slice(heavy.indexOf('\n') + 1)}`;
  assert.deepEqual(comparable(warm.analyze(text)), comparable(createAnalyzer(WHITEPAPER).analyze(text)));
});

test("the worker's document, told only of the editor's changes (several per message, several messages per analysis), reports what a fresh analysis does", () => {
  const change = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), reversed: fc.boolean() });
  const message = fc.array(change, { minLength: 1, maxLength: 3 });
  const round = fc.array(message, { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(fc.constantFrom(...STARTS.keys()), fc.array(round, { minLength: 1, maxLength: 5 }), (start, rounds) => {
      const uri = 'file:///p.wp.yaml';
      const setup = { docsBase: 'file:///docs/', capabilities: { relatedInformation: true, codeDescription: true } };
      const service = new DocumentService(setup);
      const context = { config: DEFAULT_CONFIG, generation: 0, locale: 'en' as const };
      let text = STARTS[start];
      let version = 1;
      let known: Diagnostic[] = [];
      const report = () => {
        const answer = service.handle({ type: 'request', id: version, uri, version, context, request: { kind: 'diagnostics' } }) as DiagnosticsAnswer;
        if (answer.changed) known = answer.items.map((item) => (typeof item === 'number' ? known[item] : item));
        return known;
      };
      service.handle({ type: 'open', uri, version, text });
      report();
      rounds.forEach((messages, step) => {
        for (const changes of messages) {
          const events = changes.map(({ at, remove, insert, reversed }) => {
            const shadow = TextDocument.create(uri, 'iso27017-whitepaper', 0, text);
            const from = Math.floor(at * text.length);
            const to = Math.min(text.length, from + remove);
            text = text.slice(0, from) + insert + text.slice(to);
            const [a, b] = [shadow.positionAt(from), shadow.positionAt(to)];
            return { range: reversed ? { start: b, end: a } : { start: a, end: b }, text: insert };
          });
          service.handle({ type: 'change', uri, version: ++version, changes: events });
        }
        const document = TextDocument.create(uri, 'iso27017-whitepaper', version, text);
        assert.deepEqual(report(), toDiagnostics(createAnalyzer(WHITEPAPER).analyze(text).findings, document, { ...setup, locale: 'en' }), `after round ${step}`);
      });
    }),
    { numRuns: 60, seed: 41 },
  );
});
