// The words of a customer leaving a cloud service and of what becomes of their data then, in Japanese and English:
// one vocabulary for the importer (is a page about leaving?), deletion-policy (which sentences owe the deletion timing
// and the way back), and backup-retention (a deletion counted from the end of the contract is not a backup's period).
// Patterns carry no g flag: callers test them, never iterate them.
import { toReader } from './advice';
import { splitSentences } from './sentences';
import { wordGaps } from '../core/wordGaps';

// Payment stops and the provider ends the account: non-payment, a card declined or a payment failing, an invoice left
// unpaid, an account lapsed, delinquent or abandoned (「支払いが確認できない」「未払い」「滞納」), a prepaid balance at zero
// or its funds run out, no valid payment method left. The customer did not
// choose to go, but their data goes as when they cancel, so the same two answers are owed.
export const UNPAID = String.raw`\bnon-?payment\b|\bstop\s{1,3}paying\b|\bfail(?:s|ed|ure)?\s{1,3}to\s{1,3}pay\b|\b(?:no|not|without)\s{1,3}(?:[\w’']+\s{1,3}){0,4}?attempts?\s{1,3}to\s{1,3}pay\b|\b(?:payments?|charges?|cards?|invoices?|bills?)\s{1,3}(?:\w+\s{1,3}){0,6}?(?:(?:is|are|was|were|has\s{1,3}been|have\s{1,3}been|gets?|keeps?|remains?|stays?)\s{1,3})?(?:declined|fail(?:s|ed|ing)?|bounced|unpaid|overdue|past[\s-]due)\b|\b(?:declined|failed|unpaid|overdue|missed)\s{1,3}(?:card\s{1,3})?(?:payments?|invoices?|charges?|bills?|fees|balances?)\b|\b(?:delinquent|lapsed|unpaid|abandoned|past-due|overdue|suspended|deactivated)\s{1,3}(?:\w+\s{1,3})?accounts?\b|(?:お?支払い?|ご?入金|(?:ご)?利用料金?|料金)(?:が|の)?(?:確認(?:が)?でき(?:ない|ず|ません)|(?:なされ|行われ)(?:ない|ず)|滞|遅れ|遅延)|\bbalance\s{1,3}(?:\w+\s{1,3}){0,2}?(?:reaches|hits|stays\s{1,3}at|remains\s{1,3}at|drops\s{1,3}to|falls\s{1,3}to)\s{1,3}(?:\\?\$\s?0(?:\.00)?|zero)(?![\d.,])|\b(?:funds|credits?|balance)\s{1,3}(?:run|runs|ran)\s{1,3}out\b|\b(?:balance|credits?)\s{1,3}(?:is|are)\s{1,3}(?:exhausted|depleted)\b|\bno\s{1,3}(?:valid\s{1,3})?payment\s{1,3}method\b|未払い?|未納|滞納|延滞`;

// The plan shrinks: a downgrade, a move to a free or lower plan; what no longer fits may go as at a cancellation.
export const DOWNGRADE = String.raw`\bdowngrad(?:e|es|ed|ing)\b|ダウングレード|(?:無料|フリー|下位)(?:の)?プラン(?:へ|に)(?:の)?(?:変更|移行)`;

// The contract, the use of the service or the account comes to an end: the words every reader below shares. A
// membership withdrawn (退会, machine-translated as "withdrawal") and the end of the term are the customer leaving too;
// a request, a deletion or an upload cancelled ("cancel your Unify space deletion request") is not.
const CONTRACT_ENDS = String.raw`契約(?:期間)?(?:の|が|を)?(?:終了|満了|解除)|解約|退会|(?:契約|(?:有料)?プラン|サブスクリプション|定期購入)(?:の|を)?キャンセル|(?:契約|ライセンス|プラン|サブスクリプション|利用期間|アカウント)(?:の)?(?:有効)?期限(?:が)?(?:切れ|満了)|(?:トライアル|試用期間|無料期間|お試し期間|利用期間)(?:が|の)?(?:終了|満了)|(?:ご)?利用(?:契約)?(?:の|を)?終了|サービス(?:の)?(?:提供)?終了|アカウント(?:の|を)?(?:削除|閉鎖|終了)|\bterminat|\bcancel(?!\w{0,6}\s{1,3}(?:(?!(?:and|or|then)\b)[\w-]+\s{1,3}){0,3}?(?:deletion|removal|request|operation|upload|download|job|edit|change|invitation)s?\b)|\bunsubscrib|\bwithdraw(?:al|ing|s)?\s{1,3}(?:procedure|process|from\s{1,3}(?:the\s{1,3})?(?:service|membership))|\bmembership\s{1,3}withdrawal|\b(?:contract|subscription|agreement|trial|plan|membership)\s{1,3}(?:period\s{1,3})?(?:ends?|ended|has\s{1,3}ended|is\s{1,3}over)\b|\bexpired\s{1,3}(?:accounts?|subscriptions?|plans?|trials?|contracts?|memberships?)\b|${DOWNGRADE}|\bleav(?:e|es|ing)\s{1,3}(?:the|our)\s{1,3}(?:service|platform)\b|\bstop\s{1,3}using\s{1,3}(?:the|our)\s{1,3}(?:service|platform)\b|${UNPAID}|\bend\s{1,3}of\s{1,3}(?:the\s{1,3}|your\s{1,3}|its\s{1,3})?(?:contract|subscription|agreement|service\s{1,3}(?:term|agreement|period)|engagement|(?:customer\s{1,3}|business\s{1,3})?relationship)\b|\bend\s{1,3}of\s{1,3}the\s{1,3}provision\s{1,3}of\s{1,3}(?:the\s{1,3})?services?\b|\bcessation\s{1,3}of\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:services?|agreement|contract|subscription)\b|\b(?:usage|use)\s{1,3}of\s{1,3}(?:the|our|its)\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:services?|offerings?|platform|products?)\s{1,3}(?:ceases?|ends?|has\s{1,3}ended)\b|\b(?:customer|client|business)\s{1,3}relationship\s{1,3}(?:ends|ended|is\s{1,3}terminated)\b|\b(?:when|if|once|after)\s{1,3}(?:you|customers?|the\s{1,3}customer)\s{1,3}leave\s{1,3}(?!(?:it|this|that|them|a|an|the|your|my|our|their|us|blank|empty|unchecked|feedback|comments?|reviews?|messages?|notes?|work|home)\b)[\w-]+|\b(?:organi[sz]ations?|tenants?)\s{1,3}(?:is|are|has\s{1,3}been|have\s{1,3}been|gets)\s{1,3}(?:permanently\s{1,3})?(?:deleted|closed)\b|(?:^|[、。\n])\s{0,3}解除(?:後|の後)|\baccount\s{1,3}(?:deletion|closure)|\b(?:customer|client|tenant)\s{1,3}offboarding|(?:テナント|顧客|お客様|利用者)(?:の)?オフボーディング`;

// An expiry of the plan, not of an item in it (a key's time to live, a link, a session): the subscription or term
// expires, or an expiry with no subject ("upon expiry", "when it expires" of the plan the sentence already names).
const PLAN_EXPIRES = String.raw`\b(?:subscriptions?|contracts?|plans?|trials?|terms?|agreements?|licen[cs]es?|accounts?|memberships?|packages?)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:expir|lapse)|\bexpir\w*\s{1,3}of\s{1,3}(?:the\s{1,3}|your\s{1,3}|its\s{1,3}|their\s{1,3})?(?:\w+\s{1,3})?(?:subscription|contract|plan|trial|term|agreement|licen[cs]e|membership|package)|\b(?:upon|on|after|at|following)\s{1,3}(?:its\s{1,3}|the\s{1,3})?expir|\bwhen\s{1,3}(?:it|this|your\s{1,3}(?:subscription|plan))\s{1,3}expires|\blaps(?:e|es|ed)\b`;

/**
 * The end of the contract in a sentence already about the customer's data: "解約", "契約終了", "退会", "termination",
 * "cancel", "close your account", and any expiry ("data is deleted when the subscription expires", "upon expiry").
 */
// The account closed or deleted, also when the service's name stands before it ("delete your Notely account", "once
// your account has been permanently closed"). A service account or a bot's is an identity a program signs in with,
// removed during use like an API key ("To delete a service account, select Remove").
const MACHINE = 'service|bot|robot|machine|technical|system|integration';
const MACHINE_ACCOUNT = String.raw`(?<!\b(?:${MACHINE})[\s-])`;
const ACCOUNT_ENDS = String.raw`\b(?:clos|delet)(?:e|es|ed|ing)\s{1,3}(?:the|your|their|my|an?)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?${MACHINE_ACCOUNT}account\b|${MACHINE_ACCOUNT}\baccount\s{1,3}(?:(?:is|has\s{1,3}been|was|gets|will\s{1,3}be)\s{1,3})?(?:permanently\s{1,3})?(?:closed|deleted)\b`;

export const END_OF_CONTRACT = wordGaps(new RegExp(String.raw`${CONTRACT_ENDS}|${PLAN_EXPIRES}|${ACCOUNT_ENDS}`, 'i'));

// The end of the contract anywhere on a page: an expiry only of the plan itself (an item in the trash expires too).
const LEAVES = String.raw`${CONTRACT_ENDS}|\b(?:subscription|contract|plan|trial|package)\s{1,3}(?:expir|lapse)|\bclos(?:e|es|ing)\s{1,3}(?:your\s{1,3}|the\s{1,3}|an\s{1,3})?account`;

/**
 * Deleting, erasing, destroying, removing, and clearing stored things ("the system will clear all the video files",
 * "files cleared by the system"); "clear" as an adjective ("make it clear") or of staff ("security cleared") is not.
 */
export const DELETE_WORDS = wordGaps(
  /削除|消去|廃棄|抹消|破棄|\bdelet|\beras|\bpurg|\bdestr|\bwip(?:e|ed|ing)\b|\bremov(?:e|ed|al)\b|\bclear(?:s|ing)?\s{1,3}(?:out\s{1,3})?(?:all|the|your|their|its|any)\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:data|files?|videos?|clips?|footage|recordings?|photos?|images?|space|storage|content|records?|messages?|uploads?|items?)\b|\b(?:data|files?|videos?|clips?|footage|recordings?|photos?|images?|content|records?|messages?|uploads?|items?)\s{1,3}(?:(?:is|are|was|were|will\s{1,3}be|have\s{1,3}been|has\s{1,3}been|get|gets)\s{1,3})?(?:\w+\s{1,3})?cleared\b/i,
);

/**
 * Getting the data back: export, return, download, migration, the data handed over in other words ("provide you
 * with a data file", "made available for download", "a copy of your data", 提供・お渡し of the data; 「情報を提供」 only to
 * the customer by name, since a page "provides information" about itself, and 送付 only of the data or its medium, not an
 * application form sent in), and the customer
 * backing it up or copying it elsewhere themselves ("gives you time to back up content", "what you should back up
 * beforehand", 「必要なファイルは…コピーをしてください」).
 */
export const RETURN_WORDS =
  wordGaps(/\b(?:you|customers?|users?)\b[^.,;\n]{0,30}?\bback\s{1,3}up\b|(?:コピー|複製|退避)(?:を)?(?:して|し(?:て)?ておいて)(?:ください|下さい)|返却|返還|エクスポート|ダウンロード|取り出|書き?出(?:し|せ|す)|移行|持ち出|引き?渡|引き?継|(?:データ|ファイル|媒体|複製|コピー|写し)[^。\n]{0,12}?送付|お渡し|(?:データ|ファイル)(?:一式)?(?:を|は)(?:お客様|利用者|契約者)?(?:に|へ)?(?:提供|納品)|情報(?:一式)?(?:を|は)(?:お客様|利用者|契約者)(?:に|へ)(?:提供|納品)|\bhand(?:s|ed)?\s{1,3}(?:over|back)\b|\bmov(?:e|ed|es|ing)\s{1,3}(?:\w+\s{1,3}){0,3}?to\s{1,3}(?:a|the|your|their|another)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:system|storage|environment|provider|service)\b|(?:CSV|データ|ファイル)(?:形式で|で|を|の)?出力|export|download|retriev|return|migrat|take out|\bget\s{1,3}(?:the|your|their|all)\s{1,3}(?:\w+\s{1,3})?(?:data|files|records|content)\s{1,3}(?:out|back|from)\b|\bportab|\bcop(?:y|ies)\s{1,3}of\s{1,3}(?:your|their|all|the|its)\s{1,3}(?:customer\s{1,3})?(?:data|content|files|records)\b|\bprovide\w{0,2}\s{1,3}(?:you|customers?|the\s{1,3}customer|them|clients?)\s{1,3}with\s{1,3}(?:an?\s{1,3}|the\s{1,3}|all\s{1,3}|their\s{1,3}|your\s{1,3})?(?:\w+\s{1,3}){0,2}(?:data|files?|cop(?:y|ies)|extracts?|dumps?|archives?)\b|\bavailable\s{1,3}for\s{1,3}(?:download|retrieval|collection|export)|\b(?:deliver|send|transfer)\w{0,3}\s{1,3}(?:(?:to\s{1,3})?(?:you|customers?|the\s{1,3}customer)\s{1,3})?(?:an?\s{1,3}|the\s{1,3}|all\s{1,3}|their\s{1,3}|your\s{1,3})?(?:\w+\s{1,3})?(?:data|files?|cop(?:y|ies)|archives?)\s{1,3}(?:to\s{1,3}(?:you|customers?|the\s{1,3}customer)|back)\b/i);

// A way back denied: the data "cannot be retrieved" once cleared, 「復元できません」. Said of the data after it goes, it
// tells that nothing brings it back, which is no way back before it goes.
const NO_WAY_BACK = wordGaps(
  /\b(?:cannot|can't|can\s{1,3}not|could\s{1,3}not|will\s{1,3}not|won't|is\s{1,3}not|are\s{1,3}not|unable\s{1,3}to)\s{1,3}(?:be\s{1,3})?(?:\w+\s{1,3})?(?:retriev|recover|restor|return|export|download)\w*(?:,?\s{1,3}(?:or|nor|and)\s{1,3}(?:be\s{1,3})?(?:retriev|recover|restor|return|export|download)\w*)*|\bnot\s{1,3}(?:be\s{1,3})?(?:retrievable|recoverable|restorable)\b|\birre(?:trievable|coverable)\b|取り出せ(?:ません|ない|なく|ず)|引き?継が(?:れ)?(?:ません|ない|なく|ず)|(?:取り出|復元|復旧|回復|返却|エクスポート|ダウンロード)(?:する)?(?:こと)?(?:が|は|も)?(?:でき|出来|いただけ)(?:ません|ない|なく|ず|かね)/gi,
);

// Something handed back that is not the customer's data coming to them: what the customer holds of the provider's,
// returned to it (「弊社に返還するものとします」, "return all materials to the Company"), a device staff hand back as they
// leave, a payment instrument returned unpaid. Terms and security policies say these beside the data's fate.
const GIVEN_TO_PROVIDER = wordGaps(
  /(?:当社|弊社)(?:に|へ)(?:対し(?:て)?)?(?:返還|返却)|\breturn\w{0,3}\s{1,3}(?:[\w-]+\s{1,3}){0,6}?to\s{1,3}(?:us|the\s{1,3}(?:company|provider|vendor|licensor|disclosing\s{1,3}party))\b|\b(?:devices?|laptops?|equipment|hardware|badges?|payment\s{1,3}instruments?|cheques?)\b[^.\n]{0,40}\breturn|\breturn\w{0,3}\s{1,3}(?:of\s{1,3})?(?:their|his|her|its|the|any|all|company)?\s{0,3}(?:devices?|laptops?|equipment|hardware|badges?|assets)\b/i,
);

/** The sentence offers a way to get data back, once every way back it denies ("cannot be retrieved") is set aside. */
export function offersWayBack(sentence: string): boolean {
  if (!RETURN_WORDS.test(sentence) || GIVEN_TO_PROVIDER.test(sentence) || othersLeave(sentence)) return false;
  NO_WAY_BACK.lastIndex = 0;
  return RETURN_WORDS.test(sentence.replace(NO_WAY_BACK, ' '));
}

// The customer no longer reaches their data when they leave: "will no longer be accessible", "you will lose access",
// "you will have access to your data until the end of the paid period", 「閲覧できなくなります」, and the data lost ("its
// data can't be recovered"). The data's fate at the
// leaving as much as a deletion is: when it then goes, and how to take it out first, are owed as for a deletion.
const ACCESS_ENDS = wordGaps(
  /\bno\s{1,3}longer\s{1,3}(?:be\s{1,3})?(?:accessible|available|visible|viewable|reachable)\b|\b(?:inaccessible|unavailable|unreachable)\b|\blos(?:e|es|ing|t)\s{1,3}(?:all\s{1,3}|your\s{1,3}|their\s{1,3})?access\b|\b(?:have|has|keep|keeps|retain|retains)\s{1,3}(?:full\s{1,3})?access\s{1,3}(?:to\s{1,3}(?:[\w-]+\s{1,3}){1,4}?)?until\b|(?:閲覧|アクセス|参照|ログイン|ご?利用)(?:が|は|も)?(?:でき|出来|いただけ)(?:なくな|ません|ない)|(?:閲覧|アクセス|参照)(?:が)?不可|\b(?:can(?:'|’)?t|cannot|can\s{1,3}not|will\s{1,3}not)\s{1,3}be\s{1,3}recovered\b/i,
);

// What a cloud's customer keeps in it is data too: its databases, buckets, volumes and snapshots ("we'll completely delete
// all services including … snapshots, persistent volumes").
/** What the customer put in the service: data, and the things a service holds it as (files, messages, a workspace, an album). */
export const CUSTOMER_DATA =
  /データ|情報|コンテンツ|ファイル|登録内容|投稿|履歴|文書|書類|写真|画像|アルバム|動画|録画|メッセージ|\balbums?\b|\bdata\b|\bvideos?\b|\bclips?\b|\brecordings?\b|\bphotos?\b|\binformation\b|\bcontent\b|\bfiles?\b|\brecords?\b|\bhistory\b|\bdocuments?\b|\battachments?\b|\bmessages?\b|\bworkspaces?\b|\bprojects?\b|\buploads?\b|\beverything\b|\bsnapshots?\b|\bvolumes\b|\bdatabases?\b|\bbuckets?\b/i;

/** Data kept for a while: "retained … plus 30 days after termination" is deleted when that ends; archived until then too. */
export const KEPT = /保存|保管|保持|\bretain|\bkept\b|\bkeep|\bhold\b|\bheld\b|\bstored\b|\barchiv/i;

// Someone or something else leaving: a contract with a sub-processor or subcontractor ended (the SCCs' "terminate the
// sub-processor contract", a measures list's rules on the use of further subcontractors), staff offboarded or an employment ended (access is removed, not the customer's
// data), an instance or a job terminated during use, an account of a machine ("To delete a service account, select
// Remove") or a member removed from the customer's team during use, an account the provider closes because nobody uses it (an
// inactive free account is housekeeping: its owner did not choose to leave and owes no way back).
const NOT_THE_CUSTOMER =
  wordGaps(new RegExp(String.raw`休眠|(?:長期間|一定期間)[^。\n]{0,10}(?:ログイン|利用|アクセス)(?:の|が)?(?:ない|され(?:てい)?ない)|\b(?:inactive|dormant|unused)\s{1,3}(?:\w+\s{1,3})?accounts?\b|\baccounts?\s{1,3}(?:that\s{1,3}(?:are|have\s{1,3}been)\s{1,3}|with\s{1,3})(?:inactive|dormant|no\s{1,3}(?:sign-?ins?|log-?ins?|activity))|\bno\s{1,3}(?:sign-?ins?|log-?ins?|activity)\s{1,3}(?:for|in)\s{1,3}\d|退職|退社|離職|異動|雇用(?:契約)?(?:の|が)?終了|\b(?:employees?|staff(?:\s{1,3}members?)?|personnel|workers?|contractors?)(?:\s{1,3}\w+){0,3}?\s{1,3}(?:leav(?:e|es|ing)|left|depart\w*|(?:is|are|been|be|gets?)\s{1,3}(?:terminated|offboarded))\b|\b(?:employee|staff|personnel)\s{1,3}offboarding|\boffboarding\s{1,3}(?:of\s{1,3})?(?:employees|staff|personnel)|\b(?:terminat\w*|end)\s{1,3}of\s{1,3}(?:their\s{1,3}|the\s{1,3}|his\s{1,3}|her\s{1,3}|an?\s{1,3})?employment|\bterminat\w*\s{1,3}(?:an?\s{1,3}|the\s{1,3}|your\s{1,3}|their\s{1,3})?(?:instances?|vms?|virtual\s{1,3}machines?|servers?|clusters?|jobs?|sessions?|processes|connections?|nodes?|containers?)\b|\b(?:instances?|vms?|servers?|clusters?|jobs?|sessions?|nodes?|containers?|pods?)\s{1,3}(?:(?:is|are|was|were|gets?)\s{1,3})(?:[\w-]+,?\s{1,3}){0,4}?terminated\b|\b(?:${MACHINE})[\s-]accounts?\b|\bsub-?processor\s{1,3}(?:contract|agreement)s?\b|\b(?:contract|agreement)s?\s{1,3}with\s{1,3}(?:the|a|its|any|each)\s{1,3}sub-?(?:processor|contractor)s?\b|\b(?:use|engagement|appointment)\s{1,3}of\s{1,3}(?:further\s{1,3}|other\s{1,3}|any\s{1,3})?sub-?(?:processors|contractors)\b|(?:再委託先|委託先)(?:と)?の(?:間の)?契約|\b(?:delet|remov)\w*\s{1,3}(?:an?|the|this|that)\s{1,3}(?:team\s{1,3})?(?:user|member)\b(?!['’]|\s{1,3}(?:account|data|content|files)\b)`, 'i'));

/** The sentence ends something other than the customer's use: staff leaving, an employment, an instance or a job. */
export function othersLeave(sentence: string): boolean {
  return NOT_THE_CUSTOMER.test(sentence);
}

// The account holds more than its plan allows (after a downgrade, a seat removed): the provider deletes the customer's
// things to fit (「容量を超えている場合は古い動画から削除」, "over quota, we remove your oldest clips"). The customer loses
// data the provider deletes, as when they leave. A store that fills and rotates its own backups, snapshots or logs is
// retention, not this.
const OVER_LIMIT =
  wordGaps(/(?:容量|上限|ストレージ|保存量)(?:を|の)?(?:超え|超過|オーバー)|\b(?:over|above|exceed\w*|beyond)\s{1,3}(?:(?:the|your|its|their|a|new|plan's|storage)\s{1,3}){0,3}(?:[\w-]+\s{1,3})?(?:quota|(?:storage\s{1,3})?limits?|allowance)\b|\bover[\s-]quota\b/i);
const ROTATED = /バックアップ|スナップショット|ログ|世代|\bbackups?\b|\bsnapshots?\b|\blogs?\b|\bversions?\b/i;

/** The text names the customer leaving in some words, or their things deleted to fit a plan's limit: sentences to read. */
export function speaksOfLeaving(text: string): boolean {
  return END_OF_CONTRACT.test(text) || OVER_LIMIT.test(text);
}

/**
 * The sentence speaks of the customer leaving the service, or of their things deleted to fit a smaller plan, not of
 * staff leaving or a resource ended during use.
 */
export function customerLeaves(sentence: string): boolean {
  return (END_OF_CONTRACT.test(sentence) || (OVER_LIMIT.test(sentence) && !ROTATED.test(sentence))) && !NOT_THE_CUSTOMER.test(sentence);
}

// Kept for a while after the end ("retained for 30 days after you cancel", "解約後も一定期間保持"): the data goes when
// that ends, so the sentence owes when, as a deletion does. Kept "until" the end raises no question of its own.
// "After your account is closed" too, and a period counted from or after "the date of your cancellation".
const AFTER_LEAVING = wordGaps(new RegExp(
  String.raw`\b(?:after|following|post-?|beyond)\s{0,3}(?:(?:you|the\s{1,3}customer|customers?|they)\s{1,3})?(?:the\s{1,3}|your\s{1,3}|its\s{1,3}|their\s{1,3})?(?:${CONTRACT_ENDS}|expir|migration)|\b(?:from|after|following|since)\s{1,3}the\s{1,3}(?:date|day|time)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|your\s{1,3}|its\s{1,3}|their\s{1,3})?(?:${CONTRACT_ENDS})|\b(?:after|once|when)\s{1,3}(?:the|your|their)\s{1,3}(?:[\w-]+\s{1,3})?(?:${ACCOUNT_ENDS})|(?:${CONTRACT_ENDS})[^。\n]{0,8}?(?:後|以降)`,
  'i',
));

/**
 * The sentence speaks of customer data at the end of the contract: deleted, returned or kept until then. A sentence
 * that leaves its subject to its heading (a schedule's "Customer content" over "Retained for the term of the contract
 * and deleted after the contract ends") speaks of the data its heading names.
 */
export function aboutDataAtLeaving(sentence: string, heading = ''): boolean {
  return (
    leavingSaid(sentence, heading) &&
    !RIGHTS_ROW.test(sentence) &&
    !SURVIVES.test(sentence) &&
    (!CUSTOMER_DESTROYS.test(sentence) || PROVIDER_DELETES.test(sentence)) &&
    !BACKUPS_TOO.test(sentence) &&
    (CUSTOMER_DATA.test(sentence) || CUSTOMER_DATA.test(heading) || (YOUR_THINGS.test(sentence) && (PROVIDER_DELETES.test(sentence) || (KEPT.test(sentence) && AFTER_LEAVING.test(sentence))))) &&
    (DELETE_WORDS.test(sentence) || RETURN_WORDS.test(sentence) || KEPT.test(sentence) || ACCESS_ENDS.test(sentence))
  );
}

// A row of an individual's rights under data protection law ("| **Erasure** | Delete your account and associated data |",
// 「削除請求権：…」): the right to ask, not what the provider does with the data when the customer leaves.
const RIGHTS_ROW = wordGaps(/^[\s|*>-]*(?:(?:the\s{1,3})?right\s{1,3}to\s{1,3})?(?:erasure|deletion|be\s{1,3}forgotten|削除(?:請求)?権?|消去(?:請求)?権?)[\s*]*[|:：]/i);

/**
 * The sentence names the customer leaving, or stands under a heading that does and names no one else leaving: a page
 * or section headed by the leaving ("## 料金滞納によるサービス停止", "#### 契約の解除は…") says the data's fate there without
 * saying the leaving again. A heading of the customer deleting their own account ("アカウント削除の手順") heads their
 * own operation: its steps' "deleted" is that operation done, not the provider's policy for the data.
 */
function leavingSaid(sentence: string, heading: string): boolean {
  return customerLeaves(sentence) || (heading !== '' && customerLeaves(heading) && !DELETES_OWN_ACCOUNT.test(heading) && !NOT_THE_CUSTOMER.test(sentence));
}

/**
 * The sentence says the data's fate in words of its own, not only in the words of the leaving: "you can delete your account
 * at any time" deletes the account, and says nothing of what becomes of the data in it.
 */
export function fateBeyondLeaving(sentence: string): boolean {
  const rest = sentence.replace(END_OF_CONTRACT, (m) => ' '.repeat(m.length));
  return DELETE_WORDS.test(rest) || RETURN_WORDS.test(rest) || KEPT.test(rest) || ACCESS_ENDS.test(rest);
}

// A period said in figures: under a heading of leaving, data kept for it is kept after the leaving (「データを120日保持」).
const FIGURE = /\d|[０-９]/;

// A clause of a contract that outlives it ("…の権利は、契約終了後も引き続きその効力を保持する", "Sections 5 and 9 shall survive
// termination"): terms of service keep rights and duties in force, and "kept after the end" there is no data kept.
const SURVIVES = wordGaps(/効力を(?:保持|有|存続)|(?:有効に)?存続(?:する|します|させ)|\bsurviv(?:e|es|ing)\b|\bremain\s{1,3}in\s{1,3}(?:full\s{1,3})?(?:force|effect)\b/i);

// The customer told to destroy or give back what it holds when its licence ends ("your permission to use the Content
// terminates and you must immediately destroy any copies"): the provider's materials, the customer's duty, no data of its
// own, unless the same sentence has the provider delete the customer's ("all Licensee Content may be deleted … and Licensee
// shall return or destroy all copies of all Codefresh Content").
const CUSTOMER_DESTROYS = wordGaps(
  /\b(?:you|licensee|the\s{1,3}customer)\s{1,3}(?:must|shall|will|agrees?\s{1,3}to)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:destroy|erase|return|delete)\s{1,3}(?:\w+\s{1,3}){0,2}?cop(?:y|ies)\b/i,
);

// The backups go too ("its files are removed from the backup server as well", 「バックアップ用サーバーからもデータを
// 削除」): said of the backups following the data, on a page about backups; whether they outlive the deletion is
// backup-outlives-deletion's question, not a leaving of its own. A sentence that deletes the data first and the
// backups after (「…サーバーから削除し、90日以内にバックアップからも削除します」) is a leaving all the same, as its English
// ("…within 30 days, and from our backups within 90 days") is.
const BACKUPS_TOO =
  wordGaps(/\bfrom\s{1,3}(?:the\s{1,3}|our\s{1,3}|all\s{1,3})?backups?(?:\s{1,3}(?:servers?|storage|systems?|copies))?\s{1,3}(?:as\s{1,3}well|too)\b|\balso\s{1,3}(?:be\s{1,3})?(?:removed|deleted|erased|purged)\s{1,3}from\s{1,3}(?:the\s{1,3}|our\s{1,3}|all\s{1,3})?backups?\b|^(?:(?!削除|消去|廃棄)[^。\n])*バックアップ[^。\n]{0,12}からも/i);

// The provider deleting, not the customer ("we delete your sketches", "are removed", "Segment removes all data"; "until
// you delete them" is the customer's own act).
export const PROVIDER_DELETES =
  wordGaps(/\bwe\s{1,3}(?:\w+\s{1,3})?(?:delete|erase|purge|remove|destroy)\b|\b(?!(?:customers?|users?|owners?|admins?|administrators?|clients?|members?)\b)[a-z]\w+\s{1,3}(?:automatically\s{1,3}|permanently\s{1,3})?(?:deletes|erases|purges|removes|destroys)\b|\bmarked\s{1,3}for\s{1,3}(?:deletion|removal|erasure|destruction)\b|\b(?:are|is|will\s{1,3}be|may\s{1,3}be|shall\s{1,3}be|get|gets)\s{1,3}(?:\w+\s{1,3})?(?:deleted|erased|purged|removed|destroyed)\b|(?:削除|消去|廃棄)(?:します|いたします|され)/i);

// What the customer put in, by the service's own nouns ("your recipes and meal plans", "their boards", "a user's
// clouds", 「お客様のレシピ」): a plural after "your" or a customer's possessive, a noun after お客様の; never the plan,
// the membership or the account that ends. Read only where the provider deletes them or keeps them after the customer
// leaves ("if you leave the service, we delete your sketches"): "your backups remain until you delete them" is the
// customer's act.
const YOUR_THINGS =
  wordGaps(/(?:お客様|利用者|会員|ユーザー?)(?:様)?の(?!(?:ご?契約|アカウント|会員|プラン|ご?利用|お?支払|ご?請求))|(?:\b(?:your|their|its)|\b(?:a|the|each|every)\s{1,3}(?:user|customer|client|tenant|subscriber)(?:'|’)s)\s{1,3}(?:[a-z-]{2,20}\s{1,3})?(?!(?:memberships|subscriptions|plans|accounts|contracts|payments|cards|details|settings|options|needs|business|address|access|preferences|rights|credits|invoices|services|seats|licen[cs]es)\b)[a-z-]{2,20}s\b/i);

/**
 * The sentence says customer data is deleted, returned, or kept for a while after the end of the contract: the
 * question stands wherever it is said.
 */
export function saysWhatBecomesOfData(sentence: string): boolean {
  return saysWhatBecomesOfDataUnder('', sentence);
}

// Kept on for a further while, the leaving already said ("is deactivated and retained for another 120 days").
const FURTHER = wordGaps(/\b(?:another|a\s{1,3}further|an?\s{1,3}additional|further)\s{1,3}(?:\d|(?:one|two|three|six|twelve|thirty|sixty|ninety)\b)|\b\d{1,3}\s{1,3}more\s{1,3}(?:days|weeks|months)\b|(?:さらに|更に)\d/i);

/** As `saysWhatBecomesOfData`, of a sentence that may leave its subject to its heading. */
export function saysWhatBecomesOfDataUnder(heading: string, sentence: string): boolean {
  return (
    (aboutDataAtLeaving(sentence, heading) &&
      (DELETE_WORDS.test(sentence) || RETURN_WORDS.test(sentence) || ACCESS_ENDS.test(sentence) || (KEPT.test(sentence) && (AFTER_LEAVING.test(sentence) || FURTHER.test(sentence) || (!customerLeaves(sentence) && FIGURE.test(sentence)))))) ||
    asksWhatBecomesOfData(sentence, heading)
  );
}

// A question of the data's fate: an FAQ's question ("How long is the data retained for an abandoned account?",
// 「支払いが確認できない場合、データはいつ削除されますか?」「…アカウントとデータはどうなりますか?」).
const ASKS_FATE =
  wordGaps(/(?:どうなり|どうなる|いつ|何日|どのくらい|どれくらい|保存|保管|保持|削除|消去)[^。\n]{0,40}(?:か|ますか|でしょうか)?[?？]\s*$|\b(?:what\s{1,3}happens|how\s{1,3}long|when\s{1,3}(?:is|are|will|do|does)|(?:is|are|will)\s{1,3}(?:my|our|the)\s{1,3}\w+\s{1,3}(?:be\s{1,3})?(?:deleted|kept|retained|removed))\b[^\n]{0,160}\?\s*$/i);

/** The sentence asks what becomes of customer data when the customer leaves: the page sets out to answer it. */
function asksWhatBecomesOfData(sentence: string, heading: string): boolean {
  return ASKS_FATE.test(sentence) && customerLeaves(sentence) && (CUSTOMER_DATA.test(sentence) || CUSTOMER_DATA.test(heading));
}

// A step after the leaving's, pointing back to it: 「その後」「停止から90日を経過すると」, "after that", "thereafter",
// "once the suspension ends", "It will be removed 30 days thereafter", and what the leaving's last step does ("Your
// project will now be deleted").
const NEXT_STEP =
  wordGaps(/^\s*(?:(?:その|この|同)(?:後|期間|時点)|それ以降|(?:利用)?(?:停止|凍結|無効化|ロック)(?:から|後|の後)|[^。\n]{0,12}(?:停止|凍結|無効化)(?:から|後)|\b(?:after|following)\s{1,3}(?:that|this|those|these|the\s{1,3}(?:suspension|deactivation|lock|grace|hold)|such)\b|\bthereafter\b|\bthen\b|\bonce\s{1,3}(?:that|this|those|these|the\s{1,3}(?:suspension|grace|hold))\b|\bat\s{1,3}the\s{1,3}end\s{1,3}of\s{1,3}(?:that|this|the)\b)|\b(?:thereafter|after\s{1,3}that)\s{0,3}(?:[.(]|$)|\bwill\s{1,3}now\s{1,3}be\b/i);

/**
 * The sentence says what becomes of customer data as the step after the one before it, which the customer leaving
 * starts (「ご入金が確認できない場合、アカウントを停止します。停止から90日を経過すると、…データを削除します」).
 */
export function followsLeaving(previous: string, sentence: string, heading = ''): boolean {
  return (
    NEXT_STEP.test(sentence) &&
    customerLeaves(previous) &&
    !NOT_THE_CUSTOMER.test(sentence) &&
    (CUSTOMER_DATA.test(sentence) || CUSTOMER_DATA.test(heading) || CUSTOMER_DATA.test(previous)) &&
    (DELETE_WORDS.test(sentence) || RETURN_WORDS.test(sentence) || KEPT.test(sentence))
  );
}

// A short line with no sentence's end: a heading or a schedule's label over the lines after it.
const HEADING_LINE = /^[^。.!?！？\n]{1,60}$/;

/** Whether some sentence of the text says what becomes of customer data when the customer leaves. */
export function saysWhatBecomesOfDataAnywhere(text: string): boolean {
  if (!speaksOfLeaving(text)) return false;
  let previous = '';
  const marked = markedHeadings(text);
  let part = -1;
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    while (part + 1 < marked.length && marked[part + 1].at < start) part++;
    const heading = headingBefore(text, start) || (part >= 0 ? marked[part].title : '');
    if (saysWhatBecomesOfDataUnder(heading, sentence) || followsLeaving(previous, sentence, heading)) return true;
    previous = sentence;
  }
  return false;
}

/** The short line just above the paragraph `start` opens, if it looks like a heading; else ''. */
function headingBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return '';
  const lines = text.slice(Math.max(0, lineStart - 200), lineStart).split('\n');
  const above = lines.reverse().find((l, i) => i > 0 && l.trim() !== '') ?? '';
  return HEADING_LINE.test(above.trim()) ? above : '';
}

// A Markdown heading line ("#### …"): a heading whatever it holds, a sentence's end included.
const MARKED_HEADING = /^#{1,6}\s+(.+)$/gm;

/** The text's Markdown headings in order: the last one above a sentence is its part's heading, however far below it stands. */
function markedHeadings(text: string): { readonly at: number; readonly title: string }[] {
  return [...text.matchAll(MARKED_HEADING)].map((m) => ({ at: m.index, title: m[1] }));
}

const DELETES = String.raw`削除|消去|廃棄|抹消|破棄|\bdelet|\beras|\bpurg|\bdestr|\bwip(?:e|ed)\b`;
// Both within one sentence, at most 120 characters apart.
const LEAVING = wordGaps(new RegExp(String.raw`(?:${LEAVES})[^。.!?！？\n]{0,120}?(?:${DELETES})|(?:${DELETES})[^。.!?！？\n]{0,120}?(?:${LEAVES})`, 'i'));

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
const SELF_ENDING = String.raw`\b(?:retain|keep|store|hold)\w{0,3}\b[^.\n]{0,80}\bbefore\s{1,3}(?:auto(?:matic)?[- ]?)?(?:deletion|purg|eras)|\bauto(?:matic(?:ally)?)?[- ]?(?:delet|purg)|\b(?:delet|purg|eras|remov)\w{0,3}\s{1,3}(?:\w+\s{1,3})?automatically|自動(?:的に|で)?(?:削除|消去)`;
const AT_PERIOD_END = wordGaps(new RegExp(String.raw`${SELF_ENDING}|(?:${PERIOD_ENDS})[^。.!?！？\n]{0,80}?(?:${DELETES})|(?:${DELETES})[^。.!?！？\n]{0,80}?(?:${PERIOD_ENDS})`, 'i'));

/**
 * The text says, in one sentence, that data is deleted when its own retention ends: a data lifecycle policy or a
 * retention page. Where the text never speaks of leaving, its deletion words answer that schedule, not CLD.8.1.5.
 */
export function deletesAtPeriodEnd(text: string): boolean {
  return AT_PERIOD_END.test(text);
}

// The customer able to delete things themselves, with a tool or a screen of the service ("FTPソフトの削除機能で削除できます",
// 「ファイルマネージャから削除することも可能です」, "you can delete old log files from the file manager"): housekeeping
// during use, which the customer chooses.
const CUSTOMER_CAN_DELETE =
  wordGaps(/(?:削除|消去)(?:する|して|を行う|は)?(?:こと|事)?(?:も|が|は)?(?:可能|でき)|(?:削除|消去)機能(?:で|を使)|\b(?:you|users?|customers?|admins?|administrators?|owners?)\s{1,3}(?:can|may|are\s{1,3}able\s{1,3}to|have\s{1,3}the\s{1,3}option\s{1,3}to)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:delete|remove|erase|purge|clear)\b/i);

// Where the customer does it: a screen, a menu or a tool of the service's, or their own client. "Administrators can delete
// any board on request" names none, and may be the provider's deletion asked for.
const WITH_A_TOOL =
  wordGaps(/機能|画面|ソフト|ツール|マネージャ|パネル|メニュー|ボタン|アプリ|クライアント|\b(?:from|in|with|via|using|through)\s{1,3}(?:the\s{1,3}|your\s{1,3}|an?\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:page|screen|menu|dashboard|console|panel|manager|tool|app|client|settings|button)\b/i);

/**
 * Every sentence of the text that deletes something has the customer able to delete it themselves during use with a tool, or advises
 * them before they do (「削除する前にお客様のPCに保存して下さい」), none speaks of leaving, and there is one: a help page on clearing out files or logs, whose "deleting" heading is no
 * CLD.8.1.5 question of what the provider does with the data when the customer leaves.
 */
export function deletesOnlyDuringUse(text: string): boolean {
  if (speaksOfLeaving(text) || !DELETE_WORDS.test(text)) return false;
  let named = false;
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    if (!DELETE_WORDS.test(sentence)) continue;
    if (!(CUSTOMER_CAN_DELETE.test(sentence) && WITH_A_TOOL.test(sentence)) && !toReader(sentence).advises) return false;
    named = true;
  }
  return named;
}

// The customer deletes their own account: they chose the deletion, so getting the data out first is their call and no
// way back is owed ("アカウントを削除すると…", "when you delete your account"). Closing an account or ending a
// contract is leaving, the data's fate the provider's.
const DELETES_OWN_ACCOUNT = wordGaps(/アカウント(?:の|を)?削除|\bdelet\w*\s{1,3}(?:your|their|the|my|an?)\s{1,3}(?:own\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?account|\baccount\s{1,3}deletion\b/i);
// Every such deletion in a text, blanked out before the text is read for another way of leaving.
const EVERY_OWN_ACCOUNT_DELETION = new RegExp(DELETES_OWN_ACCOUNT.source, 'gi');

/**
 * What a text says of leaving: whether the customer deletes their own account in it, and whether it names another way
 * of leaving with the data's fate. The text's only way of leaving is the customer deleting their own account where the
 * first holds and the second does not; another ending named where no data is spoken of ("deleting the account does not
 * cancel the store subscription; cancel it in the store first") is billing, not a way of leaving the data. Read per
 * section, so that an edit reads only the section it touched.
 */
export function accountLeaving(text: string): { readonly ownAccount: boolean; readonly otherwise: boolean } {
  const ownAccount = DELETES_OWN_ACCOUNT.test(text);
  const rest = ownAccount ? text.replace(EVERY_OWN_ACCOUNT_DELETION, (m) => ' '.repeat(m.length)) : text;
  const otherwise =
    END_OF_CONTRACT.test(rest) &&
    splitSentences(rest).some(({ start, end }) => {
      const sentence = rest.slice(start, end);
      return customerLeaves(sentence) && (CUSTOMER_DATA.test(sentence) || DELETE_WORDS.test(sentence) || KEPT.test(sentence) || RETURN_WORDS.test(sentence));
    });
  return { ownAccount, otherwise };
}
