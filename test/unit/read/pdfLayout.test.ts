// PDF layouts written in the test itself (test/helpers/tinyPdf.ts): headings
// told only by a bold face at the body's size, and a table whose cells wrap
// onto a second line, a word hyphenated across two lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocumentBytes } from '../../../server/src/read/readDocument';
import { pdfWithText, type PlacedText } from '../../helpers/tinyPdf';

const line = (text: string, y: number, extra: Partial<PlacedText> = {}): PlacedText => ({ text, x: 72, y, size: 10, ...extra });

/** Headings long enough that their words alone would not make them headings. */
function page(bold: boolean): PlacedText[] {
  return [
    line('Sample Vault Security Overview', 780, { bold }),
    line('This overview says how the service keeps customer files safe and what the customer', 760),
    line('does for their part.', 748),
    line('Where the files are kept while the service is running for you', 720, { bold }),
    line('Files live in two data centres in one country, and each copy is en-', 700),
    line('crypted at rest with keys the service rotates every year.', 688),
    line('How long each kind of log is kept after it is written', 660, { bold }),
    line('Each kind of log is kept as the table shows.', 640),
    line('Kind', 616),
    line('Period', 616, { x: 250 }),
    line('Access logs', 600),
    line('One year after the event, then', 600, { x: 250 }),
    line('removed', 588, { x: 250 }),
    line('Operator', 572),
    line('Three years', 572, { x: 250 }),
    line('sessions', 560),
    line('Logs are written to storage that cannot be altered.', 536),
  ];
}

async function outline(bold: boolean) {
  const doc = await readDocumentBytes(pdfWithText([page(bold)]), 'vault.pdf');
  return { doc, blocks: doc.blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : b.kind} ${doc.text.slice(b.start, b.end)}`) };
}

test('PDF: headings set in bold at the body size are headings; the same lines in the regular face are not', async () => {
  const headings = (blocks: string[]) => blocks.filter((b) => b.startsWith('h')).map((b) => b.replace(/^h\d /, ''));
  assert.deepEqual(headings((await outline(true)).blocks).slice(1), ['Where the files are kept while the service is running for you', 'How long each kind of log is kept after it is written']);
  assert.deepEqual(headings((await outline(false)).blocks).slice(1), []);
});

test('PDF: a word hyphenated at the end of a line is one word again', async () => {
  const { doc } = await outline(true);
  assert.match(doc.text, /each copy is encrypted at rest/);
});

test('PDF: a table cell that wraps onto a second line stays in its row, and its words keep their place', async () => {
  const { doc, blocks } = await outline(true);
  assert.deepEqual(blocks.filter((b) => b.startsWith('table-row')), ['table-row Kind\tPeriod', 'table-row Access logs\tOne year after the event, then removed', 'table-row Operator sessions\tThree years']);
  assert.ok(!blocks.some((b) => b === 'paragraph removed' || b === 'paragraph sessions'));
  assert.deepEqual(doc.place?.(doc.text.indexOf('removed')), { page: 1, line: 11, headingPath: ['How long each kind of log is kept after it is written'] });
  assert.equal(doc.place?.(doc.text.indexOf('Three years'))?.line, 12);
});
