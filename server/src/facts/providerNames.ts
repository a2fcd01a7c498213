// The names a text gives itself as the subject of its clauses ("ISRG maintains …", "Acme will …"): the provider's own,
// when the text speaks of itself by name many times, for `commitmentOf`. Counted segment by segment, so an edit counts
// again only the segments it touched; the sum over a text's segments in their order is the count over the whole text
// (`namesOfCounts`), except where a segment opens with one of the verbs, which a name ending the segment before may
// take as its own (`opensWithSubjectVerb`): the whole text is then counted as one. Pure.
import { wordGaps } from '../core/wordGaps';

const SUBJECT_VERB = 'does|may|will|shall|must|maintains|uses|is|has|makes|provides|performs|keeps|stores|retains|deletes|notifies|operates|employs|monitors';
// Pronouns and the common openers of a sentence are no name, nor the customer's role in a DPA (ruling Q6).
const NAMED_SUBJECT = wordGaps(new RegExp(String.raw`(?:^|[.!?]\s{1,3}|\n[ \t]{0,8})([A-Z][A-Za-z0-9&-]{1,30})\s(?:${SUBJECT_VERB})\b`, 'g'));
const OPENS_WITH_VERB = new RegExp(String.raw`^(?:${SUBJECT_VERB})\b`);
const NOT_A_NAME = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'We', 'You', 'They', 'He', 'She', 'Each', 'Every', 'Any', 'All', 'No', 'Customer', 'Customers', 'Controller', 'Controllers', 'Exporter', 'User', 'Users', 'Subscriber', 'Subscribers', 'There', 'What', 'Which', 'Who', 'If', 'When', 'Data', 'Access', 'Our', 'Your', 'Such', 'Either', 'Neither', 'One', 'A', 'An']);
const NAMED_OFTEN = 5;

/** Each name a text gives itself as a subject, with how often, in the order of their first use. */
export type NameCounts = ReadonlyMap<string, number>;

const NO_NAMES: NameCounts = new Map();

export function subjectNameCounts(text: string): NameCounts {
  let counts: Map<string, number> | undefined;
  for (const m of text.matchAll(NAMED_SUBJECT)) if (!NOT_A_NAME.has(m[1])) (counts ??= new Map()).set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts ?? NO_NAMES;
}

/**
 * A segment's text (it starts at a line's start) that opens with a verb a name may take as its subject: a name at the
 * end of the segment before, on a line of its own, may be that verb's subject, which neither segment counts alone.
 */
export const opensWithSubjectVerb = (segment: string): boolean => OPENS_WITH_VERB.test(segment);

/** The names given as a subject at least five times over the counts of a text's parts, in the text's order. */
export function namesOfCounts(parts: Iterable<NameCounts>): string[] {
  const total = new Map<string, number>();
  for (const counts of parts) for (const [name, n] of counts) total.set(name, (total.get(name) ?? 0) + n);
  return [...total].filter(([, n]) => n >= NAMED_OFTEN).map(([name]) => name);
}

/** The names a text gives itself as a subject at least five times: the provider's, for `commitmentOf`. */
export const providerNames = (text: string): string[] => namesOfCounts([subjectNameCounts(text)]);
