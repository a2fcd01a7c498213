// A section on the provider's sub-processors, subcontractors or suppliers ("Sub-processors", "5. Subprocessing",
// "Suppliers", 「第6条（委託先・利用サービス）」, 「取扱いの委託」) says whom the processing is passed to and on what terms: the
// chain the agreement binds (15.1.2, security in supplier agreements), which the annotations read it as twice as often as
// a policy for suppliers' security (15.1.1). It answers 15.1.1 as well only where the provider assesses the suppliers'
// security before it engages them or as it keeps them (a security review, due diligence, vetting, their certifications
// checked, "standards for security" they must meet). A contract's party named "the Supplier" in the singular is the provider
// itself, no chain.

const CHAIN = /\bsub-?\s?process(?:ors?|ing)\b|\bsub-?contract(?:ors?|ing)\b|\bsuppliers\b|委託|サブプロセッサ/iu;

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

// Suppliers chosen or overseen with care: selected, supervised (the 委託先の監督 Japan's privacy law asks of whoever
// entrusts data), monitored. Less than an assessment, more than naming them.
export const SUPPLIERS_OVERSEEN =
  /(?:委託先|再委託先|外部委託先)[^。\n]{0,20}(?:選定|監督|管理)|(?:選定|監督)[^。\n]{0,10}(?:委託先|再委託先)|\b(?:select\w*|oversee\w*|oversight|monitor\w*|manag\w*)\b[^.\n]{0,40}\b(?:suppliers|vendors|subcontractors|sub-?processors)\b/iu;
