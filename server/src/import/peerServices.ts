// The peer cloud services a provider's own service runs on (its cloud, hosting platform, database service, the AI models
// it calls) and how the provider keeps its customers' security level through them: 27017's cloud guidance on 15.1.3, the
// ICT supply chain, as ruled R2 (eval/README). A peer named alone ("hosted on AWS") shows the dependency but not how it
// is managed (read as partial by the annotations, so not answered here); the section answers 15.1.3 where it also says
// how: the peer's certifications or controls relied on (its data centres' physical security, its encryption),
// responsibility shared with it, the peer chosen or reviewed for security, an AI provider bound not to train on or keep
// the data. A section on the provider's own data centres names no peer and answers none of it (11.1.x).
import { splitSentences } from '../facts/sentences';

// The peer by the place it takes: the cloud, host or platform the service is built on, the provider of the AI model it
// calls ("our hosting provider", "cloud service providers", インフラストラクチャプロバイダ, 基盤の提供者, AI提供事業者).
const PEER_ROLE =
  /\b(?:cloud|hosting|infrastructure|iaas|paas|data ?cent(?:er|re)|platform|(?:ai |llm |language )?model|ai|llm) (?:service )?(?:providers?|partners?|vendors?)\b|\binfrastructure-as-a-service\b|(?:インフラ(?:ストラクチャ)?|クラウド(?:サービス)?|ホスティング|データセンター|基盤|AI|生成AI)(?:の)?(?:プロバイダー?|事業者|提供者|提供事業者|ベンダー?)/iu;
// The peer by name where the sentence puts the service on it: "hosted on Microsoft Azure", "runs on [Hetzner](…)",
// "built on top of Google Cloud"; a name in capitals, so any host.
const NAME = String.raw`\[?[A-Z][\w.-]{0,40}(?:\s+[A-Z][\w.-]{0,40}){0,3}`;
const PUT_ON = new RegExp(
  String.raw`\b(?:(?:host(?:s|ed|ing)?|powered|backed)(?:\s+and\s+managed)?\s+(?:entirely\s+|fully\s+|securely\s+)?(?:on|by|at|with|in|within|upon)|(?:run(?:s|ning)?|built|deployed)\s+(?:entirely\s+|fully\s+)?(?:on(?:\s+top\s+of)?|upon)|(?:relies|rely|relying)\s+(?:entirely\s+)?on)\s+(?:the\s+)?(${NAME})`,
  'u',
);
// Japanese: the service on the peer (「AWS上で稼働」, 「さくらのクラウド上で運用」), or the peer used for what the service runs on
// (「サーバーにはGoogle Cloudを採用」, 「Firebaseの暗号化ストレージを使用」).
const PUT_ON_JA = /((?<![ァ-ヶー])(?!(?:システム|サーバー?|クラウド|サービス|プラットフォーム|インフラ|データ|ネットワーク|アプリ|パブリック|プライベート|セキュア)[ァ-ヶー]{0,30}\s*(?:上|の))[ァ-ヶー]{3,30}|[A-Za-z][\w.\- ]{1,30}?|さくら[^\s、。]{0,8})\s*(?:上で|上に|の(?:クラウド|インフラ|基盤|データセンター|環境)(?:上)?(?:で|に))(?:稼働|運用|構築|動作|ホスト|提供|保存|管理)/u;
const USED_FOR_JA = /([A-Za-z][\w.\-]{0,40})\s*の[^。、\n]{0,10}?(?:ストレージ|データベース|インフラ|サーバー?|クラウド|基盤|データセンター)(?:上で|を(?:使用|利用|採用))|(?:サーバー?|インフラ|基盤|ホスティング|クラウド|データベース|ストレージ|データセンター|AI|API)[^。\n]{0,30}?([A-Za-z][\w.\-]{0,40}(?: [A-Z][\w.\-]{0,40}){0,2})\s*(?:\([^)]{0,30}\)|（[^）]{0,30}）)?\s*(?:を|が)(?:利用|使用|採用)|([A-Za-z][\w.\-]{0,40}(?: [A-Z][\w.\-]{0,40}){0,2})\s*(?:\([^)]{0,30}\)|（[^）]{0,30}）)?\s*(?:を|が)(?:利用|使用|採用)[^。\n]{0,20}(?:サーバー?|インフラ|基盤|ホスティング|クラウド|データベース|ストレージ|データセンター)/u;
// Names that are places, languages or the text's own words, not a host: "hosted in the United States", "built with React".
const NOT_A_PEER = /^\[?(?:the|our|its|their|a|an|this|these|all|each|every|one|two|multiple|secure|private|dedicated|separate|isolated|encrypted|EU|EEA|US|USA|UK|United|European|Europe|North|South|East|West|Central|Asia|Japan|Germany|German|France|Ireland|Canada|Australia|Singapore|India|Netherlands|The|Tokyo|Frankfurt|London|Finland|Oregon|Virginia|California|Iowa|Sydney|Switzerland|Sweden|HTTPS?|TLS|SSL|AES|JSON|API|APIs|SQL|React|Next\.js|Node\.js|Docker|Kubernetes|Linux|Terraform|GitHub|Git|Python|Go|Rust|Java|TypeScript|JavaScript|SaaS|SOC|ISO|GDPR|HIPAA|MFA|SSO|VPC|VPN)\b/u;
// The big clouds and AI model providers, named in a sentence on what the service runs on ("our servers sit in Azure,
// which guards its buildings", 「要約の生成にOpenAIのAPIを利用」); a tool of theirs named alone (a key service, a
// firewall) names no host.
const MAJOR_PEER = /\b(?:AWS|Amazon Web Services|Amazon|Azure|Google(?: Cloud(?: Platform)?)?|GCP|Firebase|Heroku|Vercel|Netlify|Cloudflare|Fly\.io|Hetzner|DigitalOcean|Linode|OVH\w*|Supabase|OpenAI|Anthropic|Claude|Gemini|Bedrock)\b|さくらインターネット|さくらのクラウド/u;

// How the security level is kept through the peer: its certifications or attestations, the responsibility shared with
// it, the peer chosen or vetted for security, an AI provider bound by its terms not to train on the data or keep it.
const KEPT =
  /\bISO(?:\/IEC)?[ -]?2700[0-9]\b|\bSOC ?[123]\b|\bSOC[- ]?(?:1|2|3) Type|\bPCI[- ]?DSS\b|\bFedRAMP\b|\bISMAP\b|\bcertifi(?:ed|cations?)\b|\baccredit(?:ed|ations?)\b|\b(?:compliance|assurance) (?:programs?|offerings?|reports?|materials?|certifications?)\b|\bshared responsibility\b|\b(?:binding|contractual) obligations\b|守秘義務|\bphysical (?:security|access)\b|\bbiometric|\bvideo surveillance\b|\bon-?site security\b|物理的(?:な)?(?:セキュリティ|アクセス|安全)|\bresponsib(?:le|ility) for (?:the )?physical\b|\bvetted\b|\bchose\b[^.\n]{0,80}\bsecurity\b|\bnot (?:be )?used (?:to|for) train|\b(?:bars?|barred|prohibit\w*|forbid\w*|prevent\w*)\b[^.\n]{0,40}\btrain(?:ing)?\b|\b(?:does not|do not|doesn't|don't|will not|won't|never|may not|cannot)\s+(?:use\s+[^.\n]{0,40}\s+to\s+)?train\b|\b(?:no|never|not|without) (?:model )?train(?:ing|s|ed)?\b|\bzero[- ](?:data[- ])?retention\b|\bnot (?:be )?retained\b|認証(?:を)?取得|第三者認証|責任共有|責任分界|学習(?:に|へ)?(?:の)?(?:利用|使用)(?:し(?:ない|ません)|され(?:ない|ません)|不可|せず)|学習(?:不使用|非利用|利用不可|利用なし)|学習(?:データ)?として(?:使用|利用)(?:し|され)(?:ない|ません)|ゼロデータリテンション|セキュリティ(?:基準|水準)[^。\n]{0,20}(?:選定|評価|確認)|(?:選定|評価)[^。\n]{0,20}セキュリティ/iu;
// Said in a sentence that names the peer: its own security, physical protection or encryption relied on, or the work
// it takes on ("which looks after the buildings and the hardware", 「建物と機器の管理はAWSが担います」).
const KEPT_BY_PEER =
  /\bsecur(?:e|ed|ity)\b|\bprotect(?:s|ed|ion)?\b|\bsafeguard|\bphysical\b|\bencrypt\w*|\bcompliance\b|\blooks? after\b|\bhandled (?:entirely )?by\b|\bresponsib|\bbiometric|セキュリティ|物理的|保護|暗号化|担い|担います|責任|準拠/iu;
// A sentence after the peer's that speaks of it again without its name.
const PEER_AGAIN = /\b(?:they|their|its|them|these providers|those providers)\b|同社|各社|これらの(?:事業者|サービス)/iu;

export interface PeerKept {
  /** The words that name the peer service. */
  readonly peer: string;
  /** The words that say how the security level is kept through it. */
  readonly kept: string;
}

// What the service runs on, in the sentence that names one of the big clouds: hosting, servers, data centres, a platform,
// the AI model it calls.
const RUNS_ON = /\bhost(?:s|ed|ing)?\b|\bstored\b|\bstorage\b|\bruns?\b|\brunning\b|\bbuilt\b|\bdeployed\b|\binfrastructure\b|\bdata ?cent(?:er|re)s?\b|\bfacilit(?:y|ies)\b|\bservers?\b|\bplatform\b|\bleverag|\brel(?:y|ies|ying) on\b|\bpowered\b|\bAI\b|\bLLMs?\b|\bmodels?\b|ホスティング|インフラ|サーバー?|データセンター|基盤|稼働|上で|データベース|AI|生成|学習/u;
// The customer's own cloud ("your cloud provider", "deployed in your own AWS account", お客様のAWS環境) is no peer of the
// provider's.
const CUSTOMERS = /\b(?:your|customer'?s?'?|their own)\s+(?:own\s+)?$|お客様の$|利用者の$/iu;
const CUSTOMERS_CLOUD = /\byour (?:own )?(?:public )?(?:cloud|AWS|GCP|Azure|Google Cloud)(?: provider)? (?:account|subscription|project|environment|VPC)s?\b|\bin your (?:own )?(?:cloud|VPC)\b|\bbring your own cloud\b|\bBYOC\b|\byour (?:apps?|applications?|services?|workloads?|code|sites?|projects?|instances?)\b[^.\n]{0,40}\b(?:deployed|run(?:s|ning)?|hosted)\b|\byou (?:deploy|run|host)\b|お客様(?:の|ご自身の)(?:AWS|クラウド|Azure|GCP|Google Cloud)/iu;

// The provider that says it is itself a cloud ("we are a cloud provider too", "as a cloud service provider",
// 「クラウドサービス提供者(CSP)として当社は」): 27017's own name for the provider, not its peer.
const ITSELF = /\b(?:we are|we're|is|are)\s+(?:[\w-]+\s+){0,3}$|\bas an?\s+(?:[\w-]+\s+){0,2}$/iu;
const ITSELF_JA = /^\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:です|である|であり|として)/u;

// A tool of a big cloud the provider configures (its key service, a security group, a firewall, a zone, the customer's
// own keys) names the cloud for the tool, not as what the service runs on.
const CLOUD_TOOL = /\b(?:AWS|Amazon|Azure|Google Cloud|GCP)[- ](?:KMS|Key Management|security groups?|Shield|WAF|IAM|PrivateLink|Availability Zones?|Key Vault|Cloud Armor)\b|\b(?:customer[- ]managed (?:encryption )?keys?|CMEK|BYOK)\b|顧客管理(?:暗号化)?キー/iu;

function hostIn(sentence: string): string | undefined {
  if (CUSTOMERS_CLOUD.test(sentence)) return undefined;
  const role = PEER_ROLE.exec(sentence);
  if (role && !CUSTOMERS.test(sentence.slice(Math.max(0, role.index - 20), role.index)) && !ITSELF.test(sentence.slice(Math.max(0, role.index - 40), role.index)) && !ITSELF_JA.test(sentence.slice(role.index + role[0].length))) return role[0];
  const put = PUT_ON.exec(sentence);
  const named = put?.slice(1).find((g) => g !== undefined);
  if (named !== undefined && !NOT_A_PEER.test(named)) return named.replace(/^\[|\.$/g, '');
  const ja = PUT_ON_JA.exec(sentence) ?? USED_FOR_JA.exec(sentence);
  const jaNamed = ja?.slice(1).find((g) => g !== undefined)?.trim();
  if (jaNamed !== undefined && jaNamed !== '' && !NOT_A_PEER.test(jaNamed)) return jaNamed;
  return (RUNS_ON.test(sentence) || KEPT.test(sentence)) && !CLOUD_TOOL.test(sentence) ? MAJOR_PEER.exec(sentence)?.[0] : undefined;
}

// How far from the sentence naming the host the way its security is kept may be said: the sentence before (a heading,
// "Shared responsibility model") and the three after (the list of its certificates, "Azure holds …").
const BEFORE = 1;
const AFTER = 3;

/** The peer the section's service runs on and the words that keep its security through it, or undefined. */
export function peerKept(text: string): PeerKept | undefined {
  // A link's address names no peer and keeps nothing ("/docs/security/…", "example.com/compliance").
  const folded = text.normalize('NFKC').replace(/\]\([^)\s]{0,2000}\)|https?:\/\/[^\s)\]>"']+/gu, (m) => (m.startsWith(']') ? ']' : ' '));
  const sentences = splitSentences(folded).map(({ start, end }) => folded.slice(start, end));
  for (let i = 0; i < sentences.length; i++) {
    const peer = hostIn(sentences[i]);
    if (peer === undefined) continue;
    for (let j = Math.max(0, i - BEFORE); j <= Math.min(sentences.length - 1, i + AFTER); j++) {
      const sentence = sentences[j];
      const strong = KEPT.exec(sentence)?.[0];
      if (strong !== undefined) return { peer, kept: strong };
      const again = j === i ? peer : hostIn(sentence) ?? MAJOR_PEER.exec(sentence)?.[0] ?? PEER_AGAIN.exec(sentence)?.[0];
      const kept = again === undefined ? undefined : KEPT_BY_PEER.exec(sentence.replace(again, ' '))?.[0];
      if (kept !== undefined) return { peer, kept };
    }
  }
  return undefined;
}
