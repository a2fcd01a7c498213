// The words of a customer leaving a cloud service and of what becomes of their data then, in Japanese and English:
// one vocabulary for the importer (is a page about leaving?), deletion-policy (which sentences owe the deletion timing
// and the way back), and backup-retention (a deletion counted from the end of the contract is not a backup's period).
// Patterns carry no g flag: callers test them, never iterate them.

// The contract, the use of the service or the account comes to an end: the words every reader below shares.
const CONTRACT_ENDS = String.raw`契約(?:の|が|を)?(?:終了|満了|解除)|解約|退会|利用(?:の)?終了|\bterminat|\bcancel|\b(?:contract|subscription|agreement)\s{1,3}ends?\b|\baccount\s{1,3}(?:deletion|closure)`;

/**
 * The end of the contract in a sentence already about the customer's data: "解約", "契約終了", "退会", "termination",
 * "cancel", "close your account", and any expiry ("data is deleted when the subscription expires", "upon expiry").
 */
export const END_OF_CONTRACT = new RegExp(String.raw`${CONTRACT_ENDS}|\bexpir|\b(?:close|delete)\s{1,3}(?:the|your|their)\s{1,3}account|\baccount\s{1,3}(?:is\s{1,3})?(?:closed|deleted)\b`, 'i');

// The end of the contract anywhere on a page: an expiry only of the plan itself (an item in the trash expires too).
const LEAVES = String.raw`${CONTRACT_ENDS}|\b(?:subscription|contract|plan|trial)\s{1,3}(?:expir|lapse)|\bclos(?:e|es|ing)\s{1,3}(?:your\s{1,3}|the\s{1,3}|an\s{1,3})?account`;

/** Deleting, erasing, destroying. */
export const DELETE_WORDS = /削除|消去|廃棄|抹消|破棄|\bdelet|\beras|\bpurg|\bdestr|\bwip(?:e|ed|ing)\b/i;

/** Getting the data back: export, return, download, migration. */
export const RETURN_WORDS = /返却|返還|エクスポート|ダウンロード|取り出|移行|持ち出|引き?渡|引き?継|送付|\bhand(?:s|ed)?\s{1,3}(?:over|back)\b|(?:CSV|データ|ファイル)(?:形式で|で|を|の)?出力|export|download|retriev|return|migrat|take out|\bcop(?:y|ies)\s{1,3}of\s{1,3}(?:your|their|all|the)\s{1,3}(?:customer\s{1,3})?data\b/i;

/** What the customer put in the service: data, and the things a service holds it as (files, messages, a workspace). */
export const CUSTOMER_DATA =
  /データ|情報|コンテンツ|ファイル|登録内容|投稿|履歴|文書|書類|写真|メッセージ|\bdata\b|\bcontent\b|\bfiles?\b|\brecords?\b|\bhistory\b|\bdocuments?\b|\battachments?\b|\bmessages?\b|\bworkspaces?\b|\bprojects?\b|\buploads?\b|\beverything\b/i;

/** Data kept for a while: "retained … plus 30 days after termination" is deleted when that ends. */
export const KEPT = /保存|保管|保持|\bretain|\bkept\b|\bkeep|\bheld\b|\bstored\b/i;

/** The sentence speaks of customer data at the end of the contract: deleted, returned or kept until then. */
export function aboutDataAtLeaving(sentence: string): boolean {
  return END_OF_CONTRACT.test(sentence) && CUSTOMER_DATA.test(sentence) && (DELETE_WORDS.test(sentence) || RETURN_WORDS.test(sentence) || KEPT.test(sentence));
}

/** The sentence says customer data is deleted or returned at the end of the contract: the question stands wherever it is said. */
export function saysWhatBecomesOfData(sentence: string): boolean {
  return aboutDataAtLeaving(sentence) && (DELETE_WORDS.test(sentence) || RETURN_WORDS.test(sentence));
}

const DELETES = String.raw`削除|消去|廃棄|抹消|破棄|\bdelet|\beras|\bpurg|\bdestr|\bwip(?:e|ed)\b`;
// Both within one sentence, at most 120 characters apart.
const LEAVING = new RegExp(String.raw`(?:${LEAVES})[^。.!?！？\n]{0,120}?(?:${DELETES})|(?:${DELETES})[^。.!?！？\n]{0,120}?(?:${LEAVES})`, 'i');

/**
 * The text says, in one sentence, that something is deleted when the customer leaves ("解約するとデータが削除されます",
 * "we delete your workspace 30 days after you cancel"): a page that says so sets out to answer CLD.8.1.5.
 */
export function deletesAtLeaving(text: string): boolean {
  return LEAVING.test(text);
}

// Data deleted when its own retention ends: "保存期間が満了したデータは削除", "retained for up to 1 year before
// auto-deletion", "deleted once no longer needed". A retention schedule's deletion, not a customer's leaving.
const PERIOD_ENDS = String.raw`(?:保存|保管|保持)期間(?:が|の)?(?:満了|経過|終了|過ぎ)|期間(?:が)?(?:満了|経過)(?:した|後)|不要(?:と|に)なっ|必要(?:が|で)?なくな|\bretention\s{1,3}(?:period|time)s?\s{1,3}(?:has\s{1,3}|have\s{1,3})?(?:passed|expired|ended|elapsed|lapsed)|\b(?:after|at\s{1,3}the\s{1,3}end\s{1,3}of|once|when)\s{1,3}(?:the|its|their|a|each)\s{1,3}(?:\w{1,20}\s{1,3})?retention\s{1,3}period|\bno\s{1,3}longer\s{1,3}(?:needed|required|necessary)\b`;
// Said in one phrase: kept "before auto-deletion", deleted automatically.
const SELF_ENDING = String.raw`\b(?:retain|keep|store|hold)\w{0,3}\b[^.\n]{0,80}\bbefore\s{1,3}(?:auto(?:matic)?[- ]?)?(?:deletion|purg|eras)|\bauto(?:matic(?:ally)?)?[- ]?(?:delet|purg)|自動(?:的に)?(?:削除|消去)`;
const AT_PERIOD_END = new RegExp(String.raw`${SELF_ENDING}|(?:${PERIOD_ENDS})[^。.!?！？\n]{0,80}?(?:${DELETES})|(?:${DELETES})[^。.!?！？\n]{0,80}?(?:${PERIOD_ENDS})`, 'i');

/**
 * The text says, in one sentence, that data is deleted when its own retention ends: a data lifecycle policy or a
 * retention page. Where the text never speaks of leaving, its deletion words answer that schedule, not CLD.8.1.5.
 */
export function deletesAtPeriodEnd(text: string): boolean {
  return AT_PERIOD_END.test(text);
}
