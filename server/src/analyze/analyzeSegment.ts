// Everything that depends on one segment's text alone: YAML errors, the value,
// schema findings, the model part and section rules. Results are relative to
// the segment start, so they stay valid wherever the segment moves.
import { isMap, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Finding } from '../core/finding';
import { toFinding } from '../rules/toFinding';
import { buildFromPairs, buildSection, sectionTitle } from '../model/buildModel';
import { EMPTY_PART, type ModelPart, type SectionModel } from '../model/whitepaper';
import type { Segment } from '../parse/segments';
import type { Rule } from '../rules/rule';
import yamlSyntax from '../rules/yaml-syntax';
import { ruleFailed } from '../rules/analysis-incomplete';
import { schemaFindings } from '../schema/schemaFindings';
import type { SchemaValidators } from '../schema/validators';
import { segmentContext } from './segmentContext';
import { append } from '../core/arrays';
import type { Tallied } from './placeFindings';
import { markQuick } from './quickFindings';

export { toFinding };

export interface SegmentResult {
  readonly value: unknown;
  /** Relative to the segment's start, wherever it sits: never moved. */
  readonly findings: readonly Finding[];
  /** Offsets are relative to `at`: the segment's start when it was last placed, 0 when fresh from the parser. */
  part: ModelPart;
  at?: number;
  /** Findings of document rules checked part by part (Rule.checkParts), by the rule's slot (partFindings), with the inputs they were made from. */
  kept?: ({ readonly inputs: readonly unknown[]; readonly findings: readonly Finding[] } | undefined)[];
  /** `findings` and the kept ones sorted together, with the lists they were sorted from. */
  sorted?: { readonly lists: readonly (readonly Finding[])[]; readonly list: readonly Finding[] } & Tallied;
  /** The analyzer's count of the last assembly that placed it: a second place in the same one gets a copy of its part. */
  placedBy?: number;
  /** Where the last assembly placed it: one record per segment, rewritten by each assembly (see Placement). */
  placement?: Placement;
  /** What the analyzer's cache holds it under: its own copy of the segment's text (a slice would keep the document alive). */
  key?: string;
  /** Set when the segment uses an anchor defined elsewhere: only a whole-document parse can read it. */
  readonly needsWholeDocument: boolean;
}

/**
 * A segment's result as one assembly placed it: its part and where, then its sorted findings and their base. A
 * segment's own is kept with its result and rewritten by the next assembly, where two records made anew for every
 * segment on every keystroke were garbage that lived through the analysis, so that a collection promoted it.
 */
export interface Placement {
  readonly result: SegmentResult;
  part: ModelPart;
  at: number;
  /** The second place of a text that occurs twice: its part is a copy, its findings are not kept. */
  readonly copy: boolean;
  /**
   * What part checks added to the segment's own findings in this assembly, a list per rule that found any: the first
   * `addedCount` (the array is kept from one assembly to the next: emptying it would let its storage go each time).
   */
  readonly added: (readonly Finding[] | undefined)[];
  addedCount: number;
  list: readonly Finding[];
  base: number;
  tally: Tallied | undefined;
}

/**
 * A result with every field, in one order: the analyzer and the part checks read the fields of every segment's result
 * on every edit, and results given `at`, `placement`, `kept` or `sorted` in the order each was first needed had shapes
 * enough to make each of those reads megamorphic.
 */
function resultOf(value: unknown, findings: readonly Finding[], part: ModelPart, needsWholeDocument: boolean): SegmentResult {
  return { value, findings, part, at: undefined, kept: undefined, sorted: undefined, placedBy: undefined, placement: undefined, key: undefined, needsWholeDocument };
}

export const MAX_ALIAS_COUNT = 100;
const MAX_SYNTAX_FINDINGS = 100;

function degraded(messageId: 'tooDeep' | 'aliasLimit', text: string): SegmentResult {
  const lineEnd = text.indexOf('\n');
  const finding = toFinding(yamlSyntax, { start: 0, end: lineEnd === -1 ? text.length : lineEnd, messageId, data: { limit: MAX_ALIAS_COUNT } });
  return resultOf(undefined, [finding], EMPTY_PART, false);
}

function unresolvedAlias(name: string, text: string): SegmentResult {
  const at = Math.max(0, text.indexOf(`*${name}`));
  const finding = toFinding(yamlSyntax, { start: at, end: at + name.length + 1, messageId: 'alias', data: { token: `*${name}` } });
  return resultOf(undefined, [finding], EMPTY_PART, false);
}

function eachSection(sections: readonly SectionModel[], visit: (s: SectionModel) => void): void {
  for (const section of sections) {
    visit(section);
    eachSection(section.sections, visit);
  }
}

function strayLine(text: string): SegmentResult {
  const lineEnd = text.indexOf('\n');
  const end = (lineEnd === -1 ? text.length : lineEnd) - (text[lineEnd - 1] === '\r' ? 1 : 0);
  const finding = toFinding(yamlSyntax, { start: 0, end, messageId: 'notAKey', data: { token: text.slice(0, end) } });
  return resultOf(undefined, [finding], EMPTY_PART, false);
}

/** A segment read by the YAML parser: its syntax findings, before any rule has looked at it. */
export interface ParsedSegment {
  readonly text: string;
  readonly kind: Exclude<Segment['kind'], 'stray'>;
  readonly doc: Document.Parsed;
  /** The value, or NOT_YET when the segment holds no alias: then it is made when its schema is checked. */
  js: unknown;
  readonly findings: Finding[];
  /** The schema's findings once checked (checkSchema): before an open's first report, which shows them, else at the finish. */
  schema: readonly Finding[] | undefined;
}

/** A value not made yet (see ParsedSegment.js). */
const NOT_YET: unknown = Symbol('not yet');

/** What the parser or the value's making threw, as the segment's result. */
function failed(error: unknown, text: string, kind: Segment['kind']): SegmentResult {
  const message = error instanceof Error ? error.message : '';
  const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message);
  if (unresolved && kind !== 'document') return resultOf(undefined, [], EMPTY_PART, true);
  if (unresolved) return unresolvedAlias(unresolved[1], text);
  return degraded(/alias/i.test(message) ? 'aliasLimit' : 'tooDeep', text);
}

/**
 * The parse alone: the segment's YAML errors are known here, its result only when the parse ends the analysis. Its
 * value is made here only where an alias may need an anchor of another segment (the whole document is then parsed at
 * once, before any first report): elsewhere it waits for the finish, so an open's first report, which waits for every
 * segment's parse, does not wait for every value too (6 % of a cold first report at 1 MB).
 */
export function parseSegment(text: string, kind: Segment['kind'], rules: readonly Rule[]): ParsedSegment | SegmentResult {
  if (kind === 'stray') return strayLine(text);
  const findings: Finding[] = [];
  try {
    // logLevel 'error': findings carry the problems; yaml's own warnings would go to the server's stderr.
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const seen = new Set<string>();
    for (const error of doc.errors.slice(0, MAX_SYNTAX_FINDINGS)) {
      for (const rule of rules) {
        const report = rule.fromYamlError?.(error, text);
        if (!report) continue;
        // The parser often repeats one error for each level of an unclosed structure.
        const key = `${rule.id}:${report.messageId}:${report.start}:${report.end}`;
        if (!seen.has(key)) findings.push(toFinding(rule, report));
        seen.add(key);
        break;
      }
    }
    markQuick(findings);
    // An alias is written with "*": a text without one has none.
    return { text, kind, doc, js: text.includes('*') ? valueOf(doc) : NOT_YET, findings, schema: undefined };
  } catch (error) {
    return failed(error, text, kind);
  }
}

function valueOf(doc: Document.Parsed): unknown {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

export function isParsed(segment: ParsedSegment | SegmentResult): segment is ParsedSegment {
  return 'doc' in segment;
}

export function analyzeSegment(text: string, kind: Segment['kind'], validators: SchemaValidators, rules: readonly Rule[]): SegmentResult {
  const parsed = parseSegment(text, kind, rules);
  return isParsed(parsed) ? finishSegment(parsed, validators, rules) : parsed;
}

/** Where the schema looks in a segment of `kind`: the value it checks, its node, and the key it sits under. */
function rootOf(kind: ParsedSegment['kind'], contents: Node | null, js: unknown): { value: unknown; root: Node | null; rootPair: Pair<unknown, unknown> | undefined; key: string } {
  if (kind === 'item') {
    const item = isSeq(contents) ? (contents.items[0] as Node | null) : null;
    return { value: Array.isArray(js) ? js[0] : undefined, root: item, rootPair: undefined, key: '' };
  }
  if (kind === 'entry') {
    const rootPair = isMap(contents) ? (contents.items[0] as Pair<unknown, unknown> | undefined) : undefined;
    const key = rootPair ? String((rootPair.key as { value?: unknown })?.value ?? '') : '';
    return { value: js && typeof js === 'object' ? (js as Record<string, unknown>)[key] : undefined, root: (rootPair?.value as Node | null) ?? null, rootPair, key };
  }
  return { value: js, root: contents, rootPair: undefined, key: '' };
}

const NO_FINDINGS: readonly Finding[] = [];

/**
 * The segment's value made and checked by the schema (ParsedSegment.schema), or what making the value threw as the
 * segment's result. Apart from the finish, so that an open's first report can show the schema's findings.
 */
export function checkSchema(parsed: ParsedSegment, validators: SchemaValidators, rules: readonly Rule[]): ParsedSegment | SegmentResult {
  if (parsed.schema) return parsed;
  const { text, kind, doc } = parsed;
  if (parsed.js === NOT_YET) {
    try {
      parsed.js = valueOf(doc);
    } catch (error) {
      // As if thrown while parsing: the same result the parse would have given (none seen without an alias).
      return failed(error, text, kind);
    }
  }
  const { value, root, rootPair, key } = rootOf(kind, doc.contents as Node | null, parsed.js);
  let validate;
  let rootLabel = '';
  if (kind === 'item') {
    if (isMap(root)) rootLabel = sectionTitle(root) ?? validators.splitKey ?? '';
    validate = validators.splitItem;
  } else if (kind === 'entry') {
    rootLabel = key;
    // The split key's items usually live in their own segments; its list is then checked by the document.
    validate = key === validators.splitKey && value == null ? undefined : validators.property(key);
  } else {
    validate = validators.full;
  }
  if (!validate || validate(value)) {
    parsed.schema = NO_FINDINGS;
  } else {
    const findings = schemaFindings(validate.errors, segmentContext(text, root, rootPair, rootLabel, kind === 'document'), rules);
    markQuick(findings);
    parsed.schema = findings;
  }
  return parsed;
}

/** Everything after the schema: the model part (with the prose reader's facts) and section rules. */
export function finishSegment(parsed: ParsedSegment, validators: SchemaValidators, rules: readonly Rule[]): SegmentResult {
  const checked = checkSchema(parsed, validators, rules);
  if (!isParsed(checked)) return checked;
  const { text, kind, doc } = parsed;
  // A list of its own: the parse's list may have been placed in a first report, and lists are known by identity there.
  const findings = parsed.findings.slice();
  append(findings, parsed.schema!);
  const contents = doc.contents as Node | null;
  const { value, root } = rootOf(kind, contents, parsed.js);
  let part: ModelPart = EMPTY_PART;
  if (kind === 'item') {
    if (isMap(root)) part = { ...EMPTY_PART, sections: [buildSection(root, text)] };
  } else {
    part = isMap(contents) ? buildFromPairs(contents.items as Pair<unknown, unknown>[], text, validators.splitKey) : EMPTY_PART;
  }
  for (const rule of rules) {
    if (!rule.checkSection) continue;
    eachSection(part.sections, (section) => {
      try {
        rule.checkSection!(section, (report) => findings.push(toFinding(rule, report)), { text });
      } catch (error) {
        findings.push(ruleFailed(rule, error, section.titleSpan ?? { start: section.span.start, end: section.span.start }));
      }
    });
  }
  return resultOf(value, findings, part, false);
}
