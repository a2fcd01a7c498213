// A list of measures (a DPA's TOMs annex, "Our security practices", 対策一覧)
// answers one control per item: "Backups are taken daily and kept 30 days",
// "Administrative access requires MFA". Read as one body, a long list about
// many things reaches no control's threshold, so each item is read on its own.
// Only items that state a practice count: not a customer's duties ("You
// should enable MFA"), not the steps of a procedure ("Click Settings"), not
// definitions ("“Backup” means …"), not a contents line or a bare topic word.
import { wordGaps } from '../core/wordGaps';

/** A list item's marker: a bullet, a number ("1.", "(2)", "a)"), possibly indented (a sub-item). */
const MARKER = /^[ \t\u3000]*(?:[-*•・●○◦▪■□◆◇‣–]|[0-9０-９]{1,2}[.)．）]|[(（][0-9０-９a-z]{1,2}[)）]|[a-z][.)])[ \t\u3000]*/u;

// A heading of a policy's clauses ("6.2 Backup Policy and Procedures", 「アクセス管理規程」) or of one party's duties
// ("Responsibilities of Acme"; the customer's are `CUSTOMER_SIDE`): each clause is a rule the provider keeps. Only the section's own heading: a page titled for a policy (a privacy policy) lists what it
// does with the customer's data, not measures. A privacy or cookie policy names no measure of its own either.
export const POLICY_CLAUSES = wordGaps(
  /\bresponsibilit(?:y|ies)\s{1,3}of\b|(?<!\b(?:privacy|cookies?|refund|cancellation|acceptable use)\s{1,3})\bpolic(?:y|ies)\b|\bprocedures\b|(?<!プライバシー|クッキー)ポリシー|(?<!個人情報(?:保護)?|プライバシー)方針|規程/iu,
);

/** The headings and titles a list of the provider's measures stands under. */
export const MEASURES_CONTEXT =
  /\bsecurity\b|\bsecure\b|\bsafeguards?\b|\bmeasures\b|\bprotect(?:ion|ing)?\b|\bpractices\b|\btrust\b|\btoms\b|technical and organi[sz]ational|セキュリティ|安全管理|安全対策|対策|保護|取り組み|取組|管理策|措置/iu;

// Whose duty an item states: the customer's ("You should…", 「お客様は…してください」) is no measure of the provider's.
// A list that mixes both sides without a lead-in says whose each item is by its subject: "The customer manages the
// accounts of its users", "Customers configure their own firewall rules", 「お客さまは利用者のパスワードを管理します」.
// "Customer data is encrypted" has the data as its subject, so the customer counts only before a verb.
const CUSTOMER_DUTY =
  /^(?:you\b|please\b|ensure\b|make sure\b|do not\b|don't\b|never\b|always\b|(?:the |each |every )?(?:customers?|clients?|users?|tenants?|subscribers?|controllers?)(?:['’]s? (?:own )?(?:administrators?|admins?|staff|personnel|team|users?|organi[sz]ation))? (?:(?:is|are) (?:(?:solely|fully|also) )?responsible|(?:is|are) (?:required|expected|able)|should|must|shall|can|may|need|needs|has to|have to|will|remains?|retains?|manages?|controls?|configures?|owns?|decides?|determines?|sets?|chooses?|selects?|handles?|maintains?|enables?|creates?|defines?|assigns?|grants?|keeps?|performs?|bears?|installs?|applies|apply|uses?|protects?|backs? up|takes?|sets? up|monitors?|reviews?|administers?|operates?)\b)|お客(?:様|さま)(?:は|が|ご自身|自身|側)|ご自身|ください|(?:利用者|ユーザー?|顧客|契約者|利用企業|ご利用企業|テナント)(?:様|さま)?(?:は|が|側で|自身)/iu;

// A step of a procedure: an imperative opens it ("Click Settings", "Go to Billing") or it says where to tap 「…をクリック」.
const STEP =
  /^(?:click|go to|select|open|enter|navigate|tap|choose|press|type|visit|scroll|copy|paste|download|install|follow|use|log in|sign in|log into|sign into)\b|クリック|タップ|選択して|選択します|開いて|開きます|入力して|入力します|押して|押します|画面(?:で|から|に)/iu;

// A heading or a lead-in line that gives the list to the customer ("Customer responsibilities", "You are responsible for:",
// 「ユーザー様ご自身による対策」): its items are the customer's duties even where each reads as a practice.
export const CUSTOMER_SIDE =
  wordGaps(/\b(?:customers?|clients?|users?|you)\b[^.:\n]{0,40}\bresponsib|\bresponsibilit(?:y|ies)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:customers?|clients?|users?)\b|\byour\s{1,3}(?:own\s{1,3})?(?:[a-z-]+\s{1,3})?(?:responsibilit|measures|duties|safeguards)|ご自身|お客様(?:側|の責任|にて|が実施)|利用者(?:側|の責任|自身)|ユーザー?様?(?:側|自身|の責任)/iu);

const DEFINES = /\bmeans\b|\brefers to\b|\bis defined as\b|とは|をいう|をいいます|を指す|を指します/iu;

// A sentence with a verb states a practice; a Japanese noun phrase of a measure ("多要素認証の適用") does too.
const STATES_EN =
  /\b(?:is|are|was|were|be|been|has|have|can|will|must|shall|need|needs)\b|\b[a-z]{3,}ed\b|\b(?:requires?|record|keeps?|takes?|run|use|performs?|receives?|completes?|reviews?|scans?|patches|encrypts?|stores?|retains?|monitors?|protects?|applies|undergoes|undergo|attends?|kept|done)\b|\bwe [a-z]+/iu;
const STATES_JA = /(?:して|てい|ており|ます|ました|する|される|いる|です|[^\s]+(?:の|を)(?:実施|適用|導入|取得|保管|保存|記録|義務化|必須化|徹底|定期))/u;

// An item that opens with a label ("Audit logs: 2 years", "**Encryption**: …", "Incident lead: …") gives a value or a
// role under its label, which the label's own reading answers for (`runInLabel.ts`).
const LABELLED = /^[^:：。.!?]{1,40}[:：]/u;

/** A figure or a cadence ("daily", "within 7 days", 毎日, 年1回): what makes one word of a control a specific answer. */
export const DETAIL =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|thirty|ninety)\s*(?:days?|hours?|weeks?|months?|years?|minutes?|times?)\b|\b(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|every|each|within|at least|regularly|periodically)\b|[0-9０-９]+\s*(?:日|時間|週|か月|ヶ月|カ月|年|回|分)|毎|[一二三]回|定期的|以内|ごと/iu;

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

// A measure is said in a sentence or two; a longer item is a paragraph on several things (a policy's principles).
// An item in the form of a gerund says what the provider does ("Providing periodic security training for all employees").
const DOING = /^(?:(?:regularly|continuously|periodically|automatically)\s+)?[a-z]{3,}ing\b/iu;

function states(item: string): boolean {
  if (isAscii(item)) return item.length <= 220 && item.split(/\s+/).filter(Boolean).length >= 5 && (STATES_EN.test(item) || DOING.test(item));
  return item.length >= 12 && item.length <= 110 && STATES_JA.test(item);
}

// A policy table's row ("| 3 | Backups are encrypted at rest. |") is an item as a list's is: its one cell of text is a
// clause, less the row's number. A row of several cells pairs a name with its description or a setting with its values
// ("| **Confidentiality** | Protect customer data through encryption, access control and tenant isolation |"): a summary
// of topics, no one measure.
// A quote's ">" takes its own spaces: two runs of spaces side by side backtrack quadratically on a long line of them.
const TABLE_ROW = /^[ \t]*(?:>[ \t]*)?\|.*\|[ \t]*$/u;
const TABLE_RULE = /^[ \t]*(?:>[ \t]*)?\|[ \t:|-]*$/u;
const ROW_NUMBER = /^(?:[0-9０-９]{1,3}[.)．）]?|[(（][0-9０-９a-z]{1,2}[)）]|[a-z][.)])$/iu;

function rowText(line: string): string {
  const cells = line
    .replace(/^[ \t]*>?[ \t]*\|/, '')
    .replace(/\|[ \t]*$/, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '' && !ROW_NUMBER.test(cell));
  return cells.length === 1 ? cells[0] : '';
}

/**
 * The items of a body's lists that each state a measure of the provider's, with their wrapped lines joined. `context`:
 * the section's heading or the page's title names its measures; otherwise a list counts where the line that leads into
 * it does ("We maintain the following security measures:"). None of a list when half its items are steps of a procedure.
 */
export function measureItems(body: string, context: boolean): string[] {
  const lists: { lead: string; items: string[] }[] = [];
  let lead = '';
  let open: 'list' | 'table' | undefined;
  const item = (text: string, kind: 'list' | 'table') => {
    if (open !== kind) lists.push({ lead, items: [] });
    lists[lists.length - 1].items.push(text);
    open = kind;
  };
  for (const line of body.split('\n')) {
    const marker = MARKER.exec(line);
    const list = lists[lists.length - 1];
    if (TABLE_RULE.test(line) && line.includes('-')) {
      // The row above a Markdown table's rule is its header: the columns' names, no measure.
      if (open === 'table' && list.items.length === 1) list.items.pop();
    } else if (TABLE_ROW.test(line)) item(rowText(line), 'table');
    else if (marker !== null) item(line.slice(marker[0].length).trim(), 'list');
    else if (line.trim() === '') continue;
    else if (open === 'list' && !/[。.!?！？]$/.test(list.items[list.items.length - 1])) list.items[list.items.length - 1] += ` ${line.trim()}`;
    else {
      lead = line;
      open = undefined;
    }
  }
  // One bullet among paragraphs is a paragraph; a body that is nothing but its list is a list however short.
  const onlyList = lists.length === 1 && body.split('\n').every((line) => line.trim() === '' || MARKER.test(line) || TABLE_ROW.test(line) || TABLE_RULE.test(line));
  return lists
    .filter(({ lead, items }) => (context || MEASURES_CONTEXT.test(lead)) && !CUSTOMER_SIDE.test(lead) && (items.length >= 2 || onlyList))
    .filter(({ items }) => items.filter((item) => STEP.test(item)).length * 2 < items.length)
    .flatMap(({ items }) => items.filter((item) => states(item) && !LABELLED.test(item) && !CUSTOMER_DUTY.test(item) && !DEFINES.test(item)));
}
