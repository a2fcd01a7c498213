// Scores one document's checker output against its annotation, and sums
// documents into a group. Pure: no files, no processes.
//
// A finding of a prose rule matches an annotated gap of the same rule when its
// lines overlap one of the gap's line ranges. A gap found at least once is a
// true positive; a finding that matches no gap is a false positive; a gap no
// finding reaches is a false negative, except on a cut document (its text
// stops early, so it cannot prove a miss) and for a gap marked optional (a
// case the annotator judged arguable: neither counted when found nor missed).

export const PROSE_RULES = [
  'deletion-policy',
  'backup-retention',
  'log-retention-missing',
  'log-retention-consistency',
  'backup-outlives-deletion',
  'vague-period',
  'incident-notification',
  'change-notice',
  'data-location',
  'governing-law',
  'clock-source',
  'service-name-spelling',
  'fact-contradiction',
];

// Findings that only exist because of how the importer read the text: an
// imported published text should never break the source format.
export const SCHEMA_RULES = ['missing-key', 'unknown-key', 'invalid-value', 'yaml-syntax', 'duplicate-key'];

export const ratio = (num, den) => (den === 0 ? null : num / den);
export const f1 = (p, r) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));

const rangesOf = (gap) => (gap.at ?? [gap.lines]).map(([from, to]) => [from, to ?? from]);
const overlaps = (finding, [from, to]) => finding.line <= to && (finding.endLine ?? finding.line) >= from;

/** One rule on one document: {tp, fp, fn, errors}. `gaps` undefined: the rule is not annotated here. */
export function scoreRule(rule, gaps, findings, { cut = false } = {}) {
  const mine = findings.filter((f) => f.ruleId === rule);
  if (gaps === undefined) return { annotated: false, tp: 0, fp: 0, fn: 0, errors: [] };
  const errors = [];
  const found = new Set();
  let fp = 0;
  for (const finding of mine) {
    const hit = gaps.findIndex((gap) => rangesOf(gap).some((range) => overlaps(finding, range)));
    if (hit === -1) {
      fp += 1;
      errors.push({ kind: 'FP', rule, line: finding.line, message: finding.message });
    } else found.add(hit);
  }
  let tp = 0;
  let fn = 0;
  gaps.forEach((gap, index) => {
    if (gap.optional) return;
    if (found.has(index)) tp += 1;
    else if (!cut) {
      fn += 1;
      errors.push({ kind: 'FN', rule, line: rangesOf(gap)[0][0], message: gap.note ?? '' });
    }
  });
  return { annotated: true, tp, fp, fn, errors };
}

/** Control recognition: the coverage's "covered" controls against the annotation. */
export function scoreControls(annotation, coverageRows, { cut = false } = {}) {
  const expected = new Set(annotation.controls ?? []);
  const partial = new Set(annotation.controlsPartial ?? []);
  const covered = coverageRows.filter((row) => row.status === 'covered');
  const coveredIds = new Set(covered.map((row) => row.id));
  const errors = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of covered) {
    if (expected.has(row.id)) tp += 1;
    else if (!partial.has(row.id)) {
      fp += 1;
      errors.push({ kind: 'FP', rule: 'control', control: row.id, line: row.places?.[0]?.line ?? 0, message: `${row.id} taken as answered (${row.places?.map((p) => p.label).join(' | ') ?? ''})` });
    }
  }
  for (const id of expected) {
    if (coveredIds.has(id) || cut) continue;
    fn += 1;
    const where = annotation.controlLines?.[id];
    errors.push({ kind: 'FN', rule: 'control', control: id, line: where?.[0] ?? 0, message: `${id} answered in the text, not recognised` });
  }
  return { tp, fp, fn, errors };
}

// A heading line and the title made from it, compared without bullets,
// Markdown heading marks, surrounding brackets or spacing.
const bare = (text) =>
  String(text)
    .trim()
    .replace(/^[-*•・]\s*/u, '')
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^[<＜【\[]\s*(.*?)\s*[>＞】\]]$/u, '$1')
    .replace(/\s+/g, ' ');

/**
 * Sections the importer made from lines the annotation marks as not being
 * headings (`lists`: line ranges of list items, table rows, contents entries,
 * running headers and footers), found by locating each imported section title
 * in the original text, in order.
 */
/** The first two lines of text a section's heading stands over: its body's, else its first subsection's title and text. */
function followingText(section) {
  const lines = [];
  for (let at = section; at && lines.length < 2; at = at.sections?.[0]) {
    if (at !== section) lines.push(bare(String(at.title ?? '')));
    for (const line of String(at.body ?? '').split('\n')) if (line.trim() !== '' && lines.length < 2) lines.push(bare(line));
  }
  return lines.slice(0, 2);
}

export function listItemSections(annotation, importedSections, textLines) {
  const lists = annotation.lists ?? [];
  if (lists.length === 0) return [];
  const titles = [];
  const walk = (sections) => {
    for (const section of sections ?? []) {
      titles.push({ title: section.title ?? '', follows: followingText(section) });
      walk(section.sections);
    }
  };
  walk(importedSections);
  const artifacts = [];
  let from = 0;
  const nextTexts = (i, count) => textLines.slice(i + 1).filter((line) => line.trim() !== '').slice(0, count).map(bare);
  for (const { title, follows } of titles) {
    const needle = bare(title);
    if (needle === '') continue;
    // A title may occur more than once (a contents list repeats the headings): the heading is the occurrence its body follows.
    const occurrences = [];
    textLines.forEach((line, i) => i >= from && bare(line) === needle && occurrences.push(i));
    if (occurrences.length === 0) continue;
    // The occurrence followed by the most of the section's own text (a contents entry and its heading may both stand over the same
    // first subsection's title; only the heading stands over that subsection's text too).
    const matched = (i) => {
      const next = nextTexts(i, follows.length);
      let count = 0;
      while (count < follows.length && next[count] === follows[count]) count++;
      return count;
    };
    let index = occurrences.reduce((best, i) => (matched(i) > matched(best) ? i : best), occurrences[0]);
    // Where no occurrence stands over the section's text (markup the importer drops sits between, "<a name=…>"), the heading is
    // the last occurrence before that text; a title with none before it was never a line of the text ("Introduction", "はじめに",
    // which the importer names the text before the first heading).
    if (matched(index) === 0 && follows.length > 0) {
      const body = textLines.findIndex((line, i) => i >= from && bare(line) === follows[0]);
      if (body !== -1) {
        const before = occurrences.filter((i) => i < body);
        if (before.length === 0) continue;
        index = before[before.length - 1];
      }
    }
    from = index + 1;
    const line = index + 1;
    if (lists.some(([a, b]) => line >= a && line <= b)) artifacts.push({ kind: 'artifact', rule: 'list-item-section', line, message: `a non-heading line (list item, table row, contents entry, page header) became a section: ${needle.slice(0, 40)}` });
  }
  return artifacts;
}

/** Everything about one document. */
export function scoreDocument(annotation, { findings, coverage, importedSections, textLines }) {
  const cut = Boolean(annotation.cut);
  const rules = {};
  for (const rule of PROSE_RULES) rules[rule] = scoreRule(rule, annotation.gaps?.[rule], findings, { cut });
  const controls = scoreControls(annotation, coverage, { cut });
  const schema = findings
    .filter((f) => SCHEMA_RULES.includes(f.ruleId))
    .map((f) => ({ kind: 'artifact', rule: f.ruleId, line: f.line, message: f.message }));
  const listItems = listItemSections(annotation, importedSections, textLines);
  // A whitepaper annotated as complete should draw no warning or error at all.
  const completeWarnings = annotation.complete
    ? findings
        .filter((f) => f.severity === 'warning' || f.severity === 'error')
        .map((f) => ({ kind: 'WARN', rule: f.ruleId, line: f.line, message: f.message }))
    : [];
  const otherRules = {};
  for (const f of findings) {
    if (PROSE_RULES.includes(f.ruleId) || SCHEMA_RULES.includes(f.ruleId)) continue;
    otherRules[f.ruleId] = (otherRules[f.ruleId] ?? 0) + 1;
  }
  return { id: annotation.id, split: annotation.split, cut, complete: Boolean(annotation.complete), rules, controls, artifacts: [...schema, ...listItems], completeWarnings, otherRules };
}

const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0 });
const withRatios = ({ tp, fp, fn }) => {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
};

/** Micro-averaged figures over scored documents. */
export function summarise(documents) {
  const controls = emptyCounts();
  const rules = Object.fromEntries(PROSE_RULES.map((rule) => [rule, { ...emptyCounts(), documents: 0 }]));
  const prose = emptyCounts();
  let schemaFindings = 0;
  let listItemSectionsCount = 0;
  let completeWarnings = 0;
  for (const doc of documents) {
    completeWarnings += doc.completeWarnings.length;
    for (const key of ['tp', 'fp', 'fn']) controls[key] += doc.controls[key];
    for (const rule of PROSE_RULES) {
      const r = doc.rules[rule];
      if (!r.annotated) continue;
      rules[rule].documents += 1;
      for (const key of ['tp', 'fp', 'fn']) {
        rules[rule][key] += r[key];
        prose[key] += r[key];
      }
    }
    for (const a of doc.artifacts) {
      if (a.rule === 'list-item-section') listItemSectionsCount += 1;
      else schemaFindings += 1;
    }
  }
  return {
    documents: documents.length,
    controls: withRatios(controls),
    rules: Object.fromEntries(PROSE_RULES.map((rule) => [rule, { documents: rules[rule].documents, ...withRatios(rules[rule]) }])),
    prose: withRatios(prose),
    artifacts: { schemaFindings, listItemSections: listItemSectionsCount },
    complete: { documents: documents.filter((d) => d.complete).length, warnings: completeWarnings },
  };
}
