// What kind of published document a text is, and so which questions it owes an answer to. A whitepaper or
// security disclosure answers controls section by section: a section about backups that gives no retention is a
// gap. A page about one thing (a help article, an FAQ entry, a privacy policy, a product page) owes the facts of what
// it states as the provider's own practice (ruling Q1: a privacy policy's breach notice owes its time as a whitepaper's
// does), not of what it only mentions: a help article on restoring a file that mentions backups owes no retention
// period. Decided per document from its title, its headings, the controls the importer read, and its words, in Japanese
// and English.
import { fromWordsAlone } from './evidence';
import { frontMatterTitle } from './frontMatterTitle';
import { opensAgreement } from './pageKind';
import type { Locale, Localized } from '../core/locale';
import { deletesAtLeaving, saysWhatBecomesOfDataAnywhere } from '../facts/leaving';
import { wordGaps } from '../core/wordGaps';

/**
 * - whitepaper: a whitepaper or disclosure that answers controls section by section (ids, many topics, the words).
 * - policy: a statement of the provider's commitments on one topic (a retention policy, an SLA, a page on
 *   incidents): it owes the answers of the topics it names.
 * - help, faq: a help-centre article or an FAQ entry: it owes what its title is about ("Cancelling your subscription"
 *   owes when the data goes) and what it states as the provider's practice; "Restoring a file" that names backups in
 *   passing owes no backup retention.
 * - privacy: a privacy policy about personal data: what it states as the provider's practice (a breach notice, the data's
 *   fate when the customer leaves), not its retention of personal information by purpose.
 * - product: a product or marketing page: as a privacy policy.
 * - requirements: a customer's rules for choosing cloud services, what it requires of providers (`pageKind.ts`): none.
 * - page: a page about one topic with nothing else to tell its form by: owes what it says, as a policy.
 */
export type PublishedKind = 'whitepaper' | 'policy' | 'help' | 'faq' | 'privacy' | 'product' | 'page' | 'requirements';

export const PUBLISHED_KINDS: readonly PublishedKind[] = ['whitepaper', 'policy', 'help', 'faq', 'privacy', 'product', 'page', 'requirements'];

export interface KindJudgement {
  readonly kind: PublishedKind;
  /** What told it, in short words a reviewer can check against the text: the words it found, or what it saw. */
  readonly why: Localized;
  /**
   * What a help article or an FAQ entry sets out to answer: the controls its title names ("Cancelling your subscription"),
   * and the end of the contract (CLD.8.1.5) when it says what becomes of the data then.
   */
  readonly about: readonly string[];
  /** Whether the reviewer forced the kind (`--as`). */
  readonly forced?: boolean;
}

export interface KindEvidence {
  /** The document's title (its first heading), or '' when it opens with prose. */
  readonly title: string;
  readonly text: string;
  /** The headings that became sections. */
  readonly headings: readonly string[];
  /** Every control the importer gave a section, with what it was read from. */
  readonly controls: readonly { readonly id: string; readonly via: string }[];
  /** Whether the page puts requirements to cloud providers rather than speaking for one (`pageKind.ts`). */
  readonly requirements?: boolean;
}

// What a whitepaper or a security disclosure calls itself, or the standards it answers, anywhere in its opening.
const WHITEPAPER_WORDS =
  /ホワイト\s?ペーパー|white\s?paper|27017|27001|27002|ISMAP|SOC\s?2|開示資料|サービス仕様書|チェックシート|technical\s+and\s+organi[sz]ational\s+measures|\bTOMs?\b/i;
// A title about security as a whole: a disclosure, answering what its sections name.
const SECURITY_TITLE = /セキュリティ|情報保護|security|trust\s?(?:center|centre|portal)|compliance/i;
const PRIVACY_TITLE = /privacy\s+(?:policy|notice|statement)|cookie\s+(?:policy|notice)|プライバシー\s?(?:ポリシー|ステートメント|ノーティス|通知)|個人情報(?:保護)?(?:方針|の取り?扱い|取扱い|保護ポリシー)/i;
// A statement of commitments on a topic, whatever site holds it ("Data retention policy" in a help centre).
const POLICY_TITLE = /polic(?:y|ies)|standard|\bterms\b|agreement|\bSLA\b|service\s+level|commitment|ポリシー|方針|規約|規程|規定|基準|約款|サービスレベル|品質保証|について$/i;
// A title that asks or instructs: an FAQ's question, a help article's task.
const QUESTION_TITLE = /[?？]\s*$|(?:ますか|ですか|ませんか|でしょうか|教えてください)[。.]?\s*$|^\s*(?:Q\s*\d*\s*[.:：．]|(?:how|what|when|why|where|which|who|can|could|do|does|did|is|are|will|should)\b)/i;
const TASK_TITLE = /^\s*(?:how\s+to|cancel|delete|export|download|restore|remove|close|set\s+up|enable|disable|change|manage|configure)\b|\binstructions?\b|\bguide\b|\bsteps?\s+to\b|\btutorial\b|方法$|手順|には$|やり方|の仕方|ダウンロード$|エクスポート$|設定$|操作$/i;
// What a help centre prints around an article, and the steps of a task (numbered or bulleted: "- Click Trash").
const HELP_FURNITURE = /was\s+this\s+(?:article|page)\s+helpful|related\s+articles|still\s+need\s+help|help\s+cent(?:er|re)|(?:記事|ページ|情報)は(?:お)?役に立ちましたか|役に立ちましたか|関連(?:する)?記事|ヘルプセンター|よくある(?:ご)?質問|\bFAQ\b/gi;
const STEP = /^[ \t\u3000]*(?:\d{1,2}[.)．]|step[ \t]+\d|[-•・*])[ \t\u3000]*[^\n]{0,80}?(?:クリック|タップ|選択|開き|押し|入力|\bclick|\btap\b|\bselect\b|\bgo\s+to\b|\bnavigate\b|\bopen\b)/gim;
// What a product page says to someone deciding to buy.
const PRODUCT_WORDS = /free\s+trial|start\s+(?:your\s+)?(?:free\s+)?trial|get\s+started|book\s+a\s+demo|request\s+a\s+demo|pricing|sign\s+up|無料(?:で)?(?:お)?試し|無料トライアル|資料請求|導入事例|お見積り|料金プラン|デモ(?:を)?(?:依頼|申し?込)/gi;

// What a help article's or an FAQ's title is about, for the questions the content rules ask. Not the control vocabulary:
// made for a whitepaper's headings, it reads "Restore a deleted note" as backups and the end of the contract, where the
// task is the trash; a task names its topic with a verb and an object ("Cancel your plan", "アカウントを削除するには").
const TITLE_TOPICS: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /解約|退会|契約(?:の|が|を)?(?:終了|満了|解除)|(?:データ|アカウント)(?:の|を)?(?:削除|消去)|データ(?:の)?保存期間|\bcancel|\bterminat|\b(?:delet|clos|remov)(?:e|es|ed|ing)\s+(?:your\s+|my\s+|an?\s+|the\s+)?(?:account|data|workspace|organi[sz]ation)|\b(?:account|data)\s+(?:deletion|removal|closure)|data\s+retention|after\s+(?:the\s+)?(?:subscription|contract|plan)|(?:contract|subscription|agreement)\s+(?:ends|expires)|end\s+of\s+(?:the\s+|your\s+)?(?:contract|subscription)|\bwithdraw|\bunsubscrib/i,
    ['CLD.8.1.5'],
  ],
  [wordGaps(/バックアップ|\bbackups?\b|\b(?:do|does|will)\s{1,3}(?:you|we|they|[A-Z][\w-]*)\s{1,3}back\s{1,3}up\b|\b(?:is|are)\s{1,3}(?:[\w'-]+\s{1,3}){0,3}backed\s{1,3}up\b/i), ['12.3.1']],
  [/ログ(?!イン|アウト)|\blogs?\b|audit\s+trail/i, ['12.4.1']],
  [/インシデント|障害|漏えい|漏洩|\bincidents?\b|\bbreach|\boutages?\b/i, ['16.1.2']],
  [/メンテナンス|仕様(?:の)?変更|\bmaintenance\b|\bchanges?\s+to\s+the\s+service/i, ['12.1.2']],
  [/保存場所|所在地|リージョン|データセンター|\bwhere\b.{0,40}\b(?:stored|hosted|kept)|\bdata\s+(?:location|residency)|\bregions?\b/i, ['6.1.3', '18.1.1']],
  [/準拠法|管轄|governing\s+law|jurisdiction/i, ['18.1.1']],
  [/時刻|\bNTP\b|time\s+sync|clock/i, ['12.4.4']],
];

function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** The clause a control belongs to ("12.3", "CLD.8"): two topics of one clause are one topic for breadth. */
function clauseOf(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

// A Markdown heading line: its level and its words ("###System Security" is read by eye as one too).
const MARKDOWN_HEADING = /^(#{1,6})[ \t]*([^#\s][^\n]*)$/gm;

/** `title` is a Markdown heading followed by at least three headings of its level that are not questions, and more of those than of questions. */
function firstOfSections(text: string, title: string): boolean {
  let level = 0;
  let statements = 0;
  let questions = 0;
  MARKDOWN_HEADING.lastIndex = 0;
  for (let m = MARKDOWN_HEADING.exec(text); m !== null; m = MARKDOWN_HEADING.exec(text)) {
    const words = m[2].trim();
    if (level === 0) {
      if (words === title) level = m[1].length;
      continue;
    }
    if (m[1].length !== level) continue;
    if (QUESTION_TITLE.test(words)) questions++;
    else statements++;
  }
  return statements >= 3 && statements > questions;
}

/**
 * What kind of document a published text is. A text is a whitepaper when it names control ids, names itself (or the
 * standards, or security) in its title or opening, or answers topics of three clauses or more under their own headings
 * (no page about one topic does); else it
 * is a page about one topic, its form told by its title first (a policy in a help centre is still a policy), then by
 * what surrounds it (help-centre furniture, numbered steps, calls to buy).
 */
export function judgePublishedKind(evidence: KindEvidence): KindJudgement {
  const { text, headings, controls } = evidence;
  const title = evidence.title.trim();
  const named = new Set(controls.filter((c) => !fromWordsAlone(c.via)).map((c) => c.id));
  const referenced = new Set(controls.filter((c) => c.via === 'reference').map((c) => c.id));
  const clauses = new Set([...named].map(clauseOf));
  // Without a title, front matter's title or a short first line stands for it (an FAQ's question), else the first heading.
  const ownName = frontMatterTitle(text);
  const firstLine = ownName ?? /^\s*([^\n]{1,100})\s*(?:\n|$)/.exec(text)?.[1].trim();
  // The front matter's title is the page's own name for itself (a site generator's "title: Security Statement"), before
  // a first line of prose the importer took for a title once the front matter was set aside; a heading of the page's
  // own ("# データ削除の方法") names it better.
  const headed = title !== '' && text.split('\n').some((line) => /^#{1,6}\s/.test(line) && line.replace(/^#+\s*/, '').trim() === title);
  const first = (headed ? '' : ownName) || title || firstLine || (headings[0] ?? '');
  // A question that opens a row of headings of its own level, most of them no questions ("### Need to report a
  // vulnerability?" over "### Physical Security", "### Data Storage" …), is the first of the page's sections, not its
  // title: the page is named by its front matter, if anything.
  const heading = QUESTION_TITLE.test(first) && firstOfSections(text, first) ? (ownName ?? '') : first;
  const opening = `${heading}\n${text.slice(0, 400)}`;
  const instructs = QUESTION_TITLE.test(heading) || TASK_TITLE.test(heading);
  const about = [...new Set([...TITLE_TOPICS.filter(([words]) => words.test(heading)).flatMap(([, ids]) => ids), ...(deletesAtLeaving(text) || saysWhatBecomesOfDataAnywhere(text) ? ['CLD.8.1.5'] : [])])];
  // A page of several questions ("Q: Are clusters backed up?" among an FAQ's entries) sets out to answer each: a question
  // heading names its topic as the title of a page of one question does.
  const questions = headings.filter((h) => QUESTION_TITLE.test(h.trim()));
  const asked = questions.length === 0 ? about : [...new Set([...about, ...TITLE_TOPICS.filter(([words]) => questions.some((q) => words.test(q))).flatMap(([, ids]) => ids)])];
  const kind = (kind: PublishedKind, why: Localized): KindJudgement => ({ kind, why, about: kind === 'help' || kind === 'faq' ? asked : about });
  const words = (pattern: RegExp, in_: string): Localized => {
    pattern.lastIndex = 0;
    const found = `“${pattern.exec(in_)![0].trim()}”`;
    return { en: found, ja: found };
  };
  if (referenced.size >= 2) return kind('whitepaper', { en: `${referenced.size} control ids`, ja: `管理策番号 ${referenced.size} 件` });
  if (evidence.requirements) return kind('requirements', { en: 'requirements put to providers', ja: '事業者に求める要件' });
  // A privacy statement that goes on to the provider's DPA or terms holds their commitments too: read as the other pages.
  if (PRIVACY_TITLE.test(heading) && !opensAgreement(heading, headings)) return kind('privacy', words(PRIVACY_TITLE, heading));
  if (clauses.size >= 3) return kind('whitepaper', { en: `headings on ${clauses.size} topics`, ja: `${clauses.size} 分野の見出し` });
  if (WHITEPAPER_WORDS.test(opening)) return kind('whitepaper', words(WHITEPAPER_WORDS, opening));
  if (!instructs && SECURITY_TITLE.test(heading)) return kind('whitepaper', words(SECURITY_TITLE, heading));
  if (!instructs && POLICY_TITLE.test(heading)) return kind('policy', words(POLICY_TITLE, heading));
  if (TASK_TITLE.test(heading)) return kind('help', { en: 'its title is a task', ja: 'タイトルが操作の説明' });
  if (QUESTION_TITLE.test(heading)) return kind('faq', { en: 'its title is a question', ja: 'タイトルが質問' });
  if (count(HELP_FURNITURE, text) > 0) return kind('help', words(HELP_FURNITURE, text));
  const steps = count(STEP, text);
  if (steps >= 2) return kind('help', { en: `${steps} steps of a task`, ja: `操作の手順 ${steps} 件` });
  if (count(PRODUCT_WORDS, text) >= 2) return kind('product', words(PRODUCT_WORDS, text));
  if (heading !== first) return kind('page', { en: 'its first heading, a question, opens one of its sections', ja: '最初の見出し(質問)は節のひとつ' });
  return kind('page', { en: 'one topic, no other sign', ja: '1つの話題、他の手がかりなし' });
}

/**
 * Whether a document of this kind owes the answer to a question about one of these controls, `stated` telling whether
 * the statement the question stands on is the provider's own practice (per rule, the importer's reading). A whitepaper,
 * a policy and an undistinguished page owe what their sections are about (the importer already keeps the rules to
 * controls read from ids, headings and labels); every other page owes the facts of the practice it states (ruling Q1),
 * and a help article or an FAQ entry also what its title names, and the deletion of the data when it says the data is
 * deleted at the end of the contract; a customer's requirements of providers owe nothing.
 */
export function owesAnswer(judgement: KindJudgement, ruleControls: readonly string[], stated = false): boolean {
  switch (judgement.kind) {
    case 'whitepaper':
    case 'policy':
    case 'page':
      return true;
    case 'requirements':
      return false;
    case 'help':
    case 'faq':
      return stated || ruleControls.some((id) => judgement.about.includes(id));
    // A pricing page that says the services go once the bills stop ("Within two weeks of suspension … we'll completely
    // delete all services") tells the customer's leaving: its data's fate owes a timing and a way back there too.
    case 'product':
      return stated || (ruleControls.includes('CLD.8.1.5') && judgement.about.includes('CLD.8.1.5'));
    default:
      return stated;
  }
}

/** The kind a reviewer names with `--as`, when it is one. */
export function forcedKind(kind: PublishedKind, judged: KindJudgement): KindJudgement {
  return { kind, why: judged.why, about: judged.about, forced: true };
}

const KIND_NAMES: Record<PublishedKind, { readonly en: string; readonly ja: string }> = {
  whitepaper: { en: 'a whitepaper or security disclosure', ja: 'ホワイトペーパー・セキュリティ開示資料' },
  policy: { en: 'a policy page on one topic', ja: '1つの話題についての方針・規約のページ' },
  help: { en: 'a help article', ja: 'ヘルプ記事' },
  faq: { en: 'an FAQ entry', ja: 'FAQ(よくある質問)の項目' },
  privacy: { en: 'a privacy policy', ja: 'プライバシーポリシー' },
  product: { en: 'a product page', ja: '製品紹介のページ' },
  page: { en: 'a page on one topic', ja: '1つの話題についてのページ' },
  requirements: { en: "a customer's requirements of cloud providers", ja: '利用者がクラウド事業者に求める要件' },
};

const CONSEQUENCE: Record<'all' | 'asked' | 'stated' | 'none', { readonly en: string; readonly ja: string }> = {
  all: { en: 'each section is checked for the values its topic owes', ja: '各節をその話題が示すべき値について検査します' },
  asked: {
    en: "the values of the topic its title names, and of each practice it states as the provider's own (deletion timing, retention periods, notice times…), are asked of it; not those of what it only mentions, nor the controls it does not cover",
    ja: 'タイトルが示す話題の値と、事業者自身の運用として述べる事柄の値(削除時期・保存期間・通知期限など)を求めます(触れるだけの事柄の値も、扱わない管理策も求めません)',
  },
  stated: {
    en: "the values of each practice it states as the provider's own (deletion timing at leaving, retention periods, notice times…) are asked of it; not those of what it only mentions, nor the controls it does not cover",
    ja: '事業者自身の運用として述べる事柄の値(退会時の削除時期・保存期間・通知期限など)を求めます(触れるだけの事柄の値も、扱わない管理策も求めません)',
  },
  none: {
    en: 'values it does not set out to give (deletion timing, retention periods, notice periods…) and the controls it does not cover are not asked of it',
    ja: '示すことを目的としない値(削除時期・保存期間・通知期限など)も、扱わない管理策も求めません',
  },
};

/** One line for the reviewer: what the text was read as, why, and what that changes. */
export function describeKind(judgement: KindJudgement, locale: Locale): string {
  const consequence =
    CONSEQUENCE[judgement.kind === 'help' || judgement.kind === 'faq' ? 'asked' : owesAnswer(judgement, []) ? 'all' : owesAnswer(judgement, [], true) ? 'stated' : 'none'][locale];
  const why = judgement.forced ? (locale === 'ja' ? '--as による指定' : 'set with --as') : judgement.why[locale];
  return locale === 'ja' ? `${KIND_NAMES[judgement.kind].ja}として読みました(${why}): ${consequence}。` : `read as ${KIND_NAMES[judgement.kind].en} (${why}): ${consequence}.`;
}
