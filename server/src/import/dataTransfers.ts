// A clause on moving data abroad (a DPA's "International Data Transfers", "Transfer of personal data outside the EU",
// 越境移転, a privacy policy's 外国にある第三者への提供) says where the data may go and on what terms: the annotated
// corpus marks 6.1.3 on such a clause in 15 of the 21 documents that have one, and the other 6 mark it on another
// section of the same document (the thirty-fourth session's count).
const TRANSFERS = /\b(?:international|cross[- ]border|overseas|third[- ]country)\s+(?:data\s+)?transfers?\b|\btransfers?\s+(?:of\s+(?:personal\s+)?data\s+)?(?:outside|to\s+third\s+countries)|越境移転|国外(?:への)?移転|外国(?:にある第三者)?への(?:移転|提供)/iu;

/** The words by which `heading` opens a clause on transferring data abroad, if it does. */
export function dataTransfers(heading: string): string | undefined {
  return TRANSFERS.exec(heading.normalize('NFKC'))?.[0];
}
