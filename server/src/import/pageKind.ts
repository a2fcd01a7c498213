// What kind of page a published text is, judged once per document before its
// sections are read for controls, from its title, its opening lines, its
// headings and its vocabulary. A control-by-control whitepaper answers a control
// under each heading that names it; the other pages a provider publishes name the
// same topics with other aims: a data processing agreement's clauses and annexes,
// an SLA, terms of service, a help article or FAQ, a catalogue of product features
// the customer switches on. There a heading word ("Encryption", "Logs", "Access
// Controls", "Compliance") is a topic, not the provider's practice: the section must
// say it. A customer's own rules for choosing cloud services (what it requires of
// providers) answers nothing at all: every practice in it is asked of someone else.
// `publishedKind.ts` judges afterwards, from the controls read, which values the
// page owes; this judgement comes first because it changes what is read. Its
// words are a catalog: `catalog/pageKinds.ts`.

import { AGREEMENT_SELF, AGREEMENT_TITLE, ASKED_OF_PROVIDER, DPA, FEATURE_HEADING, FEATURES_TITLE, HELP, OWN_SUBJECT, PROCUREMENT_TITLE, PROVIDER_SPEAKS, SLA, TERMS, TERMS_SELF, WHITEPAPER } from '../catalog/pageKinds';

/**
 * - whitepaper: answers controls section by section (its ids, 27017, ISMAP, a checklist, a security page): read as before.
 * - dpa, sla, terms, help, features: pages with another aim: a heading names a provider's practice only where its body says it.
 * - procurement: a customer's requirements of cloud providers: no practice of the provider's, only ids written.
 */
export type PageKind = 'whitepaper' | 'dpa' | 'sla' | 'terms' | 'help' | 'features' | 'procurement';

export interface PageEvidence {
  /** The document's title, or '' when it opens with prose. */
  readonly title: string;
  readonly text: string;
  /** The headings that became sections, in order. */
  readonly headings: readonly string[];
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function pageKind(evidence: PageEvidence): PageKind {
  const text = evidence.text;
  const title = evidence.title.normalize('NFKC').trim();
  const opening = `${title}\n${text.slice(0, 600)}`.normalize('NFKC');
  const headings = evidence.headings.map((h) => h.normalize('NFKC'));
  const asked = count(ASKED_OF_PROVIDER, text);
  if (PROCUREMENT_TITLE.test(title) || (asked >= 3 && asked > 2 * count(PROVIDER_SPEAKS, text) && !WHITEPAPER.test(opening) && !AGREEMENT_SELF.test(opening))) return 'procurement';
  if (WHITEPAPER.test(opening)) return 'whitepaper';
  // A title that names its own subject (a retention policy, a security overview) is that page, whatever its opening cites.
  const own = OWN_SUBJECT.test(title) && !DPA.test(title) && !HELP.test(title);
  if (DPA.test(own ? title : opening)) return 'dpa';
  if (SLA.test(title)) return 'sla';
  if (TERMS.test(title)) return 'terms';
  // Terms say what they are in their clauses (本規約 three times at least), whatever the file's format left as its first line.
  if (count(TERMS_SELF, text) >= 3) return 'terms';
  if (FEATURES_TITLE.test(title) || headings.filter((h) => FEATURE_HEADING.test(h)).length >= 2) return 'features';
  if (HELP.test(own ? title : opening)) return 'help';
  return 'whitepaper';
}

// A heading that is the title of a document of another kind: a DPA, an SLA or terms after a privacy statement in one
// text ("Acme Data Processing Addendum", "個人データの取扱いに関する覚書"), a clause number before it being a section's.
const CLAUSE_NUMBER = /^[\s\u3000]*(?:第?[\s\u3000]*[0-9０-９]+[\s\u3000]*[条章節.．)）]|[(（][0-9０-９]+[)）])/u;

/**
 * The kind of the document a heading inside the text opens, when it is the title of a DPA, an SLA or terms: a text made
 * of two documents (a privacy statement, then a DPA) is read part by part. `text`: what the heading stands over.
 */
export function openedDocument(heading: string, text: string, headings: readonly string[]): PageKind | undefined {
  const words = heading.normalize('NFKC').trim();
  if (CLAUSE_NUMBER.test(words) || !(DPA.test(words) || SLA.test(words) || TERMS.test(words))) return undefined;
  const kind = pageKind({ title: words, text, headings });
  return kind === 'whitepaper' ? undefined : kind;
}

/**
 * A heading other than the title opens an agreement (a privacy statement followed by the provider's DPA, terms after a
 * notice): the text holds the provider's commitments, whatever its title calls it.
 */
export function opensAgreement(title: string, headings: readonly string[]): boolean {
  const own = title.normalize('NFKC').trim();
  return headings.some((h) => {
    const words = h.normalize('NFKC').trim();
    return words !== own && !CLAUSE_NUMBER.test(words) && AGREEMENT_TITLE.test(words);
  });
}

/**
 * The controls of a provider's own practice, which a page that is not a whitepaper names by a heading word only where
 * the section says it: access, cryptography, logging, incidents, policy, review, awareness, location.
 */
export const PRACTICE_CONTROLS: ReadonlySet<string> = new Set([
  '5.1.1',
  '6.1.3',
  '7.2.2',
  '9.1.1',
  '9.1.2',
  '9.2.1',
  '9.2.2',
  '9.2.3',
  '9.2.4',
  '9.4.1',
  '9.4.2',
  '10.1.1',
  '10.1.2',
  '12.4.1',
  '12.4.2',
  '12.4.3',
  '12.4.4',
  '16.1.1',
  '16.1.2',
  '18.2.1',
]);
