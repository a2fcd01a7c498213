// Builds the source format from a published whitepaper read as blocks
// (read/block.ts), whatever its format: sections from headings, controls from
// the references in them, prose kept verbatim in block scalars. It also keeps
// a map from every offset of the generated YAML back to the document's text,
// so findings are reported where a reviewer reads them.
import type { ReadDocument } from '../read/block';
import type { Heading } from './headings';
import { headingControls } from './headingControls';

export interface ImportResult {
  readonly yaml: string;
  readonly lang: 'ja' | 'en';
  readonly sections: number;
  /** The original offset of a generated one; generated-only text maps to its section's heading or the start. */
  toSource(offset: number): number;
}

interface LineOrigin {
  /** Offset of the generated line in the YAML. */
  readonly at: number;
  /** Characters the YAML adds before the original text starts (indentation, `- title: "`). */
  readonly shift: number;
  /** Offset of the original text, or of the heading that stands for a generated line. */
  readonly source: number;
  /** Whether the rest of the line is the original text, character for character. */
  readonly verbatim: boolean;
}

interface Node {
  readonly heading: Heading;
  readonly body: readonly number[];
  readonly children: Node[];
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/g;

function detectLang(text: string): 'ja' | 'en' {
  const japanese = text.match(JAPANESE)?.length ?? 0;
  return japanese > Math.max(20, text.length * 0.05) ? 'ja' : 'en';
}

function guessProvider(text: string): string | undefined {
  const match = /(?:株式会社|有限会社|合同会社)[^\s、。,（(）)「」]{1,30}|[^\s、。,（(「」]{1,30}(?:株式会社|有限会社|合同会社)|[A-Z][\w&.-]{0,39}(?: [A-Z][\w&.-]{0,39}){0,4},? (?:Inc\.|Ltd\.|LLC|Corporation|K\.K\.|GmbH)/.exec(text.slice(0, 20_000));
  // "株式会社サンプルは…": drop the particle that follows the name in a sentence.
  return match?.[0].replace(/[はがのをにでとも]+$/, '');
}

/** Product names written as one word with an inner capital or digit: "ExampleDrive", "cloudBox", "Foo365". */
const PRODUCT_WORD = /(?<![A-Za-z0-9])[A-Za-z][a-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)+(?![A-Za-z0-9])/g;

/**
 * The service's name: the title without its boilerplate. When the text names
 * a product of the same family (same first four letters) far more often than
 * the title does, that is the service the paper describes, and near-misses
 * of it are the ones worth reporting.
 */
function guessServiceName(title: string, text: string, fallback: string): string {
  const name = title
    .replace(/ISO\/IEC\s*2701[78](?::20\d\d)?|ISMAP|[(（[［【].*?[)）\]］】]/gi, '')
    .replace(/セキュリティ\s*ホワイト\s*ペーパー|ホワイトペーパー|に(?:おける|関する)|について|security\s+white\s*paper|white\s*paper/gi, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  if (!name) return fallback;
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(PRODUCT_WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const family = [...counts].filter(([word]) => word !== name && word.length >= 5 && word.slice(0, 4).toLowerCase() === name.slice(0, 4).toLowerCase());
  const [common, uses] = family.sort((a, b) => b[1] - a[1])[0] ?? [];
  return common && uses! >= 3 && uses! >= 3 * (counts.get(name) ?? 0) ? common : name;
}

// Characters YAML cannot hold in a block scalar become spaces, one for one, so offsets stay aligned.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function headingsOf(document: ReadDocument, lineStarts: readonly number[]): Heading[] {
  return document.blocks.filter((b) => b.kind === 'heading').map((b) => ({ line: lineOf(lineStarts, b.start), text: b.title ?? document.text.slice(b.start, b.end).trim(), level: b.level }));
}

export function sectionize(document: ReadDocument, fileName: string): ImportResult {
  const text = document.text;
  const lines = text.split('\n').map((line) => line.replace(/\r$/, '').replace(UNPRINTABLE, ' '));
  const lineStarts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);

  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const headings = headingsOf(document, lineStarts).filter((h) => h.line !== firstLine);
  const title = document.title ?? (firstLine === -1 ? fileName : lines[firstLine].trim().replace(/^#+\s*/, ''));
  const lang = detectLang(text);

  // Headings nest by level; each one's body runs to the next heading.
  const roots: Node[] = [];
  const stack: Node[] = [];
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.line ?? lines.length;
    const body = Array.from({ length: end - heading.line - 1 }, (_, k) => heading.line + 1 + k);
    const node: Node = { heading, body, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  });
  const preamble = Array.from({ length: Math.max(0, (headings[0]?.line ?? lines.length) - firstLine - 1) }, (_, k) => firstLine + 1 + k);

  const out: string[] = [];
  const origins: LineOrigin[] = [];
  let at = 0;
  const emit = (line: string, origin?: { source: number; shift: number; verbatim: boolean }) => {
    origins.push({ at, shift: origin?.shift ?? 0, source: origin?.source ?? lineStarts[Math.max(0, firstLine)] ?? 0, verbatim: origin?.verbatim ?? false });
    out.push(line);
    at += line.length + 1;
  };
  const quote = (value: string) => JSON.stringify(value);

  emit(`# Imported by wp27017 from ${fileName}: check the service details, then each section's controls.`);
  emit('whitepaper: 1');
  emit(`lang: ${lang}`);
  emit(`title: ${quote(title)}`, { source: lineStarts[Math.max(0, firstLine)] ?? 0, shift: 8, verbatim: false });
  emit('service:');
  emit(`  name: ${quote(guessServiceName(title, text, fileName.replace(/\.[^.]+$/, '')))}`);
  emit(`  provider: ${quote(guessProvider(text) ?? (lang === 'ja' ? '(提供者名)' : '(provider)'))}`);
  emit('  model: SaaS # imported: check IaaS, PaaS or SaaS');
  emit('numbering: "2013"');
  emit('sections:');

  const writeBody = (lineNumbers: readonly number[], indent: string) => {
    let from = 0;
    let to = lineNumbers.length;
    while (from < to && lines[lineNumbers[from]].trim() === '') from++;
    while (to > from && lines[lineNumbers[to - 1]].trim() === '') to--;
    if (from === to) return false;
    // An explicit indentation indicator when the text itself starts indented.
    emit(`${indent}body: |${/^\s/.test(lines[lineNumbers[from]]) ? '2' : ''}`);
    for (const n of lineNumbers.slice(from, to)) {
      const line = lines[n];
      if (line.trim() === '') emit('', { source: lineStarts[n], shift: 0, verbatim: false });
      else emit(`${indent}  ${line}`, { source: lineStarts[n], shift: indent.length + 2, verbatim: true });
    }
    return true;
  };

  let count = 0;
  const writeSection = (node: { heading?: Heading; title: string; body: readonly number[]; children: Node[] }, depth: number, inherited: readonly string[] = []) => {
    count++;
    const pad = '  '.repeat(depth * 2 + 1);
    const headingStart = node.heading ? lineStarts[node.heading.line] + Math.max(0, lines[node.heading.line].indexOf(node.title)) : lineStarts[Math.max(0, firstLine)] ?? 0;
    emit(`${pad}- title: ${quote(node.title)}`, { source: headingStart, shift: pad.length + 10, verbatim: !/["\\]/.test(node.title) });
    // A subsection on its parent's topic ("Restore" under "Backup") answers nothing new.
    const controls = node.heading ? headingControls(node.heading.text).ids.filter((id) => !inherited.includes(id)) : [];
    if (controls.length > 0) emit(`${pad}  controls: [${controls.join(', ')}]`, { source: headingStart, shift: 0, verbatim: false });
    const hasBody = writeBody(node.body, `${pad}  `);
    if (node.children.length > 0) {
      emit(`${pad}  sections:`, { source: headingStart, shift: 0, verbatim: false });
      for (const child of node.children) writeSection({ heading: child.heading, title: child.heading.text, body: child.body, children: child.children }, depth + 1, [...inherited, ...controls]);
    } else if (!hasBody) {
      emit(`${pad}  body: ""`, { source: headingStart, shift: 0, verbatim: false });
    }
  };

  if (preamble.some((n) => lines[n].trim() !== '')) writeSection({ title: lang === 'ja' ? 'はじめに' : 'Introduction', body: preamble, children: [] }, 0);
  for (const root of roots) writeSection({ heading: root.heading, title: root.heading.text, body: root.body, children: root.children }, 0);
  if (count === 0) writeSection({ title: title, body: [], children: [] }, 0);

  const yaml = `${out.join('\n')}\n`;
  return {
    yaml,
    lang,
    sections: count,
    toSource(offset) {
      let lo = 0;
      let hi = origins.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (origins[mid].at <= offset) lo = mid;
        else hi = mid - 1;
      }
      const origin = origins[lo];
      return origin.verbatim ? origin.source + Math.max(0, offset - origin.at - origin.shift) : origin.source;
    },
  };
}
