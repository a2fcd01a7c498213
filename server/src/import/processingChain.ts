// A section on the provider's sub-processors, subcontractors, suppliers or service providers ("Sub-processors",
// "5. Subprocessing", "Suppliers", "12. Service Providers", 「第6条（委託先・利用サービス）」, 「取扱いの委託」) says whom the processing is passed to and on what terms: the
// chain the agreement binds (15.1.2, security in supplier agreements), which the annotations read it as twice as often as
// a policy for suppliers' security (15.1.1). It answers 15.1.1 as well only where the provider assesses the suppliers'
// security before it engages them or as it keeps them (a security review, due diligence, vetting, their certifications
// checked, "standards for security" they must meet). A contract's party named "the Supplier" in the singular is the provider
// itself, no chain.

import { splitSentences } from '../facts/sentences';

const CHAIN = /\bsub-?\s?process(?:ors?|ing)\b|\bsub-?contract(?:ors?|ing)\b|\bsuppliers\b|\b(?:third[- ]party )?service providers\b|\bvendors\b|委託|サブプロセッサ/iu;

/** The words of a heading that name the processing's chain, or undefined. */
export function processingChain(heading: string): string | undefined {
  return CHAIN.exec(heading.normalize('NFKC'))?.[0];
}

// A DPA's sub-processor clause is the controller's consent and the processor's flow-down of the same terms (engaged with
// a written agreement, listed, changes notified): the processing's chain, not a policy for the security of suppliers
// (15.1.1). Of the corpus's seven DPAs with such a clause, the one annotated as answering it has the provider assess the
// sub-processors' security before it engages them; two touch it in passing, four not at all.
export const SUPPLIERS_ASSESSED =
  /\bsecurity (?:assessment|review|evaluation)s?\b|\bdue diligence\b|\brisk assessments?\b|\bvet(?:s|ted|ting)?\b|\bsecurity (?:certifications|standards|practices)\b|\bstandards for security\b|(?:委託先|再委託先|サブプロセッサ)[^。\n]{0,40}(?:評価|審査|監査|選定基準)|(?:評価|審査|監査)[^。\n]{0,20}(?:委託先|再委託先)/iu;

// R1 (eval/README): the provider weighs its suppliers' security (15.1.1, a policy for suppliers' risks) where one
// sentence names them, an assessment and what is assessed: "we review the security of our vendors before signing",
// "a yearly security review of our sub-processors", 「委託先のセキュリティ体制を契約前に審査」, 「委託先の安全性を年1回
// 確認」. Choosing or supervising them alone (委託先の監督, the care Japan's privacy law asks of whoever entrusts data)
// says nothing of their security.
// The suppliers as what is assessed: after the assessment and not its agent ("we review our vendors", "a security audit
// of all sub-processors", not "audited by an outside firm"), or before it as one noun ("vendor risk assessments",
// "sub-processor security reviews"). "Third-party security audits" are the provider's own review.
const ASSESSMENT = /\b(?:assess(?:es|ed|ing|ments?)?|reviews?|reviewed|reviewing|audits?|audited|auditing|evaluat(?:es?|ed|ing|ions?)|validat(?:es?|ed|ing|ion)|vet(?:s|ted|ting)?|due diligence|screen(?:s|ed|ing))\b/giu;
const ASSESSED_SUPPLIERS = /(?:(?!\bby\b|\bfrom\b|\bwith\b)[^.\n]){0,60}?\b(?:suppliers|vendors|sub-?processors|subcontractors|third parties|(?:service|infrastructure|hosting|cloud) providers|(?:infrastructure|hosting|technology) partners)\b/iuy;
const SUPPLIER_ASSESSMENTS = /\b(?:vendors?|suppliers?|sub-?processors?|subcontractors?|third[- ]party risk)(?:['’]s?)?\s+(?:(?:data\s+)?security\s+|risk\s+)?(?:assessments?|reviews?|audits?|due diligence|vetting|evaluations?|practices|posture|management program(?:me)?)\b/iu;
const THEIR_SECURITY = /\bsecur(?:e|ity)\b|\b(?:privacy|compliance) standards\b/iu;
const SUPPLIERS_JA = '(?:委託先|業務委託|外部委託|外部業者|外部事業者|外部サービス|サプライヤー?|ベンダー)';
const ASSESSED_JA = new RegExp(`${SUPPLIERS_JA}[^。\\n]{0,40}(?:評価|審査|監査|確認|レビュー|選定)|(?:評価|審査|監査|確認|レビュー|選定)[^。\\n]{0,40}${SUPPLIERS_JA}`, 'u');
// Safety as such (安全性, 安全が確保), not 安全管理, the care a privacy policy owes whatever it entrusts.
const THEIR_SECURITY_JA = /安全性|安全が|セキュリティ|保護水準/u;

// A customer's duty to vet its own suppliers is not the provider's ("You should review your vendors …", お客様は…).
const CUSTOMER_DUTY = /^\s*(?:you|customers?|the customer)\b|\byou (?:must|should|are responsible)\b|\byour (?:own )?(?:vendor|supplier|third[- ]party)|お客様(?:は|が)|利用者(?:は|が)/iu;

function assessedIn(sentence: string): string | undefined {
  if (CUSTOMER_DUTY.test(sentence)) return undefined;
  const ja = ASSESSED_JA.exec(sentence);
  if (ja && THEIR_SECURITY_JA.test(sentence)) return ja[0];
  const compound = SUPPLIER_ASSESSMENTS.exec(sentence);
  if (compound && (THEIR_SECURITY.test(sentence) || /assess|review|audit|diligence|vetting|evaluat/iu.test(compound[0]))) return compound[0];
  if (!THEIR_SECURITY.test(sentence)) return undefined;
  for (const m of sentence.matchAll(ASSESSMENT)) {
    ASSESSED_SUPPLIERS.lastIndex = m.index + m[0].length;
    const object = ASSESSED_SUPPLIERS.exec(sentence);
    if (object) return `${m[0]}${object[0]}`;
  }
  return undefined;
}

/** The words of `text` in which the provider assesses its suppliers' security, or undefined. */
export function suppliersVetted(text: string): string | undefined {
  const folded = text.normalize('NFKC');
  for (const { start, end } of splitSentences(folded)) {
    const found = assessedIn(folded.slice(start, end));
    if (found !== undefined) return found;
  }
  return undefined;
}

// R1: the agreements that bind the chain, said in one sentence under any heading (15.1.2): the suppliers held by contract
// to terms ("our vendors are contractually bound to …", "under written confidentiality terms", "every sub-processor
// has signed a data processing agreement", 「委託先とは秘密保持契約を結んでいます」).
const CHAIN_SUPPLIERS = /\b(?:sub-?processors?|subcontractors?|suppliers|vendors|(?:service|hosting|infrastructure|third[- ]party) providers|providers)\b|委託先|再委託先/iu;
const BOUND = /\bcontractually (?:obligated|bound|required)\b|\b(?:written|binding) (?:data[- ]protection |confidentiality )?(?:terms|agreements?|contracts?|obligations)\b|\b(?:sign(?:s|ed)?|execute[sd]?|enter(?:s|ed)? into|acquire[sd]?|require[sd]?|ha(?:s|ve))\b[^.\n]{0,30}\b(?:DPAs?|data processing agreements?|contracts?)\b|\bunder (?:a |an )?(?:contract|agreement)s?\b|(?:契約|覚書)(?:を)?(?:締結|結)|(?:守秘|秘密保持)義務/iu;

/** The words of `text` that bind the provider's suppliers by agreement, or undefined. */
export function chainBound(text: string): string | undefined {
  const folded = text.normalize('NFKC');
  for (const { start, end } of splitSentences(folded)) {
    const sentence = folded.slice(start, end);
    const bound = CHAIN_SUPPLIERS.test(sentence) && !CUSTOMER_DUTY.test(sentence) ? BOUND.exec(sentence) : null;
    if (bound) return bound[0];
  }
  return undefined;
}
