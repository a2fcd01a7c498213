// Writes the format fixtures under test/fixtures/formats/ from our own texts
// (test/fixtures/formats/source.ts): each text as .txt, as a web page (.html,
// with navigation, header and footer to drop), as Word (.docx, written with
// `docx`) and as a laid-out PDF printed by Chromium (a contents page, running
// headers, page numbers, two columns, a table); plus a PDF of an example
// whitepaper (printed.ja.wp.yaml) printed by the project's own renderer, and the 40-page files the
// bench reads; where LibreOffice is installed (Debian: libreoffice-writer-nogui),
// each Word file re-saved by LibreOffice Writer, as a provider's office suite
// would. The outputs are committed, so tests need neither:
//   node --import tsx scripts/genFormatFixtures.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { createAnalyzer } from '../server/src/analyze/analyzer';
import { kindOfPath } from '../server/src/analyze/documentKind';
import { DEFAULT_CONFIG } from '../server/src/config/config';
import { findChromium, printPdf } from '../server/src/publish/printPdf';
import { renderAnalysis } from '../server/src/render/renderAnalysis';
import { DOCUMENTS, type FixtureBlock, type FixtureDocument } from '../test/fixtures/formats/source';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'formats');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function asText(doc: FixtureDocument): string {
  const parts = [doc.title];
  for (const block of doc.blocks) {
    if ('h' in block) parts.push(block.h);
    else if ('p' in block) parts.push(block.p);
    else if ('li' in block) parts.push(block.li.join('\n'));
    else parts.push(block.table.map((row) => row.join('\t')).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function blocksHtml(blocks: readonly FixtureBlock[], bullets: boolean): string {
  return blocks
    .map((block) => {
      if ('h' in block) return `<h${block.level + 1}>${escape(block.h)}</h${block.level + 1}>`;
      if ('p' in block) return `<p>${escape(block.p)}</p>`;
      if ('li' in block) return `<ul>${block.li.map((item) => `<li>${escape(bullets ? item : item.replace(/^- /, ''))}</li>`).join('')}</ul>`;
      const [head, ...rows] = block.table;
      return `<table><thead><tr>${head.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    })
    .join('\n');
}

/** A disclosure page as a provider's site serves it: menus, a banner, scripts and a footer around the article. */
function asWebPage(doc: FixtureDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title>
<style>body{font-family:sans-serif}</style><script>window.analytics = { page: "whitepaper" };</script></head>
<body>
<header><a href="/">Sample</a><nav><ul><li><a href="/products">Products</a></li><li><a href="/security">Security</a></li></ul></nav></header>
<main><article>
<h1>${escape(doc.title)}</h1>
${blocksHtml(doc.blocks, false)}
</article></main>
<aside><p>${doc.lang === 'ja' ? '関連資料の一覧はこちら' : 'See also our other documents'}</p></aside>
<footer><p>© 2026 Sample</p><nav><a href="/privacy">Privacy</a></nav></footer>
<noscript>JavaScript is off.</noscript>
</body></html>
`;
}

/**
 * Print layout: a title and contents page, then the body in two columns; a running header and page numbers in the margins.
 * `plainHeadings`: section headings in bold at the body's size, as many office documents set them.
 */
function asPrintPage(doc: FixtureDocument, plainHeadings = false): string {
  const headings = doc.blocks.filter((b): b is { h: string; level: 1 | 2 } => 'h' in b);
  const contents = headings.map((h, i) => `<p class="toc l${h.level}"><span>${escape(h.h)}</span><span class="dots"></span><span>${2 + Math.floor(i / 4)}</span></p>`).join('\n');
  const font = doc.lang === 'ja' ? '"Noto Sans CJK JP", sans-serif' : '"DejaVu Sans", sans-serif';
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title><style>
@page { size: A5; margin: 22mm 14mm 20mm;
  @top-center { content: "${doc.runningHeader}"; font-size: 7pt; font-family: ${font}; }
  @bottom-center { content: "- " counter(page) " -"; font-size: 7pt; font-family: ${font}; } }
body { font-family: ${font}; font-size: 8.5pt; line-height: 1.5; margin: 0; }
h1 { font-size: 16pt; margin: 30mm 0 12mm; }
h2 { font-size: 11pt; font-weight: bold; margin: 10pt 0 4pt; }
h3 { font-size: 9.5pt; font-weight: bold; margin: 8pt 0 3pt; }${plainHeadings ? '\nh2, h3 { font-size: 8.5pt; }' : ''}
p { margin: 0 0 6pt; text-align: justify; }
.contents { break-after: page; }
.contents h2 { font-size: 11pt; }
.toc { display: flex; margin: 0 0 3pt; }
.toc.l2 { padding-left: 1.5em; }
.toc .dots { flex: 1; border-bottom: 1px dotted #888; margin: 0 4px 4px; }
.body { columns: 2; column-gap: 9mm; }
ul { list-style: none; padding-left: 0.5em; margin: 0 0 6pt; }
table { border-collapse: collapse; margin: 0 0 6pt; }
td, th { border: 1px solid #999; padding: 2pt 5pt; text-align: left; font-weight: normal; }
</style></head><body>
<section class="contents"><h1>${escape(doc.title)}</h1><h2>${doc.lang === 'ja' ? '目次' : 'Contents'}</h2>
${contents}
</section>
<section class="body">
${blocksHtml(doc.blocks, true).replace(/<h2>/g, '<h2>').replace(/<h3>/g, '<h3>')}
</section>
</body></html>
`;
}

function docxBlocks(blocks: readonly FixtureBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if ('h' in block) out.push(new Paragraph({ text: block.h, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    else if ('p' in block) out.push(new Paragraph({ text: block.p }));
    else if ('li' in block) for (const item of block.li) out.push(new Paragraph({ text: item.replace(/^- /, ''), numbering: { reference: 'bullets', level: 0 } }));
    else
      out.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        }),
      );
  }
  return out;
}

function asDocx(doc: FixtureDocument, blocks: readonly FixtureBlock[] = doc.blocks): Promise<Buffer> {
  const document = new Document({
    creator: 'wp27017 fixtures',
    title: doc.title,
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }] },
    styles: { default: { document: { run: { font: { ascii: 'Calibri', eastAsia: 'Yu Gothic' } } } } },
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }), ...docxBlocks(blocks)] }],
  });
  return Packer.toBuffer(document);
}

/** Forty pages of the same sections, numbered on: what the bench reads. */
function benchBlocks(doc: FixtureDocument, copies: number): FixtureBlock[] {
  const out: FixtureBlock[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const block of doc.blocks) {
      if ('h' in block) out.push({ ...block, h: block.h.replace(/^(\d+)/, (n) => String(Number(n) + copy * 6)) });
      else out.push(block);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium: set WP27017_CHROMIUM');
  for (const doc of DOCUMENTS) {
    writeFileSync(join(OUT, `${doc.name}.txt`), asText(doc));
    writeFileSync(join(OUT, `${doc.name}.html`), asWebPage(doc));
    writeFileSync(join(OUT, `${doc.name}.docx`), await asDocx(doc));
    await printPdf(asPrintPage(doc), join(OUT, `${doc.name}.pdf`), chromium);
    await printPdf(asPrintPage(doc, true), join(OUT, `${doc.name}.plain.pdf`), chromium);
  }
  const printed = join(OUT, 'printed.ja.wp.yaml');
  const analysis = createAnalyzer(kindOfPath(printed)).analyze(readFileSync(printed, 'utf8'), DEFAULT_CONFIG);
  const { html } = renderAnalysis(analysis, DEFAULT_CONFIG, { locale: 'ja', review: false, standalone: true, fallbackTitle: 'sample', generator: 'wp27017 fixtures' });
  await printPdf(html, join(OUT, 'printed.ja.pdf'), chromium);

  const [ja] = DOCUMENTS;
  // 39 copies print on 40 A5 pages; 62 copies lay out on 40 A4 pages in LibreOffice Writer.
  const long = { ...ja, blocks: benchBlocks(ja, 39) };
  await printPdf(asPrintPage(long), join(OUT, 'bench', 'long.ja.pdf'), chromium);
  writeFileSync(join(OUT, 'bench', 'long.ja.docx'), await asDocx(long, benchBlocks(ja, 62)));

  resaveWithLibreOffice(DOCUMENTS.map((doc) => doc.name));
}

/** layout.ja.docx → layout.ja.libreoffice.docx, opened and saved by LibreOffice Writer; skipped without LibreOffice. */
function resaveWithLibreOffice(names: readonly string[]): void {
  const work = mkdtempSync(join(tmpdir(), 'wp27017-lo-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'out'), ...names.map((name) => join(OUT, `${name}.docx`))], { stdio: 'ignore' });
    for (const name of names) renameSync(join(work, 'out', `${name}.docx`), join(OUT, `${name}.libreoffice.docx`));
  } catch {
    console.warn('LibreOffice (soffice) not found or failed: the .libreoffice.docx fixtures are left as they are');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
