// Which expected controls the whitepaper answers, and where: the data behind
// control-missing, `wp27017 coverage`, the status bar and the preview matrix.
import { keptWith } from '../model/keptWith';
import { keptByTop } from '../model/placeIndex';
import { mergedAfterEdit, mergedByTop, topsChanged } from '../model/mergedByTop';
import { previousModel } from '../model/previousModel';
import { counterparts, expectedControls, expectedSeverity, lookupControl, normalizeControlId, type ExpectedControl, type LocalizedList, type ServiceModel } from '../catalog';
import type { WorkspaceConfig } from '../config/config';
import type { Severity, Span } from '../core/finding';
import type { Localized } from '../core/locale';
import { claimsUnder, numberingOf, serviceModelOf, type Numbering } from '../model/documentFacts';
import { sectionEdit } from '../model/insertions';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';

/** `to-write`: only sections still holding nothing but draft prompts claim the control (a New Whitepaper skeleton). */
export type CoverageStatus = 'covered' | 'to-write' | 'not-applicable' | 'missing' | 'dropped';

export interface CoveragePlace {
  /** The covering section's title, or the control id as written under not_applicable. */
  readonly label: string;
  readonly span: Span;
}

export interface CoverageRow {
  /** In 2013 numbering (CLD ids as they are). */
  readonly id: string;
  readonly ids2022: readonly string[];
  readonly title: Localized;
  readonly status: CoverageStatus;
  /** How much a gap weighs for this service model; set for missing and to-write rows. */
  readonly severity?: Severity;
  readonly places: readonly CoveragePlace[];
  /** The not-applicable reason, or why .wp27017.yaml dropped the control. */
  readonly reason?: string;
  readonly points?: LocalizedList;
  /** Expected because .wp27017.yaml added it, not by the catalog. */
  readonly added: boolean;
  /** For a missing control: where its section would be written (an empty span), for "Show Coverage Gaps" to go to. */
  readonly gapAt?: Span;
}

export interface Coverage {
  readonly numbering: Numbering;
  readonly profile: ServiceModel;
  readonly rows: readonly CoverageRow[];
  /** Rows answered (covered or not applicable; not to-write) and rows expected (dropped ones excluded). */
  readonly answered: number;
  readonly expected: number;
}

const answered = new Map<string, readonly string[]>();

/** The 2013 (or CLD) ids a claimed id answers, whichever edition it was written in. Asked on every edit by every document rule: memoised. */
export function answeredIds(raw: string): readonly string[] {
  let ids = answered.get(raw);
  if (!ids) {
    const id = normalizeControlId(raw);
    ids = lookupControl(id, '2013') ? [id] : lookupControl(id, '2022') ? counterparts(id, '2022') : [];
    if (answered.size < 10_000) answered.set(raw, ids);
  }
  return ids;
}

// A draft line starts with a marker: "[TODO] Disclose: …", "［要記入］ 記載すべき事項: …", "TBD".
const DRAFT_LINE = /^(?:\[\s*TODO\b[^\]\n]*\]|［\s*(?:要記入|記入|未定)[^］\n]*］|(?:TODO|TBD|TBA)(?![A-Za-z]))/;

/**
 * False while a section's text is only draft prompts (or absent) and no subsection answers either: it answers
 * nothing yet. A prompt is a draft line, with the list of what to disclose under it when it ends in ":".
 */
// Kept with the section: every analysis asks it of every claim, and a section's text changes only with its segment.
const answersSomething = keptWith((section: SectionModel): boolean => {
  let underPrompt = false;
  for (const raw of (section.body ?? '').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (DRAFT_LINE.test(line)) underPrompt = /[:：]$/.test(line);
    else if (!(underPrompt && line.startsWith('- '))) return true;
  }
  return section.sections.some((child) => answersSomething(child));
});

/**
 * Where a section for `id` would go (where "Add a section" inserts it), as an empty span: the place to go to write
 * the answer. Found by binary search over the claimed controls in control order; the `sections` key when there is no section.
 */
function gapPlace(document: WhitepaperModel, id: string): Span {
  const at = sectionEdit(document, id, [])?.start;
  if (at !== undefined) return { start: at, end: at };
  return document.entries.find((e) => e.key === 'sections')?.keySpan ?? document.entries[0]?.keySpan ?? { start: 0, end: 0 };
}

function expectedRows(config: WorkspaceConfig): { control: ExpectedControl; added: boolean }[] {
  const rows = expectedControls().map((control) => ({ control, added: false }));
  const known = new Set(rows.map((r) => r.control.id));
  for (const raw of config.controls.add) {
    for (const id of answeredIds(raw)) {
      if (known.has(id)) continue;
      known.add(id);
      const info = lookupControl(id)!;
      rows.push({ control: { id, title: info.title, ids2022: counterparts(id, '2013'), points: { en: [], ja: [] }, keywords: { en: [], ja: [] } }, added: true });
    }
  }
  return rows;
}

/**
 * What a top-level section and its subsections answer: the places of each id in document order, and the ids some
 * section with real text answers, each listing the top-level section (so that the document's lists, merged, say
 * which of its top-level sections write each id).
 */
interface Answers {
  readonly places: ReadonlyMap<string, readonly CoveragePlace[]>;
  readonly written: ReadonlyMap<string, readonly SectionModel[]>;
}

// Kept with the top-level section: an edit re-reads the claims of the section it touched, and the document's
// coverage is these put together (a place's span is read from its claim, which moves with its section).
const answersUnder = keptByTop((top: SectionModel): Answers => {
  const places = new Map<string, CoveragePlace[]>();
  const written = new Map<string, readonly SectionModel[]>();
  const mine = [top];
  for (const ref of claimsUnder(top)) {
    for (const id of answeredIds(ref.id)) {
      const list = places.get(id);
      // The claim's span as it is when asked: a move gives the claim a new span object.
      const place: CoveragePlace = {
        label: ref.section.title ?? ref.id,
        get span() {
          return ref.span;
        },
      };
      if (list) list.push(place);
      else places.set(id, [place]);
      if (answersSomething(ref.section)) written.set(id, mine);
    }
  }
  return { places, written };
});

/** What the document's top-level sections answer, together: each id's places, and the sections with real text that answer it. */
interface Gathered {
  readonly places: ReadonlyMap<string, readonly CoveragePlace[]>;
  readonly written: ReadonlyMap<string, readonly SectionModel[]>;
}

const gathered = new WeakMap<WhitepaperModel, Gathered>();

/** Gathered once per document; after an edit, from what the document it follows gathered (model/mergedByTop.ts). */
function answersOf(document: WhitepaperModel): Gathered {
  const known = gathered.get(document);
  if (known) return known;
  const answersAt = answersUnder.in(document);
  const before = previousModel(document);
  const was = before && gathered.get(before);
  const change = was && topsChanged(document, before!);
  const places = change && mergedAfterEdit(was!.places, change, (top) => answersUnder(top).places, (i) => answersAt(i).places);
  const written = change && places && mergedAfterEdit(was!.written, change, (top) => answersUnder(top).written, (i) => answersAt(i).written);
  const count = document.sections.length;
  const answers = places && written ? { places, written } : { places: mergedByTop(count, (i) => answersAt(i).places), written: mergedByTop(count, (i) => answersAt(i).written) };
  gathered.set(document, answers);
  return answers;
}

/** `gaps: false` leaves out `gapAt`, a search of the control order per missing control that only the editor's gap list needs. */
export function computeCoverage(document: WhitepaperModel, config: WorkspaceConfig, { gaps = true }: { readonly gaps?: boolean } = {}): Coverage {
  const profile = config.profile ?? serviceModelOf(document) ?? 'SaaS';
  const numbering = numberingOf(document);
  // Controls some section with real text answers (`written`); the others in `covering` are still to write.
  const { places: covering, written } = answersOf(document);
  const notApplicable = new Map<string, { reason: string; place: CoveragePlace }>();
  for (const entry of document.notApplicable) {
    for (const id of answeredIds(entry.id)) notApplicable.set(id, { reason: String(entry.reason ?? ''), place: { label: entry.id, span: entry.keySpan } });
  }
  const dropped = new Map(Object.entries(config.controls.drop).flatMap(([raw, reason]) => answeredIds(raw).map((id) => [id, reason] as const)));

  const rows = expectedRows(config).map(({ control, added }): CoverageRow => {
    const base = { id: control.id, ids2022: control.ids2022, title: control.title, points: control.points, added };
    const places = covering.get(control.id);
    if (places && written.has(control.id)) return { ...base, status: 'covered', places };
    if (places) return { ...base, status: 'to-write', places, severity: added ? 'warning' : expectedSeverity(control.id, profile) };
    const na = notApplicable.get(control.id);
    if (na) return { ...base, status: 'not-applicable', places: [na.place], reason: na.reason };
    if (dropped.has(control.id)) return { ...base, status: 'dropped', places: [], reason: dropped.get(control.id) };
    const severity = added ? 'warning' : expectedSeverity(control.id, profile);
    const nearest = numbering === '2022' && control.ids2022[0] ? control.ids2022[0] : control.id;
    return gaps ? { ...base, status: 'missing', places: [], severity, gapAt: gapPlace(document, nearest) } : { ...base, status: 'missing', places: [], severity };
  });
  const counted = rows.filter((r) => r.status !== 'dropped');
  return {
    numbering,
    profile,
    rows,
    answered: counted.filter((r) => r.status === 'covered' || r.status === 'not-applicable').length,
    expected: counted.length,
  };
}

/** The same coverage with every place moved by `to` (from imported YAML back to the published text). */
export function mapCoverage(coverage: Coverage, to: (offset: number) => number): Coverage {
  const move = (span: Span): Span => ({ start: to(span.start), end: Math.max(to(span.start), to(span.end)) });
  return {
    ...coverage,
    rows: coverage.rows.map((row) => ({ ...row, places: row.places.map((p) => ({ ...p, span: move(p.span) })), gapAt: row.gapAt && move(row.gapAt) })),
  };
}
