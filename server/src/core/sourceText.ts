// A document's text as the checker reads it: what a rule asks of it (a slice, a search for a line break, a
// character) and nothing that needs it in one string. A `string` is one; the language server's analysis worker gives
// the analyzer its pieces instead (`PieceText`), so a keystroke in a 5 MB whitepaper does not make a fresh 5 MB
// copy of the text (its cost is the page faults of a new large object, every keystroke).

/** The part of `string`'s interface the checker reads a document's text through; a string is a SourceText. */
export interface SourceText {
  readonly length: number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  includes(search: string, position?: number): boolean;
  charCodeAt(index: number): number;
  charAt(index: number): string;
  /** The whole text in one string: for the few readers that need one (suppression comments, a whole re-split). */
  toString(): string;
}

/**
 * A text held as immutable pieces (never empty, except the one piece of an empty text), read as `string` reads:
 * every method answers exactly what the same method of the joined string answers.
 */
export class PieceText implements SourceText {
  readonly #pieces: readonly string[];
  /** Where each piece starts; one more entry, the text's length. */
  readonly #starts: readonly number[];
  #joined: string | undefined;

  constructor(pieces: readonly string[], starts: readonly number[]) {
    this.#pieces = pieces;
    this.#starts = starts;
  }

  get length(): number {
    return this.#starts[this.#starts.length - 1];
  }

  slice(start = 0, end = this.length): string {
    const length = this.length;
    const from = relative(start, length);
    const to = relative(end, length);
    if (to <= from) return '';
    if (this.#joined !== undefined) return this.#joined.slice(from, to);
    const first = this.#pieceAt(from);
    const last = this.#pieceAt(to - 1);
    const pieces = this.#pieces;
    const starts = this.#starts;
    if (first === last) return pieces[first].slice(from - starts[first], to - starts[first]);
    let text = pieces[first].slice(from - starts[first]);
    for (let i = first + 1; i < last; i++) text += pieces[i];
    return text + pieces[last].slice(0, to - starts[last]);
  }

  indexOf(search: string, position = 0): number {
    const length = this.length;
    const from = Math.min(Math.max(Math.trunc(position) || 0, 0), length);
    if (search.length === 0) return from;
    if (this.#joined !== undefined) return this.#joined.indexOf(search, from);
    const pieces = this.#pieces;
    const starts = this.#starts;
    const reach = search.length - 1;
    for (let i = this.#pieceAt(from); i < pieces.length; i++) {
      const found = pieces[i].indexOf(search, Math.max(from - starts[i], 0));
      if (found !== -1) return starts[i] + found;
      if (reach > 0 && i + 1 < pieces.length) {
        // A match across the end of this piece starts within `reach` of it.
        const at = Math.max(starts[i + 1] - reach, from);
        const across = this.slice(at, starts[i + 1] + reach).indexOf(search);
        if (across !== -1) return at + across;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    const length = this.length;
    const from = Math.min(Math.max(Number.isNaN(position) ? Infinity : Math.trunc(position), 0), length);
    if (search.length === 0) return from;
    if (this.#joined !== undefined) return this.#joined.lastIndexOf(search, from);
    const pieces = this.#pieces;
    const starts = this.#starts;
    const reach = search.length - 1;
    for (let i = this.#pieceAt(Math.min(from, length - 1)); i >= 0; i--) {
      if (reach > 0 && i + 1 < pieces.length) {
        // Matches across the end of this piece start after any match inside it.
        const at = Math.max(starts[i + 1] - reach, starts[i]);
        if (at <= from) {
          const across = this.slice(at, starts[i + 1] + reach).lastIndexOf(search, from - at);
          if (across !== -1 && at + across < starts[i + 1]) return at + across;
        }
      }
      const found = pieces[i].lastIndexOf(search, from - starts[i]);
      if (found !== -1) return starts[i] + found;
    }
    return -1;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) !== -1;
  }

  charCodeAt(index: number): number {
    const at = Math.trunc(index) || 0;
    if (at < 0 || at >= this.length) return NaN;
    const i = this.#pieceAt(at);
    return this.#pieces[i].charCodeAt(at - this.#starts[i]);
  }

  charAt(index: number): string {
    const at = Math.trunc(index) || 0;
    if (at < 0 || at >= this.length) return '';
    const i = this.#pieceAt(at);
    return this.#pieces[i].charAt(at - this.#starts[i]);
  }

  toString(): string {
    this.#joined ??= this.#pieces.length === 1 ? this.#pieces[0] : this.#pieces.join('');
    return this.#joined;
  }

  /** The piece holding the character at `offset`; the last piece for the text's end. */
  #pieceAt(offset: number): number {
    return pieceAt(this.#starts, offset);
  }
}

/** The piece holding the character at `offset`, given where each piece starts and, one more entry, the text's length; the last piece for the text's end. */
export function pieceAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A `slice` bound as `String.prototype.slice` reads it: negative from the end, clamped to the text. */
function relative(bound: number, length: number): number {
  const n = Math.trunc(bound) || 0;
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}
