// A sentence in which the provider sets up the organisation that runs its security (「情報セキュリティ管理体制の確立を図り」,
// 「組織体制を整備し」, 「運用管理体制を確立・維持します」) is organising information security (6.1.1), whatever its section is
// called: a Japanese security policy's clauses say it once, in a clause headed by its own words (「社内体制の整備」) or
// among the policy's other principles. Of the given texts that say it so, every annotation counts it.

const ORGANISED = /(?:組織|管理|推進|社内|運用管理|責任)体制(?:を|の)(?:整備|確立|構築|整え)/u;

/** The words that show `sentence` sets up the provider's security organisation, or undefined. */
export function securityOrganised(sentence: string): string | undefined {
  return ORGANISED.exec(sentence)?.[0];
}
