// The prose reader: facts (periods, generations, frequencies, vague wording) with topics.
export { extractFacts } from './extractFacts';
export type { Fact, FactKind, Frequency, Qualifier, Topic, Unit, Vagueness } from './fact';
export { parseNumber } from './numbers';
export { splitSentences, type Range } from './sentences';
export { topicOfHeading, type Subject } from './topics';
export { serviceNameFromText, serviceNameFromTitle } from './serviceName';
