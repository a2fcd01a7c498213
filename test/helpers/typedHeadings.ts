// One short whitepaper whose headings are typed in the body's style (a number
// and words, in bold: no heading style, no larger size) with lists among them:
// one numbered by the word processor, one typed "1." after a sentence that
// does not announce it, and steps whose sentences wrap. Written as plain
// text, as a Word file (`docx`) and as a PDF (tinyPdf.ts), so a test can ask
// that every format reads the same sections.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { pdfWithText, type PlacedText } from './tinyPdf';

type Block = { h: string } | { p: string } | { numbered: readonly string[] } | { typed: readonly string[] };

const BLOCKS: readonly Block[] = [
  { h: 'Northwind Files Security Overview' },
  { h: '1. Scope' },
  { p: 'This overview says how Northwind Files protects the files that customers keep with it.' },
  { h: '2. Data deletion' },
  { p: 'When an account closes, the service works in three steps.' },
  { numbered: ['Export window for the customer', 'Account lock', 'Erasure of every copy'] },
  { p: 'Erasure completes within 30 days of the closing date.' },
  { h: '3. Backups' },
  { p: 'Backups are taken in two ways.' },
  { typed: ['1. Daily full copies', '2. Hourly increments'] },
  { p: 'Each backup is kept for 14 days and then overwritten.' },
  { h: '4. Incident response' },
  { p: 'Customers hear of an incident that affects their files within 72 hours.' },
  { h: '5. Logging' },
  { p: 'Audit logs of administrator actions are kept for one year.' },
];

/** The plain text: list items one a line, a blank line between blocks. */
export function typedHeadingsText(): string {
  return `${BLOCKS.map((b) => ('h' in b ? b.h : 'p' in b ? b.p : 'numbered' in b ? b.numbered.map((item, i) => `${i + 1}. ${item}`).join('\n') : b.typed.join('\n'))).join('\n\n')}\n`;
}

/** Word: every paragraph in the Normal style, headings only in bold; the first list numbered by Word, the second typed. */
export async function typedHeadingsDocx(): Promise<Uint8Array> {
  const children = BLOCKS.flatMap((b) => {
    if ('h' in b) return [new Paragraph({ children: [new TextRun({ text: b.h, bold: true })] })];
    if ('p' in b) return [new Paragraph({ text: b.p })];
    if ('numbered' in b) return b.numbered.map((item) => new Paragraph({ text: item, numbering: { reference: 'steps', level: 0 } }));
    return b.typed.map((item) => new Paragraph({ text: item }));
  });
  const document = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** PDF: one page, every line at the body's size, headings in bold. */
export function typedHeadingsPdf(): Uint8Array {
  const lines: PlacedText[] = [];
  let y = 790;
  const put = (text: string, bold = false) => {
    lines.push({ text, x: 72, y, size: 10, bold });
    y -= 14;
  };
  for (const b of BLOCKS) {
    if ('h' in b) put(b.h, true);
    else if ('p' in b) put(b.p);
    else if ('numbered' in b) b.numbered.forEach((item, i) => put(`${i + 1}. ${item}`));
    else b.typed.forEach((item) => put(item));
    y -= 10;
  }
  return pdfWithText([lines]);
}
