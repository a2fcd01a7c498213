// A section on the upkeep of the document itself ("Document Maintenance", "12. Policy Maintenance", "Changes to this
// policy", "Changes to this notice", "Changes to Security Policy", 本ポリシーの改定) says who reviews the text and when: the change it speaks of is
// the document's, not a change to the service the customer is told of (12.1.2). Nor does a feature's effects ("What changes when HIPAA compliance is
// enabled") announce one: those are the settings an account takes on. Annotators read neither as change notice. So is a
// privacy notice's or policy's article on its own changes ("Changes to this notice", 「プライバシーポリシーの変更」,
// 「ポリシーの変更」): of 26 given texts with one, none annotates 12.1.2 on it (17 on another section, 9 not at all).
const UPKEEP =
  /\b(?:document|policy|policies|plan|standard|guide|handbook|whitepaper|procedures?)\s+(?:maintenance|reviews?|revisions?|changes|updates?|history|control|ownership)\b|\b(?:changes|updates|revisions|amendments)\s+to\s+(?:(?:this|the|our)\s+)?(?:(?:information\s+)?security\s+|privacy\s+)?(?:document|policy|plan|guide|page|whitepaper|standard|notice|statement)\b|\b(?:privacy\s+)?(?:notice|statement)\s+(?:changes|updates)\b|\bwhat changes\b|(?:本|この|当該)(?:ポリシー|規程|規定|方針|基本方針|文書|書面|ガイド|ページ|ホワイトペーパー|計画)の(?:改定|改訂|変更|見直し|改廃|更新|管理)|(?:プライバシー|個人情報保護|個人情報の取扱い?)?(?:ポリシー|方針)(?:の)?(?:改定|改訂|変更|見直し|改廃|更新)|(?:文書|規程)(?:の)?(?:管理|改訂|改定|見直し|改廃)/iu;

/** Whether a heading is about the document's own upkeep or a feature's effects, which name no change notice. */
export function documentUpkeep(heading: string): boolean {
  return UPKEEP.test(heading.normalize('NFKC'));
}

// A promise to tell of the document's own changes, said in a sentence rather than a heading: "We will notify you of changes
// to this policy", 「本ポリシーを変更する場合は通知します」, 「本規約を改定するときは」.
const OWN_CHANGE =
  /(?:本|この|当該)(?:プライバシー\s?)?(?:ポリシー|規約|規程|方針|基本方針|文書|ページ)(?:の内容)?(?:を|が|の)(?:改定|改訂|変更|見直|改廃|更新)|\b(?:changes?|updates?|revisions?|amendments?|modifications?)\s+(?:we\s+make\s+)?to\s+(?:this|these|our|the)\s+(?:privacy\s+)?(?:policy|notice|statement|terms|page)\b|\b(?:change|update|revise|amend|modify)\s+(?:this|these|our)\s+(?:privacy\s+)?(?:policy|notice|statement|terms)\b/i;

/** Whether a statement's change is the document's own (a privacy policy's or the terms' article on their changes, rulings Q5 and P7). */
export function changesOwnText(statement: string): boolean {
  return OWN_CHANGE.test(statement.normalize('NFKC')) || documentUpkeep(statement);
}
