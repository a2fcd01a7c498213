// The learnt path of control recognition: a section's words scored per expected control by weights learnt from the
// annotated corpus (catalog/learntControlWords.ts, written by scripts/learnControlWords.mjs). It answers what the
// hand-written vocabulary misses on texts it was never tuned on: a section that speaks of a control in words no list
// holds. It only adds to what the other paths gave, and recognizeControls.ts holds it to the bars of the body's words.
import { LEARNT_CONTROL_WORDS, LEARNT_THRESHOLD } from '../catalog/learntControlWords';
import { featuresOf } from './sectionFeatures';
import type { RecognizedControl } from './recognizeControls';

/** How many of the terms that scored a control are shown as its reason. */
const SHOWN = 4;

/** The controls the learnt weights give the section beyond `known` (the other paths' and its parents'), each with its words; `parent`: the heading above. */
export function learntControls(heading: string, body: string, known: readonly string[], parent = ''): RecognizedControl[] {
  const features = featuresOf(heading, body, parent);
  if (features.size === 0) return [];
  const found: RecognizedControl[] = [];
  for (const { id, bias, words } of LEARNT_CONTROL_WORDS) {
    if (known.includes(id)) continue;
    let z = bias;
    const scored: [string, number][] = [];
    for (const [term, value] of features) {
      const weight = words.get(term);
      if (weight === undefined) continue;
      z += weight * value;
      if (weight > 0) scored.push([term, weight * value]);
    }
    if (1 / (1 + Math.exp(-z)) < LEARNT_THRESHOLD) continue;
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    found.push({ id, via: 'learned', words: scored.slice(0, SHOWN).map(([term]) => term.replace(/^[hp]:/, '')) });
  }
  return found;
}
