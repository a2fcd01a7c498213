// What an idle analysis worker reads after its warm-up texts: a larger text's segments parsed and checked by the
// schema, a few per step, as an open's first report parses and checks every segment. The short texts compile the code;
// only many segments let V8 optimise the parser and the validators as a large document's first report needs them
// (docs/benchmark.md, twenty-ninth session). Nothing is kept.
import { ownCopy } from '../core/ownCopy';
import { splitSegments } from '../parse/segments';
import { rulesFor } from '../rules';
import { checkSchema, isParsed, parseSegment } from './analyzeSegment';
import { validatorsFor } from './analyzer';
import type { DocumentKind } from './documentKind';

/** Parses and checks `text`'s segments as an analysis does, pausing after every `perStep` of them. */
export function* firstReportSteps(kind: DocumentKind, text: string, perStep: number): Generator<void, void, void> {
  const rules = rulesFor(kind.name);
  const segments = splitSegments(text, kind.splitKey);
  for (let i = 0; i < segments.length; i++) {
    const { start, end, kind: segmentKind } = segments[i];
    // Its own copy, as an analysis parses: the parser is optimised for the strings it will be given.
    const parsed = parseSegment(ownCopy(text, start, end), segmentKind, rules);
    if (isParsed(parsed)) checkSchema(parsed, validatorsFor(kind), rules);
    if ((i + 1) % perStep === 0) yield;
  }
}
