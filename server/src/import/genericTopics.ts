// Heading words too common to name their control on their own, each with the
// evidence its section must give. A terms document calls every article "契約"
// and every page cites "the agreement"; a "法令遵守" or "Legal compliance"
// heading promises to obey the law without saying which. The evidence asked
// is in proportion to how generic the word is: a supplier agreement, a
// governing law or a court named outright needs none; "契約", "agreement",
// "法令", "laws" need the section to say what the agreement holds on security,
// or which law applies.

import { CUSTOMER_DATA, customerLeaves, DELETE_WORDS, END_OF_CONTRACT, offersWayBack, othersLeave, PROVIDER_DELETES, saysWhatBecomesOfDataAnywhere, saysWhatBecomesOfDataUnder } from '../facts/leaving';
import { splitSentences } from '../facts/sentences';
import { ABROAD, DOMESTIC, namedPlace } from '../catalog/places';

interface GenericTopic {
  /** The vocabulary's terms for the control that, alone, do not say the section answers it. */
  readonly generic: RegExp;
  /** What the section says when it does answer it, given the generic words that named it: the words found, or undefined. */
  readonly evidence: (text: string, words: readonly string[]) => string | undefined;
}

/** A sentence that names the agreement, security and what the one commits to on the other: what the agreement holds on security. */
const AGREEMENT = /契約|合意|規約|約款|\bagreements?\b|\bcontracts?\b|\bterms\b|\bdpa\b/iu;
const SECURITY = /セキュリティ|情報保護|秘密保持|機密保持|安全管理|個人情報の取扱い|\bsecurity\b|\bconfidentiality\b|\bdata protection\b|\bdata processing\b/iu;

// What an agreement does with security: sets it out, commits to it ("定めています", "sets out", "obligations"). A
// security word beside the contract in passing ("maintenance for security reasons is excluded from this SLA") is not.
const COMMITS = /定め|規定|義務|責任|約束|明記|\bsets? out\b|\bcommit|\bobligation|\bresponsibilit|\bspecif(?:y|ies)\b|\bdescribes?\b/iu;

function securityInAgreement(text: string): string | undefined {
  for (const sentence of text.split(/[。．!?！？\n]|\.(?:\s|$)/u)) {
    const agreement = AGREEMENT.exec(sentence);
    const security = agreement && SECURITY.exec(sentence);
    if (agreement && security && COMMITS.test(sentence)) return `${agreement[0]} … ${security[0]}`;
  }
  return undefined;
}

// Which law applies, said outright: the governing law, the courts, or a law named by its name ("個人情報保護法",
// "日本法", "the Data Protection Act 2018", "GDPR"). A law given only as the condition of something else ("except as
// required by law", "a court of competent jurisdiction", "法令又は裁判所の命令に基づく場合") names none, and neither does
// a standard a process follows ("ISO27001に準拠した").
const GOVERNING = /準拠法|(?<!令)法(?:律)?に準拠|管轄|\bgovern(?:s|ed by|ing law)\b|\bjurisdiction\b(?<!\bcompetent jurisdiction)/iu;
const PLACE_EN = /\b(?:laws|courts) of (?:the )?(?:State of |Province of |Republic of )?[A-Z][a-z]+/u;
// The 法 of a name ends a word of kanji or katakana; 方法, 手法, 違法 and 法令, 法人, 法的 are other words.
const NAMED_LAW_JA = /(?<=[\p{sc=Han}\p{sc=Katakana}ー])(?<![方手用技製工作寸文論算違合適不無便司立療])法(?![令人的律規務則案定制])/u;
const NAMED_LAW_EN = /\b(?:GDPR|CCPA|CPRA|HIPAA|APPI|PIPEDA|LGPD|FERPA)\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,5} Act\b|\bRegulation \(EU\)/u;

function namedLaw(text: string): string | undefined {
  const ja = NAMED_LAW_JA.exec(text);
  // The name, for the reason shown: the word the 法 ends.
  if (ja) return /[\p{sc=Han}\p{sc=Katakana}ー]{1,12}$/u.exec(text.slice(Math.max(0, ja.index - 12), ja.index))![0] + '法';
  return (GOVERNING.exec(text) ?? PLACE_EN.exec(text) ?? NAMED_LAW_EN.exec(text))?.[0];
}

// A review by someone outside the team that runs the service: an external or third-party audit, a certification.
// 認証 is a certification only beside what certifies; alone it is as often a sign-in (多要素認証, 認証ログ).
const INDEPENDENT = /第三者|外部|監査法人|認証(?:を取得|取得|機関|を受け|済|登録)|(?:ISMS|ISO|[0-9]{4,5}|Pマーク|プライバシーマーク)[^。\n]{0,12}認証|認定|ISMAP|\bSOC ?[12]\b|\bISO(?:\/IEC)? ?2700[17]\b|\bindependent\b|\bexternal\b|\bthird[- ]part(?:y|ies)\b|\bcertifi|\battest/iu;

function independentReview(text: string): string | undefined {
  return INDEPENDENT.exec(text)?.[0];
}

/** A place: a country, region or city, a cloud region's code, or the country's side of a border (国内, overseas). */
export function placeNamed(text: string): string | undefined {
  return namedPlace(text) ?? (DOMESTIC.exec(text) ?? ABROAD.exec(text))?.[0];
}

// A copy kept to restore from: restoring an item from the trash, or an earlier version of a file, is no backup.
const COPY = /バックアップ|複製|レプリカ|スナップショット|\bback(?:ed)?[- ]?ups?\b|\bsnapshots?\b|\breplicas?\b|\bdisaster recovery\b/iu;

function backupCopy(text: string): string | undefined {
  return COPY.exec(text)?.[0];
}

// Deleting or exporting data at the customer's leaving, or a deletion that reaches the backups ("purged from backups
// within 30 days"): not a deletion of the day (a message deleted, a file exported, a retention schedule's purge), nor
// staff leaving (an offboarding checklist) or an instance terminated.
const FROM_BACKUPS = /バックアップ(?:を含|から|も)|\b(?:from|including|in) (?:all |the |our )?backups\b|\bbackups included\b/iu;

function leaving(text: string): string | undefined {
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    if (customerLeaves(sentence)) return END_OF_CONTRACT.exec(sentence)![0];
  }
  return FROM_BACKUPS.exec(text)?.[0];
}

// The contract's end named alone ("Termination", "Refunds & Cancellation", 解約 said three times in a billing article)
// is the agreement's clause on ending it: notice, fees, refunds, which clauses survive. It answers what becomes of the
// customer's data only where a sentence of it deletes or hands back data.
const CONTRACT_END = /^(?:terminations?|terminated|cancellations?|解約|退会|契約終了|契約の終了|利用終了)$/iu;

/**
 * A sentence of the text that deletes the customer's data or gives it back: the data it names (or, where the provider
 * deletes whatever the service calls its data, 「図面は14日後に自動的に削除されます」, the leaving), or undefined. The data
 * or the leaving, not the deleting word, is the reason shown: the section was read from the leaving, not from words of
 * deleting.
 */
export function dataFate(text: string): string | undefined {
  // The section's first line is its heading, whose leaving a sentence kept under it may leave unsaid ("… will be retained").
  const heading = text.slice(0, Math.max(0, text.indexOf('\n')));
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    if (othersLeave(sentence)) continue;
    if (CUSTOMER_DATA.test(sentence) && (DELETE_WORDS.test(sentence) || offersWayBack(sentence) || saysWhatBecomesOfDataUnder(heading, sentence))) return CUSTOMER_DATA.exec(sentence)![0];
    if (PROVIDER_DELETES.test(sentence)) return (END_OF_CONTRACT.exec(sentence) ?? END_OF_CONTRACT.exec(heading))?.[0] ?? heading.trim();
  }
  return saysWhatBecomesOfDataAnywhere(text) ? END_OF_CONTRACT.exec(text)?.[0] : undefined;
}

function leavingOrDataFate(text: string, words: readonly string[]): string | undefined {
  return words.some((w) => CONTRACT_END.test(w.normalize('NFKC').trim())) ? dataFate(text) : leaving(text);
}

// What the customer sees of the monitoring: a status page, alerts it receives, what it can check itself (its dashboard).
// The provider watching its own systems ("we monitor our servers around the clock", a dashboard its engineers watch)
// answers another question.
const CUSTOMER_SEES =
  /ステータスページ|稼働状況|\bstatus page\b|(?:お客様|利用者|ユーザー?|契約者|管理者)(?:は|が|も|自身)[^。\n]{0,40}?(?:確認|閲覧|参照|受け取|受信|設定)|\b(?:customers?|you|users?|admins?) (?:can|may|are able to|receive|get|will be notified)\b/iu;

// A status page is also where a provider posts its notices: maintenance announced, incidents written up ("we log scheduled
// maintenance on the status page"). It lets the customer watch the service only where it shows the service's state: up
// or down, its uptime or availability, its current problems or performance.
const SERVICE_STATE =
  /\b(?:uptime|availability|health|performance|response times?|latency|metrics)\b|\b(?:current|live|real-time|operational) (?:status|state|problems|issues|incidents)\b|\b(?:state|status) of (?:the|our|each|every|all) (?:services?|systems?|platform|components?)\b|\bis (?:up|down)\b|稼働|死活|障害(?:情報|状況)/iu;
const STATUS_PAGE = /^status pages?$/iu;

// Every word of monitoring is generic: "Alerts" heads an incident page's notices, a dashboard is where a retention
// page's settings are, "metrics" and 監視 are the provider watching its own systems. The customer watching the service
// is both: what it sees (a status page is that already) and the service's state shown there.
function customerSees(text: string, words: readonly string[]): string | undefined {
  const state = SERVICE_STATE.exec(text)?.[0];
  if (words.every((w) => STATUS_PAGE.test(w.normalize('NFKC').trim()))) return state;
  const sees = CUSTOMER_SEES.exec(text)?.[0];
  return sees !== undefined && state !== undefined ? `${sees} … ${state}` : undefined;
}

// The provider's rights in what it builds and uses (its copyright, the open-source software it ships): the licence a
// plan grants the customer ("Enterprise license", "利用ライセンス") is what the customer buys.
const INTELLECTUAL_PROPERTY = /知的財産|著作権|特許|商標|オープンソース|OSS|\bintellectual property\b|\bcopyright|\bpatent|\btrademark|\bopen[- ]source\b|\bthird[- ]party (?:software|components?|libraries)\b|\binfring/iu;

function intellectualProperty(text: string): string | undefined {
  return INTELLECTUAL_PROPERTY.exec(text)?.[0];
}

// Capacity managed: watched, planned, added before it runs short. A plan's storage quota (容量の扱い) is the customer's limit.
const CAPACITY_MANAGED = /監視|計画|予測|増強|拡張|逼迫|ひっ迫|スケール|閾値|しきい値|\bmonitor|\bplan(?:s|ned|ning)?\b|\bforecast|\bscal(?:e|es|ed|ing)\b|\bheadroom\b|\bprovision/iu;

function capacityManaged(text: string): string | undefined {
  return CAPACITY_MANAGED.exec(text)?.[0];
}

// Virtual machine hardening (CLD.9.5.2) is both: a machine named without its hardening is the service's compute (an
// SLA's hypervisor maintenance, an architecture's "virtual machines"), and hardening named without a machine is a
// container's or a network's.
const VIRTUAL_MACHINE = /仮想マシン|マシンイメージ|ハイパーバイザ|\bvirtual machines?\b|\bvms?\b|\bmachine images?\b|\bhypervisors?\b|\b(?:compute )?instances?\b/iu;
const HARDENED = /堅牢化|要塞化|ハードニング|\bharden(?:s|ed|ing)?\b|\bcis benchmarks?\b/iu;

function machinesHardened(text: string): string | undefined {
  const machine = VIRTUAL_MACHINE.exec(text);
  const hardened = machine && HARDENED.exec(text);
  return machine && hardened ? `${machine[0]} … ${hardened[0]}` : undefined;
}

// Security requirements analysed and written into what is built (14.1.1): a specification, a design review, a threat
// model. A list of the product's security features, or requirements left to others ("relies on the upstream
// community for defining … security requirements"), is not that analysis.
const REQUIREMENTS_SPECIFIED = /仕様|要件定義|設計(?:段階|時|書|レビュー)|脅威分析|\bspecifications?\b|\bdesign (?:phase|stage|reviews?)\b|\bthreat model(?:s|ling|ing)?\b|\brequirements? (?:analysis|are (?:defined|specified|documented|written))\b/iu;

function requirementsSpecified(text: string): string | undefined {
  return REQUIREMENTS_SPECIFIED.exec(text)?.[0];
}

// An organisation for security, not any team: operations staff are a 管理体制 too. And an organisation of people: a
// "Governance" heading over the frameworks a page follows or its AI principles names no one who answers for security.
const SECURITY_ROLES = /セキュリティ|情報資産|個人情報保護|CISO|\bsecurity\b|\bciso\b/iu;
const ROLES = /責任者|委員会|担当|役割|管理者|\b(?:roles?|responsib\w*|officers?|committees?|ciso|owners?|teams?|leads?|managers?|appointed|designated)\b/iu;

function securityRoles(text: string): string | undefined {
  const security = SECURITY_ROLES.exec(text);
  const roles = security && ROLES.exec(text);
  return security && roles ? `${security[0]} … ${roles[0]}` : undefined;
}

// The customer's share of the work, said beside the provider's: an SLA's "当社の役割と責任" lists the provider's duties
// alone, and allocates nothing between the two.
const CUSTOMER_SHARE =
  /(?:お客様|利用者|ユーザー?|契約者)(?:は|が|の|側|ご自身|自身)[^。\n]{0,40}?(?:責任|役割|行う|行っていただ|行い|管理|設定|決定|選択|実施|負う|負い)|\b(?:the customer|customers|you|users?)(?: is| are| remains?| shall be)? (?:solely )?responsible\b|\b(?:the customer|customers|you) (?:manages?|chooses?|choose|decides?|controls?|configures?|owns?|sets?|handles?|keeps?)\b|\b(?:customer|your|user) (?:responsibilit|obligation|dut)|\band yours\b/iu;

function customerShare(text: string, words: readonly string[]): string | undefined {
  if (words.some((w) => CUSTOMER_DUTIES.test(w.normalize('NFKC').trim()))) return bothShares(text);
  return CUSTOMER_SHARE.exec(text)?.[0];
}

// A terms document's article on the customer's duties (利用者の義務, "Customer obligations") lists what the customer must
// and must not do under the contract; it divides the work of running the service only where it gives the provider's part
// too (not its disclaimer: 「当社は一切の責任を負いません」).
const CUSTOMER_DUTIES = /^(?:利用者の義務|お客様の義務|customer obligations)$/iu;
const PROVIDER_SHARE =
  /(?:当社|弊社)(?:は|が)[^。\n]{0,40}?(?:責任を(?:負(?!わ|いません|いかね)|持)|管理|運用|実施|担|対策)|\b(?:we|the (?:provider|company|vendor))(?: is| are)? (?:manages?|operates?|maintains?|responsible|secures?|runs?)\b/iu;

function bothShares(text: string): string | undefined {
  const provider = PROVIDER_SHARE.exec(text);
  const customer = provider && CUSTOMER_SHARE.exec(text);
  return provider && customer ? `${provider[0]} … ${customer[0]}` : undefined;
}

// The alignment of virtual networks with the physical network's security (CLD.13.1.4). A "Network configuration" or a
// security group's rules (ports open, where from) is the network's controls (13.1.3): the question is whether the virtual
// network is kept to the same policy as the physical one.
const VIRTUAL_NETWORK = /仮想(?:的な)?ネットワーク|\bvirtual (?:private )?networks?\b|\bvpcs?\b|\bsdn\b|\bsoftware[- ]defined network/iu;
const KEPT_ALIGNED = /物理(?:的な)?ネットワーク|方針|ポリシー|整合|一貫|\bphysical networks?\b|\bpolic(?:y|ies)\b|\bconsistent\b|\balign/iu;

function virtualAligned(text: string): string | undefined {
  const virtual = VIRTUAL_NETWORK.exec(text);
  const aligned = virtual && KEPT_ALIGNED.exec(text);
  return virtual && aligned ? `${virtual[0]} … ${aligned[0]}` : undefined;
}

// The provider's own records kept safe (from loss, change or eyes they are not for) or kept as a law requires ("7 years
// to meet tax law"). A retention schedule headed "Records retention" over how long each kind of the customer's data is
// kept says when data goes, not how records are protected.
const RECORDS_PROTECTED = /改ざん|改竄|消失|滅失|保護|法令|法定|税法|帳簿|\bprotect|\btamper|\bintegrity\b|\bloss\b|\bunauthori[sz]ed\b|\bimmutable\b|\bwrite[- ]once\b|\bWORM\b|\blaws?\b|\blegal(?:ly)?\b|\bstatutory\b|\bregulat|\btax\b|\baccounting\b/iu;

function recordsProtected(text: string): string | undefined {
  return RECORDS_PROTECTED.exec(text)?.[0];
}

// How the provider manages the secret that signs a user in (9.2.4): a process over the secret's life, two of its steps
// at least: issuing it (an initial or temporary password, an ID and password sent), keeping it (hashed, salted, in a
// vault) and resetting it (re-issue, a forgotten password, a rotation). One technical fact ("Passwords are stored as hashes") is the
// setting of every security page, annotated as touched in passing 34 times and as answered 7; the words for signing in
// ("Authentication", "MFA", パスワードポリシー, 二段階認証), a sign-in method offered, a password rule or advice to the
// customer's staff answer no management of secrets at all.
const CREDENTIAL_STEPS: readonly RegExp[] = [
  /(?:仮|初期|一時|ワンタイム)パスワード|(?:パスワード|認証情報|ID)[^。\n]{0,20}(?:発行|送付)|\b(?:initial|temporary|one-time) passwords?\b|\b(?:issu(?:e|es|ed|ing))\b[^.\n]{0,30}\b(?:passwords?|credentials?)\b|\b(?:passwords?|credentials?)\b[^.\n]{0,30}\bissued\b/iu,
  /ハッシュ|不可逆|ソルト|(?:パスワード|認証情報)[^。\n]{0,20}暗号化して(?:保存|保管|管理)|\bhash(?:ed|es|ing)?\b|\bsalt(?:ed|s)?\b|\b(?:bcrypt|scrypt|argon2\w*|pbkdf2)\b|\b(?:passwords?|credentials?)\b[^.\n]{0,30}\b(?:stored (?:encrypted|hashed)|vault(?:ed)?)\b|\bsecrets? (?:manager|vault)\b/iu,
  /(?:パスワード|認証情報|ID)[^。\n]{0,30}(?:再発行|再設定|リセット|変更)|パスワードを(?:お)?忘れ|\b(?:reset(?:s|ting)?|re-?issu\w*|chang(?:e|es|ed|ing)|rotat\w*)\b[^.\n]{0,30}\b(?:passwords?|credentials?)\b|\b(?:passwords?|credentials?)\b[^.\n]{0,60}\b(?:reset|changed|rotated)\b|\bforgot(?:ten)? (?:your |their |a )?password/iu,
];

// A key or token a program signs in with is managed where its life is: it expires, is revoked, rotated, regenerated or
// kept hashed. A heading "API keys" over how to send one in a request names the customer's call, not the secret's care.
const TOKEN = /^(?:access tokens?|api keys?|api tokens?|client secrets?|アクセストークン|アクセスキー|APIキー|APIトークン|クライアントシークレット)$/iu;
const SECRET_LIFE =
  /有効期限|失効|無効化|再発行|再生成|ローテーション|ハッシュ|\bexpir(?:e|es|ed|y|ation)\b|\bvalid for\b|\brevok(?:e|es|ed|ing)\b|\brevocation\b|\brotat(?:e|es|ed|ing|ion)\b|\bregenerat(?:e|es|ed|ing|ion)\b|\bhash(?:ed|es|ing)?\b/iu;

function secretsManaged(text: string, words: readonly string[]): string | undefined {
  if (words.some((w) => TOKEN.test(w.normalize('NFKC').trim()))) return SECRET_LIFE.exec(text)?.[0] ?? credentialsManaged(text);
  return credentialsManaged(text);
}

function credentialsManaged(text: string): string | undefined {
  const steps = CREDENTIAL_STEPS.map((step) => step.exec(text)?.[0]).filter((found) => found !== undefined);
  return steps.length >= 2 ? steps.join(' … ') : undefined;
}

// Procedures written down for the operations that matter (CLD.12.1.5): a procedure document, for critical or
// destructive operations. "Procedures" heads a help article's steps, a recovery plan's and a TOMs annex's review
// process (Art. 32 GDPR) as often: procedures in general are no administrator's operational security. Nor is a policy's
// "procedures shall be documented" (the standard's 12.1.1, "Documented operating procedures", which no whitepaper is
// asked for), nor a breach appendix's steps "in writing": annotators count neither.
const OPERATIONS_DOCUMENTED =
  /手順書|重要な操作|破壊的|取り消(?:し|せ)(?:の)?(?:でき)?ない|元に戻せない|二名|\brunbooks?\b|\bcritical operations?\b|\bdestructive\b|\birreversible\b|\bfour[- ]eyes\b|\btwo[- ]person\b/iu;

function operationsDocumented(text: string): string | undefined {
  return OPERATIONS_DOCUMENTED.exec(text)?.[0];
}

// Software built with care for security (14.2.1): its code reviewed, tested, scanned, its changes controlled. "Development"
// alone names a team ("a Development Team"), an environment (開発環境), a product's roadmap or a privacy policy's use of
// data "for research and development" as often as the provider's secure development.
const BUILT_WITH_CARE =
  /ソースコード|コードレビュー|レビュー|脆弱性|セキュア|静的解析|(?:単体|結合|総合|受入)テスト|テスト(?:環境|を実施|工程)|変更管理|\bsource code\b|\bcode reviews?\b|\breview(?:s|ed)?\b|\b(?:unit |integration |security )?test(?:s|ing|ed)\b|\bvulnerab|\bscan(?:s|ned|ning)?\b|\bsecure (?:coding|development|software)\b|\bpipelines?\b|\bci\/cd\b|\bchange control\b|\bsdlc\b/iu;

function builtWithCare(text: string): string | undefined {
  return BUILT_WITH_CARE.exec(text)?.[0];
}

// Evidence collected (16.1.7) is an incident's: a page's "identity evidence", a legal hold on a mailbox listed among a
// log's events or a security vendor's deliverables name other evidence.
const INCIDENT_CONTEXT = /インシデント|事故|漏えい|漏洩|侵害|不正アクセス|\bincidents?\b|\bbreach(?:es)?\b|\bcompromise[sd]?\b|\battacks?\b|\bintrusions?\b/iu;

function incidentContext(text: string): string | undefined {
  return INCIDENT_CONTEXT.exec(text)?.[0];
}

// The supply chain of the service (15.1.3) is the outside services it is built on with their security looked into:
// assessed, reviewed, held to requirements. 外部サービス and "infrastructure provider" alone name the analytics tool a
// privacy policy lists, an integration the customer turns on or the party a request passes through.
const SUPPLY_SECURED =
  /(?:セキュリティ|安全性|リスク|信頼性)[^。\n]{0,30}(?:評価|確認|審査|監視|選定)|(?:評価|審査|選定)[^。\n]{0,20}(?:セキュリティ|安全性|基準)|サプライチェーン|\bassess(?:es|ed|ing|ments?)?\b|\bdue diligence\b|\bsecurity (?:reviews?|requirements?)\b|\bvet(?:s|ted|ting)?\b|\bsupply chain\b/iu;

function supplySecured(text: string): string | undefined {
  return SUPPLY_SECURED.exec(text)?.[0];
}

// Reporting an incident (16.1.2) is telling someone of it. 事故, 障害 and "outage" name a mishap as often as a security
// incident: under them, a section on how it is handled inside (「違反及び事故への対応」 over the steps taken, a failover
// scenario 「単一ノード障害」) reports to no one. "Incident" names the topic outright.
const TOLD = /報告|通知|連絡|知らせ|公表|告知|周知|\bnotif|\breport|\binform|\bcommunicat|\bcontact|\bstatus page|\bdisclos/iu;

function toldOf(text: string): string | undefined {
  return TOLD.exec(text)?.[0];
}

// Export control in a contract is the customer's promise to obey export law (輸出管理, "Export Control", "export control
// laws" among the laws a user must not break): none of the five given texts that say it so annotates 18.1.5 on it. It is
// the regulation of cryptography only where the section names the cryptography (「暗号の利用は…輸出管理の規制に従います」).
const CRYPTOGRAPHY = /暗号|\bencrypt|\bcrypto|\bcipher/iu;

function cryptographyNamed(text: string): string | undefined {
  return CRYPTOGRAPHY.exec(text)?.[0];
}

const GENERIC_TOPICS: ReadonlyMap<string, GenericTopic> = new Map([
  ['CLD.12.1.5', { generic: /^(?:操作手順|運用手順|マニュアル|管理コンソール|運用セキュリティ|procedures?|operating procedures|admin console|management console)$/iu, evidence: operationsDocumented }],
  [
    '9.2.4',
    {
      generic: /^(?:認証情報|パスワード|多要素認証|二段階認証|2段階認証|多段階認証|二要素認証|2要素認証|シングルサインオン|sso|ログイン認証|認証|ログイン|ログオン|authentication|passwords?|credentials?|multi-factor|mfa|two-factor|single sign-on|login|sign-in|two-step|2fa|access tokens?|api keys?|api tokens?|client secrets?|アクセストークン|アクセスキー|APIキー|APIトークン|クライアントシークレット)$/iu,
      evidence: secretsManaged,
    },
  ],
  ['CLD.6.3.1', { generic: /^(?:役割と責任|役割及び責任|当社の責任|roles and responsibilities|responsibilities|利用者の義務|お客様の義務|customer obligations)$/iu, evidence: customerShare }],
  ['CLD.13.1.4', { generic: /^(?:ネットワーク構成|セキュリティグループ|network configurations?|security groups?|sdn)$/iu, evidence: virtualAligned }],
  ['CLD.12.4.5', { generic: /^(?:監視|モニタリング|稼働状況|ダッシュボード|アラート|死活|observability|monitoring|monitored|monitor|dashboards?|alerts?|metrics|uptime|status pages?)$/iu, evidence: customerSees }],
  // "Data retention" heads a privacy policy's paragraph on how long personal data is kept as often as the end of a
  // contract; "offboarding" is a leaving employee's as often as a leaving customer's; "Termination" and 解約 head the
  // clause on ending the agreement, which says what becomes of the data as often as it does not.
  ['CLD.8.1.5', { generic: /^(?:deletion|delete|deleted|deleting|erase|erased|removal|export|exports|exit|expiry|expiration|returned|data retention|offboarding|terminations?|terminated|cancellations?|削除|消去|データ消去|エクスポート|返却|返還|解約|退会|契約終了|契約の終了|利用終了)$/iu, evidence: leavingOrDataFate }],
  ['12.3.1', { generic: /^(?:リストア|復元|世代|restore|restoring|restored|restores)$/iu, evidence: backupCopy }],
  ['6.1.3', { generic: /^(?:場所|データセンター|リージョン|hosting|hosted in|data cent(?:er|re)s?|locations?|regions?)$/iu, evidence: placeNamed }],
  ['18.2.1', { generic: /^(?:監査|内部監査|audits?|audited|auditing)$/iu, evidence: independentReview }],
  ['15.1.2', { generic: /^(?:契約|合意|利用規約|約款|agreements?|contracts?|terms of (?:service|use)|sla|service levels?)$/iu, evidence: securityInAgreement }],
  ['18.1.2', { generic: /^(?:ライセンス|licen[cs]es?)$/iu, evidence: intellectualProperty }],
  ['18.1.5', { generic: /^(?:輸出管理|輸出規制|export controls?)$/iu, evidence: cryptographyNamed }],
  ['12.1.3', { generic: /^容量$/u, evidence: capacityManaged }],
  ['CLD.9.5.2', { generic: /^(?:仮想マシン|堅牢化|要塞化|ハードニング|マシンイメージ|virtual machines?|hardening|machine images?|hypervisors?)$/iu, evidence: machinesHardened }],
  ['14.1.1', { generic: /^(?:セキュリティ機能|セキュリティ要件|セキュリティ要求事項|security (?:features?|functions?|requirements?|capabilities))$/iu, evidence: requirementsSpecified }],
  ['6.1.1', { generic: /^(?:管理体制|組織体制|governance)$/iu, evidence: securityRoles }],
  ['18.1.3', { generic: /^(?:records?|record retention|記録の保管)$/iu, evidence: recordsProtected }],
  ['18.1.1', { generic: /^(?:法令|規制|法規制|適用法令|法的要求|laws?|applicable laws?|legislation|legal requirements?|regulations?)$/iu, evidence: namedLaw }],
  ['14.2.1', { generic: /^(?:開発|development)$/iu, evidence: builtWithCare }],
  ['15.1.3', { generic: /^(?:外部サービス|infrastructure providers?)$/iu, evidence: supplySecured }],
  ['16.1.2', { generic: /^(?:事故|障害対応|障害|outages?)$/iu, evidence: toldOf }],
  ['16.1.7', { generic: /^(?:証拠|evidence|forensics?|legal holds?)$/iu, evidence: incidentContext }],
]);

/**
 * Whether a control named by `words` (a heading's, a label's or the body's) is borne out by its section's `text`:
 * `true` when one of the words names it precisely; the evidence found when all are generic and the text gives it;
 * `false` when all are generic and the text does not.
 */
export function borneOut(id: string, words: readonly string[], text: string): boolean | string {
  const topic = GENERIC_TOPICS.get(id);
  if (topic === undefined || words.some((w) => !topic.generic.test(w.normalize('NFKC').trim()))) return true;
  return topic.evidence(text.normalize('NFKC'), words) ?? false;
}
