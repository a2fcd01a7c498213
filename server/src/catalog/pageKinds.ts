// The words that tell what kind of page a published text is, in Japanese and
// English: what a whitepaper, a DPA, an SLA, terms, a help article, a catalogue
// of features or a customer's rules for choosing providers call themselves, and
// how a requirement put to a provider is worded. One vocabulary for the page's
// kind (`import/pageKind.ts`), judged before its sections are read.

// What a whitepaper or a control-by-control disclosure calls itself, or the standards it answers.
export const WHITEPAPER = /ホワイト\s?ペーパー|white\s?paper|2701[78]|ISMAP|開示資料|チェックシート|セキュリティ(?:対策)?(?:への|に関する)?取り?組み|情報セキュリティ(?:基本)?方針/i;

// A title that names the page's own subject: a policy, an overview of its security or of how it keeps data. Its opening
// cites other documents ("see our DPA", a help centre's menu) without being one.
export const OWN_SUBJECT = /\bpolic(?:y|ies)\b|\boverview\b|\bsecurity\b|\bretention\b|\bpractices\b|ポリシー|方針|セキュリティ|保存期間|保管期間|概要/i;
export const DPA = /data\s+processing\s+(?:agreement|addendum|terms)|\bDPA\b|standard\s+contractual\s+clauses|sub-?processors?\b|個人データ(?:の)?(?:取扱い|取り扱い|処理)(?:に関する|に係る)?(?:契約|覚書|合意)|データ処理(?:契約|補遺|覚書)|委託契約|\bGDPR\b.{0,40}\b(?:article|art\.)\s*28/i;
// An SLA, or a page of maintenance and outage notices: both say when the service is available, not how it is secured.
export const SLA = /service\s+level\s+(?:agreement|objectives?|commitment)|\bSLA\b|\bSLO\b|サービスレベル|品質保証制度|稼働率保証|メンテナンス|障害情報|\bmaintenance\b|\boutages?\b|\bservice\s+status\b/i;
export const TERMS = /terms\s+(?:of\s+(?:service|use)|and\s+conditions)|\bEULA\b|利用規約|サービス約款|契約約款|約款|規約/i;
// Terms speaking of themselves ("本規約", "these Terms"): a page kept as code or markup whose title line is none
// (`import React…`, `<?php …?>`) is still terms, told by its own clauses; a whitepaper or policy that cites the
// customer's terms names them "利用規約" or "our Terms", not "本規約".
export const TERMS_SELF = /本規約|本約款|\bthese\s+terms\b|\bthis\s+(?:EULA|terms)\b/gi;
export const HELP = /help\s*cent(?:er|re)|knowledge\s+base|support\s+article|was\s+this\s+(?:article|page)\s+helpful|ヘルプ(?:センター)?|よくある(?:ご)?質問|\bFAQ\b/i;
// A catalogue of what the product offers its users: "Security features", "セキュリティ機能", "機能一覧".
export const FEATURES_TITLE = /(?:security\s+)?features?\b|capabilities|機能(?:一覧|紹介|のご紹介)?$|セキュリティ機能|安心(?:・|と)?安全(?:への取り組み)?の機能/i;
export const FEATURE_HEADING = /(?:機能|\bfeature\b)[\s\u3000]*$|^[\s\u3000]*(?:[0-9０-９]+[.．)）]?[\s\u3000]*)?(?:feature|機能)[\s\u3000]*[:：]/i;
// A customer's rules for choosing and using cloud services: what it requires of the providers it picks.
export const PROCUREMENT_TITLE =
  /クラウド(?:サービス)?(?:の)?(?:利用|選定|導入|調達)(?:に関する|に係る|の)?(?:基準|規程|規定|規則|ガイドライン|ルール|チェックリスト|要件)|(?:cloud|saas|vendor|supplier|third[- ]party)\s+(?:service\s+)?(?:usage|use|selection|procurement|acquisition|onboarding|assessment)\s+(?:policy|standard|requirements|checklist|criteria|guidelines?)|(?:vendor|supplier|provider)\s+(?:security\s+)?requirements/i;
// A sentence that puts a requirement to the provider: "The provider must encrypt…", "事業者は…していること。".
export const ASKED_OF_PROVIDER =
  /\b(?:the\s+)?(?:cloud\s+)?(?:service\s+)?(?:providers?|vendors?|suppliers?)\s+(?:must|shall|should|is\s+required\s+to|are\s+required\s+to)\b|(?:クラウド)?(?:サービス)?(?:事業者|提供者|ベンダー?|委託先|プロバイダ)(?:は|が)[^。\n]{0,80}?(?:(?:している|されている|できる|有する|備える|定める)こと|しなければならない|を求める|を要件とする)/giu;
// The page names itself as an agreement between the parties ("These Terms and Conditions govern …", "the Parties hereby
// adopt this Data Processing Addendum", 「本規約は…」), or names the provider as its party under a defined term ("Acme Inc.
// (referred to herein as "Vendor")"): its "Vendor shall …" clauses are the provider's own commitments, not requirements a
// customer puts to its suppliers.
export const AGREEMENT_SELF =
  /\b(?:this|these|the\s+following)\s+(?:data\s+processing\s+(?:agreement|addendum)|service\s+level\s+agreement|terms(?:\s+(?:of\s+(?:service|use)|and\s+conditions))?|(?:master\s+)?(?:services?\s+|subscription\s+)?agreement|addendum|DPA|SLA)\b|\b(?:Inc|LLC|Ltd|GmbH|SA|SAS|AG|BV|Corp|Limited|Corporation)\b\.?,?\s*\((?:[^()]{0,40}\s)?["“]\**(?:Vendor|Processor|Data\s+Processor|Provider|Service\s+Provider|Supplier|Company)\**["”]|本(?:規約|約款|契約|覚書)(?:は|において|に定め)/iu;
// A heading that is an agreement's title ("Data Processing Agreement", "Terms of Service", 「個人データの取扱いに関する覚書」),
// not a clause about one ("Sub-processors", "Changes to these terms").
export const AGREEMENT_TITLE =
  /^[\s#*]*(?:[\w.&-]+\s+){0,3}(?:data\s+processing\s+(?:agreement|addendum)|service\s+level\s+agreement|terms\s+(?:of\s+(?:service|use)|and\s+conditions)|(?:master\s+)?(?:services?|subscription)\s+agreement)[\s*]*$|^[\s#*]*[^\n]{0,30}(?:利用規約|約款|(?:取扱い|取り扱い|処理)(?:に関する|に係る)?(?:契約|覚書)|データ処理(?:契約|補遺|覚書))[\s*]*$/iu;
// The provider speaking of itself: a provider's own page, whatever it asks of its subcontractors.
export const PROVIDER_SPEAKS = /当社は|弊社は|\bwe\s+(?:use|store|keep|encrypt|back\s+up|run|operate|maintain|provide|have|do|will)\b/gi;
