// "サンプルクラド" for "サンプルクラウド": a near-miss of the service's own name
// in the prose reads as carelessness to a customer. One or two edits away,
// depending on the name's length; the exact name is never reported.
import { serviceNameFromText } from '../facts/serviceName';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import { allSections, withNested } from '../model/sectionsFor';
import { keptByTop } from '../model/placeIndex';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import type { SourceText } from '../core/sourceText';
import { defineRule } from './rule';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A name longer than this is a phrase, not a name: comparing it costs its length at every position.
const MAX_NAME = 60;

/** A section whose body holds near misses of the name. */
interface Near {
  readonly section: SectionModel;
  readonly body: string;
  readonly hits: readonly Hit[];
}

// Per top-level section, the sections under it with near misses of the name last checked (most have none): kept with
// it, so an edit searches only the sections it touched, and a keystroke walks the top-level sections, not every
// section. A section model lives as long as its segment is unchanged, so nothing outlives the document.
const nearUnder = keptByTop((): { name?: string; near: readonly Near[] } => ({ near: [] }));

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/**
 * Distances from `name` to every prefix of `text` from `start` up to `name.length + allowed` characters
 * (optimal string alignment, as editDistance), computed in one pass over a band of width 2·allowed + 1:
 * a prefix further than `allowed` comes back as allowed + 1.
 */
function prefixDistances(text: string, start: number, name: string, allowed: number, rows: Int32Array[]): Int32Array {
  const n = name.length;
  const width = Math.min(n + allowed, text.length - start);
  const far = allowed + 1;
  const [twoBack, previous, current] = rows;
  for (let j = 0; j <= width; j++) previous[j] = j <= allowed ? j : far;
  twoBack.fill(far);
  let [a, b, c] = [twoBack, previous, current];
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - allowed);
    const hi = Math.min(width, i + allowed);
    // Only the band is computed; the cells either side of it read as too far.
    c[lo - 1] = lo === 1 && i <= allowed ? i : far;
    if (hi + 1 <= width) c[hi + 1] = far;
    for (let j = lo; j <= hi; j++) {
      const cost = name[i - 1] === text[start + j - 1] ? 0 : 1;
      let best = Math.min(b[j] + 1, c[j - 1] + 1, b[j - 1] + cost);
      if (i > 1 && j > 1 && name[i - 1] === text[start + j - 2] && name[i - 2] === text[start + j - 1]) best = Math.min(best, a[j - 2] + 1);
      c[j] = Math.min(best, far);
    }
    [a, b, c] = [b, c, a];
  }
  rows[0] = a;
  rows[1] = b;
  rows[2] = c;
  return b;
}

/**
 * Near-misses of `name` in `text`: one edit away for names under eight characters, two for longer ones.
 * Windows start only where the name's first or second character stands; each costs the name's length
 * times the band, so the scan is linear in the text. Of the windows at one place, the nearest wins,
 * and among equally near ones the one as long as the name: the whole misspelt word is marked.
 */
export function nearMisses(text: string, name: string): Hit[] {
  const n = name.length;
  if (n === 0 || n > MAX_NAME) return [];
  const allowed = n >= 8 ? 2 : 1;
  const ascii = /^[\x20-\x7e]+$/.test(name);
  const rows = [new Int32Array(n + allowed + 1), new Int32Array(n + allowed + 1), new Int32Array(n + allowed + 1)];
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== name[0] && text[i] !== name[1]) {
      i++;
      continue;
    }
    if (text.startsWith(name, i)) {
      i += n;
      continue;
    }
    if (ascii && isWordChar(text[i - 1])) {
      i++;
      continue;
    }
    const distances = prefixDistances(text, i, name, allowed, rows);
    let best: Hit | undefined;
    let bestDistance = allowed + 1;
    let bestGap = Infinity;
    for (let length = Math.max(1, n - allowed); length <= Math.min(n + allowed, text.length - i); length++) {
      const distance = distances[length];
      // In English a near-miss must be a whole word ("Example Form", not "Example Formsets").
      if (distance === 0 || distance > allowed || (ascii && isWordChar(text[i + length]))) continue;
      const gap = Math.abs(length - n);
      if (distance < bestDistance || (distance === bestDistance && gap < bestGap)) {
        best = { start: i, end: i + length, text: text.slice(i, i + length) };
        bestDistance = distance;
        bestGap = gap;
      }
    }
    if (best && !text.slice(best.start, best.end + allowed).includes(name)) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

// Comparison forms: width (NFKC), case, spacing and joiners ("Sample Cloud", "ｻﾝﾌﾟﾙ", "サンプル・クラウド") and the
// katakana long vowel ("サーバ"/"サーバー") are house style, not spelling.
const JOINERS = /[\s・･\-‐‑–—_.]/g;
const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(JOINERS, '');
const withoutLongVowels = (text: string) => text.replace(/[ーｰ〜~]/g, '');

// A different kanji, kana particle or digit makes another word ("セキュリティ対策" is no "セキュリティ情報",
// "Cloud 365" no "Cloud 360"); a misspelling slips a letter, a kana or a voicing mark.
const ANOTHER_WORD = /[\p{Script=Han}\p{Script=Hiragana}0-9]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const HAN = /\p{Script=Han}/u;

/** Whether a near-miss is a misspelling of `name`, not a variant in house style, another word, or part of a longer one. */
export function isMisspelling(text: string, hit: Hit, name: string): boolean {
  const found = comparable(hit.text);
  const wanted = comparable(name);
  if (found === wanted || withoutLongVowels(found) === withoutLongVowels(wanted)) return false;
  const own = new Set(wanted);
  const kept = new Set(found);
  for (const char of found) if (!own.has(char) && ANOTHER_WORD.test(char)) return false;
  for (const char of wanted) if (!kept.has(char) && HAN.test(char)) return false;
  // A katakana or kanji word runs on past the hit: "サンプルクラウドサービス" holds no misspelt "サンプルクラウド".
  const before = text[hit.start - 1] ?? '';
  const after = text[hit.end] ?? '';
  const first = hit.text[0];
  const last = hit.text[hit.text.length - 1];
  if ((KATAKANA.test(first) && KATAKANA.test(before)) || (KATAKANA.test(last) && KATAKANA.test(after))) return false;
  if ((HAN.test(first) && HAN.test(before)) || (HAN.test(last) && HAN.test(after))) return false;
  return true;
}

/**
 * A text that stops in the middle of the name ("…のWPS Clo" as a page's last words) was cut there, by a download or a
 * copy: the start of the name is no misspelling.
 */
function cutInName(text: SourceText, end: number, found: string, name: string): boolean {
  return text.length - end <= 64 && text.slice(end).trim() === '' && comparable(name).startsWith(comparable(found));
}

/** How often `word` stands in `texts`, up to `cap`. */
function occurrences(texts: readonly string[], word: string, cap: number): number {
  let count = 0;
  for (const text of texts) {
    for (let at = text.indexOf(word); at !== -1 && count < cap; at = text.indexOf(word, at + word.length)) count++;
    if (count >= cap) break;
  }
  return count;
}

function nearIn(top: SectionModel, name: string): readonly Near[] {
  const near: Near[] = [];
  for (const section of withNested([top])) {
    if (section.body === undefined || !section.bodySpan) continue;
    const hits = nearMisses(section.body, name);
    if (hits.length > 0) near.push({ section, body: section.body, hits });
  }
  return near;
}

/** `service.name`, else the name the text itself defines or its title carries. */
function serviceName(document: WhitepaperModel): string | undefined {
  const pinned = (document.data.service as { name?: unknown } | undefined)?.name;
  if (pinned !== undefined) return typeof pinned === 'string' ? pinned : undefined;
  const title = typeof document.data.title === 'string' ? document.data.title : undefined;
  const bodies = allSections(document).map((s) => s.body ?? '');
  return serviceNameFromText(bodies.join('\n'), title);
}

export default defineRule({
  id: 'service-name-spelling',
  appliesTo: ['whitepaper'],
  severity: 'warning',
  description: {
    en: 'A near-miss of the service name (`service.name`) in the text.',
    ja: '本文中にサービス名(`service.name`)の誤記と思われる表記があります。',
  },
  messages: {
    nearMiss: {
      en: '"{found}" looks like a misspelling of the service name "{name}".',
      ja: '「{found}」はサービス名「{name}」の誤記ではありませんか。',
    },
    useName: {
      en: 'Change to "{name}"',
      ja: '「{name}」に直す',
    },
  },
  checkDocument(document, report) {
    const name = serviceName(document);
    if (name === undefined || name.trim().length < 4) return;
    // Made only when a section has a near miss.
    let bodies: string[] | undefined;
    const nearAt = nearUnder.in(document);
    for (let t = 0; t < document.sections.length; t++) {
      const kept = nearAt(t);
      if (kept.name !== name) {
        kept.name = name;
        kept.near = nearIn(document.sections[t], name);
      }
      for (const { section, body, hits: near } of kept.near) {
        bodies ??= allSections(document).map((s) => s.body ?? '');
        const all = bodies;
        // The same spelling written twice or more is a name of its own (another product, an edition), not a slip.
        const hits = near.filter((hit) => isMisspelling(body, hit, name) && occurrences(all, hit.text, 2) < 2);
        if (hits.length === 0) continue;
        const bodySpan = section.bodySpan!;
        const map = scalarSourceMap(body, document.text.slice(bodySpan.start, bodySpan.end), bodySpan.start);
        for (const hit of hits) {
          const span = { start: map[hit.start], end: map[hit.end - 1] + 1 };
          if (cutInName(document.text, span.end, hit.text, name)) continue;
          report({ ...span, messageId: 'nearMiss', data: { found: hit.text, name }, fixes: [{ messageId: 'useName', data: { name }, edits: [{ ...span, text: name }], preferred: true }] });
        }
      }
    }
  },
});
