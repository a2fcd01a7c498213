// yaml reports many errors as a one-character position; widen it to the
// token there so the squiggle is visible, without running past the line.
import type { YAMLError } from 'yaml';
import type { Span } from '../core/finding';

export function yamlErrorSpan(error: YAMLError, text: string): Span {
  const start = Math.min(error.pos[0], text.length);
  let end = Math.min(Math.max(error.pos[1], start), text.length);
  if (end - start <= 1) {
    const lineEnd = text.indexOf('\n', start);
    const limit = lineEnd === -1 ? text.length : lineEnd;
    let e = start;
    while (e < limit && !/[\s:]/.test(text[e])) e++;
    end = Math.max(end, e);
  }
  if (text.slice(start, end).trim() === '') {
    // At an end of line or of file: underline the last visible character before it.
    let last = start;
    while (last > 0 && /\s/.test(text[last - 1])) last--;
    if (last > 0) return { start: last - 1, end: last };
  }
  return { start, end };
}
