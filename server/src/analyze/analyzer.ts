// The one entry to the checker, shared by the language server, the CLI and
// the tests. An analyzer belongs to one document: it keeps the result of every
// segment of the last text it saw, so the next analysis re-parses only the
// segments an edit touched and recomputes document-wide checks from the rest.
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import type { Finding } from '../core/finding';
import { following } from '../model/previousModel';
import { shiftPart } from '../model/shiftModel';
import type { ModelPart, SectionModel, TopEntry, WhitepaperModel } from '../model/whitepaper';
import { splitSegments, type Segment } from '../parse/segments';
import { segmentsAfterEdit } from '../parse/segmentsAfterEdit';
import { rulesFor } from '../rules';
import type { Rule } from '../rules/rule';
import yamlSyntax from '../rules/yaml-syntax';
import { schemaFindings } from '../schema/schemaFindings';
import { compileValidators, type SchemaValidators } from '../schema/validators';
import { analysisFailed, ruleFailed } from '../rules/analysis-incomplete';
import { checkSchema, finishSegment, isParsed, parseSegment, toFinding, type ParsedSegment, type Placement, type SegmentResult } from './analyzeSegment';
import { movePart } from './moveResult';
import { partFindings } from './partChecks';
import { FindingPlacer, placeFindings, sortedTogether } from './placeFindings';
import { isQuick } from './quickFindings';
import type { DocumentKind } from './documentKind';
import { rootContext } from './rootContext';
import { append } from '../core/arrays';
import { ownCopy } from '../core/ownCopy';
import type { SourceText } from '../core/sourceText';
import type { EditedRange } from './editedRange';

export interface Analysis {
  readonly model: WhitepaperModel;
  /** Sorted by position; severities are the rules' defaults (configuration applies later). */
  readonly findings: readonly Finding[];
}

export interface Analyzer {
  /**
   * `config` feeds the document-wide rules (profile, expected controls); severities overrides apply later. `edited`
   * says where `text` differs from the text of this analyzer's previous call (the editor's change events tell), so
   * the segments elsewhere are taken from that analysis by their place; without it they are found by their text.
   */
  analyze(text: SourceText, config?: WorkspaceConfig, edited?: EditedRange, firstReport?: FirstReport): Analysis;
}

/**
 * Called once the text is parsed and each segment checked by the schema, before any rule has run, with the report's
 * quick findings (quickFindings.ts; configuration, suppressions and the cap applied, sorted): each of them is in the
 * analysis's findings, and so is every quick finding of the analysis among its first MAX_FINDINGS.
 */
export type FirstReport = (findings: readonly Finding[]) => void;

/** Larger files get one finding instead of an analysis that would take the editor's memory. */
export const MAX_DOCUMENT_CHARS = 20 * 1024 * 1024;

const validatorCache = new Map<DocumentKind, SchemaValidators>();

export function validatorsFor(kind: DocumentKind): SchemaValidators {
  let validators = validatorCache.get(kind);
  if (!validators) {
    validators = compileValidators(kind.schema, kind.splitKey);
    validatorCache.set(kind, validators);
  }
  return validators;
}

function tooLarge(text: SourceText): Analysis {
  const finding = toFinding(yamlSyntax, {
    start: 0,
    end: Math.min(text.indexOf('\n') >>> 0, 200),
    messageId: 'tooLarge',
    data: { size: (text.length / 1024 / 1024).toFixed(1), limit: MAX_DOCUMENT_CHARS / 1024 / 1024 },
  });
  return { model: { text, data: {}, entries: [], sections: [], notApplicable: [] }, findings: [finding] };
}

export interface AnalyzerOptions {
  /** False parses every text whole: the reference the segmented path is tested against. */
  readonly segmented?: boolean;
}

/** The last analysis's results, each this text's segment's at the same place but the one at `edited`. */
interface Taken {
  readonly results: readonly SegmentResult[];
  readonly edited: number;
}

export function createAnalyzer(kind: DocumentKind, options: AnalyzerOptions = {}): Analyzer {
  const segmented = options.segmented ?? true;
  // Compiled when a segment is first checked: a worker that only reads the text for a hover or an outline never needs them.
  let compiled: SchemaValidators | undefined;
  const validators = () => (compiled ??= validatorsFor(kind));
  const rules = rulesFor(kind.name);
  // Two generations: a keystroke that briefly breaks the structure (a stray
  // line, an unclosed quote) must not evict what the next keystroke restores.
  let cache = new Map<string, SegmentResult>();
  let older = new Map<string, SegmentResult>();
  const placer = new FindingPlacer();

  /** The previous analysis's segments and their results, while it is the one `edited` is relative to. */
  let last: { readonly length: number; readonly segments: readonly Segment[]; readonly results: readonly SegmentResult[] } | undefined;
  /** The last analysis's model: the document rules' indexes take from it what the sections an edit left read then. */
  let lastModel: WhitepaperModel | undefined;

  /** The last analysis's result for `segment` when the segment's text is known unchanged there, found by its place. */
  function unchangedAt(segment: Segment, edited: EditedRange, from: { index: number }): SegmentResult | undefined {
    if (!last || segment.kind === 'document') return undefined;
    // A lone CR before the edit reads as LF only while no LF follows it: the character before the edit may change too.
    const before = segment.end < edited.start;
    if (!before && segment.start < edited.end) return undefined;
    const start = before ? segment.start : segment.start - edited.delta;
    const { segments } = last;
    while (from.index < segments.length && segments[from.index].start < start) from.index++;
    const old = segments[from.index];
    if (!old || old.start !== start || old.end - old.start !== segment.end - segment.start || old.kind !== segment.kind) return undefined;
    return last.results[from.index];
  }

  /**
   * Each segment's cached result, else its analysis; `staged`, its parse and schema check only, finished by `finish`,
   * so that the quick findings of every segment are known first (at the cost of holding every parsed segment at once).
   */
  function parsedFor(text: SourceText, segments: readonly Segment[], next: Map<string, SegmentResult>, staged: boolean, edited?: EditedRange, taken?: Taken): (SegmentResult | ParsedSegment)[] {
    const usable = !taken && edited && last && last.length + edited.delta === text.length ? edited : undefined;
    const from = { index: 0 };
    // The same text twice is parsed once, as it is analysed once when each segment is finished at once.
    const parsedByKey = new Map<string, ParsedSegment>();
    // Indexed loops here and in the assembly: they run over every segment on every edit.
    const all: (SegmentResult | ParsedSegment)[] = [];
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      let result = taken ? (i === taken.edited ? undefined : taken.results[i]) : usable && unchangedAt(segment, usable, from);
      if (!result) {
        const source = text.slice(segment.start, segment.end);
        const cacheKey = segment.kind === 'document' ? `\u0000${source}` : source;
        result = cache.get(cacheKey) ?? older.get(cacheKey) ?? next.get(cacheKey);
        const known = result ? undefined : parsedByKey.get(cacheKey);
        if (known) {
          all.push(known);
          continue;
        }
        // Its own copy: what the result keeps of the segment's text must not keep this version of the document alive.
        if (!result) {
          const own = ownCopy(text, segment.start, segment.end);
          const parsed = parseSegment(own, segment.kind, rules);
          const checked = isParsed(parsed) && staged ? checkSchema(parsed, validators(), rules) : parsed;
          if (isParsed(checked) && staged) {
            parsedByKey.set(cacheKey, checked);
            all.push(checked);
            continue;
          }
          result = isParsed(checked) ? finishSegment(checked, validators(), rules) : checked;
          result.key = segment.kind === 'document' ? `\u0000${own}` : own;
        }
      }
      next.set(result.key!, result);
      all.push(result);
    }
    return all;
  }

  /** Finishes every parse in place: each parsed document is let go as soon as its segment's result is made. */
  function finish(all: (SegmentResult | ParsedSegment)[], next: Map<string, SegmentResult>): SegmentResult[] {
    for (let i = 0; i < all.length; i++) {
      const one = all[i];
      if (!isParsed(one)) continue;
      const key = one.kind === 'document' ? `\u0000${one.text}` : one.text;
      // The same text twice: the second takes the first's result, as if analysed after the first was cached.
      let result = next.get(key);
      if (!result) {
        result = finishSegment(one, validators(), rules);
        result.key = key;
        next.set(key, result);
      }
      all[i] = result;
    }
    return all as SegmentResult[];
  }

  /**
   * The quick findings of every segment, placed, suppressed and capped as the full report will (which keeps them apart
   * in its cap); without what only the full report can say: the count of those left out, suppressions left unused.
   */
  function quickReport(text: SourceText, segments: readonly Segment[], all: readonly (SegmentResult | ParsedSegment)[], config: WorkspaceConfig): readonly Finding[] {
    const lists = all.map((one, i) => ({ list: sortedTogether(isParsed(one) ? [one.findings, one.schema!] : [one.findings.filter(isQuick)]), base: segments[i].start }));
    return placeFindings(text, lists, [], config, placer).filter(isQuick);
  }

  return guarded({
    analyze(source, config = DEFAULT_CONFIG, edited, firstReport) {
      const previous = last;
      // Until this analysis is complete, no later one may take its segments by their place.
      last = undefined;
      if (source.length > MAX_DOCUMENT_CHARS) return tooLarge(source);
      const text = withLineFeeds(source);
      const next = new Map<string, SegmentResult>();
      const whole: Segment[] = [{ kind: 'document', start: 0, end: text.length }];
      const usable = edited && previous && previous.length + edited.delta === text.length ? edited : undefined;
      // Taken from the last analysis's segments: its results are this text's, but for the edited segment's.
      const after = segmented && usable ? segmentsAfterEdit(text, previous!.segments, usable, (i) => previous!.results[i].key) : undefined;
      let segments: readonly Segment[] = !segmented ? whole : (after?.segments ?? splitSegments(text.toString(), kind.splitKey));
      last = previous;
      let parsed = parsedFor(text, segments, next, firstReport !== undefined, edited, after && { results: previous!.results, edited: after.edited });
      last = undefined;
      if (needsWholeDocument(parsed)) {
        segments = whole;
        next.clear();
        parsed = parsedFor(text, segments, next, firstReport !== undefined);
      }
      firstReport?.(quickReport(text, segments, parsed, config));
      const results = finish(parsed, next);
      older = cache;
      cache = next;
      const analysis = assemble(text, segments, results, validators(), rules, config, placer, lastModel);
      last = { length: text.length, segments, results };
      lastModel = analysis.model;
      return analysis;
    },
  });
}

/**
 * A line break written as a lone CR (old Mac files) becomes LF: YAML reads both, the parser only the second, and
 * editors count both. Same length, so every offset stays where it was.
 */
function withLineFeeds(text: SourceText): SourceText {
  return text.includes('\r') ? text.toString().replace(/\r(?!\n)/g, '\n') : text;
}

/** Whether a segment uses an anchor defined elsewhere, so that the text is analysed whole. */
function needsWholeDocument(parsed: readonly (SegmentResult | ParsedSegment)[]): boolean {
  for (let i = 0; i < parsed.length; i++) {
    const one = parsed[i];
    if (!isParsed(one) && one.needsWholeDocument) return true;
  }
  return false;
}

/**
 * Rules are guarded one by one; this is for a fault in the pipeline itself. An answer, even this one, is cached by
 * the caller like any other, so a document that fails is not analysed again on every request.
 */
function guarded(analyzer: Analyzer): Analyzer {
  return {
    analyze(text, config, edited, firstReport) {
      // A first report already given stays in this one: a fault later must not take back what the editor shows.
      let first: readonly Finding[] = [];
      try {
        return analyzer.analyze(text, config, edited, firstReport && ((findings) => firstReport((first = findings))));
      } catch (error) {
        return { model: { text, data: {}, entries: [], sections: [], notApplicable: [] }, findings: [analysisFailed(error), ...first].sort((a, b) => a.start - b.start || a.end - b.end) };
      }
    },
  };
}

const NO_FINDINGS: readonly Finding[] = [];

/** `lists` are `first` and then the first `count` of `more`, the same lists. */
function sameLists(lists: readonly (readonly Finding[])[], first: readonly Finding[], more: readonly (readonly Finding[] | undefined)[], count: number): boolean {
  if (lists.length !== 1 + count || lists[0] !== first) return false;
  for (let i = 1; i < lists.length; i++) if (lists[i] !== more[i - 1]) return false;
  return true;
}

/** Counts assemblies, for SegmentResult.placedBy. */
let assemblies = 0;

function assemble(
  text: SourceText,
  segments: readonly Segment[],
  results: readonly SegmentResult[],
  validators: SchemaValidators,
  rules: readonly Rule[],
  config: WorkspaceConfig,
  placer: FindingPlacer,
  before: WhitepaperModel | undefined,
): Analysis {
  const entries: TopEntry[] = [];
  const sections: SectionModel[] = [];
  const notApplicable: ModelPart['notApplicable'][number][] = [];
  // No prototype: a top-level key "__proto__" must stay a key, not become the object's prototype.
  let data: Record<string, unknown> = Object.create(null);
  const items: unknown[] = [];
  let whole = false;
  // Which results this assembly has placed already: a stamp on each, not a set of thousands made anew per keystroke.
  const stamp = ++assemblies;
  const parts: Placement[] = [];
  const models: ModelPart[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const result = results[i];
    const by = segment.start - (result.at ?? 0);
    let part = result.part;
    const copy = result.placedBy === stamp;
    if (copy) {
      // The same text twice in one document: the cached result sits at the first; the second gets a copy.
      part = shiftPart(part, by);
    } else if (by !== 0) {
      // Moved in place, one copy per segment: an edit elsewhere that leaves it where it was reuses it as it is.
      movePart(part, by);
      result.at = segment.start;
    }
    const placement: Placement = copy
      ? { result, part, at: segment.start, copy, added: [], addedCount: 0, list: NO_FINDINGS, base: 0, tally: undefined }
      : (result.placement ??= { result, part, at: segment.start, copy, added: [], addedCount: 0, list: NO_FINDINGS, base: 0, tally: undefined });
    placement.part = part;
    placement.at = segment.start;
    // The lists of the last assembly past the count are only overwritten: the rules are the same few each time.
    placement.addedCount = 0;
    parts.push(placement);
    models.push(part);
    result.placedBy = stamp;
    append(entries, part.entries);
    append(sections, part.sections);
    append(notApplicable, part.notApplicable);
    if (segment.kind === 'document') {
      whole = true;
      data = result.value && typeof result.value === 'object' && !Array.isArray(result.value) ? (result.value as Record<string, unknown>) : {};
    } else if (segment.kind === 'entry') {
      const key = part.entries[0]?.key;
      if (key !== undefined && !Object.prototype.hasOwnProperty.call(data, key)) data[key] = result.value;
    } else {
      items.push(result.value);
    }
  }
  const splitKey = validators.splitKey;
  if (splitKey && items.length > 0 && data[splitKey] == null) data[splitKey] = items;

  const model: WhitepaperModel = { text, data, entries, sections, notApplicable };
  // The document's own findings: absolute, made anew by every analysis.
  const findings: Finding[] = [];
  if (!whole) {
    const context = rootContext(text, entries);
    if (!validators.root(data)) append(findings, schemaFindings(validators.root.errors, context, rules));
    if (splitKey && validators.splitList && Object.prototype.hasOwnProperty.call(data, splitKey) && (items.length > 0 || data[splitKey] == null)) {
      if (!validators.splitList(data[splitKey])) append(findings, schemaFindings(validators.splitList.errors, context.under(splitKey), rules));
    }
  }
  following(model, before, () => {
    let slot = 0;
    for (const rule of rules) {
      if (!rule.checkDocument && !rule.checkParts) continue;
      try {
        if (rule.checkParts) {
          partFindings(rule, slot++, model, parts, models, { config }, (i, list) => {
            const placement = parts[i];
            placement.added[placement.addedCount++] = list;
          });
        }
        rule.checkDocument?.(model, (report) => findings.push(toFinding(rule, report)), { config });
      } catch (error) {
        findings.push(ruleFailed(rule, error, { start: 0, end: 0 }));
      }
    }
  });
  for (let i = 0; i < parts.length; i++) {
    const placement = parts[i];
    const { result, copy } = placement;
    placement.base = placement.at;
    const last = result.sorted;
    // The lists of last time (most parts on most keystrokes): the record kept answers without a list made to compare with it.
    if (last && sameLists(last.lists, result.findings, placement.added, placement.addedCount)) {
      placement.list = last.list;
      placement.tally = last;
      continue;
    }
    const lists = [result.findings, ...(placement.added.slice(0, placement.addedCount) as (readonly Finding[])[])];
    const list = sortedTogether(lists, last);
    placement.list = list;
    // The same list from the same lists: the record kept is as good, and a new one per segment per keystroke would be
    // garbage that outlives the keystroke (it is promoted to the old generation before the next one drops it).
    if (copy) continue;
    if (list !== last?.list) result.sorted = { lists, list, leftOut: undefined, ends: undefined };
    placement.tally = result.sorted;
  }
  return { model, findings: placeFindings(text, parts, findings, config, placer) };
}
