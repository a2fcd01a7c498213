// A certification or an outside audit the provider is still preparing for
// ("取得準備をしています", "ISO/IEC 27001 is planned for next year") is no
// independent review yet: 18.2.1 is answered by one that has taken place.

// A review named: a certification, an audit, a standard one is certified against.
export const REVIEW = /認証|監査|ISMAP|SOC ?[12]|ISO(?:\/IEC)? ?2700[0-9]|\baudit|\bcertif|\battest/iu;
// Not yet: being prepared, planned, aimed at, under way.
const NOT_YET = /準備|予定|目指|計画|検討中|申請中|取得中|\bplanned\b|\bplanning\b|\bworking towards?\b|\bpursuing\b|\bin progress\b|\bunderway\b|\bunder way\b|\bexpect(?:s|ed)? to\b|\bstill happening\b|\bnot yet\b|\bwill (?:undergo|obtain|complete)\b/iu;

/** Whether every sentence of `text` that names a review says it has not taken place yet (and one does). */
export function reviewNotYet(text: string): boolean {
  const naming = text.split(/[。．!?！？\n]|\.(?:\s|$)/u).filter((sentence) => REVIEW.test(sentence));
  return naming.length > 0 && naming.every((sentence) => NOT_YET.test(sentence));
}
