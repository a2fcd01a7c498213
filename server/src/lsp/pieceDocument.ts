// An open document's text, on the main thread and in its analysis worker. The main thread analyses nothing: it keeps
// the text only to give it whole to a worker started again, to the fallbacks of hover and completion, and to a
// configuration file's reader. The worker gives the analyzer the pieces as they are (`snapshot`), never joined.
// `TextDocument.update` builds each new text from slices of the last one, and V8 copies a text whole before it
// slices it: at 1 MB, a megabyte of garbage per keystroke, a large object straight into the old generation, which
// the server's peak memory grew by until a full collection. Here the text is kept in pieces: an edit copies only
// the pieces it touches, and the whole text is joined only when it is asked for.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { ownCopy } from '../core/ownCopy';
import { PieceText, pieceAt } from '../core/sourceText';

/** Long enough that a few dozen pieces hold a megabyte, short enough that copying one costs nothing to speak of. */
const PIECE_CHARS = 16 * 1024;

const LF = 10;
const CR = 13;

/** `starts` and the offsets at which a line starts in `text` after its first line, `base` added: `TextDocument`'s count. */
function lineStartsIn(text: string, base: number, starts: number[] = []): number[] {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) continue;
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    starts.push(base + i + 1);
  }
  return starts;
}

/**
 * Where each line starts in the text `pieces` make (`starts`: where each piece starts), read piece by piece: a CR
 * that ends one piece and an LF that starts the next are one line break.
 */
function lineStartsOfPieces(pieces: readonly string[], starts: readonly number[]): number[] {
  const lines = [0];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    let i = 0;
    if (p > 0 && pieces[p - 1].charCodeAt(pieces[p - 1].length - 1) === CR) {
      if (piece.charCodeAt(0) === LF) i = 1;
      lines.push(starts[p] + i);
    }
    for (; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      // A CR that ends its piece is counted with the next piece (or at the text's end, below).
      if (c === CR && i + 1 === piece.length) continue;
      if (c === CR && piece.charCodeAt(i + 1) === LF) i++;
      lines.push(starts[p] + i + 1);
    }
  }
  const last = pieces[pieces.length - 1];
  if (last.charCodeAt(last.length - 1) === CR) lines.push(starts[pieces.length - 1] + last.length);
  return lines;
}

/** `text` in pieces of their own: a slice would keep all of `text` alive as long as any one piece. */
function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(ownCopy(text, start, start + size));
  return pieces;
}

export class PieceDocument implements TextDocument {
  readonly uri: string;
  readonly languageId: string;
  #version: number;
  /** Never empty pieces, except the one piece of an empty text. */
  #pieces: string[];
  /** Where each piece starts; one more entry, the text's length. */
  #starts: number[];
  /** Where each line starts, as `TextDocument` counts lines; counted from the pieces when first asked for, after an open or a change it cannot follow. */
  #lines: number[] | undefined;
  /** The whole text, once asked for, until the next change. */
  #joined: string | undefined;
  readonly #pieceChars: number;

  /** `pieceChars` is for the tests, which need many pieces in a short text. */
  constructor(uri: string, languageId: string, version: number, text: string, pieceChars = PIECE_CHARS) {
    this.uri = uri;
    this.#pieceChars = pieceChars;
    this.languageId = languageId;
    this.#version = version;
    this.#pieces = [];
    this.#starts = [];
    this.#lines = undefined;
    this.#joined = undefined;
    this.#replaceAll(text);
  }

  get version(): number {
    return this.#version;
  }

  /** The text's length in UTF-16 code units, without joining it. */
  get length(): number {
    return this.#starts[this.#starts.length - 1];
  }

  get lineCount(): number {
    return this.#lineStarts().length;
  }

  getText(range?: Range): string {
    if (range) {
      // Ends in either order, as `substring` takes them.
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.#slice(Math.min(a, b), Math.max(a, b));
    }
    this.#joined ??= this.#pieces.length === 1 ? this.#pieces[0] : this.#pieces.join('');
    return this.#joined;
  }

  /** The text of this version as it is held, for the analyzer: later changes make new pieces, never touch these. */
  snapshot(): PieceText {
    return new PieceText(this.#pieces, this.#starts);
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.length), 0);
    const lines = this.#lineStarts();
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lines[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.#beforeLineBreak(at, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.#lineStarts();
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const start = lines[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.length;
    return this.#beforeLineBreak(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const lines = this.#lineStarts();
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lines[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lines[line];
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.#beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.#lineStarts();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return this.#slice(this.#beforeLineBreak(next, lines[line]), next);
  }

  /** The editor's changes in order, as `TextDocument.update` applies them. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.#replaceAll(change.text);
        continue;
      }
      const { start, end } = isBefore(change.range.end, change.range.start) ? { start: change.range.end, end: change.range.start } : change.range;
      const from = this.offsetAt(start);
      const to = this.offsetAt(end);
      this.#replace(from, to, change.text);
      const insertedEnd = from + change.text.length;
      const lines = this.#lines;
      // A CR and an LF brought together by the edit are one line break: counted again from the text when next asked.
      if (!lines || (this.#charAt(from - 1) === CR && this.#charAt(from) === LF) || (this.#charAt(insertedEnd - 1) === CR && this.#charAt(insertedEnd) === LF)) {
        this.#lines = undefined;
        continue;
      }
      // A range past the last line ends on it.
      const startLine = Math.min(Math.max(start.line, 0), lines.length - 1);
      const endLine = Math.min(Math.max(end.line, 0), lines.length - 1);
      const added = lineStartsIn(change.text, from);
      // In place: the lines after the edit move up or down by the lines it added or removed.
      const length = lines.length;
      const grown = added.length - (endLine - startLine);
      if (grown > 0) lines.length = length + grown;
      if (grown !== 0) lines.copyWithin(startLine + 1 + added.length, endLine + 1, length);
      if (grown < 0) lines.length = length + grown;
      for (let i = 0; i < added.length; i++) lines[startLine + 1 + i] = added[i];
      const delta = change.text.length - (to - from);
      if (delta !== 0) {
        for (let i = startLine + 1 + added.length; i < lines.length; i++) lines[i] = lines[i] + delta;
      }
    }
    this.#version = version;
  }

  #replaceAll(text: string): void {
    this.#pieces = text.length === 0 ? [''] : piecesOf(text, this.#pieceChars);
    this.#starts = [0];
    for (const piece of this.#pieces) this.#starts.push(this.#starts[this.#starts.length - 1] + piece.length);
    // Counted when first asked for: on open, the text goes to the worker, and the worker's analysis starts, first.
    this.#lines = undefined;
    this.#joined = undefined;
  }

  /** `from..to` replaced by `text`: the pieces holding either end are made anew, the others are kept as they are. */
  #replace(from: number, to: number, text: string): void {
    const first = this.#pieceAt(from);
    const last = this.#pieceAt(to);
    const pieces = this.#pieces;
    const starts = this.#starts;
    const joined = pieces[first].slice(0, from - starts[first]) + text + pieces[last].slice(to - starts[last]);
    const made = joined.length <= this.#pieceChars ? [joined] : piecesOf(joined, this.#pieceChars);
    const kept = made.filter((piece) => piece.length > 0);
    const next = pieces.slice(0, first).concat(kept, pieces.slice(last + 1));
    this.#pieces = next.length > 0 ? next : [''];
    const nextStarts = starts.slice(0, first + 1);
    for (let i = first; i < this.#pieces.length; i++) nextStarts.push(nextStarts[i] + this.#pieces[i].length);
    this.#starts = nextStarts;
    this.#joined = undefined;
  }

  /** The piece holding the character at `offset`; the last piece for the text's end. */
  #pieceAt(offset: number): number {
    return pieceAt(this.#starts, offset);
  }

  /** The code unit at `offset`, NaN outside the text (as `charCodeAt`). */
  #charAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const i = this.#pieceAt(offset);
    return this.#pieces[i].charCodeAt(offset - this.#starts[i]);
  }

  #slice(from: number, to: number): string {
    if (this.#joined !== undefined) return this.#joined.slice(from, to);
    if (to <= from) return '';
    const first = this.#pieceAt(from);
    const last = this.#pieceAt(to - 1);
    let text = '';
    for (let i = first; i <= last; i++) {
      const start = this.#starts[i];
      text += this.#pieces[i].slice(Math.max(from - start, 0), Math.min(to - start, this.#pieces[i].length));
    }
    return text;
  }

  #lineStarts(): number[] {
    this.#lines ??= lineStartsOfPieces(this.#pieces, this.#starts);
    return this.#lines;
  }

  /** `offset` moved back before the line break it falls in or after, but not before `lineStart`. */
  #beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart) {
      const c = this.#charAt(at - 1);
      if (c !== LF && c !== CR) break;
      at--;
    }
    return at;
  }
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
