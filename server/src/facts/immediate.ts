// "At once": 即座に, 直ちに, 即時, 解約と同時に, immediately, and the adjective where it times the act itself ("Immediate
// notification to affected users"). "Without (undue) delay", like 遅滞なく, gives no time and is vague (see vague.ts).
import type { Matcher } from './fact';
import { phrases } from './numbers';
import { wordGaps } from '../core/wordGaps';

export const IMMEDIATE: readonly Matcher[] = [
  { regex: /即座に|直ちに|ただちに|即時(?:に)?|即日|すぐに|と同時に/g, read: () => ({ kind: 'immediate' }) },
  { regex: wordGaps(new RegExp(String.raw`\b(?:${phrases('immediately', 'instantly', 'at once', 'right away')})\b`, 'gi')), read: () => ({ kind: 'immediate' }) },
  { regex: /\bimmediate(?=\s{1,3}(?:notification|notice|alert|deletion|removal|erasure|purge)s?\b)/gi, read: () => ({ kind: 'immediate' }) },
];
