// Headings typed in the body's style, with lists among them, read alike from
// plain text, Word and PDF: the same sections, and no list item among them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';
import { sectionize } from '../../../server/src/import/sectionize';
import { readDocumentBytes } from '../../../server/src/read/readDocument';
import { typedHeadingsDocx, typedHeadingsPdf, typedHeadingsText } from '../../helpers/typedHeadings';

interface Section {
  title: string;
  sections?: Section[];
}

function titles(yaml: string): string[] {
  const out: string[] = [];
  const walk = (sections: Section[] | undefined, depth: number) => {
    for (const s of sections ?? []) {
      out.push(`${'  '.repeat(depth)}${s.title}`);
      walk(s.sections, depth + 1);
    }
  };
  walk((parse(yaml) as { sections: Section[] }).sections, 0);
  return out;
}

const SECTIONS = ['1. Scope', '2. Data deletion', '3. Backups', '4. Incident response', '5. Logging'];

test('plain text: the typed headings are the sections, the lists stay in them', () => {
  assert.deepEqual(titles(importWhitepaper(typedHeadingsText(), 'northwind.txt').yaml), SECTIONS);
});

test('Word without heading styles: the same sections as the text; the list Word numbers stays a list', async () => {
  const document = await readDocumentBytes(await typedHeadingsDocx(), 'northwind.docx');
  assert.deepEqual(titles(sectionize(document, 'northwind.docx').yaml), SECTIONS);
  assert.deepEqual(
    document.blocks.filter((b) => b.kind === 'list-item').map((b) => document.text.slice(b.start, b.end)),
    ['1) Export window for the customer', '2) Account lock', '3) Erasure of every copy', '1. Daily full copies', '2. Hourly increments'],
  );
});

test('PDF with headings in bold at the body size: the same sections as the text', async () => {
  const document = await readDocumentBytes(typedHeadingsPdf(), 'northwind.pdf');
  assert.deepEqual(titles(sectionize(document, 'northwind.pdf').yaml), SECTIONS);
});
