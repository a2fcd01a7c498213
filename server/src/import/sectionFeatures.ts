// What the learnt path of recognition scores a section by, shared by the generator that learns the weights
// (scripts/learnControlWords.mjs) and the reader that applies them (learntControls.ts), so the two never count apart.
import { bodyTerms } from './bodyTerms';

/** BM25's term-frequency saturation: a word said ten times in a long section counts little more than said twice. */
const K1 = 1.2;
const B = 0.75;
/** About the mean length in words of an annotated section's body. */
const AVERAGE_LENGTH = 150;

/**
 * Each body word's count saturated and scaled by the body's length; each heading word once, as "h:" + word; each word
 * of the parent's heading the section's own does not repeat once, as "p:" + word: a subsection inherits its chapter's
 * topic ("Frequency" under "Backup").
 */
export function sectionFeatures(heading: readonly string[], body: readonly string[], parent: readonly string[] = []): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of body) counts.set(term, (counts.get(term) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * body.length) / AVERAGE_LENGTH);
  const features = new Map<string, number>();
  for (const [term, n] of counts) features.set(term, (n * (K1 + 1)) / (n + norm));
  for (const term of heading) features.set(`h:${term}`, 1);
  for (const term of parent) if (!features.has(`h:${term}`)) features.set(`p:${term}`, 1);
  return features;
}

/** The features of a section's heading, body and parent heading as written. */
export const featuresOf = (heading: string, body: string, parent = '') => sectionFeatures(bodyTerms(heading), bodyTerms(body), bodyTerms(parent));
