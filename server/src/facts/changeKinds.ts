// What kind of change a notice is for: planned work that interrupts the service (maintenance, a suspension, downtime),
// the end of the service or of a feature, or a change of the terms or prices. A lead time given for one kind ("at least
// one month in advance" of discontinuing the service) says nothing of how early another is announced (an interruption
// for maintenance notified "in advance whenever practicable"): change-notice compares only alike.
import { wordGaps } from '../core/wordGaps';

export type ChangeKind = 'work' | 'end' | 'terms';

const KINDS: readonly (readonly [ChangeKind, RegExp])[] = [
  ['work', wordGaps(/メンテナンス|保守|工事|点検|中断|一時(?:的(?:に|な))?停止|休止|計画停止|ダウンタイム|バージョンアップ|アップグレード|\bmaintenance\b|\bupgrades?\b|\bdowntime\b|\binterrupt(?:s|ed|ing|ions?)?\b|\bsuspen(?:d|ds|ded|ding|sions?)\b|\boutages?\b/i)],
  ['end', wordGaps(/(?:サービス|提供|機能)(?:の(?:全部|一部))?(?:又は|または)?(?:全部|一部)?(?:を|の)?(?:終了|廃止)|\bdiscontinu\w{0,6}|\bend[-\s]of[-\s](?:life|service|support)\b|\bsunset\w{0,3}\b|\bdeprecat\w{0,6}/i)],
  ['terms', wordGaps(/規約|約款|料金|価格|\bterms\b|\bagreement\b|\bpric(?:e|es|ing)\b|\bfees?\b/i)],
];

/** The kinds of change `text` names, none when it names no kind ("material changes", 「変更」). */
export function changeKinds(text: string): ReadonlySet<ChangeKind> {
  const kinds = new Set<ChangeKind>();
  for (const [kind, words] of KINDS) if (words.test(text)) kinds.add(kind);
  return kinds;
}

/** Whether a lead time for `given` kinds answers a promise for `asked` kinds: either names none, or they share one. */
export function sameKindOfChange(asked: ReadonlySet<ChangeKind>, given: ReadonlySet<ChangeKind>): boolean {
  if (asked.size === 0 || given.size === 0) return true;
  for (const kind of given) if (asked.has(kind)) return true;
  return false;
}
