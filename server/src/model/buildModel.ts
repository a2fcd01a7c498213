// Reads the model out of parsed YAML nodes. Tolerant by design: a node of the
// wrong type is skipped here (the schema rules report it), never thrown on.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLSeq } from 'yaml';
import type { Span } from '../core/finding';
import { headSpan, keySpan, keyText, nodeSpan } from '../parse/locate';
import { answeredIds } from '../coverage/coverage';
import { extractFacts, topicOfHeading } from '../facts';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import type { ControlRef, FactEntry, ModelPart, NotApplicableEntry, ProseFact, SectionModel, TopEntry } from './whitepaper';
import { append } from '../core/arrays';

// Frozen: shared by every section without a place, it must never be moved in place (analyze/moveResult.ts knows it
// by identity).
export const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });

function pairsOf(node: Node | null | undefined): Pair<unknown, unknown>[] {
  return isMap(node) ? (node.items as Pair<unknown, unknown>[]) : [];
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

// The subject that controls imply, for facts whose own sentence names none.
const SUBJECTS: Record<string, Subject> = {
  'CLD.8.1.5': 'deletion',
  '12.3.1': 'backup',
  '12.4.1': 'log',
  '12.4.3': 'log',
  '18.1.3': 'log',
  '16.1.1': 'incident-notification',
  '16.1.2': 'incident-notification',
  '12.1.2': 'change-notice',
};

type Subject = NonNullable<ReturnType<typeof topicOfHeading>>;

/** The title's topic words first (a subsection "削除するタイミング" is about deletion), then the controls, then the parent's. */
function subjectOf(controls: readonly ControlRef[], title: string | undefined, inherited: Subject | undefined): Subject | undefined {
  const fromTitle = title === undefined ? undefined : topicOfHeading(title);
  if (fromTitle) return fromTitle;
  const fromControls = controls.flatMap((c) => answeredIds(c.id)).map((id) => SUBJECTS[id]).find((s) => s !== undefined);
  return fromControls ?? inherited;
}

/** A section's title as buildSection reads it (the last string one), without reading the rest: what the schema's messages name it by. */
export function sectionTitle(node: Node): string | undefined {
  let title: string | undefined;
  for (const pair of pairsOf(node)) {
    const value = scalarValue(pair.value);
    if (keyText(pair) === 'title' && typeof value === 'string') title = value;
  }
  return title;
}

export function buildSection(node: Node, text: string, inherited?: Subject): SectionModel {
  let title: string | undefined;
  let titleSpan: Span | undefined;
  let controls: ControlRef[] = [];
  let controlsKeySpan: Span | undefined;
  let body: string | undefined;
  let bodySpan: Span | undefined;
  let facts: FactEntry[] = [];
  let sections: SectionModel[] = [];
  let sectionsNode: YAMLSeq | undefined;
  for (const pair of pairsOf(node)) {
    const value = pair.value as Node | null;
    switch (keyText(pair)) {
      case 'title':
        if (typeof scalarValue(value) === 'string') {
          title = scalarValue(value) as string;
          titleSpan = nodeSpan(value);
        }
        break;
      case 'controls':
        controlsKeySpan = keySpan(pair);
        if (isSeq(value)) {
          controls = value.items.flatMap((item) => {
            const id = scalarValue(item);
            const span = nodeSpan(item as Node);
            // A number (8.10 unquoted) is not an id as written; invalid-value asks for quotes.
            return typeof id === 'string' && span ? [{ id, span }] : [];
          });
        }
        break;
      case 'body':
        if (typeof scalarValue(value) === 'string') {
          body = scalarValue(value) as string;
          bodySpan = nodeSpan(value);
        }
        break;
      case 'facts':
        facts = pairsOf(value).flatMap((fact) => {
          const key = keyText(fact);
          const factKeySpan = keySpan(fact);
          if (key === undefined || !factKeySpan) return [];
          const valueNode = fact.value as Node | null;
          return [{ key, value: scalarValue(valueNode), keySpan: factKeySpan, valueSpan: nodeSpan(valueNode) ?? factKeySpan }];
        });
        break;
      case 'sections':
        // Built after this section's own subject is known: subsections inherit it.
        if (isSeq(value)) sectionsNode = value;
        break;
    }
  }
  const span = nodeSpan(node) ?? NO_SPAN;
  const context = subjectOf(controls, title, inherited);
  const prose = readProse(body, bodySpan, text, context);
  if (sectionsNode) sections = sectionsNode.items.filter((item): item is Node => isMap(item)).map((item) => buildSection(item, text, context));
  return { span, head: headSpan(text, node) ?? span, title, titleSpan, controls, controlsKeySpan, body, bodySpan, facts, prose, sections };
}

/** The body's facts, placed on the characters the author typed. */
function readProse(body: string | undefined, span: Span | undefined, text: string, context: Subject | undefined): ProseFact[] {
  if (body === undefined || !span) return [];
  const found = extractFacts(body, context);
  if (found.length === 0) return [];
  const map = scalarSourceMap(body, text.slice(span.start, span.end), span.start);
  return found.map(({ start, end, sentence, ...reading }) => ({
    ...reading,
    span: { start: map[start], end: map[end - 1] + 1 },
    sentence: { start: map[sentence.start], end: map[Math.max(sentence.start, sentence.end - 1)] + 1 },
  }));
}

function buildNotApplicable(node: Node | null): NotApplicableEntry[] {
  return pairsOf(node).flatMap((pair) => {
    const id = keyText(pair);
    const idSpan = keySpan(pair);
    if (id === undefined || !idSpan) return [];
    const valueNode = pair.value as Node | null;
    return [{ id, reason: scalarValue(valueNode), keySpan: idSpan, valueSpan: nodeSpan(valueNode) ?? idSpan }];
  });
}

/** The part contributed by top-level pairs of a mapping (one pair for an entry segment, all for a whole document). */
export function buildFromPairs(pairs: readonly Pair<unknown, unknown>[], text: string, splitKey: string | undefined): ModelPart {
  const entries: TopEntry[] = [];
  const sections: SectionModel[] = [];
  const notApplicable: NotApplicableEntry[] = [];
  for (const pair of pairs) {
    const key = keyText(pair);
    const span = keySpan(pair);
    if (key === undefined || !span) continue;
    const value = pair.value as Node | null;
    const valueSpan = nodeSpan(value);
    entries.push({ key, keySpan: span, span: { start: span.start, end: valueSpan?.end ?? span.end } });
    if (key === splitKey && isSeq(value)) {
      for (const item of value.items) if (isMap(item)) sections.push(buildSection(item, text));
    } else if (key === 'not_applicable') {
      append(notApplicable, buildNotApplicable(value));
    }
  }
  return { entries, sections, notApplicable };
}
