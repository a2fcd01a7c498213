// What kind of page a published text is, judged once per document before its
// sections are read for controls, from its title, its opening lines, its
// headings and its vocabulary. A control-by-control whitepaper answers a control
// under each heading that names it; the other pages a provider publishes name the
// same topics with other aims: a data processing agreement's clauses and annexes,
// an SLA, terms of service, a help article or FAQ, a catalogue of product features
// the customer switches on. There a heading word ("Encryption", "Logs", "Access
// Controls", "Compliance") is a topic, not the provider's practice: the section must
// say it. A customer's own rules for choosing cloud services (what it requires of
// providers) answers nothing at all: every practice in it is asked of someone else.
// `publishedKind.ts` judges afterwards, from the controls read, which values the
// page owes; this judgement comes first because it changes what is read.

/**
 * - whitepaper: answers controls section by section (its ids, 27017, ISMAP, a checklist, a security page): read as before.
 * - dpa, sla, terms, help, features: pages with another aim: a heading names a provider's practice only where its body says it.
 * - procurement: a customer's requirements of cloud providers: no practice of the provider's, only ids written.
 */
export type PageKind = 'whitepaper' | 'dpa' | 'sla' | 'terms' | 'help' | 'features' | 'procurement';

export interface PageEvidence {
  /** The document's title, or '' when it opens with prose. */
  readonly title: string;
  readonly text: string;
  /** The headings that became sections, in order. */
  readonly headings: readonly string[];
}

// What a whitepaper or a control-by-control disclosure calls itself, or the standards it answers.
const WHITEPAPER = /ホワイト\s?ペーパー|white\s?paper|2701[78]|ISMAP|開示資料|チェックシート|セキュリティ(?:対策)?(?:への|に関する)?取り?組み|情報セキュリティ(?:基本)?方針/i;

const DPA = /data\s+processing\s+(?:agreement|addendum|terms)|\bDPA\b|standard\s+contractual\s+clauses|sub-?processors?\b|個人データ(?:の)?(?:取扱い|取り扱い|処理)(?:に関する|に係る)?(?:契約|覚書|合意)|データ処理(?:契約|補遺|覚書)|委託契約|\bGDPR\b.{0,40}\b(?:article|art\.)\s*28/i;
const SLA = /service\s+level\s+(?:agreement|objectives?|commitment)|\bSLA\b|\bSLO\b|サービスレベル|品質保証制度|稼働率保証/i;
const TERMS = /terms\s+(?:of\s+(?:service|use)|and\s+conditions)|\bEULA\b|利用規約|サービス約款|契約約款|約款|規約/i;
const HELP = /help\s*cent(?:er|re)|knowledge\s+base|support\s+article|was\s+this\s+(?:article|page)\s+helpful|ヘルプ(?:センター)?|よくある(?:ご)?質問|\bFAQ\b/i;
// A catalogue of what the product offers its users: "Security features", "セキュリティ機能", "機能一覧".
const FEATURES_TITLE = /(?:security\s+)?features?\b|capabilities|機能(?:一覧|紹介|のご紹介)?$|セキュリティ機能|安心(?:・|と)?安全(?:への取り組み)?の機能/i;
const FEATURE_HEADING = /(?:機能|\bfeature\b)[\s\u3000]*$|^[\s\u3000]*(?:[0-9０-９]+[.．)）]?[\s\u3000]*)?(?:feature|機能)[\s\u3000]*[:：]/i;
// A customer's rules for choosing and using cloud services: what it requires of the providers it picks.
const PROCUREMENT_TITLE =
  /クラウド(?:サービス)?(?:の)?(?:利用|選定|導入|調達)(?:に関する|に係る|の)?(?:基準|規程|規定|規則|ガイドライン|ルール|チェックリスト|要件)|(?:cloud|saas|vendor|supplier|third[- ]party)\s+(?:service\s+)?(?:usage|use|selection|procurement|acquisition|onboarding|assessment)\s+(?:policy|standard|requirements|checklist|criteria|guidelines?)|(?:vendor|supplier|provider)\s+(?:security\s+)?requirements/i;
// A sentence that puts a requirement to the provider: "The provider must encrypt…", "事業者は…していること。".
const ASKED_OF_PROVIDER =
  /\b(?:the\s+)?(?:cloud\s+)?(?:service\s+)?(?:providers?|vendors?|suppliers?)\s+(?:must|shall|should|is\s+required\s+to|are\s+required\s+to)\b|(?:クラウド)?(?:サービス)?(?:事業者|提供者|ベンダー?|委託先|プロバイダ)(?:は|が)[^。\n]{0,80}?(?:(?:している|されている|できる|有する|備える|定める)こと|しなければならない|を求める|を要件とする)/giu;
// The provider speaking of itself: a provider's own page, whatever it asks of its subcontractors.
const PROVIDER_SPEAKS = /当社は|弊社は|\bwe\s+(?:use|store|keep|encrypt|back\s+up|run|operate|maintain|provide|have|do|will)\b/gi;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function pageKind(evidence: PageEvidence): PageKind {
  const text = evidence.text;
  const title = evidence.title.normalize('NFKC').trim();
  const opening = `${title}\n${text.slice(0, 600)}`.normalize('NFKC');
  const headings = evidence.headings.map((h) => h.normalize('NFKC'));
  const asked = count(ASKED_OF_PROVIDER, text);
  if (PROCUREMENT_TITLE.test(title) || (asked >= 3 && asked > 2 * count(PROVIDER_SPEAKS, text) && !WHITEPAPER.test(opening))) return 'procurement';
  if (WHITEPAPER.test(opening)) return 'whitepaper';
  if (DPA.test(opening)) return 'dpa';
  if (SLA.test(title)) return 'sla';
  if (TERMS.test(title)) return 'terms';
  if (FEATURES_TITLE.test(title) || headings.filter((h) => FEATURE_HEADING.test(h)).length >= 2) return 'features';
  if (HELP.test(opening)) return 'help';
  return 'whitepaper';
}

/**
 * The controls of a provider's own practice, which a page that is not a whitepaper names by a heading word only where
 * the section says it: access, cryptography, logging, incidents, policy, review, awareness, location.
 */
export const PRACTICE_CONTROLS: ReadonlySet<string> = new Set([
  '5.1.1',
  '6.1.3',
  '7.2.2',
  '9.1.1',
  '9.1.2',
  '9.2.1',
  '9.2.2',
  '9.2.3',
  '9.2.4',
  '9.4.1',
  '9.4.2',
  '10.1.1',
  '10.1.2',
  '12.4.1',
  '12.4.2',
  '12.4.3',
  '12.4.4',
  '16.1.1',
  '16.1.2',
  '18.2.1',
]);
