// What kind of change a notice is for: planned work that interrupts the service (maintenance, a suspension, downtime),
// the end of the service or of a feature, a change of what the service does, of the terms or prices, of the sub-processors, or of the customer's
// account. A lead time given for one kind ("at least
// one month in advance" of discontinuing the service) says nothing of how early another is announced (an interruption
// for maintenance notified "in advance whenever practicable"): change-notice compares only alike.
import { wordGaps } from '../core/wordGaps';

export type ChangeKind = 'work' | 'end' | 'content' | 'terms' | 'subprocessor' | 'account';

const KINDS: readonly (readonly [ChangeKind, RegExp])[] = [
  ['work', wordGaps(/メンテナンス|保守|工事|点検|中断|一時(?:的(?:に|な))?停止|休止|計画停止|ダウンタイム|バージョンアップ|アップグレード|\bmaintenance\b|\bupgrades?\b|\bdowntime\b|\bservice\s{1,3}breaks?\b|\binterrupt(?:s|ed|ing|ions?)?\b|\bsuspen(?:d|ds|ded|ding|sions?)\b|\boutages?\b/i)],
  ['end', wordGaps(/(?:サービス|提供|機能)(?:の(?:全部|一部))?(?:又は|または)?(?:全部|一部)?(?:を|の)?(?:終了|廃止)|\bdiscontinu\w{0,6}|\bend[-\s]of[-\s](?:life|service|support)\b|\bsunset\w{0,3}\b|\bdeprecat\w{0,6}/i)],
  // What the service does changed while it runs on (「本サービスの内容を変更」, "changes to the features"); "Changes to the
  // service" heads every kind.
  ['content', wordGaps(/(?:サービス|機能|仕様)(?:等)?の?内容|仕様(?:の)?変更|機能(?:の|を)?(?:追加|変更)|\bfeatures?\b|\bspecifications?\b/i)],
  // A new sub-processor is a change of who handles the data, not of the service the customer uses: its months of notice
  // say nothing of when maintenance is announced.
  ['subprocessor', wordGaps(/再委託|委託先|\bsub-?processors?\b|\bsub-?contractors?\b/i)],
  // The customer's own account cancelled or suspended (「30日前までに通知した上で登録を取り消す」) is no change to the service.
  ['account', wordGaps(/登録(?:を|の)?取(?:り)?消|(?:アカウント|会員資格|登録)(?:を|の)?(?:停止|削除|抹消|取消)|\baccounts?\s{1,3}(?:suspensions?|closures?|deletions?|terminations?)\b|\b(?:suspend|close|delete|terminate)\s{1,3}(?:your|the\s{1,3}customer['’]s|their)\s{1,3}accounts?\b/i)],
  // A fee by any name (料金, 利用料), the subscription renewed ("auto-renews 24 hours before the period ends", 「24時間前
  // までに自動更新」) and the contract cancelled (「1ヶ月前までに通知することで本契約を解約」): the contract's money and
  // term, not the service the customer uses.
  ['terms', wordGaps(/規約|約款|本ポリシー|プライバシーポリシー|\b(?:this|privacy)\s{1,3}polic(?:y|ies)\b|料金|価格|(?:利用|使用|月額|年額)料|自動(?:的に)?更新|解約|契約(?:を|の)?(?:解除|終了)|\bterms\b|\bagreement\b|\bpric(?:e|es|ing)\b|\bfees?\b|\bauto-?renew\w{0,5}|\brenewals?\b/i)],
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
