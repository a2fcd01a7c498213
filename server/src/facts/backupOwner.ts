// Whose backups a backup section speaks of, and whether it states their period at all: what backup-retention owes a
// reader depends on both. Backups the customer takes or keeps (a backup product's own copies, a responsibility row
// that gives backups to the customer, "keep your own copies", "バックアップはお客様の責任で取得") have no period of
// the provider's to state; a period left by name to another document or page ("as set out in the SLA", "see our
// Backup Policy", 別紙, 別途定める) is stated there, and the reviewer follows the reference. Backups offered as an option the
// customer orders ("available as a paid add-on", 有償オプション) are that option's terms, not the provider's own copies.
import { splitSentences } from './sentences';
import { toReader } from './advice';
import { leftToDocument } from './deferral';
import { wordGaps } from '../core/wordGaps';

// Recovery points (a disaster-recovery product's copies) are backups under another name.
const RECOVERY_POINTS = String.raw`復旧ポイント|リカバリー?ポイント|リストアポイント|目標復旧時点|\b(?:recovery|restore)\s{1,3}points?\b|\bRPOs?\b`;
const BACKUP = wordGaps(new RegExp(String.raw`バックアップ|スナップショット|\bback\s?ups?\b|\bback(?:s|ed)?\s{1,3}up\b|\bbacking\s{1,3}up\b|\bsnapshots?\b|\bcopies\b|${RECOVERY_POINTS}`, 'i'));
// Backups as things someone takes or keeps: "backup" alone names a function ("to support backup, restore and licensing"),
// which says nothing of whose copies exist.
const BACKUPS_KEPT =
  wordGaps(/バックアップ|スナップショット|\bbackups\b|\bback[\s-]ups\b|\bbackup\s{1,3}(?:our|your|their|all|the|every|each)\b|\bbackup\s{1,3}(?:data|cop(?:y|ies)|files?|snapshots?|jobs?|storage|media|sets?|images?|schedule|retention|frequency)\b|\b(?:a|the|each|every|our|one|daily|nightly|hourly|weekly|full|incremental)\s{1,3}backup\b|\ban?\s{1,3}(?:regular|periodic|automatic|automated)\s{1,3}backup\b|\bsnapshots?\b|\bback(?:s|ed)?\s{1,3}up\b|\bbacking\s{1,3}up\b|\bcopies\b|\b(?:recovery|restore)\s{1,3}points\b|復旧ポイント|リカバリー?ポイント|リストアポイント/i);

// What a customer who sets the backups sets: when they run and how long or how many are kept. A setting of anything else
// ("バックアップデータの暗号化方式を選択できます", "Set up an alert for failed backups") leaves the provider's own regime standing.
const REGIME_SETTING_EN = String.raw`(?:times?|schedules?|frequency|how\s{1,3}(?:often|long|many)|retention|interval|window|days?|hours?|generations|copies|versions|daily|weekly|hourly|monthly|recovery\s{1,3}points?)\b`;
const REGIME_SETTING_JA = String.raw`(?:頻度|スケジュール|時刻|時間|日時|曜日|間隔|世代|保持|保存|保管|期間|回数|件数|取得数|保持数|タイミング)`;

// The customer as the one who takes, keeps or answers for the backups (advice to the reader, facts/advice.ts, too).
const CUSTOMER_BACKS_UP = wordGaps(new RegExp(
  [
    // "お客様ご自身でバックアップ", "バックアップはお客様の責任", "利用者側で保管", "お手元で保管"
    String.raw`(?:お客(?:様|さま)|利用者|ユーザー?|契約者|顧客)(?:ご?自身|側|の責任|の責任範囲|の判断|がご?自身|が選択)`,
    String.raw`お手元|ローカル環境`,
    // "利用者は、自己の責任において…バックアップを行う": whoever acts on their own responsibility is the one who backs up.
    String.raw`(?:自己|自ら|ご自身)の(?:責任|判断|負担)`,
    // "お客様は…バックアップを取得/保管できます/してください"
    String.raw`(?:お客(?:様|さま)|利用者|ユーザー?|契約者)(?:は|が)[^。\n]{0,40}(?:バックアップ|複製|コピー)(?:を|の)(?:取得|保管|保存|作成)`,
    // The provider takes none: "バックアップを提供していません", "バックアップは行っておりません", "バックアップの対象外"
    String.raw`(?:バックアップ|スナップショット)(?:を|は|の)?(?:提供|取得|実施|実行|保管|保存)?(?:して|いたして)?(?:い|お)?(?:ません|りません)|(?:バックアップ|スナップショット)[^。\n]{0,20}(?:対象外|行いません|行っておりません|行っていません)`,
    String.raw`\b(?:customers?|users?|you|clients?)(?:['’]s?)?\s{1,3}(?:own|chosen|responsibility)\b`,
    String.raw`\b(?:customers?|users?|you|clients?)\s{1,3}(?:are|is)\s{1,3}(?:solely\s{1,3})?responsible\s{1,3}for\b`,
    String.raw`\b(?:customers?|users?|you|clients?)\s{1,3}(?:should|must|shall|wish(?:es)?\s{1,3}to|wants?\s{1,3}to|need\s{1,3}to|have\s{1,3}to|are\s{1,3}advised\s{1,3}to|are\s{1,3}encouraged\s{1,3}to|choose|decide|control)\b[^.\n]{0,60}\b(?:back\s?ups?|backs?\s{1,3}up|backing\s{1,3}up|copies|versions)\b`,
    String.raw`\b(?:keep|make|take|store|maintain)\s{1,3}(?:your|their)\s{1,3}own\b`,
    // Copies the reader made ("destroy any copies you have made of the Content", a licence's terms): the reader's own.
    String.raw`\bcop(?:y|ies)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:you|customers?|users?)\s{1,3}(?:have\s{1,3})?(?:make|made|create[sd]?|download(?:ed)?)\b`,
    // Backups run as the customer sets them: "on the schedule you set", "you can schedule backups", 「お客さまが設定したスケジュール」.
    String.raw`\b(?:schedules?|settings?|polic(?:y|ies)|plans?|frequency|retention|rules?)\s{1,3}(?:that\s{1,3})?(?:you|the\s{1,3}customer|customers|users?|admins?|administrators?)\s{1,3}(?:set|sets|choose|chose|chooses|configured?|configures|define[sd]?|select(?:s|ed)?|specif(?:y|ies|ied)|create[sd]?)\b`,
    String.raw`\b(?:you|customers?|users?|admins?|administrators?)\s{1,3}(?:can\s{1,3}|may\s{1,3})?(?:set|configure|schedule|select|define|specify|enable|create|adjust|turn\s{1,3}on|choose|pick)\b[^.\n]{0,60}\b(?:back\s?ups?|backs?\s{1,3}up|backing\s{1,3}up|snapshots?|recovery\s{1,3}point|RPOs?)\b`,
    // Set up in the customer's own tools: "Backup jobs can be scheduled daily or weekly from the portal".
    String.raw`\bcan\s{1,3}be\s{1,3}(?:scheduled|configured|set|enabled|adjusted)\b[^.\n]{0,40}\b(?:from|in|via|through|using)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:portal|console|dashboard|control\s{1,3}panel|API|app|management\s{1,3}console)\b`,
    String.raw`(?:お客(?:様|さま)|利用者|ユーザー?|契約者)(?:様)?(?:が|の)(?:任意に|ご自身で|自由に)?(?:設定|指定|選択)`,
    // Set by the customer in so many words: "configured per workload by the customer", "Recovery points: set by the customer",
    // "you decide how many to keep"; a sentence that opens by telling the reader to pick ("Choose the time of day …");
    // settings the reader can make with no subject named (「…の取得日時と保持数を指定できます」).
    String.raw`\b(?:set|configured|defined|chosen|selected|specified|scheduled|managed|controlled|determined|adjusted)\b[^.\n]{0,30}\bby\s{1,3}(?:the\s{1,3}|each\s{1,3})?(?:customers?|users?|you|clients?|tenants?|admins?|administrators?)\b`,
    String.raw`\b(?:you|customers?|users?|clients?|tenants?)\s{1,3}(?:can\s{1,3}|may\s{1,3})?(?:decide|choose|select|set|define|configure|pick)s?\s{1,3}(?:how\s{1,3}(?:many|long|often)|when)\b`,
    String.raw`^\W{0,3}schedule\b|^\W{0,3}(?:then\s{1,3}|next,?\s{1,3}|and\s{1,3})?(?:choose|pick|select|set|configure)\b[^.\n]{0,60}\b${REGIME_SETTING_EN}`,
    String.raw`${REGIME_SETTING_JA}[^。\n]{0,20}(?:設定|指定|選択)(?:でき|いただけ|が可能|可能)`,
    String.raw`\b(?:we|the\s{1,3}(?:service|provider|platform))\s{1,3}(?:does|do)\s{1,3}not\s{1,3}(?:back\s{1,3}up|take\s{1,3}backups|keep\s{1,3}backups|provide\s{1,3}backups|offer\s{1,3}backups)\b`,
    String.raw`\bbackups?\s{1,3}(?:are|is)\s{1,3}not\s{1,3}(?:provided|offered|included|taken|part\s{1,3}of)\b`,
    // Under the service's own name ("Acme storage services does not provide automatic backups of buckets"), or said of
    // what is copied ("Controlplane components are not backed up"): the provider takes none.
    String.raw`\b(?:does|do)\s{1,3}not\s{1,3}(?:provide|offer|take|perform)\s{1,3}(?:automatic\s{1,3}|automated\s{1,3}|any\s{1,3})?backups\b|\b(?:are|is)\s{1,3}not\s{1,3}backed\s{1,3}up\b`,
    String.raw`\bnot\s{1,3}responsible\s{1,3}for\s{1,3}(?:backing\s{1,3}up|back\s?ups?)\b`,
    // A feature the customer works: "the backup tool lets you create a copy of your site", "click Back up now", 「ボタンからバックアップを作成できます」.
    String.raw`\b(?:lets?|allows?|enables?)\s{1,3}(?:you|customers?|users?|admins?|administrators?|owners?)\s{1,3}(?:to\s{1,3})?[^.\n]{0,40}\b(?:back\s?ups?|back\s{1,3}up|snapshots?|cop(?:y|ies))\b`,
    String.raw`\b(?:click|tap|press)\b|クリック|タップ|ボタン`,
    // A feature the customer's app has: "The desktop app supports backing up your data continuously", 「アプリはバックアップ機能に対応」.
    String.raw`\bsupports\s{1,3}\[?(?:automatic\s{1,3}|automated\s{1,3}|continuous\s{1,3}|local\s{1,3})?(?:back\s?ups?|backing\s{1,3}up)\b|バックアップ機能(?:に対応|を(?:備え|搭載))`,
    // The reader told to take one, at the sentence's start or after its opening clause: "Before you change your theme,
    // download a backup of your shop", "Back up your files before upgrading".
    // The reader told which tool to back up with: "Use the CLI or cloud syncs to automate backups".
    String.raw`^\W{0,3}use\s{1,3}[^.\n]{0,60}\bto\s{1,3}(?:automate|create|take|schedule|make|keep|store|run)\b[^.\n]{0,30}\b(?:back\s?ups?|cop(?:y|ies)|snapshots?)\b`,
    // A checklist item's imperative after its run-in label ("**Backups**: Implement regular encrypted backups").
    String.raw`(?:^|[,;:]\s{1,3})\W{0,3}(?:download|export|make|take|create|keep|store|save|implement|perform|schedule|set\s{1,3}up|configure|enable|automate|maintain|run)\s{1,3}(?:a|an|your|regular|frequent|periodic|automated|automatic|daily)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:back\s?ups?|cop(?:y|ies)|snapshots?)\b|(?:^|[,;:]\s{1,3})\W{0,3}back\s{0,3}up\s{1,3}(?:your|all\s{1,3}your|the)\b`,
    // A party's duty in a list of the customer's obligations: "Backing up its own data and systems".
    String.raw`\bback(?:ing)?\s{0,3}up\s{1,3}(?:its|their|your|his|her)\s{1,3}own\b`,
    String.raw`\bat\s{1,3}(?:their|your|its|the\s{1,3}(?:customer|user)['’]s)\s{1,3}own\s{1,3}(?:risk|responsibility|expense)\b`,
    String.raw`(?:バックアップ|スナップショット)(?:を|は)[^。\n]{0,20}(?:作成|取得|実行|ダウンロード)(?:でき|いただけ|が可能)`,
  ].join('|'),
  'i',
));

// An FAQ's question in the customer's own voice ("Can I automate backups?", "How do I restore a snapshot?",
// 「バックアップを自分で取得できますか」): the backups asked about are a feature the customer works, and the answer under it
// goes on about them.
const CUSTOMER_ASKS = wordGaps(new RegExp(
  [
    String.raw`^\W{0,8}(?:can|could|may|do|should|how\s{1,3}(?:do|can|should))\s{1,3}(?:I|we)\b[^.?\n]{0,60}\b(?:back\s?ups?|back\s{1,3}up|snapshots?)\b[^.?\n]{0,60}\?`,
    String.raw`(?:自分で|自分の|私(?:たち)?の|ユーザー?側で)[^。？?\n]{0,40}(?:バックアップ|スナップショット)[^。？?\n]{0,30}(?:でき|可能)(?:ますか|ですか)|(?:バックアップ|スナップショット)[^。？?\n]{0,30}(?:自分で|手元に|ローカルに)[^。？?\n]{0,30}(?:でき|可能)(?:ますか|ですか)`,
  ].join('|'),
  'i',
));

/** A question in the customer's own voice about backups ("Can I automate backups?"): an FAQ's heading over its answer. */
export const asksAsCustomer = (sentence: string): boolean => CUSTOMER_ASKS.test(sentence);

// The customer working a backup feature, as a help guide tells it: a step said to the reader who does it (「バックアップを
// 作成するには、…」, "To restore a backup, open …"), or what the feature makes possible for its user, the Japanese "lets
// you" (「…の写しを作って手元に置くことを可能にします」), said without naming the provider.
const WORKS_FEATURE = wordGaps(new RegExp(
  [
    String.raw`(?:バックアップ|スナップショット)(?:ファイル)?(?:を|の)(?:作成|取得|復元|リストア|ダウンロード|保存)(?:する|を行う)?には`,
    String.raw`^\W{0,3}to\s{1,3}(?:create|take|make|restore|download)\s{1,3}(?:a|an|the|your)\s{1,3}(?:[\w-]+\s{1,3})?(?:back\s?up|snapshot)\b`,
    String.raw`(?:こと|の)を可能に(?:します|しています|なります)|できるように(?:します|なります|なっています)`,
  ].join('|'),
  'i',
));

// Backups offered as something the customer orders or pays for: "available as a paid add-on", "customers who sign up for the
// backup option", 「有償のオプションサービス」, 「お申し込みいただいたお客様」. Plan names are not options: backups "on all
// paid plans" are still the provider's.
const OPTIONAL = wordGaps(new RegExp(
  [
    // A fee for the backups themselves: "can be added to any server for a monthly fee", 「使用容量に応じて課金」.
    String.raw`\b(?:offered|available|sold|provided)\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:additional|separate|optional|extra|paid)\s{1,3}(?:services?|products?|options?|features?)\b|\bavailable\s{1,3}to\s{1,3}(?:order|purchase|buy)\b`,
    String.raw`課金|(?:月額|月々の?)料金|\bfor\s{1,3}an?\s{1,3}(?:(?:monthly|annual|yearly|small|additional|extra|separate)\s{1,3})?(?:fee|charge|price)\b|\bpaid\s{1,3}extra\b|\b(?:billed|charged)\b|\bcan\s{1,3}be\s{1,3}(?:added|ordered|purchased|bought)\b`,
    String.raw`オプション|追加料金|別料金|別途(?:お?申し?込|ご?契約|料金|費用|有償|有料)|(?:有償|有料)(?:で|にて)|お申し?込み(?:いただいた|の|により|された|いただく|いただければ)|(?:お)?申し?込(?:まれ(?:た|ている)|み済み)|ご希望(?:の|に応じ|により|される)`,
    String.raw`\boptional(?:ly)?\b|\badd-?ons?\b|\bpaid\s{1,3}(?:backups?|options?|add-?ons?|services?|features?|extras?)\b|\b(?:additional|extra)\s{1,3}(?:fees?|charges?|costs?)\b|\bat\s{1,3}(?:an?\s{1,3})?(?:additional|extra)\s{1,3}(?:cost|charge|fee)\b|\bsign(?:s|ed)?\s{1,3}up\s{1,3}for\b|\b(?:order|purchase|buy|subscribe)(?:s|d|ed|ing)?\s{1,3}(?:to\s{1,3})?(?:the\s{1,3}|a\s{1,3}|our\s{1,3})?(?:[A-Za-z-]{1,20}\s{1,3})?backups?\b|\bbackup\s{1,3}(?:options?|packages?|add-?ons?)\b`,
  ].join('|'),
  'i',
));
// A backup service described as what it does for the customer who contracts it ("バックアップサービスは、…を複製するサービス
// です", "The backup service is an offering that copies …"): the product's description, not the provider's own copies.
const BACKUP_SERVICE_DESCRIBED =
  wordGaps(/(?:バックアップ|スナップショット)(?:サービス|機能)(?:と)?は[^。\n]{0,80}(?:サービス|機能)(?:です|である|となります)|\b(?:the\s{1,3})?(?:[A-Z][\w-]{1,20}\s{1,3})?backup\s{1,3}(?:service|add-?on)\s{1,3}(?:is|provides|offers)\s{1,3}(?:an?\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,3}(?:service|offering|product)\b/i);
// What a customer setting the backups sets: when they run or how long they are kept ("specify a retention period",
// "configure backups", 「保持期間を設定」).
const CUSTOMERS_REGIME = wordGaps(new RegExp(String.raw`\b(?:configure|schedule)\s{1,3}(?:\w+\s{1,3})?backups\b|\b${REGIME_SETTING_EN}|${REGIME_SETTING_JA}`, 'i'));
// Pressing a control of the service's: the customer at work on a feature.
const CLICKS = /\b(?:click|tap|press)\b|クリック|タップ|ボタン|押(?:す|し|して)/i;
// A cadence or a count: 毎日, 日次, "daily", "every 6 hours", "7 generations".
// A year ("released in March 2021", 「2023年に」) is a date, neither cadence nor count.
const CADENCE_OR_COUNT = /(?<![0-9０-９])(?!(?:19|20)[0-9]{2}(?![0-9０-９]))[0-9０-９]|毎(?:日|週|月|時|晩)|(?:日|週|月)次|\b(?:daily|nightly|weekly|hourly|monthly|every)\b/i;
// The provider named in a sentence, which brings its own backups back.
const PROVIDER_NAMED = /当社|弊社|\bwe\b|\bour\b|\bus\b/i;
// Words that bring the provider's standard backups back into a paragraph about an option.
const STANDARD = wordGaps(/標準|全て|すべて|全プラン|全サービス|\bstandard\b|\bby\s{1,3}default\b|\ball\s{1,3}(?:plans|customers|accounts|servers|data)\b|\bregardless\b/i);

// A responsibility matrix's row that gives backups to the customer: "| Backups | Customer |", "バックアップ | お客様 |",
// or a check under the customer's column ("| Backup of content | – | ✓ |" under "| | Provider | Customer |").
// The row is found by a scan, not a pattern: one that took "^ *|?(.*|.*)$" backtracked over a line of spaces.
/** A table row's cells after its opening bar, or undefined for a line with no bar. */
function tableRow(line: string): string | undefined {
  if (!line.includes('|')) return undefined;
  const cells = line.replace(/^[ \t]+/, '');
  // A lone opening bar ("| Backups") is a cell's edge only where another bar follows.
  return cells.startsWith('|') && cells.includes('|', 1) ? cells.slice(1) : cells;
}
const CUSTOMER_CELL = /^\s*(?:お客(?:様|さま)|利用者|ユーザー?|顧客|契約者|customers?|users?|clients?|tenants?)(?:\s{0,3}(?:側|のみ|only))?\s*$/i;
const PROVIDER_CELL = wordGaps(/^\s*(?:当社|弊社|事業者|提供者|クラウドサービスプロバイダ|(?:service\s{1,3})?providers?|we|us|vendor|shared|共同|共有|双方)\s*$/i);
const MARK = /^\s*(?:✓|✔|○|◯|●|◎|x|yes|はい|対象|R|responsible)\s*$/i;

// What a deferral must be about to count: the backups' keeping, not their security.
const KEEPING = wordGaps(/保存|保管|保持|世代|期間|\bretain|\bretention\b|\bkept\b|\bkeep|\bhow\s{1,3}long\b|\bperiod\b|\bduration\b|\bschedule\b/i);
// A deferral of when the backups run: their schedule, frequency or time.
const RUNNING = wordGaps(/頻度|スケジュール|タイミング|時刻|時間帯|取得(?:日時|時間)|\bschedules?\b|\bfrequency\b|\bhow\s{1,3}often\b|\bwhen\s{1,3}(?:they|backups|it)\s{1,3}(?:run|are\s{1,3}taken)\b|\btimes?\s{1,3}(?:they|backups)\s{1,3}(?:run|are\s{1,3}taken)\b/i);

const LOG = /ログ|\blogs?\b/i;

// Backups named only as where a restore comes from ("support can bring them back from our backups", 「当社のバックアップ
// からの復元を試みます」): how to ask for a restore, which says nothing of how the backups run or how long they are kept.
const RESTORED_FROM =
  wordGaps(/(?:バックアップ|スナップショット)(?:データ)?(?:から|より)(?:の)?(?:復元|復旧|リストア|戻)|\b(?:restor\w*|recover\w*|retriev\w*|bring\s{1,3}(?:\w+\s{1,3}){0,2}back|get\s{1,3}(?:\w+\s{1,3}){0,2}back)\b[^.\n]{0,60}\bfrom\s{1,3}(?:(?:our|the|a|an|its|your)\s{1,3})?(?:\w+\s{1,3})?(?:backups?|snapshots?)\b/i);

// A cadence on the backups as a noun, with no verb of taking them: "Daily backups to the data system of a different host",
// "Regular backups (also encrypted)", 「日次バックアップ」. "Automated" and "scheduled" say nothing of how often.
const CADENCED_BACKUPS = wordGaps(/\b(?:daily|nightly|hourly|weekly|monthly|regular|periodic)\s{1,3}(?:(?:encrypted|full|incremental|off-?site|database)\s{1,3}){0,2}back-?ups?\b|(?:定期|日次|週次|月次|毎日)(?:的な|の)?バックアップ/i);

// What a policy or standard covers ("This policy applies to servers, databases, backups and logs", 「本規程の対象は…」):
// a list that names backups among other things says nothing of how any of them is kept.
// 「合理的な範囲で」「必要な範囲で」 bound how far the provider goes, not what a policy covers.
const SCOPE = wordGaps(/対象|適用|(?<!合理的な|必要な|可能な|一定の)範囲|\bappl(?:y|ies)\s{1,3}to\b|\bcover(?:s|ed)?\b|\bscope\b|\bincludes?\b|\bincluding\b/i);
const ITEM_SEPARATORS = /[,、;；・]/g;
const BULLET = /^[ \t\u3000]*(?:[-*•・‐]|\d{1,2}[.)])[ \t]/;

/** The sentence names backups only as one item of what a policy covers: a scope line of three or more items, or an item of a list its lead-in says is a scope. */
function inScopeList(sentence: string, leadIn: string | undefined): boolean {
  if (TAKING.test(sentence) && !SCOPE.test(sentence)) return false;
  // An item that gives its backups a cadence ("Regular backups of information - including personal data where in scope")
  // is a measure the provider takes; what it includes is the measure's reach.
  if (BULLET.test(sentence) && CADENCED_BACKUPS.test(sentence)) return false;
  if (SCOPE.test(sentence) && (sentence.match(ITEM_SEPARATORS)?.length ?? 0) >= 2) return true;
  return leadIn !== undefined && BULLET.test(sentence) && SCOPE.test(leadIn) && /[:：]\s*$/.test(leadIn);
}

// A service that is itself a backup product ("Vaultline Backup", 「クラウドバックアップサービス」, "Server Backup & Restore"): the
// backups it speaks of are its customers' data, kept as each customer sets. A name that ends in another noun is a
// document or a topic ("Backup Policy", "Backup schedules"), not a product.
const BACKUP_PRODUCT = /(?:バックアップ|\bbackup)(?:\s{0,3}(?:&|＆|and|・|と)\s{0,3}(?:restore|recovery|リストア|復元|リカバリー?))?\s{0,3}(?:サービス|\bservice|\bapp|アプリ(?:ケーション)?|\bagent|\bsoftware|ソフト(?:ウェア)?|製品|\bproduct|\bappliance|\bsolution|ソリューション|\bsuite)?[\s™®]*$/i;

/** The whitepaper's service (its `service.name`) is a backup product. */
export function isBackupProduct(serviceName: unknown): boolean {
  // "Backup" alone is a page's topic, not a product's name.
  return typeof serviceName === 'string' && serviceName.length <= 200 && BACKUP_PRODUCT.test(serviceName) && !/^\s*(?:バックアップ|backups?)\s*$/i.test(serviceName);
}

// The act of taking backups, said as a statement: "we back up", "are backed up", "snapshots are taken", "the host carries
// out backups", "these happen every hour", 「取得します」. Without one, a cadence qualifies a noun in a list of features
// ("Automatic daily backups, one-click restore"). Backups the provider only endeavours to take (「データのバックアップに努めますが
// …保証するものではありません」, "we endeavour to back up") are still its own, whose period is owed as any other's.
const TAKING =
  wordGaps(/取得|実施|作成|実行|保存|保管|(?:バックアップ|複製|コピー)(?:を行|し|する|され)|バックアップ(?:の取得|の実施)?に努め|\bendeavou?rs?\s{1,3}to\s{1,3}(?:back\s{1,3}up|take\s{1,3}backups)\b|\bback(?:s|ed)?\s{1,3}up\b|\bbacking\s{1,3}up\b|\b(?:taken|made|created|performed|run|runs|copied|replicated|captured|stored|kept)\b|\bcarr(?:y|ies|ied)\s{1,3}out\b|\bbackup\s{1,3}(?:our|your|their|all|the|every|each)\b|\b(?:happen|occur)(?:s|red|ring|ed)?\b|\bwe\s{1,3}(?:take|make|run|perform|create|copy|replicate|capture|snapshot|store|keep)\b|\bwe\s{1,3}do\s{1,3}(?:an?\s{1,3})?(?:[\w-]+\s{1,3})?back-?ups?\b/i);
// A product's feature list, a plan's contents: what the customer gets, not how the provider keeps its copies.
// A plan or tier counts only as what the backups come with ("available on the Business plan", "on all paid tiers"): "available"
// or "plan" alone is as often the provider's own word ("kept available for restores", "our continuity plan").
const FEATURE = wordGaps(/\bincluded\b|\bincludes?\b|\bavailable\s{1,3}(?:on|in|with|as|for)\s{1,3}(?:the\s{1,3}|all\s{1,3}|every\s{1,3}|our\s{1,3}|an?\s{1,3}|any\s{1,3})?(?:[A-Za-z-]{1,20}\s{1,3}){0,2}(?:plans?|tiers?|editions?|add-?ons?|options?|subscriptions?|packages?)\b|\b(?:on|in|with|for)\s{1,3}(?:(?:the|all|every|our)\s{1,3})?(?:(?:paid|free|premium|business|enterprise|pro|professional|team|standard|basic|starter|growth|higher|top|selected)\s{1,3})?(?:plans|tiers|editions)\b|\b(?:on|in|with|for)\s{1,3}(?:the|all|every|our|each|any)\s{1,3}(?:(?:paid|free|premium|business|enterprise|pro|professional|team|standard|basic|starter|growth|higher|top|selected)\s{1,3})?(?:plan|tier|edition)\b|\b(?:paid|free|premium|business|enterprise|pro|professional|team|standard|basic|starter|growth)\s{1,3}(?:plans?|tiers?|editions?)\b|\bplans?\s{1,3}(?:include|come|offer)|\bfeatures?\b|\bfree\b|機能|プラン|エディション|標準(?:装備|搭載|機能)|搭載|付属|付き|ご利用いただけ|ご利用になれ|利用(?:可能|できます)|無料|無償/i);
// A line that sells: what the reader is spared, not what the provider commits to.
const SELLING = wordGaps(/\bnever\s{1,3}(?:lose|have\s{1,3}to|worry)|\bpeace\s{1,3}of\s{1,3}mind\b|\bworr(?:y|ies|ied)\b|\bhassle|\brest\s{1,3}(?:easy|assured)\b|安心|心配|万全|手間/i);

// A feature list, a selling line or a question ("Do you back up my data?", an FAQ's title or a breadcrumb's last link):
// it offers or asks; the answer states.
const sellsOrAsks = (sentence: string) => FEATURE.test(sentence) || SELLING.test(sentence) || /[?？]\s*$/.test(sentence);

/**
 * A sentence that states how the provider itself backs up ("We back up customer databases every day to a second region"):
 * not the customer's backups or advice to the customer, an option the customer orders, a feature list, a selling line or a question.
 */
export function statesProvidersBackups(sentence: string): boolean {
  if (!TAKING.test(sentence) || sellsOrAsks(sentence) || inPassing(sentence)) return false;
  const said = backupOwnership(sentence);
  return said.providers && !said.customers && !said.optional;
}

// Backups named beside other things a measure applies to ("Databases and backups are encrypted", 「データベースおよび
// バックアップは暗号化され…保存されます」): the sentence is about the encryption; that backups exist is said in passing.
// With a cadence ("daily backups are encrypted") it says how they run too.
const ENCRYPTED_ALONG = wordGaps(
  /(?:および|及び|並びに|と|、|,|\band\b)\s{0,3}(?:その|its\s{1,3}|their\s{1,3})?(?:バックアップ|back-?ups?\b)[^。.\n]{0,20}?(?:暗号化|\bencrypted\b)|(?:暗号化|\bencrypt(?:ed|s|ion)?\b)[^。.\n]{0,40}?(?:および|及び|並びに|と|、|,|\band\b)\s{0,3}(?:その|its\s{1,3}|their\s{1,3})?(?:バックアップ|back-?ups?\b)/i,
);
// A setting's definition ("Backup frequency: how often a new snapshot is taken", 「保持期間：スナップショットを保持する期間」):
// what a field means, where the customer picks its value; no backups of the provider's are said to exist.
const DEFINES_SETTING = wordGaps(/^[\s*•・-]*(?:\*\*)?[^:：\n]{1,40}[:：](?:\*\*)?\s*(?:how\s{1,3}(?:often|long|many)|the\s{1,3}(?:number|time|period|interval)\s{1,3}(?:of|between|for)|[^。\n]{0,30}(?:する|される)(?:頻度|期間|間隔|世代数))/i);
// A thing kept in the form of a copy ("Actor identity is stored as a snapshot at the time of the event", "passwords are
// stored as copies in a password manager"): a record's form, not a backup of the service's data.
const AS_A_COPY = wordGaps(/\b(?:stored|kept|saved|recorded|captured)\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:snapshots?|cop(?:y|ies))\b/i);
// Copies the law makes the provider keep ("archival copies of Customer Data for tax or similar regulatory purposes",
// 「税法上の保存義務」): a legal hold on records, not a backup regime, and their period is not the backups'.
export const LEGAL_ARCHIVE = wordGaps(/\barchiv(?:al|ed|e|es)\b[^.\n]{0,120}?\b(?:tax|regulatory|statutory|legal)\b|\b(?:tax|regulatory|statutory)\b[^.\n]{0,120}?\barchiv(?:al|ed|e|es)\b|(?:税法|法令|法律)[^。\n]{0,40}?(?:アーカイブ|保存義務)/i);
// Backups disclaimed rather than taken (「保存やバックアップを保証しません」, "we do not guarantee backups"): nothing is said
// to be backed up. 「バックアップに努めますが…保証するものではありません」 still takes them, and keeps its question.
const BACKUPS_DISCLAIMED = wordGaps(/バックアップ(?:を|は)保証(?:し|いたし)(?:ません|ない)|バックアップ(?:の|を行う)?義務を負(?:わない|いません)|\b(?:does|do)\s{1,3}not\s{1,3}guarantee\s{1,3}(?:any\s{1,3}|the\s{1,3})?(?:back-?ups?|backing\s{1,3}up)\b/i);
// Backups as one item among others in a list ("user databases, backups, etc.", "store, process, copy, back up, and transmit
// that content"): named, not said to be taken.
const LISTED_AMONG = wordGaps(/[,、]\s{0,3}(?:バックアップ|back-?\s?ups?)\s{0,3}(?:[,、]|等|など|\betc\b)/i);

// Backups named as a place among places ("保存先のデータセンター所在地、処理地域及びバックアップ地域は…") or as a case of an
// exception ("取扱いデータをバックアップする場合", "when backing up the data"): no backups are said to be taken.
const BACKUP_PLACE_OR_CASE = wordGaps(/バックアップ(?:の)?(?:地域|リージョン|所在地|保管場所|保存先)|(?:バックアップ(?:する|を(?:行う|取得する|作成する)))場合|\bbackup\s{1,3}(?:regions?|locations?)\b|\b(?:when|if|before)\s{1,3}backing\s{1,3}up\b/i);
const inPassing = (sentence: string) =>
  LEGAL_ARCHIVE.test(sentence) ||
  BACKUP_PLACE_OR_CASE.test(sentence) ||
  (LISTED_AMONG.test(sentence) && !CADENCE_OR_COUNT.test(sentence) && !CADENCED_BACKUPS.test(sentence)) ||
  BACKUPS_DISCLAIMED.test(sentence) ||
  (ENCRYPTED_ALONG.test(sentence) && !CADENCE_OR_COUNT.test(sentence) && !CADENCED_BACKUPS.test(sentence)) || DEFINES_SETTING.test(sentence) || AS_A_COPY.test(sentence);

// Backups the provider has, named as a thing it runs rather than an act: "Managed PostgreSQL with automated backups",
// "Acme uses a backup solution for its datastores", 「自動バックアップを備えています」.
const OWN_BACKUPS = wordGaps(/\b(?:automated|automatic|managed|regular|periodic|continuous)\s{1,3}backups\b|\bbackup\s{1,3}(?:solution|system|infrastructure|process|procedures?)\b|自動バックアップ|バックアップ(?:体制|システム|環境)/i);

/**
 * A sentence, or a table row, that says the provider has backups of its own, with no cadence needed: it states them
 * (`statesProvidersBackups`) or names them as a thing it runs. Not the customer's, an option, a feature sold or a question.
 */
export function namesProvidersBackups(sentence: string): boolean {
  const words = sentence.replace(/\|/g, '; ');
  if (statesProvidersBackups(words)) return true;
  if (inPassing(words)) return false;
  // Backups as one item of an enumeration of means ("through multi-zone HA, automated backups, disaster recovery and
  // incident response") name a topic an objective covers, not backups the provider says it runs.
  if (!OWN_BACKUPS.test(words) || sellsOrAsks(words) || (words.match(/[,、]/g)?.length ?? 0) >= 2) return false;
  const said = backupOwnership(words);
  return !said.customers && !said.optional;
}

// Backups by that name: a "Snapshot" or "copies" alone may be something else (a voting tool, copies of a record).
const BACKUP_NAMED = wordGaps(/バックアップ|\bback-?\s?ups?\b|\bback(?:s|ed|ing)?\s{1,3}up\b/i);
// Taken, or taken on a cadence the sentence names without a number ("backups are taken", "We do a regular backup",
// 「定期的な自動バックアップ」, 「バックアップに努めます」): backups only kept or stored ("backups are kept for 14 days", "are encrypted
// and stored apart") say nothing of a regime whose figures the text must owe where only its words read 12.3.1.
const TAKEN_OR_CADENCED = wordGaps(/\b(?:taken|backed\s{1,3}up|performed|created|made)\b|\bwe\s{1,3}(?:do|take|make|run|perform)\b|\b(?:regular|periodic|daily|nightly|hourly|weekly|monthly|continuous)(?:ly)?\b|取得|実施|バックアップ(?:を行|に努め)|定期|毎日|日次|週次|月次/i);
/** The sentence names the provider's own backups as taken, or on a cadence it names without a number. */
export const takesOwnBackups = (sentence: string): boolean => BACKUP_NAMED.test(sentence) && TAKEN_OR_CADENCED.test(sentence) && namesProvidersBackups(sentence);

/**
 * A sentence (a list item, mostly) that names backups by their cadence, in a text whose lists are the provider's own
 * measures: not the customer's backups, an option the customer orders, a feature sold or a question. Where lists are a
 * product's features, the same words sell ("Automatic daily backups, one-click restore"): the caller knows which text it reads.
 */
export function namesBackupCadence(sentence: string): boolean {
  if (!CADENCED_BACKUPS.test(sentence) || sellsOrAsks(sentence)) return false;
  const said = backupOwnership(sentence);
  return !said.customers && !said.optional;
}

// A line with no sentence's end: a heading, a menu or a contents entry ("バックアップメニュー~スケジュール設定", "Backup
// manager").
const UNENDED_LINE = /^[^。.!?！？\n]{1,60}$/;

/**
 * A short line that names backups with no act of taking them and no cadence or count: a menu's or a tool's name, a
 * contents entry, which says nothing of copies anyone keeps. "Daily backups", 「自動バックアップ(7世代)」 still do.
 */
function namesOnly(sentence: string): boolean {
  return UNENDED_LINE.test(sentence.trim()) && !TAKING.test(sentence) && !CADENCE_OR_COUNT.test(sentence);
}

export interface BackupOwnership {
  /** Some sentence speaks of backups the provider takes or keeps. */
  readonly providers: boolean;
  /** Some sentence gives backups to the customer, or says the provider takes none. */
  readonly customers: boolean;
  /** Some sentence leaves the backups' period to another document by name. */
  readonly deferred: boolean;
  /** Some such sentence leaves when the backups run (their schedule, frequency) there too. */
  readonly deferredCadence: boolean;
  /** Some sentence offers backups as an option the customer orders; the rest of its paragraph is about that option. */
  readonly optional: boolean;
  /** Some sentence names backups only as an item of what a policy covers. */
  readonly listed: boolean;
  /** Some sentence names backups only as where a restore comes from. */
  readonly restoredFrom: boolean;
  /** Some sentence sends the reader to another page or document by name for backups ("詳しくは「運営上のバックアップについて」をご参照ください"). */
  readonly referredElsewhere: boolean;
}

/**
 * What the sentences (and table rows) of a backup section's text say of whose backups these are and where their period is.
 * `titled`: the body leaves backups to its heading ("Back up your shop" over "Export your data and keep the file on your
 * computer"), so every sentence speaks of them.
 */
export function backupOwnership(body: string, titled = false): BackupOwnership {
  let providers = false;
  let customers = false;
  let deferred = false;
  let deferredCadence = false;
  let optional = false;
  let header: string[] | undefined;
  for (const line of body.split('\n')) {
    const row = tableRow(line);
    if (row === undefined) {
      header = undefined;
      continue;
    }
    const cells = row.split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-{2,}:?$|^$/.test(c))) continue;
    if (header === undefined) {
      header = cells;
      continue;
    }
    if (!BACKUP.test(cells[0] ?? '')) continue;
    const rest = cells.slice(1);
    const named = rest.some((c) => CUSTOMER_CELL.test(c)) && !rest.some((c) => PROVIDER_CELL.test(c));
    const marked = rest.some((c, i) => MARK.test(c) && CUSTOMER_CELL.test(header![i + 1] ?? '')) && !rest.some((c, i) => MARK.test(c) && !CUSTOMER_CELL.test(header![i + 1] ?? ''));
    if (named || marked) customers = true;
  }
  // The end of the last sentence read while a paragraph offers an option (-1: none): the rest of that paragraph goes on
  // about the option. Only the gap between two sentences is searched for the blank line that ends the paragraph.
  let option = -1;
  // Likewise the end of the last sentence read while a paragraph has the customer set the backups' schedule or retention
  // ("You can specify a retention period for backups. Backups are deleted when it expires"): its next sentences go on
  // about those backups, unless they name the provider.
  let customersRegime = -1;
  // And while a paragraph has the customer take the backups ("バックアップを作成するには…クリックしてください。バックアップを
  // 作成する際、ファイル名が提案されます"): its next sentences go on about those backups, unless they name the provider or
  // give a cadence or a count of their own, which a provider's regime beside the customer's copies would.
  let customersTake = -1;
  // Backups spoken of with no owner named and no cadence or count ("バックアップファイルは独自の拡張子で保存されます"): the
  // provider's, unless the text is a guide to a backup feature the customer works, whose files they are.
  let unnamedProviders = false;
  let worksFeature = false;
  let listed = false;
  let restoredFrom = false;
  let referredElsewhere = false;
  // The last line before a list: a list item's lead-in.
  let leadIn: string | undefined;
  for (const { start, end } of splitSentences(body)) {
    const sentence = body.slice(start, end);
    if (option >= 0) option = /\n[ \t]*\n/.test(body.slice(option, start)) ? -1 : end;
    if (customersRegime >= 0) customersRegime = /\n[ \t]*\n/.test(body.slice(customersRegime, start)) ? -1 : end;
    if (customersTake >= 0) customersTake = /\n[ \t]*\n/.test(body.slice(customersTake, start)) ? -1 : end;
    if (!BULLET.test(sentence)) leadIn = sentence;
    if (sentence.includes('|')) continue;
    // "保存期間は別紙のとおり" names no backup: in a backup section, the period is the backups' unless it names a log.
    if (leftToDocument(sentence) && KEEPING.test(sentence) && !LOG.test(sentence)) {
      deferred = true;
      if (RUNNING.test(sentence)) deferredCadence = true;
    }
    if (!titled && !BACKUP.test(sentence)) continue;
    if (leftToDocument(sentence)) referredElsewhere = true;
    if (inScopeList(sentence, leadIn)) listed = true;
    else if (CUSTOMER_BACKS_UP.test(sentence) || CUSTOMER_ASKS.test(sentence) || toReader(sentence).advises || (WORKS_FEATURE.test(sentence) && !PROVIDER_NAMED.test(sentence))) {
      customers = true;
      if (WORKS_FEATURE.test(sentence) || CUSTOMER_ASKS.test(sentence) || CLICKS.test(sentence)) worksFeature = true;
      if (CUSTOMERS_REGIME.test(sentence)) customersRegime = end;
      else customersTake = end;
    } else if ((customersRegime >= 0 || (customersTake >= 0 && !CADENCE_OR_COUNT.test(sentence))) && !PROVIDER_NAMED.test(sentence)) continue;
    else if (RESTORED_FROM.test(sentence) && !TAKING.test(sentence)) restoredFrom = true;
    else if (OPTIONAL.test(sentence) || BACKUP_SERVICE_DESCRIBED.test(sentence)) {
      optional = true;
      option = end;
    } else if (BACKUPS_KEPT.test(sentence) && (option < 0 || STANDARD.test(sentence)) && !namesOnly(sentence)) {
      if (PROVIDER_NAMED.test(sentence) || CADENCE_OR_COUNT.test(sentence)) providers = true;
      else unnamedProviders = true;
    }
  }
  return { providers: providers || (unnamedProviders && !worksFeature), customers, deferred, deferredCadence, optional, listed, restoredFrom, referredElsewhere };
}
