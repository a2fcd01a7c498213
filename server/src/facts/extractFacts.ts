// Reads whitepaper prose (Japanese and English) for the facts a reviewer
// looks for: periods, generations, frequencies, "immediately",
// "indefinitely", and vague wording where a number is owed. Each fact keeps
// its exact range in the input and a topic from its sentence.
//
// Patterns run in order and each claims the characters it matched: what is
// no fact (dates, versions, ids) first, then vague wording ("without undue
// delay" before "without delay"), then the rest, so that "1日1回" is a
// frequency and not a day. Every pattern is bounded (see numbers.ts), so
// matching is linear in the input.
import { DURATIONS } from './durations';
import type { Fact, Matcher, Reading } from './fact';
import { FREQUENCIES } from './frequencies';
import { GENERATIONS } from './generations';
import { IMMEDIATE } from './immediate';
import { INDEFINITE } from './indefinite';
import { NON_FACTS } from './nonFacts';
import { outline } from './outline';
import { splitSentences, type Range } from './sentences';
import { indexTopics, lentTopic, topicOf, type Subject } from './topics';
import { VAGUE } from './vague';

const MATCHERS: readonly Matcher[] = [...NON_FACTS, ...VAGUE, ...INDEFINITE, ...IMMEDIATE, ...FREQUENCIES, ...GENERATIONS, ...DURATIONS];

interface Found extends Reading {
  readonly start: number;
  readonly end: number;
}

function match(text: string): Found[] {
  const found: Found[] = [];
  const claimed = new Uint8Array(text.length);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (claimed[i]) return false;
    return true;
  };
  for (const { regex, read } of MATCHERS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const reading = read(m);
      if (reading === undefined) continue;
      claimed.fill(1, start, end);
      // Object.assign, not spread: readings differ in shape, and spreading them is several times slower on long inputs.
      if (reading !== 'claim') found.push(Object.assign({ start, end }, reading));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * All facts in `text`, in order. `subject` is what the section is about
 * (from its heading or controls, see topicOfHeading); a fact whose own
 * sentence names no topic takes it, marked `inferred`.
 */
export function extractFacts(text: string, subject?: Subject): Fact[] {
  const found = match(text);
  if (found.length === 0) return [];
  const sentences = splitSentences(text);
  const parentOf = outline(text);
  let next = 0;
  // Facts and sentences are both in order: walk them together.
  const placed = found.map((fact) => {
    while (next < sentences.length - 1 && sentences[next].end <= fact.start) next++;
    const sentence = sentences[next] ?? { start: 0, end: text.length };
    return { fact, sentence, parent: parentOf(sentence.start) };
  });
  const index = indexTopics(text, scannedRanges(placed));
  return placed.map(({ fact, sentence, parent }) => {
    const { refused, ...read } = topicOf(index, fact, sentence, parent);
    // The section's subject fills a gap, and outranks a guess from 解約 alone.
    const open = (read.topic === 'other' && !refused) || read.inferred;
    const lent = open && subject !== undefined ? lentTopic(subject, fact) : undefined;
    return Object.assign(fact, { text: text.slice(fact.start, fact.end) }, lent ? Object.assign(lent, { inferred: true }) : read, { sentence }) as Fact;
  });
}

/** The sentences holding facts and the list items above them, merged: all that topics are read from. */
function scannedRanges(placed: readonly { sentence: Range; parent?: Range }[]): Range[] {
  const ranges = placed.flatMap(({ sentence, parent }) => (parent ? [sentence, parent] : [sentence])).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push({ ...range });
  }
  return merged;
}
