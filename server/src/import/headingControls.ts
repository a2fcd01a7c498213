// The controls a heading refers to, in 2013 numbering. In order of trust:
// explicit references ("[ISO/IEC 27001:2013] A.12.3.1", "(ISO/IEC27017 項:12.4.1)",
// "CLD.9.5.1"), then a leading control number whose words match the catalog
// title (so "2.3. データの削除" or "8.6. 取得について", the document's own chapter
// numbers, are never taken for controls), then the catalog's topic keywords.
import { counterparts, expectedControls, lookupControl, normalizeControlId } from '../catalog';
import { maxOf } from '../core/arrays';

export interface HeadingControls {
  readonly ids: readonly string[];
  readonly via: 'reference' | 'number' | 'keywords' | 'none';
}

const CLD = /CLD[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}/g;
const ANNEX_A = /A[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2}/g;
const CLAUSE_REF = /(?:項|clause|control)\s*[:：]?\s*([0-9０-９]{1,2}[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2})/gi;
const LEADING = /^\s*((?:CLD[.．])?[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,2})([.．])?[\s\u3000]+(.*)$/;

const words = (text: string) => text.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g) ?? [];

// Japanese noun phrases drop or keep の freely ("変更の管理", "変更管理"): compare without it.
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\u3000、,・()（）「」『』の]/g, '');

function explicitRefs(text: string): string[] {
  const found = [...text.matchAll(CLD), ...text.matchAll(ANNEX_A)].map((m) => normalizeControlId(m[0]));
  for (const m of text.matchAll(CLAUSE_REF)) found.push(normalizeControlId(m[1]));
  return [...new Set(found)].filter((id) => lookupControl(id, '2013'));
}

/**
 * Whether the words after a number name that control, by its catalog title in either language. In a document that
 * numbers its own outline, only the title itself does (a heading holding it, or most of it): a word in common is
 * the chapter's topic meeting the control's by chance ("9.1.2 Certificate access fees", "5.2 セッションセキュリティ").
 */
function titleMatches(rest: string, id: string, outline: boolean): boolean {
  const info = lookupControl(id);
  if (!info) return false;
  const heading = squash(rest);
  if (heading.length < 2) return false;
  return [info.title.ja, info.title.en].some((title) => {
    const t = squash(title);
    if (outline) return heading.includes(t) || (t.includes(heading) && heading.length * 2 >= t.length);
    if (heading.includes(t) || t.includes(heading)) return true;
    // English: a shared word that is not the standard's boilerplate ("information", "security").
    if (/^[\x00-\x7f]+$/.test(rest)) {
      const titleWords = new Set(words(title).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w)));
      return words(rest).some((w) => titleWords.has(w));
    }
    // Japanese: a shared run of four characters: titles are often shortened or reworded.
    for (let i = 0; i + 4 <= heading.length; i++) if (t.includes(heading.slice(i, i + 4))) return true;
    return false;
  });
}

const COMMON_WORDS = new Set(['information', 'security', 'management', 'with', 'from', 'cloud', 'service', 'services']);

function leadingNumber(text: string, outline: boolean): string[] {
  const match = LEADING.exec(text);
  if (!match || match[2]) return [];
  const id = normalizeControlId(match[1]);
  if (!titleMatches(match[3], id, outline)) return [];
  if (lookupControl(id, '2013')) return [id];
  return lookupControl(id, '2022') ? counterparts(id, '2022') : [];
}

const KEYWORDS = expectedControls().map((control) => ({
  id: control.id,
  keywords: [...control.keywords.ja, ...control.keywords.en, control.title.ja, control.title.en]
    .map((k) => ({ squashed: squash(k), words: /^[\x00-\x7f]+$/.test(k) ? words(k) : [] }))
    .filter((k) => k.squashed.length >= 2),
}));

function byKeywords(text: string): string[] {
  const heading = squash(text);
  // English puts the same words in another order: "data deletion", "deletion of customer data".
  const headingWords = new Set(words(text));
  const matches = (k: { squashed: string; words: string[] }) => heading.includes(k.squashed) || (k.words.length > 1 && k.words.every((w) => headingWords.has(w)));
  let best = 0;
  let ids: string[] = [];
  for (const { id, keywords } of KEYWORDS) {
    const longest = maxOf(keywords.filter(matches).map((k) => k.squashed.length), 0);
    if (longest === 0 || longest < best) continue;
    if (longest > best) {
      best = longest;
      ids = [];
    }
    ids.push(id);
  }
  // One clear topic, not a heading that merely mentions a common word.
  return ids.length <= 2 ? ids : [];
}

const OUTLINE_NUMBER = /^\s*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,2})[.．]?[\s\u3000]/;

/**
 * Whether a document numbers its own outline: a numbered heading under a heading of its parent's number ("9.1.2 …"
 * under "9.1 …", "5.2 …" under "5. …"), as an RFC 3647 CP/CPS or a numbered handbook runs. A text that cites controls
 * by number heads no section with a control's parent number ("12.3" is no control).
 */
export function ownOutline(headings: readonly string[]): boolean {
  const numbers = new Set(headings.map((h) => OUTLINE_NUMBER.exec(h.normalize('NFKC'))?.[1]).filter((n) => n !== undefined));
  return [...numbers].some((n) => n.includes('.') && numbers.has(n.slice(0, n.lastIndexOf('.'))));
}

/** A heading's controls; `outline`: the document numbers its own outline (`ownOutline`), so a number is a chapter's. */
export function headingControls(text: string, outline = false): HeadingControls {
  const explicit = explicitRefs(text);
  if (explicit.length > 0) return { ids: explicit, via: 'reference' };
  const numbered = leadingNumber(text, outline);
  if (numbered.length > 0) return { ids: numbered, via: 'number' };
  const keywords = byKeywords(text);
  return keywords.length > 0 ? { ids: keywords, via: 'keywords' } : { ids: [], via: 'none' };
}
