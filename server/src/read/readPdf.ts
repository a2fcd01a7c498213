// A PDF as blocks, from the text layer PDF.js reads (each run of text with its
// font size, font and position). Running headers and footers (the same words
// at the top or bottom of most pages, page numbers) and the contents page are
// dropped; a page in two columns is read down the left column, then the
// right; lines join into paragraphs until one stops short of its column
// (Japanese without a space, English with one), across columns and pages; a
// line noticeably larger than the body's most common size is a heading, its
// level from its size among the headings, and where headings are set at the
// body's size they are told by their words as in plain text; a line whose
// runs sit apart in cells is a table row. Places are page and line.
import { existsSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BlockKind, ReadDocument, SourcePlace } from './block';
import { assemble, type RawBlock } from './assemble';
import { classifyLines } from './classifyLines';
import { pdfjs } from './pdfjs';
import { ReadError, type ReadErrorCode } from './readError';
import { append, maxOf, minOf } from '../core/arrays';

interface Run {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  /** PDF.js's name for the run's font on this document ("g_d0_f2"). */
  readonly font: string;
}

interface Line {
  readonly page: number;
  /** 1-based, in reading order, on its page. */
  lineOnPage: number;
  text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  /** The fonts of its runs with text. */
  readonly fonts: readonly string[];
  /** Set in a bold face throughout (known once the fonts' names are). */
  bold: boolean;
  /** Where each cell of a table row starts (a row's runs sit apart); one entry for a line of prose. */
  readonly cells: readonly number[];
  /** The right edge of the column the line sits in. */
  columnRight: number;
  /** Which column (0 left, 1 right, 2 the full width), to tell a column break from a gap. */
  readonly column: number;
}

export interface PdfOptions {
  /** Reading stops with a timeout error after this long. */
  readonly budgetMs: number;
}

const CJK_CHAR = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
// Fonts often map CJK ideographs to the look-alike Kangxi radicals (⽂ for 文); those are never meant in prose.
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;
const BULLET = /^(?:[-–—•・●○■□◆◇▪※*＊]|\(\d{1,2}\)|（\d{1,2}）|\d{1,2}\)|[①-⑳])\s?/;
const PAGE_NUMBER = /^(?:[-–—\s]*(?:page|p\.)?\s*\d{1,4}(?:\s*(?:\/|of|／)\s*\d{1,4})?\s*(?:ページ|頁)?[-–—\s]*)$/i;
const CONTENTS_ENTRY = /(?:\t|\.{4,}|…{2,}|・{4,}|‥{2,}|\s{3,})\s*(?:[-–]\s*)?\d{1,4}\s*(?:[-–])?$/;
const CONTENTS_TITLE = /^(?:目\s*次|contents|table of contents|index)$/i;

/** What reading a PDF yields before it becomes a ReadDocument: plain data, so a worker thread can send it. */
export interface PdfBlocks {
  readonly blocks: readonly RawBlock[];
  readonly title?: string;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<ReadDocument> {
  const { blocks, title } = await extractInWorker(bytes, options) ?? await extractPdf(bytes, options);
  return assemble('pdf', blocks, title);
}

/**
 * PDF.js parses a page without yielding to timers, so only another thread can
 * be stopped when a file takes too long: the bundled worker (dist/pdfWorker.js)
 * reads it, and is terminated at the budget. Without the bundle (tests run the
 * sources), reading happens here, checked against the budget page by page.
 */
function extractInWorker(bytes: Uint8Array, options: PdfOptions): Promise<PdfBlocks> | undefined {
  const script = joinPath(__dirname, 'pdfWorker.js');
  if (!existsSync(script)) return undefined;
  return new Promise((done, fail) => {
    const worker = new Worker(script, { workerData: { bytes, budgetMs: options.budgetMs } });
    const timer = setTimeout(() => {
      void worker.terminate();
      fail(new ReadError('timeout', { seconds: seconds(options.budgetMs) }));
    }, options.budgetMs);
    worker.once('message', (message: { blocks?: PdfBlocks; error?: { code: ReadErrorCode; data: Record<string, string | number> } }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.blocks) done(message.blocks);
      else fail(new ReadError(message.error!.code, message.error!.data));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      fail(new ReadError('corrupt', { format: 'PDF', detail: error.message.slice(0, 160) }));
    });
  });
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions): Promise<PdfBlocks> {
  const lib = await pdfjs();
  const deadline = Date.now() + options.budgetMs;
  let task: Task;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: a copy, as a plain Uint8Array.
    task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  } catch (error) {
    throw new ReadError('corrupt', { format: 'PDF', detail: (error as Error).message.slice(0, 160) });
  }
  try {
    return await extract(task, deadline, options);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ReadError('encrypted');
    throw new ReadError('corrupt', { format: 'PDF', detail: (error as Error).message.slice(0, 160) });
  } finally {
    void task.destroy();
  }
}

type Task = ReturnType<Awaited<ReturnType<typeof pdfjs>>['getDocument']>;

async function extract(task: Task, deadline: number, options: PdfOptions): Promise<PdfBlocks> {
  const pdf = await task.promise;
  const pages: Line[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    if (Date.now() > deadline) throw new ReadError('timeout', { seconds: seconds(options.budgetMs) });
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const runs: Run[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, , d, e, f] = item.transform as number[];
      const size = Math.hypot(b, d) || Math.abs(a);
      if (size <= 0) continue;
      runs.push({ text: item.str.replace(RADICALS, (c) => c.normalize('NFKC')), x0: e, x1: e + item.width, y: f, size, font: item.fontName });
    }
    pages.push(pageLines(runs, n, page.view[2] - page.view[0]));
    page.cleanup();
  }
  const meta = await pdf.getMetadata().catch(() => undefined);
  const lines = dropRunningLines(pages).flat();
  if (lines.every((line) => line.text.trim() === '')) throw new ReadError('no-text');
  if (headingSizes(lines).length <= 1) await markBold(pdf, lines, deadline, options);
  const info = meta?.info as { Title?: string } | undefined;
  return { blocks: toBlocks(dropContents(lines)), title: info?.Title };
}

// "Arial-BoldMT", "NotoSansCJKjp-Bold", "MS-Gothic,Bold", "HiraKakuPro-W6", "Helvetica-Black".
const BOLD_FACE = /bold|black|heavy|semibold|demibold|[-,_ ]W[6-9]$|[-,_ ]W[6-9][^0-9]/i;

/**
 * Where the headings are set at the body's size, a bold face tells them. The text layer names a run's font
 * only by PDF.js's id; the face's real name comes with the page's drawing instructions, asked for once per font
 * (the first page that uses it), and only for such documents.
 */
async function markBold(pdf: Awaited<Task['promise']>, lines: Line[], deadline: number, options: PdfOptions): Promise<void> {
  const firstPage = new Map<string, number>();
  for (const line of lines) for (const font of line.fonts) if (!firstPage.has(font)) firstPage.set(font, line.page);
  if (firstPage.size < 2) return;
  const bold = new Set<string>();
  for (const pageNumber of new Set(firstPage.values())) {
    if (Date.now() > deadline) throw new ReadError('timeout', { seconds: seconds(options.budgetMs) });
    const page = await pdf.getPage(pageNumber);
    await page.getOperatorList();
    for (const [font, at] of firstPage) {
      if (at !== pageNumber || !page.commonObjs.has(font)) continue;
      const face = page.commonObjs.get(font) as { name?: string; bold?: boolean } | undefined;
      if (face?.bold || BOLD_FACE.test((face?.name ?? '').replace(/^[A-Z]{6}\+/, ''))) bold.add(font);
    }
    page.cleanup();
  }
  if (bold.size === 0) return;
  for (const line of lines) line.bold = line.fonts.length > 0 && line.fonts.every((font) => bold.has(font));
}

/** Runs → lines in reading order: by baseline, split at a gutter when the page is set in two columns. */
function pageLines(runs: readonly Run[], page: number, width: number): Line[] {
  const rows = new Map<number, Run[]>();
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  let rowY = Number.NaN;
  for (const run of sorted) {
    if (Number.isNaN(rowY) || Math.abs(run.y - rowY) > run.size * 0.4) rowY = run.y;
    const row = rows.get(rowY) ?? [];
    row.push(run);
    rows.set(rowY, row);
  }
  const gutter = findGutter([...rows.values()].flatMap(spans), width);
  const out: Line[] = [];
  const left: Line[] = [];
  const right: Line[] = [];
  const flushBand = () => {
    append(append(out, left.splice(0)), right.splice(0));
  };
  for (const row of rows.values()) {
    const crosses = gutter !== undefined && row.some((r) => r.text.trim() !== '' && r.x0 < gutter - 1 && r.x1 > gutter + 1);
    if (gutter === undefined || crosses) {
      flushBand();
      const line = makeLine(row, page, 2);
      if (line) out.push(line);
      continue;
    }
    const l = makeLine(row.filter((r) => r.x1 <= gutter + 1), page, 0);
    const r = makeLine(row.filter((r) => r.x0 >= gutter - 1), page, 1);
    if (l) left.push(l);
    if (r) right.push(r);
  }
  flushBand();
  for (const column of [0, 1, 2]) {
    const lines = out.filter((l) => l.column === column);
    const edge = maxOf(lines.map((l) => l.x1), 0);
    for (const line of lines) line.columnRight = edge;
  }
  out.forEach((line, i) => (line.lineOnPage = i + 1));
  return out;
}

/** A row's runs merged where they touch: a word or a sentence set glyph by glyph (as Japanese often is) is one span. */
function spans(row: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of [...row].sort((p, q) => p.x0 - q.x0)) {
    const last = out[out.length - 1];
    if (last && run.x0 - last.x1 < run.size * 0.8) out[out.length - 1] = { ...last, text: last.text + run.text, x1: Math.max(last.x1, run.x1) };
    else out.push(run);
  }
  return out;
}

/** An empty vertical strip in the middle of the page with text on both sides, if any. */
function findGutter(runs: readonly Run[], width: number): number | undefined {
  const solid = runs.filter((r) => r.text.trim() !== '');
  if (solid.length < 6) return undefined;
  const chars = (r: Run) => r.text.length;
  const total = solid.reduce((sum, r) => sum + chars(r), 0);
  const candidates: { x: number; crossing: number; score: number }[] = [];
  for (let x = width * 0.3; x <= width * 0.7; x += 2) {
    // A leader crosses the middle of a contents page; a running header or a full-width table may cross a gutter; body text in columns never does.
    let crossing = 0;
    for (const r of runs) if (r.x0 < x - 1 && r.x1 > x + 1) crossing++;
    let before = 0;
    let after = 0;
    for (const r of solid) {
      if (r.x1 <= x) before += chars(r);
      else if (r.x0 >= x) after += chars(r);
    }
    candidates.push({ x, crossing, score: Math.min(before, after) });
  }
  const fewest = minOf(candidates.map((c) => c.crossing));
  if (fewest > Math.max(2, runs.length * 0.03)) return undefined;
  const best = candidates.filter((c) => c.crossing === fewest).sort((p, q) => q.score - p.score)[0];
  return best && best.score >= Math.max(20, total * 0.1) ? best.x : undefined;
}

function makeLine(row: readonly Run[], page: number, column: number): Line | undefined {
  const runs = [...row].sort((p, q) => p.x0 - q.x0);
  if (runs.every((r) => r.text.trim() === '')) return undefined;
  const size = maxOf(runs.filter((r) => r.text.trim() !== '').map((r) => r.size));
  let text = '';
  let end = Number.NaN;
  let blankWidth = -1;
  const cells: number[] = [];
  const blanks = runs.filter((r) => r.text.trim() === '' && r.x1 > r.x0).map((r) => r.x1 - r.x0).sort((p, q) => p - q);
  const typical = blanks[blanks.length >> 1] ?? 0;
  // A blank much wider than the line's other spaces separates cells (justified text stretches all its spaces alike); a very wide one is a leader.
  const cellGap = (w: number) => w > size * 4 || (w > size * 1.2 && (blanks.length === 1 || w > typical * 2.5));
  for (const run of runs) {
    if (run.text.trim() === '') {
      blankWidth = Math.max(blankWidth, run.x1 - run.x0);
      continue;
    }
    if (!Number.isNaN(end)) {
      const gap = run.x0 - end;
      // A leader (a wide blank) or cells apart with nothing between: a tab, which contents and table rows are told by.
      // Justified text stretches its spaces, but they are there.
      if (cellGap(blankWidth) || (blankWidth < 0 && gap > size * 0.9)) {
        text += '\t';
        cells.push(run.x0);
      }
      else if (blankWidth >= 0 || (gap > size * 0.15 && !(CJK_CHAR.test(text.slice(-1)) && CJK_CHAR.test(run.text[0])))) text += ' ';
    }
    if (text === '') cells.push(run.x0);
    text += run.text;
    end = Number.isNaN(end) ? run.x1 : Math.max(end, run.x1);
    blankWidth = -1;
  }
  text = text.replace(/[ ]*\t[\t ]*/g, '\t').trim();
  if (text === '') return undefined;
  const fonts = [...new Set(runs.filter((r) => r.text.trim() !== '').map((r) => r.font))];
  return { page, lineOnPage: 0, text, x0: runs[0].x0, x1: end, y: runs[0].y, size, fonts, bold: false, cells, columnRight: end, column };
}

const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Headers and footers: the first and last lines of a page that recur on most pages (numbers aside), and bare page numbers. */
function dropRunningLines(pages: readonly Line[][]): Line[][] {
  const counts = new Map<string, number>();
  const edges = (lines: readonly Line[]) => {
    const byY = [...lines].sort((p, q) => q.y - p.y);
    return [...byY.slice(0, 2), ...byY.slice(-2)];
  };
  for (const lines of pages) for (const k of new Set(edges(lines).map((l) => key(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = (line: Line) => pages.length >= 2 && (counts.get(key(line.text)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(edge.has(line) && (repeated(line) || PAGE_NUMBER.test(line.text))));
  });
}

/** A contents page: entries ending in a page number after a leader or a gap, and the heading above them. */
function dropContents(lines: readonly Line[]): Line[] {
  const entry = (line: Line | undefined) => !!line && CONTENTS_ENTRY.test(line.text);
  return lines.filter((line, i) => !entry(line) && !(CONTENTS_TITLE.test(line.text.replace(/\s+/g, ' ').trim()) && (entry(lines[i + 1]) || entry(lines[i + 2]))));
}

function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 10;
}

/**
 * Whether a line stopped short of its column with room for the next line's first word: a paragraph's
 * (or a heading's) last line. A line the next word did not fit on runs on, ragged or justified.
 */
function endedEarly(last: Line, next: Line): boolean {
  const firstWord = CJK_CHAR.test(next.text[0]) ? next.text[0] : (/^\S+/.exec(next.text)?.[0] ?? '');
  const perChar = (next.x1 - next.x0) / Math.max(1, next.text.length);
  return last.x1 + (CJK_CHAR.test(next.text[0]) ? 0 : next.size * 0.3) + firstWord.length * perChar < last.columnRight - next.size * 0.2;
}

/** Japanese runs on without a space, English with one; a word split by a hyphen at the line's end is joined. */
function join(block: { text: string; marks: { at: number; place: SourcePlace }[]; last: Line }, line: Line, place: SourcePlace): void {
  const cjk = CJK_CHAR.test(block.text.slice(-1)) || CJK_CHAR.test(line.text[0]);
  // A word hyphenated at the line's end ("encryp-" / "tion") is one word again.
  const hyphenated = /[a-z]-$/.test(block.text) && /^[a-z]/.test(line.text);
  if (hyphenated) block.text = block.text.slice(0, -1);
  else block.text += cjk ? '' : ' ';
  block.marks.push({ at: block.text.length, place });
  block.text += line.text;
  block.last = line;
}

const LARGER = 1.1;
const headingShaped = (line: Line) => line.text.length <= 120 && !/[。]$/.test(line.text) && !line.text.includes('\t');

/** The sizes headings are set in, larger than the body's, largest first. */
function headingSizes(lines: readonly Line[]): number[] {
  const body = bodySize(lines);
  return [...new Set(lines.filter((l) => l.size >= body * LARGER && headingShaped(l)).map((l) => Math.round(l.size * 2) / 2))].sort((p, q) => q - p);
}

type Building = { kind: BlockKind; level: number; text: string; places: SourcePlace[]; marks: { at: number; place: SourcePlace }[]; last: Line; cells?: readonly number[] };

/**
 * A line under a table row that starts at one of the row's later cells (not its first) is the rest of a cell that
 * wrapped: its words join that cell, so the row stays one row. Gives false when the line is not laid out so.
 */
function joinWrappedCells(row: Building, line: Line, place: SourcePlace): boolean {
  const cells = row.cells ?? [];
  const tolerance = line.size * 1.5;
  const cellOf = (x: number) => cells.findIndex((c, i) => Math.abs(c - x) <= tolerance || (x > c && x < (cells[i + 1] ?? Infinity) - tolerance));
  const pieces = line.text.split('\t');
  if (cells.length < 2 || pieces.length !== line.cells.length) return false;
  // Only the first cell wrapped: a line that stays inside it, at line spacing.
  const firstOnly = pieces.length === 1 && line.x1 < cells[1] - line.size * 0.5 && row.last.y - line.y < line.size * 1.5;
  if (Math.abs(line.cells[0] - cells[0]) <= tolerance && !firstOnly) return false;
  const targets = line.cells.map(cellOf);
  if (targets.some((k) => k < 0 || (k === 0 && !firstOnly)) || targets.some((k, i) => i > 0 && k <= targets[i - 1])) return false;
  const parts = row.text.split('\t');
  if (parts.length !== cells.length) return false;
  targets.forEach((k, i) => {
    const before = parts.slice(0, k + 1).join('\t').length;
    const separator = CJK_CHAR.test(parts[k].slice(-1)) || CJK_CHAR.test(pieces[i][0]) ? '' : ' ';
    const added = separator.length + pieces[i].length;
    // The cells after the piece are still read from the row's own line.
    const resumed = [...row.marks].reverse().find((m) => m.at <= before)?.place ?? row.places[0];
    for (const mark of row.marks) if (mark.at > before) mark.at += added;
    row.marks.push({ at: before + separator.length, place }, { at: before + added, place: resumed });
    parts[k] += separator + pieces[i];
    row.text = parts.join('\t');
  });
  row.marks.sort((p, q) => p.at - q.at);
  row.last = line;
  return true;
}

function toBlocks(lines: readonly Line[]): RawBlock[] {
  const body = bodySize(lines);
  const sizes = headingSizes(lines);
  // Headings at the body's size in a bold face: the face tells them where the size cannot.
  const isHeading = (line: Line) => headingShaped(line) && (line.size >= body * LARGER || (sizes.length <= 1 && line.bold && Math.abs(line.size - body) < 0.5));
  const levelOf = (line: Line) => {
    const at = sizes.indexOf(Math.round(line.size * 2) / 2);
    return at === -1 ? sizes.length + 1 : at + 1;
  };

  const blocks: Building[] = [];
  for (const line of lines) {
    const place: SourcePlace = { page: line.page, line: line.lineOnPage };
    const current = blocks[blocks.length - 1];
    const last = current?.last;
    const sameColumn = !!last && last.page === line.page && last.column === line.column;
    const gap = sameColumn ? last.y - line.y : 0;
    if (isHeading(line)) {
      // A heading set over two lines is one heading.
      if (current?.kind === 'heading' && sameColumn && Math.abs(last.size - line.size) < 0.5 && last.bold === line.bold && gap < line.size * 1.8) {
        join(current, line, place);
        continue;
      }
      blocks.push({ kind: 'heading', level: levelOf(line), text: line.text, places: [place], marks: [], last: line });
      continue;
    }
    if (current?.kind === 'table-row' && sameColumn && gap < line.size * 1.9 && joinWrappedCells(current, line, place)) continue;
    if (line.text.includes('\t')) {
      blocks.push({ kind: 'table-row', level: 0, text: line.text, places: [place], marks: [], last: line, cells: line.cells });
      continue;
    }
    const bullet = BULLET.test(line.text);
    const continues =
      current !== undefined &&
      (current.kind === 'paragraph' || current.kind === 'list-item') &&
      !bullet &&
      Math.abs(last.size - line.size) < 0.5 &&
      last.bold === line.bold &&
      (!sameColumn || gap < line.size * 1.9) &&
      (!endedEarly(last, line) || (/[a-z]-$/.test(last.text) && /^[a-z]/.test(line.text)));
    if (continues) {
      join(current, line, place);
      continue;
    }
    blocks.push({ kind: bullet ? 'list-item' : 'paragraph', level: bullet ? 1 : 0, text: line.text, places: [place], marks: [], last: line });
  }
  // Headings all at the body's size (bold, as office documents often set them): recognised from their words, as in plain text; one may wrap onto a second line.
  if (sizes.length <= 1) {
    // Each block as a line with a blank line after it, as the same text would be laid out on its own.
    const asText = blocks.flatMap((b) => [(b.kind === 'paragraph' && b.marks.length <= 1) || b.kind === 'heading' ? b.text : '', '']);
    classifyLines(asText, 'text').forEach((line, n) => {
      const block = blocks[n / 2];
      if (line.kind === 'heading' && n % 2 === 0 && (block.kind === 'paragraph' || block.last.bold)) Object.assign(block, { kind: 'heading', level: line.level + sizes.length });
    });
  }
  return blocks.map((b) => ({ kind: b.kind, level: b.level, lines: [b.text], places: b.places, marks: b.marks }));
}

const seconds = (ms: number) => (ms >= 10_000 ? String(Math.round(ms / 1000)) : (ms / 1000).toFixed(1));
