// The prose reader: facts (periods, generations, frequencies, vague wording) with topics.
export { extractFacts, topicOfHeading, type Fact, type FactKind, type Topic, type Unit } from './extractFacts';
export { parseNumber } from './numbers';
export { splitSentences } from './sentences';
