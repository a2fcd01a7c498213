// Property: the main thread's document in pieces reads as `TextDocument` does after any sequence of the editor's
// changes (line breaks of every kind, CR and LF brought together or split, ranges reversed or past the end, a
// change replacing the whole text), with pieces a few characters long so that edits cross them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../../server/src/lsp/pieceDocument';

const TEXT = fc.array(fc.constantFrom('a', 'b', '日', '\n', '\r', '\r\n', ' ', '😀', 'key: '), { maxLength: 40 }).map((parts) => parts.join(''));
const POSITION = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const CHANGE: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: POSITION, end: POSITION }), text: TEXT }) },
  { weight: 1, arbitrary: fc.record({ text: TEXT }) },
);

/**
 * A position past the last line as the end of the last line, which both read it as. The editor never sends one;
 * `TextDocument` would count lines past its end (holes in its line offsets), where the pieces clamp to the last line.
 */
function inDocument(change: TextDocumentContentChangeEvent, document: TextDocument): TextDocumentContentChangeEvent {
  if (!('range' in change)) return change;
  const last = document.lineCount - 1;
  const clamp = (p: { line: number; character: number }) => (p.line > last ? { line: last, character: document.getText().length } : p);
  return { range: { start: clamp(change.range.start), end: clamp(change.range.end) }, text: change.text };
}

function assertSame(pieces: PieceDocument, reference: TextDocument): void {
  const text = reference.getText();
  assert.equal(pieces.length, text.length);
  assert.equal(pieces.lineCount, reference.lineCount);
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(pieces.positionAt(offset), reference.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= reference.lineCount; line++) {
    assert.deepEqual(pieces.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
    assert.equal(pieces.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 8; character++) {
      const position = { line, character };
      assert.equal(pieces.offsetAt(position), reference.offsetAt(position), `offsetAt(${line}:${character})`);
      const range = { start: { line: Math.max(line - 1, 0), character: 1 }, end: position };
      assert.equal(pieces.getText(range), reference.getText(range), `getText(${line}:${character})`);
    }
  }
  assert.equal(pieces.getText(), text);
}

test('a document in pieces reads as TextDocument after any edits', () => {
  fc.assert(
    fc.property(TEXT, fc.array(fc.array(CHANGE, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), (start, edits, pieceChars, readBetween) => {
      const reference = TextDocument.create('file:///a.wp.yaml', 'x', 1, start);
      const pieces = new PieceDocument('file:///a.wp.yaml', 'x', 1, start, pieceChars);
      edits.forEach((changes, i) => {
        // Several changes in one message, as a multi-cursor edit sends them.
        const given = changes.map((change) => {
          const inside = inDocument(change, reference);
          TextDocument.update(reference, [inside], i + 2);
          return inside;
        });
        pieces.update(given, i + 2);
        assert.equal(pieces.version, reference.version);
        // Reading between edits joins the text; not reading leaves the pieces alone: both must hold.
        if (readBetween) assertSame(pieces, reference);
      });
      assertSame(pieces, reference);
    }),
    { numRuns: 3000 },
  );
});

const SEARCH = fc.constantFrom('', 'a', '\n', '\r\n', 'key: ', 'a日', ': \n', '😀', 'b\r', 'zz');
const BOUND = fc.oneof(fc.integer({ min: -3, max: 45 }), fc.constantFrom(NaN, Infinity, -Infinity, 1.5, undefined));

/** Every reader of the analyzer's text, asked of the pieces and of the string they hold. */
function assertReadsAs(text: PieceDocument['snapshot'] extends () => infer T ? T : never, expected: string, searches: readonly string[], bounds: readonly (number | undefined)[]): void {
  assert.equal(text.length, expected.length);
  for (const a of bounds) {
    assert.equal(text.charCodeAt(a as number), expected.charCodeAt(a as number), `charCodeAt(${a})`);
    assert.equal(text.charAt(a as number), expected.charAt(a as number), `charAt(${a})`);
    for (const b of bounds) assert.equal(text.slice(a, b), expected.slice(a, b), `slice(${a}, ${b})`);
    for (const search of searches) {
      assert.equal(text.indexOf(search, a), expected.indexOf(search, a), `indexOf(${JSON.stringify(search)}, ${a})`);
      assert.equal(text.lastIndexOf(search, a), expected.lastIndexOf(search, a), `lastIndexOf(${JSON.stringify(search)}, ${a})`);
      assert.equal(text.includes(search, a), expected.includes(search, a), `includes(${JSON.stringify(search)}, ${a})`);
    }
  }
  // Last: once joined, the text answers from the joined string.
  assert.equal(text.toString(), expected);
}

test("the analyzer's text in pieces reads as the string, for this version and after later edits", () => {
  fc.assert(
    fc.property(TEXT, fc.array(CHANGE, { maxLength: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(SEARCH, { maxLength: 4 }), fc.array(BOUND, { maxLength: 5 }), (start, changes, pieceChars, searches, bounds) => {
      const reference = TextDocument.create('file:///a.wp.yaml', 'x', 1, start);
      const pieces = new PieceDocument('file:///a.wp.yaml', 'x', 1, start, pieceChars);
      const versions: { text: ReturnType<PieceDocument['snapshot']>; expected: string }[] = [];
      changes.forEach((change, i) => {
        const inside = inDocument(change, reference);
        TextDocument.update(reference, [inside], i + 2);
        pieces.update([inside], i + 2);
        versions.push({ text: pieces.snapshot(), expected: reference.getText() });
      });
      // The default bounds and a search from the end, besides the random ones.
      const asked = [...bounds, undefined, start.length];
      for (const { text, expected } of versions) assertReadsAs(text, expected, searches, asked);
    }),
    { numRuns: 1500 },
  );
});
