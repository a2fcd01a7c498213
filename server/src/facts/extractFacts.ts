// Reads whitepaper prose (Japanese and English) for the facts a reviewer
// looks for: periods, generations, frequencies, "immediately", "indefinitely",
// and vague wording where a number is owed. Each fact keeps its exact range
// in the input and gets a topic from the nearest topic word in its sentence.
// Every pattern is a flat alternation: matching is linear in the input.
import { NUMBER, NUMBER_WORD, parseNumber, parseNumberWord } from './numbers';
import { splitSentences, type Range } from './sentences';

export type FactKind = 'duration' | 'generations' | 'frequency' | 'vague' | 'immediate' | 'indefinite';
export type Topic = 'deletion' | 'data-return' | 'backup-frequency' | 'backup-retention' | 'log-retention' | 'incident-notification' | 'change-notice' | 'other';
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Fact {
  readonly kind: FactKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Days for a duration, a count for generations. */
  readonly value?: number;
  readonly unit?: Unit;
  readonly amount?: number;
  readonly topic?: Topic;
  readonly logKind?: string;
  /** The topic came from the section's subject, not from a word in the fact's own sentence. */
  readonly inferred?: boolean;
  readonly sentence: Range;
}

const DAYS: Record<Unit, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

const JA_UNITS: [RegExp, Unit][] = [[/^分/, 'minute'], [/^時間/, 'hour'], [/^日/, 'day'], [/^週/, 'week'], [/^[かヶカヵケ箇]月/, 'month'], [/^年/, 'year']];

function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase();
  for (const [pattern, unit] of JA_UNITS) if (pattern.test(word)) return unit;
  if (lower.startsWith('min')) return 'minute';
  if (lower.startsWith('hour')) return 'hour';
  if (lower.startsWith('day')) return 'day';
  if (lower.startsWith('week')) return 'week';
  if (lower.startsWith('month')) return 'month';
  if (lower.startsWith('year')) return 'year';
  return undefined;
}

interface Pattern {
  readonly kind: FactKind;
  readonly regex: RegExp;
  readonly read?: (m: RegExpExecArray) => Partial<Fact> | undefined;
}

const VAGUE =
  /一定(?:の)?期間|相当(?:の)?期間|所定の期間|合理的な期間|速やかに|すみやかに|遅滞なく|適宜|定期的に|随時|必要に応じて|for a certain period(?: of time)?|for a period of time|without undue delay|promptly|periodically|as needed|as appropriate|in a timely manner|regularly|within a reasonable (?:period|time)/gi;

const PATTERNS: readonly Pattern[] = [
  { kind: 'vague', regex: VAGUE },
  { kind: 'indefinite', regex: /無期限|永久に|永続的に|indefinitely|permanently|without (?:a )?time limit/gi },
  { kind: 'immediate', regex: /即座に|直ちに|ただちに|即時に?|immediately|without delay/gi },
  {
    kind: 'frequency',
    regex: new RegExp(
      String.raw`毎日(?:(?:午前|午後)?${NUMBER}時(?:${NUMBER}分)?)?|日次|毎週|週次|毎月|月次|毎時|毎年|年次|${NUMBER}\s*時間(?:おき|ごと|毎)|1日${NUMBER}回|一日${NUMBER}回|daily|weekly|monthly|hourly|yearly|every\s+(?:${NUMBER_WORD}\s+)?(?:hours?|days?|weeks?|months?)|once\s+a\s+(?:day|week|month)`,
      'gi',
    ),
  },
  {
    kind: 'generations',
    regex: new RegExp(String.raw`(${NUMBER})\s*世代|(${NUMBER_WORD})\s+generations?`, 'gi'),
    read: (m) => {
      const value = m[1] !== undefined ? parseNumber(m[1]) : parseNumberWord(m[2]);
      return value === undefined ? undefined : { value, amount: value };
    },
  },
  {
    kind: 'duration',
    regex: new RegExp(
      String.raw`(?:最低|少なくとも|約)?\s*(${NUMBER})\s*(?:[〜~～\-]\s*(${NUMBER})\s*)?(分|時間|日間?|週間|[かヶカヵケ箇]月間?|年間?)(?:以内|以上|経過後|後|前まで|前に|前)?|(?:at least|within|after|before|up to|about|for|no later than)?\s*\b(${NUMBER_WORD})[\s-](minutes?|hours?|days?|weeks?|months?|years?)\b(?:\s+(?:in advance|before))?`,
      'gi',
    ),
    read: (m) => {
      const amount = m[1] !== undefined ? parseNumber(m[2] ?? m[1]) : parseNumberWord(m[4]);
      const unit = unitOf(m[3] ?? m[5]);
      if (amount === undefined || unit === undefined) return undefined;
      return { amount, unit, value: amount * DAYS[unit] };
    },
  },
];

interface TopicWord {
  readonly topic: 'deletion' | 'data-return' | 'backup' | 'log' | 'incident-notification' | 'change-notice';
  readonly regex: RegExp;
}

const PRIMARY: readonly TopicWord[] = [
  { topic: 'deletion', regex: /削除|消去|廃棄|抹消|delet|eras|purg|destroy/gi },
  { topic: 'data-return', regex: /返却|返還|エクスポート|ダウンロード|export|retriev|download/gi },
  { topic: 'backup', regex: /バックアップ|世代|スナップショット|backup|snapshot|generation/gi },
  { topic: 'log', regex: /ログ|監査証跡|記録|audit trail|\blogs?\b|\brecords\b/gi },
  { topic: 'incident-notification', regex: /インシデント|事故|漏えい|漏洩|incident|breach/gi },
  { topic: 'change-notice', regex: /変更|メンテナンス|\bchanges?\b|maintenance/gi },
];

// Used only when a sentence has none of the words above.
const SECONDARY: readonly TopicWord[] = [
  { topic: 'incident-notification', regex: /通知|報告|連絡|notif|inform|alert/gi },
  { topic: 'change-notice', regex: /事前|前まで|in advance|announce/gi },
];

const LOG_KINDS: readonly [string, RegExp][] = [
  ['audit', /監査ログ|監査証跡|audit (?:log|trail)/gi],
  ['access', /アクセスログ|access logs?/gi],
  ['operation', /操作ログ|操作履歴|operation logs?|activity logs?/gi],
  ['authentication', /認証ログ|ログイン履歴|sign-?in logs?|login logs?|authentication logs?/gi],
  ['application', /アプリケーションログ|application logs?/gi],
  ['network', /通信ログ|ネットワークログ|network logs?|flow logs?/gi],
];

/** The topic word nearest to `at` within the sentence. */
function nearest<T>(sentence: string, at: number, words: readonly { regex: RegExp; value: T }[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const { regex, value } of words) {
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      const distance = Math.abs(m.index - at);
      if (distance < bestDistance) {
        best = value;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** The clause around `at` ("監査ログは1年間、アクセスログは90日間…" has two), as offsets into the sentence. */
function clauseAround(sentence: string, at: number): Range {
  const separator = /[、，;；]|, | and /g;
  let start = 0;
  for (let m = separator.exec(sentence); m && m.index < at; m = separator.exec(sentence)) start = m.index + m[0].length;
  const rest = sentence.slice(at).search(/[、，;；]|, | and /);
  return { start, end: rest === -1 ? sentence.length : at + rest };
}

const TOPICS = (words: readonly TopicWord[]) => words.map((w) => ({ regex: w.regex, value: w.topic }));
const KINDS = LOG_KINDS.map(([kind, regex]) => ({ regex, value: kind }));

/** A word in the fact's clause wins; then the nearest before the clause (the subject); then any in the sentence. */
function inClauseThenSentence<T>(sentence: string, at: number, words: readonly { regex: RegExp; value: T }[]): T | undefined {
  const clause = clauseAround(sentence, at);
  return (
    nearest(sentence.slice(clause.start, clause.end), at - clause.start, words) ??
    nearest(sentence.slice(0, clause.start), clause.start, words) ??
    nearest(sentence, at, words)
  );
}

function topicOf(kind: FactKind, sentence: string, at: number): { topic: Topic; logKind?: string } {
  const word = inClauseThenSentence(sentence, at, TOPICS(PRIMARY)) ?? inClauseThenSentence(sentence, at, TOPICS(SECONDARY));
  if (word === 'backup') return { topic: kind === 'frequency' ? 'backup-frequency' : 'backup-retention' };
  if (word === 'log') return { topic: 'log-retention', logKind: inClauseThenSentence(sentence, at, KINDS) ?? 'general' };
  return { topic: word ?? 'other' };
}

function fromContext(kind: FactKind, context: NonNullable<ReturnType<typeof topicOfHeading>>): { topic: Topic; logKind?: string } {
  if (context === 'backup') return { topic: kind === 'frequency' ? 'backup-frequency' : 'backup-retention' };
  if (context === 'log') return { topic: 'log-retention', logKind: 'general' };
  return { topic: context };
}

/** "2026年4月1日" and "4月1日" are dates, not durations of 2026 years or 1 day. */
function isDate(text: string, start: number, end: number): boolean {
  return /^[0-9０-９]{1,2}月/.test(text.slice(end, end + 3)) || /月\s*$/.test(text.slice(Math.max(0, start - 2), start)) || /^[0-9０-９]{1,2}日/.test(text.slice(end, end + 3));
}

/** The topic a heading or a section's subject implies, for facts whose sentence names none ("保存期間:180日間" under "ログの保存"). */
export function topicOfHeading(heading: string): 'deletion' | 'data-return' | 'backup' | 'log' | 'incident-notification' | 'change-notice' | undefined {
  return nearest(heading, 0, TOPICS(PRIMARY)) ?? nearest(heading, 0, TOPICS(SECONDARY));
}

export function extractFacts(text: string, context?: ReturnType<typeof topicOfHeading>): Fact[] {
  const found: Omit<Fact, 'topic' | 'logKind' | 'sentence'>[] = [];
  // Which characters a fact already claims: earlier patterns (vague wording, frequencies) win over later ones.
  const taken = new Uint8Array(text.length);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  };
  for (const { kind, regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (!free(start, end) || (kind === 'duration' && isDate(text, start, end))) continue;
      const extra = read ? read(m) : {};
      if (extra === undefined) continue;
      found.push({ kind, start, end, text: text.slice(start, end), ...extra });
      taken.fill(1, start, end);
    }
  }
  const sentences = splitSentences(text);
  let next = 0;
  return found
    .sort((a, b) => a.start - b.start)
    .map((fact) => {
      // Facts and sentences are both in order: walk them together.
      while (next < sentences.length - 1 && sentences[next].end <= fact.start) next++;
      const sentence = sentences[next] ?? { start: 0, end: text.length };
      const read = topicOf(fact.kind, text.slice(sentence.start, sentence.end), fact.start - sentence.start);
      return { ...fact, ...(read.topic === 'other' && context ? { ...fromContext(fact.kind, context), inferred: true } : read), sentence };
    });
}
