// A section on the upkeep of the document itself ("Document Maintenance", "12. Policy Maintenance", "Changes to this
// policy", "Changes to this notice", "Changes to Security Policy", 本ポリシーの改定) says who reviews the text and when: the change it speaks of is
// the document's, not a change to the service the customer is told of (12.1.2). Nor does a feature's effects ("What changes when HIPAA compliance is
// enabled") announce one: those are the settings an account takes on. Annotators read neither as change notice.
const UPKEEP =
  /\b(?:document|policy|policies|plan|standard|guide|handbook|whitepaper|procedures?)\s+(?:maintenance|reviews?|revisions?|changes|updates?|history|control|ownership)\b|\b(?:changes|updates|revisions|amendments)\s+to\s+(?:(?:this|the|our)\s+)?(?:(?:information\s+)?security\s+|privacy\s+)?(?:document|policy|plan|guide|page|whitepaper|standard|notice|statement)\b|\bwhat changes\b|(?:本|この|当該)(?:ポリシー|規程|規定|方針|基本方針|文書|書面|ガイド|ページ|ホワイトペーパー|計画)の(?:改定|改訂|変更|見直し|改廃|更新|管理)|(?:文書|規程)(?:の)?(?:管理|改訂|改定|見直し|改廃)/iu;

/** Whether a heading is about the document's own upkeep or a feature's effects, which name no change notice. */
export function documentUpkeep(heading: string): boolean {
  return UPKEEP.test(heading.normalize('NFKC'));
}
