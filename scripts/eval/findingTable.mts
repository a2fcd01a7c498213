// Every prose finding of a built CLI over the annotated documents, with its
// verdict (TP, FP, and every FN) and what a rule could test about it: the
// section it falls in (its heading and the controls the importer read there),
// the page kind, the sentence's form (the provider's commitment, a customer's
// duty, a question, a list item, a heading line), how far it is from the
// nearest annotated gap of its rule, and the provider. One JSON object a line,
// for choosing gates by cross-validation over providers (findingGates.mjs).
//
//   node --import tsx scripts/eval/findingTable.mts [--cli dist/cli.js] [--split S[,S]] [--skip S[,S]] [--blind S] > table.jsonl
//
// The session's blind split (--blind, heldout41 unless told) is never read: its texts and annotations are for the
// end-of-session score only. Last session's blind split is given now and read like the others.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { lineAt, lineStarts } from '../../server/src/core/lines';
import { commitmentOf } from '../../server/src/facts/commitmentOf';
import { providerNames } from '../../server/src/facts/providerNames';
import { sectionize } from '../../server/src/import/sectionize';
import { readDocument } from '../../server/src/read/readDocument';
import { expectedControlIds, loadAnnotations, locateCorpus, textPath } from './annotations.mjs';
import { PROSE_RULES } from './score.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const cli = resolve(option('--cli') ?? join(ROOT, 'dist', 'cli.js'));
const splits = option('--split')?.split(',');
const skip = new Set(option('--skip')?.split(',') ?? []);
const blind = option('--blind') ?? 'heldout41';

/** The control a rule's finding is about: the section that carries it is the rule's own subject. */
const OWN_CONTROLS: Record<string, RegExp> = {
  'deletion-policy': /^CLD\.8\.1\.5$/,
  'backup-retention': /^12\.3\.1$/,
  'backup-outlives-deletion': /^(12\.3\.1|CLD\.8\.1\.5)$/,
  'log-retention-missing': /^12\.4\.[1-3]$/,
  'log-retention-consistency': /^12\.4\.[1-3]$/,
  'incident-notification': /^16\.1\.[1-7]$/,
  'change-notice': /^12\.1\.2$/,
  'clock-source': /^12\.4\.4$/,
  'data-location': /^18\.1\.1$/,
  'governing-law': /^18\.1\.1$/,
};

const COMMITMENT = /\b(we|our|us)\b[^.?!]{0,60}\b(will|shall|must|are committed|commit|guarantee|ensure|keep|retain|delete|notify)\b|(当社|弊社|本サービス|当機構|当センター)/iu;
const CUSTOMER_DUTY = /\b(you|your|customers?|users?|clients?)\b[^.?!]{0,40}\b(must|should|need to|are responsible|may want)\b|(お客様|利用者|ユーザー)[^。]{0,30}(ください|必要があります|責任)/iu;
const QUESTION = /[?？]\s*$|^\s*(Q[.:：\d]|問|質問)/u;
const LIST_ITEM = /^\s*([-*•・●○■□◆◇▪]|\d+[.)]|\(\w\)|[a-z][.)])\s/u;
const CHECKBOX = /[□☐☑✓✔]|\[\s?[xX ]?\s?\]/u;

async function run(paths: string[]): Promise<Map<string, any[]>> {
  const exec = promisify(execFile);
  const out = new Map<string, any[]>();
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += 40) batches.push(paths.slice(i, i + 40));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      let stdout: string;
      try {
        stdout = (await exec(process.execPath, [cli, 'check', ...batch, '--format', 'json', '--lang', 'en'], { maxBuffer: 1 << 28, env: { ...process.env, LANG: 'C' } })).stdout;
      } catch (error: any) {
        stdout = error.stdout;
      }
      for (const file of JSON.parse(stdout).files ?? []) out.set(resolve(file.path), file.findings ?? []);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

const lineOf = (starts: number[], offset: number) => lineAt(starts, offset) + 1;

const rangesOf = (gap: any): [number, number][] => (gap.at ?? [gap.lines]).map(([a, b]: number[]) => [a, b ?? a]);

async function main() {
  const { annotations } = loadAnnotations(join(ROOT, 'eval', 'annotations'), expectedControlIds(ROOT));
  const corpus = locateCorpus(ROOT, undefined);
  const chosen = annotations.filter((a: any) => a.split !== blind && !skip.has(a.split) && (!splits || splits.includes(a.split)));
  const docs = chosen
    .map((a: any) => ({ a, path: textPath(a, { root: ROOT, annotationsDir: join(ROOT, 'eval', 'annotations'), corpusDir: corpus.dir }) }))
    .filter((d: any) => d.path);
  const findings = await run(docs.map((d: any) => resolve(d.path)));
  for (const { a, path } of docs) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split(/\r?\n/);
    let headings: { line: number; title: string; controls: string[] }[] = [];
    let kind = '?';
    try {
      const imported = sectionize(await readDocument(path), basename(path));
      const read = (imported as any).sourceText ?? text;
      const starts = lineStarts(read);
      headings = imported.headings.map((h) => ({ line: lineOf(starts, h.start), title: h.title, controls: h.controls.map((c: any) => c.id) }));
      kind = imported.kind.kind;
    } catch {
      // A text the importer cannot read has no headings to tell.
    }
    const mine = findings.get(resolve(path)) ?? [];
    const gapsOf = (rule: string) => a.gaps?.[rule];
    const base = { id: a.id, split: a.split, provider: a.provider ?? a.id, lang: a.lang ?? (a.id.startsWith('ja-') ? 'ja' : 'en'), kind, cut: Boolean(a.cut) };
    const sectionAt = (line: number) => {
      let h: (typeof headings)[number] | undefined;
      for (const x of headings) if (x.line <= line) h = x;
      return h;
    };
    const names = providerNames(text);
    const features = (rule: string, line: number, endLine: number, column = 1) => {
      const h = sectionAt(line);
      const own = OWN_CONTROLS[rule];
      const sentence = lines.slice(line - 1, endLine).join(' ');
      const first = lines[line - 1] ?? '';
      const gaps = gapsOf(rule) ?? [];
      const distance = gaps.length === 0 ? null : Math.min(...gaps.flatMap((g: any) => rangesOf(g).map(([f, t]) => (line > t ? line - t : endLine < f ? f - endLine : 0))));
      return {
        heading: h?.title ?? '',
        headingLine: h?.line ?? 0,
        sectionControls: h?.controls ?? [],
        ownControl: own ? (h?.controls ?? []).some((c) => own.test(c)) : null,
        docOwnControl: own ? headings.some((x) => x.controls.some((c) => own.test(c))) : null,
        onHeading: headings.some((x) => x.line >= line && x.line <= endLine),
        commitment: COMMITMENT.test(sentence),
        customerDuty: CUSTOMER_DUTY.test(sentence),
        // Who commits to the line's statement (facts/commitmentOf.ts), read up to the finding's column.
        providerCommits: commitmentOf(sentence, column - 1, names) === 'provider',
        question: QUESTION.test(first) || QUESTION.test(lines[line - 2] ?? ''),
        listItem: LIST_ITEM.test(first),
        checkbox: CHECKBOX.test(sentence),
        span: endLine - line + 1,
        distance,
        text: first.trim().slice(0, 160),
      };
    };
    for (const rule of PROSE_RULES) {
      const gaps = gapsOf(rule);
      if (gaps === undefined) continue;
      const found = new Set<number>();
      for (const f of mine.filter((x: any) => x.ruleId === rule)) {
        const hit = gaps.findIndex((g: any) => rangesOf(g).some(([from, to]) => f.line <= to && (f.endLine ?? f.line) >= from));
        if (hit !== -1) found.add(hit);
        const verdict = hit === -1 ? 'FP' : gaps[hit].optional ? 'OPT' : 'TP';
        console.log(JSON.stringify({ ...base, rule, verdict, line: f.line, column: f.column, endLine: f.endLine ?? f.line, path, message: f.message, gap: hit, ...features(rule, f.line, f.endLine ?? f.line, f.column) }));
      }
      gaps.forEach((g: any, i: number) => {
        if (g.optional || found.has(i) || a.cut) return;
        const [from, to] = rangesOf(g)[0];
        console.log(JSON.stringify({ ...base, rule, verdict: 'FN', line: from, column: 1, endLine: to, path, message: g.note ?? '', gap: i, ...features(rule, from, to) }));
      });
    }
  }
}

await main();
