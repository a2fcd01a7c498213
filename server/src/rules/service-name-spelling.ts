// "サンプルクラド" for "サンプルクラウド": a near-miss of the service's own name
// in the prose reads as carelessness to a customer. One or two edits away,
// depending on the name's length; the exact name is never reported.
import { editDistance } from '../core/nearest';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import { allSections } from '../model/sectionsFor';
import { defineRule } from './rule';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Per name, the hits in each body text: a body is re-scanned only when it changes.
let cachedName = '';
let cache = new Map<string, readonly Hit[]>();

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/** Near-misses of `name` in `text`. Windows start only where the name's first or second character stands. */
export function nearMisses(text: string, name: string): Hit[] {
  const n = name.length;
  const allowed = n >= 8 ? 2 : 1;
  const ascii = /^[\x20-\x7e]+$/.test(name);
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== name[0] && text[i] !== name[1]) {
      i++;
      continue;
    }
    let best: Hit | undefined;
    let bestDistance = allowed + 1;
    for (let length = n - allowed; length <= n + allowed; length++) {
      const window = text.slice(i, i + length);
      if (window.length !== length || window === name) continue;
      // In English a near-miss must be a whole word ("Example Form", not "Example Formsets").
      if (ascii && (isWordChar(text[i - 1]) || isWordChar(text[i + length]))) continue;
      const distance = editDistance(window, name);
      if (distance > 0 && distance < bestDistance) {
        best = { start: i, end: i + length, text: window };
        bestDistance = distance;
      }
    }
    if (text.startsWith(name, i)) {
      i += n;
      continue;
    }
    if (best && !text.slice(best.start, best.end + allowed).includes(name)) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

function hitsIn(body: string, name: string): readonly Hit[] {
  if (name !== cachedName) {
    cachedName = name;
    cache = new Map();
  }
  let hits = cache.get(body);
  if (!hits) {
    hits = nearMisses(body, name);
    if (cache.size > 20_000) cache.clear();
    cache.set(body, hits);
  }
  return hits;
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
    const name = (document.data.service as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || name.trim().length < 4) return;
    for (const section of allSections(document)) {
      if (section.body === undefined || !section.bodySpan) continue;
      const hits = hitsIn(section.body, name);
      if (hits.length === 0) continue;
      const map = scalarSourceMap(section.body, document.text.slice(section.bodySpan.start, section.bodySpan.end), section.bodySpan.start);
      for (const hit of hits) {
        const span = { start: map[hit.start], end: map[hit.end - 1] + 1 };
        report({ ...span, messageId: 'nearMiss', data: { found: hit.text, name }, fixes: [{ messageId: 'useName', data: { name }, edits: [{ ...span, text: name }], preferred: true }] });
      }
    }
  },
});
