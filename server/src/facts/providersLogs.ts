// The provider's own logs, as a sentence says them: "we log every request", "every access is recorded and logged",
// 「操作ログを取得しています」. Not a log the text denies keeping, one the customer exports or sends in from its own
// systems, nor one named in passing (among what a backup covers, what a page covers, or the kinds of data taken in).
// Read by log-retention-missing and by the importer, which lets that rule ask its question on a published text
// wherever such a sentence stands.
import { CALLS_IT_A_LOG, DESCRIBES_LOGS, LOG_WORD, RECORDS_ACCESS_WORDS, USE_HISTORY } from '../catalog/logWords';
import { LOG_KINDS } from '../catalog/logKinds';
import { wordGaps } from '../core/wordGaps';
import { definesTerm } from './commitmentOf';

// "Without logging or storing any data", "ログは取得しません", and logging not (yet) in place ("we do not currently use tools
// for logging", 「ログは取得していません」): a text that says it keeps no log owes no period for it.
export const NO_LOGGING =
  wordGaps(/\bwithout\s{1,3}(?:any\s{1,3})?(?:logging|recording)\b|\b(?:do|does|will)\s{1,3}not\s{1,3}(?:log|record|keep\s{1,3}(?:any\s{1,3})?logs?)\b|\b(?:do|does)\s{1,3}not\s{1,3}(?:currently\s{1,3}|yet\s{1,3})?(?:use|have|run|employ|operate)\b[^.;\n]{0,60}\blogging\b|\bno\s{1,3}(?:data\s{1,3})?logging\b|\bnever\s{1,3}(?:logs?|logged)\b(?!\s{1,3}in\s{1,3}(?:plain\s?text|clear))|\bare\s{1,3}not\s{1,3}logged\b|ログ(?:を|は)?(?:一切)?(?:取得|保存|記録|保持)(?:し|いたし)(?:て(?:い|おり))?(?:ません|ない)|記録(?:し|いたし)(?:て(?:い|おり))?(?:ません|ない)/i);

// Logs the customer sends in from its own systems ("send your logs to …", "collect logs from your servers",
// "お客様のサーバーのログを収集") or that are written within them ("calls are logged to a database within the customer's
// infrastructure"): on a log product's page the logs are the customer's data,
// kept as long as the customer's plan or setting says, and the provider owes no period of its own for them.
export const CUSTOMERS_LOGS_TAKEN_IN =
  wordGaps(/\blogged\s{1,3}(?:to|in|into)\s{1,3}[^.\n]{0,40}?\b(?:within|in|on)\s{1,3}(?:the\s{1,3})?(?:customer|client|your)(?:'s|’s)?\s{1,3}(?:own\s{1,3})?(?:infrastructure|environment|systems?|premises|servers?|network|account)\b|\b(?:send|ship|forward|stream|upload|ingest|collect|aggregate|centrali[sz]e)(?:s|ed|ing)?\s{1,3}(?:all\s{1,3})?(?:your|their)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}logs?\b|\blogs?\s{1,3}(?:(?:data|files|events)\s{1,3})?from\s{1,3}(?:all\s{1,3}(?:of\s{1,3})?)?(?:your|their)\s{1,3}(?:own\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}(?:applications?|apps|servers?|hosts?|systems?|infrastructure|environments?|services|devices|containers?|clusters?|sources)\b|(?:お客様|利用者|ユーザー?)(?:の|が)[^。\n]{0,20}(?:サーバー?|アプリケーション|システム|環境|インフラ|機器|端末)(?:の|から(?:の)?)ログ/i);

// A log the customer takes out of the service ("you can export the chat log as CSV", "操作ログをダウンロードできます"): a
// feature the customer uses, which says nothing of the logs the provider keeps.
export const EXPORTING = /エクスポート|ダウンロード|書き出|出力|\b(?:export|download)(?:s|ed|ing)?\b/i;
const BY_THE_CUSTOMER = /お客様|利用者|ユーザー|管理者|でき(?:ます|る)|可能|いただけ|\b(?:you|your|customers?|users?|admins?|administrators?|owners?)\b|\b(?:can|may)\b/i;
export const customerExports = (text: string) => EXPORTING.test(text) && BY_THE_CUSTOMER.test(text);
// A log named in passing: among the things a backup covers ("we back up databases, configuration files and logs"), or
// in what the document says it covers ("This page describes our access control, logging and backups").
const BACKUP_LIST = wordGaps(/バックアップ|\bback\s?ups?\b|\bbacks?\s{1,3}up\b|\bbacked\s{1,3}up\b/i);
const LIST = /[、,，]/;
const ABOUT_THE_DOCUMENT =
  wordGaps(/本(?:書|資料|ページ|文書|ホワイトペーパー)(?:で|に)は|この(?:文書|資料|ページ|ホワイトペーパー)(?:で|に)は|\bthis\s{1,3}(?:document|page|paper|white\s?paper|overview|article|section)\s{1,3}(?:describes|explains|covers|outlines|sets\s{1,3}out|summari[sz]es)\b/i);
// A log named as one kind of the data the service takes in ("We collect member names, payment records and attendance
// logs", 「氏名、住所、入館ログを取得します」): the customer's records, listed among the other data, not a log of the
// provider's systems.
const TAKES_IN_DATA =
  wordGaps(/\bwe\s{1,3}(?:only\s{1,3})?(?:collect|gather|obtain|process)\b|\b(?:is|are)\s{1,3}collected\b|を(?:収集|取得)(?:します|しています|いたします|しております)/i);
const ITEM_SEPARATOR = wordGaps(/[、,，]|\s{1,3}(?:and|or)\s{1,3}|及び|および|並びに|ならびに/);
function logAmongData(sentence: string): boolean {
  if (!TAKES_IN_DATA.test(sentence)) return false;
  const items = sentence.split(ITEM_SEPARATOR);
  return items.length >= 3 && items.filter((item) => DESCRIBES_LOGS.test(item)).length === 1;
}
// A support request entered in a queue ("support calls can be logged to the call center", "a ticket is logged by our
// staff"): the request is recorded for handling, no log of the provider's systems.
const REQUEST_LOGGED =
  wordGaps(/\b(?:support\s{1,3})?(?:calls?|tickets?|requests?|cases?|complaints?|enquir(?:y|ies)|inquir(?:y|ies))\s{1,3}(?:\w+\s{1,3}){0,2}?(?:can|may|must|should|will|is|are|be|been)\s{1,3}(?:be\s{1,3})?logged\b|\blog\s{1,3}(?:a|the|your)\s{1,3}(?:support\s{1,3})?(?:call|ticket|request|case)\b/i);
// Things called a log that are no log of the service (ruling P4, silent): an incident register ("Incident Log: the event
// is recorded in incident-log.csv", 「インシデント記録」, "a process to record or log all breaches"), a product that is itself a record the user writes of their life
// (「ライフログアプリ」, "利用者自身が移動履歴を記録"), a support request written down ("so that all information is properly
// logged and tickets can be addressed"), and logs that stay with the customer ("Metrics and logs: stored locally, fully
// under your control").
const NOT_THE_SERVICES_LOG = wordGaps(
  /\bincident\s{1,3}(?:logs?|registers?|records?)\b|\b(?:record|log)\s{1,3}(?:or\s{1,3}(?:record|log)\s{1,3})?(?:all\s{1,3})?breaches\b|\bbreach(?:es)?\s{1,3}(?:notification\s{1,3})?(?:information\/)?(?:logs?|registers?)\b|インシデント(?:ログ|記録|台帳|管理表)|ライフログ|\blife\s?logs?\b|\blifelogs?\b|(?:利用者|ユーザー?|お客(?:様|さま))(?:自身|ご自身|自ら)が[^。\n]{0,20}(?:記録|履歴)|\b(?:support\s{1,3})?(?:requests?|tickets?)\b[^.\n]{0,80}\blogged\b|\blogged\b[^.\n]{0,40}\btickets?\b|\b(?:fully\s{1,3})?under\s{1,3}your\s{1,3}(?:own\s{1,3})?control\b|\bstored\s{1,3}locally\b/i,
);
export const inPassing = (sentence: string) =>
  (BACKUP_LIST.test(sentence) && LIST.test(sentence)) || ABOUT_THE_DOCUMENT.test(sentence) || logAmongData(sentence) || REQUEST_LOGGED.test(sentence) || NOT_THE_SERVICES_LOG.test(sentence);

// The provider keeping logs, said as its own act: "we log all administrative access", "every API call is logged in an
// audit log", 「管理者の操作ログを取得しています」; or said as not deleting them ("usage logs are not deleted when you delete
// your account", 「ログは削除しないため」), which keeps them; as a duty of its own policy ("logs must be kept for all
// administrators"); or as the logs it processes itself ("the platform itself is the processor of … access logs"). A log
// named as a feature, a noun in a list or the customer's act is not.
const KEEPS_LOGS =
  wordGaps(/\b(?:must|shall|should|will)\s{1,3}be\s{1,3}(?:kept|retained|stored|recorded|collected|maintained|archived)\b|\b(?:we|platform|service)\s{1,3}(?:itself\s{1,3})?process(?:es)?\b|\b(?:is|are)\s{1,3}the\s{1,3}processor\s{1,3}of\b|(?:を|は|が)[^。\n]{0,20}?(?:取得|記録|保存|保管|収集|蓄積)(?:[・/／](?:取得|記録|保存|保管|収集|蓄積))?(?:して|し、|し|いたして|します|しています|されて|される|されま|(?=[。．]|$))|(?:を|は)[^。\n]{0,10}?(?:削除|消去)(?:し|され|いたし)(?:ない|ません)|\b(?:is|are|will\s{1,3}be)\s{1,3}not\s{1,3}(?:deleted|removed|purged|erased)\b|\b(?:do|does|will)\s{1,3}not\s{1,3}(?:delete|remove|purge|erase)\b|\bwe\s{1,3}(?:also\s{1,3})?(?:log|record|keep|retain|collect|capture|store|maintain|centrali[sz]e)\b|\b(?:is|are)\s{1,3}(?:automatically\s{1,3}|centrally\s{1,3}|securely\s{1,3})?(?:logged|recorded|retained|kept|captured|collected|stored)\b/i);

// Logging said as the act itself: "we log every request", "every access is logged", and beside another act ("is encrypted
// and logged"); a measures list's bullet says it with no verb before ("- Systems access logged and tracked for auditing
// purposes"); not a user "logged in".
export const LOGS_IT = wordGaps(
  /\bwe\s{1,3}(?:also\s{1,3}|[a-z]{2,15}ly\s{1,3})?(?:[a-z]{2,15}\s{1,3}and\s{1,3})?log\b(?!\s{1,3}(?:in|out|on|into)\b)|\b(?:server|system|platform|service|application|app)\s{1,3}logs\s{1,3}(?:every|all|each)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:actions?|requests?|events?|changes?|accesses|operations?)\b|\b(?:is|are|be|been)\s{1,3}(?:\w+\s{1,3}(?:and\s{1,3})?)?logged\b(?!\s{1,3}(?:in|out|on|into)\b)|(?:^|\n)[ \t]{0,4}[-*•・][ \t]{1,4}(?:[A-Za-z][\w-]{0,30}[ \t]{1,3}){1,4}logged\b(?!\s{1,3}(?:in|out|on|into)\b)|(?:^|\n)[ \t]{0,4}[-*•・][ \t]{1,4}(?:[A-Za-z][\w-]{0,30}[ \t]{1,3}){0,3}logs[ \t]{1,3}(?:retained|kept|stored|recorded|collected|archived)\b/i,
);

// Logging named as a practice the provider applies, among others in one sentence: "We apply access controls and audit
// logging where appropriate", "we use centralised logging". The prose form of a measures list's "Audit logging" bullet.
// Under the provider's own name too ("Acme uses logging in its cloud network"), or said of the logging itself ("robust
// write-only logging is present across the entire stack").
const APPLIES_LOGGING = wordGaps(/\bwe\s{1,3}(?:also\s{1,3})?(?:apply|use|implement|perform|employ|enable|have)\b[^.;\n]{0,80}\blogging\b(?!\s{1,3}(?:in|into|on|out)\b)/i);
// The name is told by its capital, so this one is case-sensitive.
const NAMED_APPLIES_LOGGING = wordGaps(
  /\b(?!(?:You|Customers?|Users?|Clients?)\b)[A-Z][\w-]{1,30}\s{1,3}(?:also\s{1,3})?(?:applies|uses|implements|performs|employs|enables|maintains)\s{1,3}(?:[\w-]+\s{1,3}){0,3}?logging\b(?![^.,;\n]{0,40}\b(?:providers?|vendors?|tools?|partners?)\b)(?!\s{1,3}(?:(?:in|on)\s{1,3}(?:to|with|using|via|through|as|again)\b|into\b|out\b))|\b[Ll]ogging\s{1,3}(?:is|are)\s{1,3}(?:\w+\s{1,3})?(?:present|in\s{1,3}place|enabled|performed|implemented|maintained)\b/,
);
// A kind of log the provider provides or keeps, named as such ("Acme provides comprehensive audit logs to track all
// actions", "Audit logs to allow you to view the details of every user action", "network traffic is monitored and
// recorded"): the log exists and is kept, whatever the reader may do with it.
export const PROVIDES_LOGS = wordGaps(
  /\b(?:provides?|offers?|maintains?|keeps?|generates?|produces?)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:audit|access|activity|event|security|system)\s{1,3}(?:logs|trails?)\b|\b(?:audit|access|activity|event)\s{1,3}logs?\W{0,4}\s{1,3}(?:to\s{1,3}|that\s{1,3}|which\s{1,3}|can\s{1,3}be\s{1,3}used\s{1,3}to\s{1,3})(?:allow|let|track|record|capture|show|trace)s?\b|\b(?:audit|access|activity|event)\s{1,3}logs?\s{1,3}(?:enable|let|allow|help)s?\b|\brecord(?:s|ed|ing)?\s{1,3}(?:all\s{1,3})?network\s{1,3}traffic\b|\bnetwork\s{1,3}traffic\b[^.\n]{0,30}\brecorded\b/i,
);

// A service the provider runs its logs on, named with what it is for ("Papertrail to store logs of all components",
// "an ELK stack to collect application logs"): the provider's logs, said as the tool's purpose; not where the reader
// ("you", the customer) is the one who uses it.
const TOOL_FOR_LOGS = wordGaps(/\bto\s{1,3}(?:store|keep|retain|collect|capture|aggregate|centrali[sz]e)\s{1,3}(?:(?:all|our|the|its)\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?logs?\b/i);
const THE_READER = /\b(?:you|your|customers?|users?)\b/i;

// Logging named as a measure in a data-processing annex's list of technical measures ("Technical operations incorporate …
// logging of accesses to applications", "Input control is achieved through logging"): what is logged, said as a noun
// the measures include, or the means a control is achieved by. Not a user "logging in", nor logging of errors a product shows.
const LOGGING_AS_MEASURE = wordGaps(
  /\b(?:logging|recording)\s{1,3}of\s{1,3}(?:all\s{1,3}|the\s{1,3}|every\s{1,3})?(?:(?:administrative|admin|user|system|data|read|write|change)\s{1,3})?(?:accesses|access|retrievals?|entr(?:y|ies)|inputs?|changes|modifications|activit(?:y|ies)|actions|operations|transfers|log-?ins|sign-?ins)\b|\b(?:achieved|ensured|provided|guaranteed|implemented|enforced)\s{1,3}(?:through|by|via)\s{1,3}(?:(?:central|centralised|centralized|audit|access|system|technical)\s{1,3})?logging\b/i,
);

// The provider's logs shipped to where they are kept or watched ("Cloud Platform logs are pushed to the SOC", "ModSec audit
// logs are sent to a separate cluster", "logs should be sent to an external tool", 「監査ログはSIEMへ転送しています」): not the
// reader's ("your logs are sent").
const LOGS_SHIPPED = wordGaps(
  /\blogs\s{1,3}(?:are|will\s{1,3}be|should\s{1,3}be|must\s{1,3}be|get)\s{1,3}(?:(?:automatically|also|then|continuously|securely|centrally)\s{1,3})?(?:sent|shipped|pushed|forwarded|streamed|exported|aggregated|centrali[sz]ed)\s{1,3}(?:to|into)\b|ログ(?:は|を)[^。\n]{0,30}?(?:へ|に)(?:転送|送信|集約)(?:して|し、|します|しています|されて|される|いたし)/i,
);

// "Logged" as a property of another measure, coordinated with it ("all transfers are secure and are logged", "access to
// encryption keys is logged and reported", "exports are encrypted and logged"): ruling P4 makes it optional, and ruling
// P1 puts the finding on a statement about the logs themselves where there is one.
// So is a log kept "enabled" on another thing ("secrets are stored in a vault, with audit trails enabled").
const LOGGED_AS_PROPERTY = wordGaps(/\bwith\s{1,3}(?:(?:full|detailed|audit)\s{1,3})?(?:audit\s{1,3}trails?|logging|audit\s{1,3}logs?|access\s{1,3}logs?)\s{1,3}(?:enabled|turned\s{1,3}on|switched\s{1,3}on|active)\b|\b(?:secure|secured|encrypted|protected|authenticated|authori[sz]ed|restricted|controlled)\s{1,3}and\s{1,3}(?:(?:are|is)\s{1,3})?logged\b|\blogged\s{1,3}and\s{1,3}(?:reported|encrypted|alerted)\b/i);
export const loggedAsProperty = (sentence: string) => LOGGED_AS_PROPERTY.test(sentence);

/** A sentence in which the provider says it keeps logs: the logs' period is owed wherever it is said. */
export function statesProvidersLogs(sentence: string): boolean {
  return (
    (LOGS_IT.test(sentence) ||
      PROVIDES_LOGS.test(sentence) ||
      (TOOL_FOR_LOGS.test(sentence) && !THE_READER.test(sentence)) ||
      RECORDS_ACCESS_WORDS.test(sentence) ||
      APPLIES_LOGGING.test(sentence) ||
      NAMED_APPLIES_LOGGING.test(sentence) ||
      LOGGING_AS_MEASURE.test(sentence) ||
      (LOGS_SHIPPED.test(sentence) && !THE_READER.test(sentence)) ||
      (CALLS_IT_A_LOG.test(sentence) && DESCRIBES_LOGS.test(sentence) && KEEPS_LOGS.test(sentence))) &&
    !NO_LOGGING.test(sentence) &&
    !customerExports(sentence) &&
    !inPassing(sentence) &&
    !CUSTOMERS_LOGS_TAKEN_IN.test(sentence)
  );
}

// Ruling Q2: a privacy policy's or terms' account of the information the provider collects ("Information we collect", "we
// may collect the following", 「取得する情報」, 「自動的に収集される情報」, 「次のような情報を取得することがあります」).
export const COLLECTS_INFORMATION = wordGaps(
  /(?:取得|収集)(?:する|される|した|いたす|させていただく)(?:個人)?情報|(?:取得|収集)(?:すること|する場合|いたします|します|しています|させていただきます|されます)|自動(?:的)?に(?:取得|収集)|自動取得|\b(?:information|data)\s{1,3}(?:that\s{1,3})?we\s{1,3}(?:may\s{1,3})?(?:collect|gather|obtain|receive)\b|\bwe\s{1,3}(?:may\s{1,3}|also\s{1,3}|automatically\s{1,3})?(?:collect|gather|obtain)\b|\b(?:collected|gathered)\s{1,3}automatically\b|\bautomatically\s{1,3}(?:collected|collects?|gathered)\b/i,
);
// A sentence that announces a list ("we may collect the following information:", 「次の情報を取得します。」).
const ANNOUNCES_LIST = wordGaps(/[:：]\s*$|\bthe\s{1,3}following\b|次の|以下の|下記の/i);

/**
 * Whether a section says what information the provider collects: its heading does ("Information we collect", 「取得する
 * 情報」), its first sentence, or a sentence that announces a list; not a collecting verb anywhere in it (a list of
 * prohibited acts that names 「取得」 is no list of what the provider collects).
 */
export function collectsInformation(title: string, sentences: readonly string[]): boolean {
  return COLLECTS_INFORMATION.test(title) || sentences.some((sentence, i) => COLLECTS_INFORMATION.test(sentence) && (i === 0 || ANNOUNCES_LIST.test(sentence)));
}

// A sentence with a predicate of its own, where a list's item or a table's cell names a kind of data without one
// ("Log data (IP address, browser type)", 「端末・ログ情報（IPアドレス、ブラウザ情報）」).
const PREDICATE = /(?:ます|です|ません|ました|する|した|される|された|いる|ない)\s*[。．.]?\s*(?:<[^>]*>\s*)*$|\b(?:we|they|is|are|was|were|will|shall|must)\b/i;
// A log of the service's use, by its kind or as log data: "log data", "usage logs", 「ログ情報」, 「アクセス履歴」, an access or audit log.
const LOG_DATA = wordGaps(/ログ情報|ログデータ|利用ログ|\blog\s{1,3}(?:data|files?|information)\b|\busage\s{1,3}logs?\b/i);
const logOfUse = (sentence: string) => LOG_DATA.test(sentence) || USE_HISTORY.test(sentence) || LOG_KINDS.some(({ words }) => sentence.search(words) >= 0);
// What a third party's analytics or advertising tool records (ruling Q2, silent): its own data and its own periods; and
// logs named as a means of tracking beside cookies ("gathered via cookies, pixel tags, logs, or other similar technologies").
const THIRD_PARTYS = /Google\s?Analytics|Google\s?アナリティクス|アクセス解析ツール|第三者|third[- ]part(?:y|ies)|\banalytics\s+(?:providers?|services?|tools?)\b/i;
const TRACKING_TECHNOLOGY = wordGaps(/\b(?:similar|tracking)\s{1,3}technolog|類似(?:の)?技術|トラッキング技術/i);
// The end of a definition whose term stands on an earlier line (「…その他の一切の情報をいい、…を含みます。」).
const DEFINES = /(?:を|のことを)いい(?:[、,]|ます)/;

/**
 * A sentence that names a log of the service's use as information the provider collects (ruling Q2): "Log Data: we
 * collect information that your browser sends", or, in a section that says the provider collects information
 * (`sectionCollects`), an item naming one ("Access logs", 「サービスの利用状況（アクセスログ）」, 「アクセス履歴」). IP
 * addresses, browsers and access times not called a log, cookies and a third party's analytics are no log of its own.
 */
export function collectedLog(sentence: string, sectionCollects: boolean): boolean {
  if (!LOG_WORD.test(sentence) && !USE_HISTORY.test(sentence)) return false;
  if (!COLLECTS_INFORMATION.test(sentence) && !(sectionCollects && !PREDICATE.test(sentence))) return false;
  // Among the kinds of data a sentence lists, a log that is no log of the service's use is the customer's own record
  // ("member names, billing details and check-in logs").
  if (logAmongData(sentence) && !logOfUse(sentence)) return false;
  return (
    !NO_LOGGING.test(sentence) &&
    !customerExports(sentence) &&
    !CUSTOMERS_LOGS_TAKEN_IN.test(sentence) &&
    !NOT_THE_SERVICES_LOG.test(sentence) &&
    !THIRD_PARTYS.test(sentence) &&
    !TRACKING_TECHNOLOGY.test(sentence) &&
    !definesTerm(sentence) &&
    !DEFINES.test(sentence)
  );
}
