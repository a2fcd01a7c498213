// A sentence that puts the provider's own machines in a network kept apart ("All of our servers are within a virtual
// private cloud", "Each cluster is launched into its own isolated network", 「データベースはインターネットから隔離された
// プライベートネットワークに配置」, "internal services are only reachable within the VPC") is segregation in networks
// (13.1.3), whatever its section is called: an architecture or hosting section says it in one sentence among others.
// A network named as a topic in a list (「暗号化、ネットワーク分離、バックアップ」) states nothing: a verb must put it in place. A
// network the customer sets up (a private link, a VPC endpoint, peering it configures) is a feature it uses, not the
// provider's practice.

// What the provider runs.
const MACHINES_EN = String.raw`\b(?:servers?|services|databases?|clusters?|instances|nodes|workloads|infrastructure|systems|hosts|backends?|environments?)\b`;
// A network apart: private, isolated, segmented or dedicated, or a VPC.
const APART_EN = String.raw`\b(?:(?:virtual\s)?private\s(?:cloud|networks?|subnets?)|VPCs?|isolated\s(?:networks?|subnets?|VPCs?)|(?:separate|dedicated|segmented)\s(?:networks?|subnets?|VPCs?|network\ssegments?))\b`;
const PLACED_EN = new RegExp(
  `${MACHINES_EN}[^.\\n]{0,60}?\\b(?:within|inside|in|into|behind|on)\\s(?:an?\\s|the\\s|its\\sown\\s|their\\sown\\s|our\\s)?(?:own\\s)?${APART_EN}` +
    `|\\b(?:only\\s(?:accessible|reachable|available)|not\\s(?:directly\\s)?(?:accessible|reachable|exposed))\\s(?:from\\s)?(?:within|inside|outside|to|from)\\s(?:the\\s|a\\s|our\\s)?(?:${APART_EN}|public\\sinternet|internet)`,
  'iu',
);
const PLACED_JA =
  /(?:サーバー?|データベース|DB|システム|インフラ|環境)[^。\n]{0,40}?(?:プライベート(?:ネットワーク|サブネット)|VPC|閉域(?:網|ネットワーク)|隔離された(?:ネットワーク|環境)|専用(?:ネットワーク|線))[^。\n]{0,15}?(?:配置|構築|設置|稼働|運用|隔離|分離)|ネットワーク(?:を|が|は)[^。\n]{0,10}?(?:分離|セグメント化|セグメントに分け)(?:し|され)|ネットワーク(?:の)?分離(?:を(?:実施|行)|し|され)/u;

// The customer as the one who sets the network up.
const CUSTOMERS = /\byou(?:r)?\b|\bcustomers?\s(?:can|may|configure|create)\b|お客様(?:は|が|の設定)|ユーザー(?:は|が)|オプション/iu;

/** The words that show `sentence` keeps the provider's machines in a network apart, or undefined. */
export function networkApart(sentence: string): string | undefined {
  if (CUSTOMERS.test(sentence)) return undefined;
  return (PLACED_EN.exec(sentence) ?? PLACED_JA.exec(sentence))?.[0];
}
