// Where rendered things came from: 0-based source lines and characters for
// data-line attributes, and body-value lines for findings inside a section body.
import { lineAt, lineStarts } from '../core/lines';
import type { SourceText } from '../core/sourceText';
import type { SectionModel } from '../model/whitepaper';
import { scalarSourceMap } from '../parse/scalarSourceMap';

export interface SourceLines {
  line(offset: number): number;
  position(offset: number): { line: number; character: number };
}

export function sourceLines(text: string): SourceLines {
  const starts = lineStarts(text);
  return {
    line: (offset) => lineAt(starts, offset),
    position(offset) {
      const line = lineAt(starts, offset);
      return { line, character: offset - starts[line]! };
    },
  };
}

/** A section body's value read against its source: value lines to source lines, source offsets to value offsets. */
export interface BodyLines {
  /** 0-based source line of the body value's line `valueLine`. */
  sourceLine(valueLine: number): number;
  /** The value offset of a source offset inside the body (the nearest character at or before it). */
  valueOffset(sourceOffset: number): number;
  valueLine(valueOffset: number): number;
}

export function bodyLines(section: SectionModel, text: SourceText, lines: SourceLines): BodyLines | undefined {
  const body = section.body;
  const span = section.bodySpan;
  if (body === undefined || !span) return undefined;
  const map = scalarSourceMap(body, text.slice(span.start, span.end), span.start);
  const valueStarts = lineStarts(body);
  return {
    sourceLine: (valueLine) => lines.line(map[valueStarts[Math.min(valueLine, valueStarts.length - 1)]!]!),
    valueOffset(sourceOffset) {
      let lo = 0;
      let hi = body.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (map[mid]! <= sourceOffset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    valueLine: (valueOffset) => lineAt(valueStarts, valueOffset),
  };
}
