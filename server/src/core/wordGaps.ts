// The prose patterns write the gap between two words as `\s{1,3}`, about a thousand times. V8 compiles a bounded
// repetition by unrolling it into optional matches and emits the rest of the pattern again after each of them: compiling
// the checker's patterns was nearly half of a cold analysis (docs/benchmark.md, eighteenth session). A loop compiles
// once: `\s+(?<!\s{4})` takes the same one to three spaces, tried longest first, wherever the character before the run
// cannot be a space. A gap is rewritten only where the pattern itself guarantees that: after a letter, a word, a class
// or a group whose every way of ending consumes a character that is not a space ("for\s{1,3}", "customers?\s{1,3}",
// "(?:you|users?)\s{1,3}", "[,;:]\s{1,3}"), never at the start of a pattern or a group, nor after anything that may end
// in a space or match nothing. Then the loop matches what the bounded repetition matched, forward and inside a
// lookbehind alike: the run is at most three long either way (the lookbehind refuses a fourth space at the run's end),
// and its longest fit is tried first. A bundle finds each pattern's loops made by the build (wordGapsBuilt.ts).
import { GAPS_AT_BUILD } from './wordGapsBuilt';

const GAP = String.raw`\s{1,3}`;
const LOOPED_GAP = String.raw`\s+(?<!\s{4})`;

/** What a term of a pattern may consume last: never a space, or perhaps one; and whether it may consume nothing. */
interface Ending {
  readonly nonSpace: boolean;
  readonly canBeEmpty: boolean;
}
// `\t`, `\n`, `\v`, `\f`, `\r`: 0x09 to 0x0d.
const CONTROLS = 'tnvfr';
const PUNCTUATION = '^$\\.*+?()[]{}|/-,:;!\'"<>=&%#@~`';
const NOTHING: Ending = { nonSpace: true, canBeEmpty: true };
const UNKNOWN: Ending = { nonSpace: false, canBeEmpty: true };
const NOT_A_SPACE: Ending = { nonSpace: true, canBeEmpty: false };
const MAYBE_A_SPACE: Ending = { nonSpace: false, canBeEmpty: false };

/** `\s` in JavaScript: what no character a gap may follow can be. */
function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
function rangeHasSpace(low: number, high: number): boolean {
  for (const [a, b] of [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]) {
    if (low <= b && high >= a) return true;
  }
  return false;
}

/** A reader of one pattern's source that notes where a gap may become a loop. */
class Reader {
  at = 0;
  readonly gaps: number[] = [];
  constructor(readonly source: string) {}

  /** Alternatives up to `)` or the end: how the group they form may end. */
  alternatives(): Ending {
    let nonSpace = true;
    let canBeEmpty = false;
    for (;;) {
      const ending = this.sequence();
      nonSpace &&= ending.nonSpace;
      canBeEmpty ||= ending.canBeEmpty;
      if (this.source[this.at] !== '|') return { nonSpace, canBeEmpty };
      this.at++;
    }
  }

  /** Terms up to `|`, `)` or the end, walked back from each gap to what comes before it. */
  sequence(): Ending {
    const endings: Ending[] = [];
    const source = this.source;
    while (this.at < source.length && source[this.at] !== '|' && source[this.at] !== ')') {
      const start = this.at;
      const isGap = source[start] === '\\' && source.startsWith(GAP, start) && source[start + GAP.length] !== '?';
      const ending = this.term();
      if (isGap && this.at === start + GAP.length && before(endings)) this.gaps.push(start);
      endings.push(ending);
    }
    let canBeEmpty = true;
    for (let i = endings.length - 1; i >= 0 && canBeEmpty; i--) {
      if (endings[i] === NOTHING) continue;
      if (!endings[i].nonSpace) return UNKNOWN;
      canBeEmpty = endings[i].canBeEmpty;
    }
    return { nonSpace: true, canBeEmpty };
  }

  /** One atom and its quantifier. */
  term(): Ending {
    const atom = this.atom();
    const next = this.source[this.at];
    if (next !== '*' && next !== '+' && next !== '?' && next !== '{') return atom;
    const q = /^(?:[*?]|\{0(?:,\d*)?\})\??|^(?:\+|\{\d+(?:,\d*)?\})\??/.exec(this.source.slice(this.at, this.at + 12));
    if (!q) return atom;
    this.at += q[0].length;
    if (atom === NOTHING) return NOTHING;
    return { nonSpace: atom.nonSpace, canBeEmpty: atom.canBeEmpty || /^[*?]|^\{0/.test(q[0]) };
  }

  atom(): Ending {
    const source = this.source;
    const c = source[this.at];
    if (c === '(') {
      let lookaround = false;
      this.at++;
      if (source[this.at] === '?') {
        const kind = source[this.at + 1];
        const behind = kind === '<' && (source[this.at + 2] === '=' || source[this.at + 2] === '!');
        lookaround = kind === '=' || kind === '!' || behind;
        if (kind === '<' && !behind) this.at = source.indexOf('>', this.at) + 1;
        else this.at += behind ? 3 : 2;
      }
      const inner = this.alternatives();
      this.at++;
      return lookaround ? NOTHING : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape(false);
    this.at++;
    if (c === '^' || c === '$') return NOTHING;
    if (c === '.') return MAYBE_A_SPACE;
    return isSpace(c.charCodeAt(0)) ? MAYBE_A_SPACE : NOT_A_SPACE;
  }

  /** An escape outside a class (or, `inClass`, inside one, where `\b` is a backspace): the one character or set it matches. */
  escape(inClass: boolean): Ending & { code?: number } {
    const source = this.source;
    const next = source[this.at + 1];
    const one = (code: number, length: number) => {
      this.at += length;
      return { nonSpace: !isSpace(code), canBeEmpty: false, code };
    };
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return inClass ? { nonSpace: true, canBeEmpty: false, code: 8 } : NOTHING;
    }
    if (next === 'w' || next === 'd' || next === 'S') return (this.at += 2), NOT_A_SPACE;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(this.at + 2, this.at + 6))) return one(parseInt(source.slice(this.at + 2, this.at + 6), 16), 6);
    if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(this.at + 2, this.at + 4))) return one(parseInt(source.slice(this.at + 2, this.at + 4), 16), 4);
    const control = CONTROLS.indexOf(next);
    if (control >= 0) return one(0x09 + control, 2);
    // A punctuation mark escaped to mean itself: `\.`, `\-`, `\/`.
    if (next !== undefined && PUNCTUATION.includes(next)) return one(next.charCodeAt(0), 2);
    // \s, \W, \D, \c, \p{…}, \k<…>, back references and the rest: may be a space, or not read here.
    const third = source[this.at + 2];
    let end = this.at + 2;
    if ((next === 'p' || next === 'P' || next === 'u') && third === '{') end = source.indexOf('}', this.at) + 1;
    else if (next === 'k' && third === '<') end = source.indexOf('>', this.at) + 1;
    else if (next === 'c') end = this.at + 3;
    else if (next !== undefined && next >= '0' && next <= '9') while (end < source.length && source[end] >= '0' && source[end] <= '9') end++;
    this.at = Math.max(this.at + 2, end);
    return MAYBE_A_SPACE;
  }

  /** `[…]`: never a space when it is not negated and holds no space, range over one or escape that matches one. */
  characterClass(): Ending {
    const source = this.source;
    this.at++;
    let nonSpace = source[this.at] !== '^';
    if (!nonSpace) this.at++;
    let previous: number | undefined;
    while (this.at < source.length && source[this.at] !== ']') {
      let code: number | undefined;
      if (source[this.at] === '\\') {
        const escaped = this.escape(true);
        if (!escaped.nonSpace) nonSpace = false;
        code = escaped.code;
      } else if (source[this.at] === '-' && previous !== undefined && source[this.at + 1] !== ']') {
        this.at++;
        const high = source[this.at] === '\\' ? this.escape(true).code : source.charCodeAt(this.at++);
        if (high === undefined || rangeHasSpace(previous, high)) nonSpace = false;
        previous = undefined;
        continue;
      } else {
        code = source.charCodeAt(this.at++);
        if (isSpace(code)) nonSpace = false;
      }
      previous = code;
    }
    this.at++;
    return nonSpace ? NOT_A_SPACE : MAYBE_A_SPACE;
  }
}

/** The terms before a gap, walked back from it, consume a character that is never a space, whatever they match. */
function before(endings: readonly Ending[]): boolean {
  for (let i = endings.length - 1; i >= 0; i--) {
    if (endings[i] === NOTHING) continue;
    if (!endings[i].nonSpace) return false;
    if (!endings[i].canBeEmpty) return true;
  }
  return false;
}

/** Where the pattern's source has a `\s{1,3}` that cannot follow a space: the gaps a loop may take. */
export function loopableGaps(source: string): readonly number[] {
  if (!source.includes(GAP)) return [];
  const reader = new Reader(source);
  reader.alternatives();
  // A source this reader does not follow to its end is left as written.
  return reader.at === source.length ? reader.gaps : [];
}

function loopAt(source: string, gaps: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const gap of gaps) {
    out += source.slice(from, gap) + LOOPED_GAP;
    from = gap + GAP.length;
  }
  return out + source.slice(from);
}

/** The pattern's source with every `\s{1,3}` that cannot follow a space as a loop; the same source when there is none. */
export function loopWordGaps(source: string): string {
  return loopAt(source, loopableGaps(source));
}

/** `pattern` with its word gaps compiled as loops: the same matches, a fraction of the compilation. */
export function wordGaps(pattern: RegExp): RegExp {
  const source = loopAt(pattern.source, GAPS_AT_BUILD.get(pattern.source) ?? loopableGaps(pattern.source));
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}
