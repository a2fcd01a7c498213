// The kinds of log a whitepaper names, each with how it is written in ja and
// en. The prose reader tags a retention period with its kind, the rules ask
// for one period per kind named, and hover shows the kind's name.
import type { Localized } from '../core/locale';
import { wordGaps } from '../core/wordGaps';

export interface LogKind {
  readonly kind: string;
  readonly label: Localized;
  /** Global, so the reader can scan a body once; test with `search`, which ignores lastIndex. */
  readonly words: RegExp;
}

export const LOG_KINDS: readonly LogKind[] = [
  { kind: 'audit', label: { en: 'audit log', ja: '監査ログ' }, words: wordGaps(/監査ログ|監査証跡|監査記録|\baudit\s{1,3}(?:logs?|trails?)\b/gi) },
  { kind: 'access', label: { en: 'access log', ja: 'アクセスログ' }, words: wordGaps(/アクセスログ|アクセス履歴|アクセス記録|\baccess\s{1,3}(?:logs?|records?)\b/gi) },
  {
    kind: 'operation',
    label: { en: 'operation log', ja: '操作ログ' },
    words: wordGaps(/操作ログ|操作履歴|操作記録|作業ログ|作業履歴|管理者ログ|\b(?:operation(?:al)?|operator|activity|admin(?:istrator)?)\s{1,3}logs?\b/gi),
  },
  {
    kind: 'authentication',
    label: { en: 'authentication log', ja: '認証ログ' },
    words: wordGaps(/認証ログ|ログイン履歴|ログイン記録|サインイン履歴|\b(?:sign-?in|log-?in|login|authentication)\s{1,3}(?:logs?|history|records?)\b/gi),
  },
  { kind: 'application', label: { en: 'application log', ja: 'アプリケーションログ' }, words: wordGaps(/アプリケーションログ|アプリログ|\bapp(?:lication)?\s{1,3}logs?\b/gi) },
  { kind: 'event', label: { en: 'event log', ja: 'イベントログ' }, words: wordGaps(/イベントログ|\bevent\s{1,3}(?:logs?|records?)\b/gi) },
  {
    kind: 'network',
    label: { en: 'network log', ja: '通信ログ' },
    words: wordGaps(/通信ログ|通信記録|通信履歴|ネットワーク(?:の)?ログ|ファイアウォールログ|FWログ|\b(?:network|flow|firewall|traffic)\s{1,3}logs?\b/gi),
  },
  { kind: 'system', label: { en: 'system log', ja: 'システムログ' }, words: wordGaps(/システムログ|サーバー?ログ|OSログ|\bsyslogs?\b|\b(?:system|server)\s{1,3}logs?\b/gi) },
];

export function logKindLabel(kind: string | undefined): Localized | undefined {
  return LOG_KINDS.find((k) => k.kind === kind)?.label;
}

// A log the catalog does not know is named by the words before its log word: "ダウンロード履歴", "Webサーバのログ",
// "billing logs". Determiners and words for "all of them" name no log.
const NAMED_LOG_JA = /([^\s、。，,．.:：;；「」『』()（）[\]【】|/・をはがにでともへや]{1,12})(?:ログ|履歴|記録)/g;
const NAMED_LOG_EN = wordGaps(/\b([a-z][\w-]{1,30})\s{1,3}(?:logs?|records|history|trails?)\b/gi);
const NOT_A_NAME =
  /^(?:the|all|our|these|those|such|any|other|your|its|their|and|or|of|some|every|each|related|relevant|collected|stored|are|is|which|that|no|with|from|in|for|to|as|by|this|各種|全て|すべて|当該|これら|その他|一部|上記|以下|次|各|当社|弊社|本サービス)$/i;

/** The logs a sentence names that are of no kind of the catalog, normalised; none for a bare "logs" or "ログ". */
export function namedLogs(sentence: string): string[] {
  const names = new Set<string>();
  const known = (phrase: string) => LOG_KINDS.some((k) => phrase.search(k.words) >= 0);
  for (const m of sentence.matchAll(NAMED_LOG_JA)) {
    const name = m[1].replace(/の$/, '');
    if (!NOT_A_NAME.test(name) && !known(m[0])) names.add(name);
  }
  for (const m of sentence.matchAll(NAMED_LOG_EN)) if (!NOT_A_NAME.test(m[1]) && !known(m[0])) names.add(m[1].toLowerCase());
  return [...names];
}
