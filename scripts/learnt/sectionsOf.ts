// The annotated corpus as sections: for every present text that is not blind, each section's words, the controls the
// current recognition gives it and the gold controls whose annotated lines it overlaps. Printed as JSON on stdout.
import { readFileSync } from 'node:fs';
import { lineAt, lineStarts } from '../../server/src/core/lines';
import { importWhitepaper } from '../../server/src/import/importWhitepaper';
import { LEARNT_CONTROL_WORDS } from '../../server/src/catalog/learntControlWords';

// The sections' current controls are what the other paths give: the learnt weights must not learn from their own guesses.
(LEARNT_CONTROL_WORDS as unknown[]).splice(0);

interface Input { id: string; provider: string; split: string; lang: string; path: string; controls: string[]; partial: string[]; controlLines: Record<string, [number, number?]> }

const inputs: Input[] = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const input of inputs) {
  const text = readFileSync(input.path, 'utf8');
  let result;
  try {
    result = importWhitepaper(text, input.path);
  } catch (error) {
    process.stderr.write(`${input.id}: ${(error as Error).message}\n`);
    continue;
  }
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset) + 1;
  const heads = result.headings;
  const sections = [];
  const spans: { from: number; to: number; title: string; parent: string; controls: string[]; via: string[] }[] = [];
  const firstStart = heads[0]?.start ?? text.length;
  if (text.slice(0, firstStart).trim() !== '') spans.push({ from: 0, to: firstStart, title: '', parent: '', controls: [], via: [] });
  heads.forEach((h, i) => {
    const parent = heads.slice(0, i).reverse().find((p) => p.depth < h.depth)?.title ?? '';
    const to = heads[i + 1]?.start ?? text.length;
    spans.push({ from: h.start, to, title: h.title, parent, controls: [...new Set(h.controls.map((c) => c.id))], via: h.controls.map((c) => `${c.id}:${c.via}`) });
  });
  for (const s of spans) {
    const fromLine = lineOf(s.from);
    const toLine = Math.max(fromLine, lineOf(Math.max(s.from, s.to - 1)));
    const gold: string[] = [];
    const partial: string[] = [];
    const unknown: string[] = [];
    for (const id of [...input.controls, ...input.partial]) {
      const range = input.controlLines?.[id];
      if (!range) { unknown.push(id); continue; }
      const [a, b = a] = range;
      if (a <= toLine && b >= fromLine) (input.controls.includes(id) ? gold : partial).push(id);
    }
    const raw = text.slice(s.from, s.to);
    const titleEnd = s.title ? raw.indexOf('\n') : 0;
    sections.push({
      fromLine, toLine, title: s.title, parent: s.parent, current: s.controls, via: s.via, gold, partial, unknown,
      bodyText: titleEnd > 0 ? raw.slice(titleEnd) : s.title ? '' : raw,
    });
  }
  const current = [...new Set([...result.controls.map((c) => c.id)])];
  out.push({ id: input.id, provider: input.provider, split: input.split, lang: result.lang, controls: input.controls, partial: input.partial, current, sections });
}
process.stdout.write(JSON.stringify(out));
