// "Any breach of this Agreement", "breach of your representations and warranties", "a breach of the Terms": a party
// failing its contract, which terms and indemnities speak of in every other clause. No data is exposed, so the word names
// no incident: a notice in such a clause ("promptly notifying you of the Claim") owes no incident's notice time.
/** Follows "breach" (or "breaches", "breached") where it is a contract's: append to the word's own pattern. */
export const NOT_OF_A_CONTRACT = String.raw`(?!(?:es|ed|ing)?\s{1,3}of\s{1,3}(?:this|the|these|its|your|our|any|such|their|a|an)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:agreements?|contracts?|terms|representations?|warrant(?:y|ies)|obligations?|covenants?|licen[cs]es?|addend(?:um|a)|DPA|EULA)\b)`;
