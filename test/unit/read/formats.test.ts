// Each published format against the same text as .txt: the fixtures under
// test/fixtures/formats are one text (source.ts) written as a laid-out PDF
// (contents page, running headers, page numbers, two columns, a table; once
// more with its headings in bold at the body's size), a Word
// file (written with `docx`, and that file re-saved by LibreOffice Writer) and
// a web page. Read through its reader and the shared sectioner, each
// must give the sections, controls and findings the .txt gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { findingMessage } from '../../../server/src/core/messages';
import { importWhitepaper } from '../../../server/src/import/importWhitepaper';
import { sectionize } from '../../../server/src/import/sectionize';
import type { ReadDocument } from '../../../server/src/read/block';
import { describePlace } from '../../../server/src/read/describePlace';
import { readDocumentBytes } from '../../../server/src/read/readDocument';
import type { ReadError } from '../../../server/src/read/readError';
import { encryptedPdf, pdfWithoutText } from '../../helpers/tinyPdf';
import { DOCUMENTS, EN, JA } from '../../fixtures/formats/source';
import { parse } from 'yaml';

const DIR = join(__dirname, '..', '..', 'fixtures', 'formats');
const read = (name: string) => readDocumentBytes(readFileSync(join(DIR, name)), name);

interface Section {
  title: string;
  controls?: string[];
  sections?: Section[];
}

/** Titles (spaces aside: a PDF cannot tell "バックアップ (A…)" from "バックアップ(A…)" across a line break), controls and nesting. */
function outline(yaml: string): string[] {
  const out: string[] = [];
  const walk = (sections: Section[] | undefined, depth: number) => {
    for (const s of sections ?? []) {
      out.push(`${'  '.repeat(depth)}${s.title.replace(/\s+/g, '')} [${(s.controls ?? []).join(', ')}]`);
      walk(s.sections, depth + 1);
    }
  };
  walk((parse(yaml) as { sections: Section[] }).sections, 0);
  return out;
}

function findings(yaml: string): string[] {
  return createAnalyzer(WHITEPAPER)
    .analyze(yaml)
    .findings.filter((f) => !['control-duplicate', 'title-numbering'].includes(f.ruleId))
    .map((f) => `${f.ruleId}: ${findingMessage(f, f.ruleId, 'en')}`)
    .sort();
}

for (const doc of DOCUMENTS) {
  describe(`${doc.name}: every format reads as the .txt does`, () => {
    const txtName = `${doc.name}.txt`;
    const txt = importWhitepaper(readFileSync(join(DIR, txtName), 'utf8'), txtName);
    for (const ext of ['pdf', 'plain.pdf', 'docx', 'libreoffice.docx', 'html']) {
      test(`.${ext}: the same sections, controls and findings`, async () => {
        const name = `${doc.name}.${ext}`;
        const document = await read(name);
        assert.equal(document.format, ext.replace(/^.*\./, ''));
        const imported = sectionize(document, name);
        assert.deepEqual(outline(imported.yaml), outline(txt.yaml));
        assert.deepEqual(findings(imported.yaml), findings(txt.yaml));
      });
    }
  });
}

const paragraphs = (document: ReadDocument) => document.blocks.filter((b) => b.kind === 'paragraph').map((b) => document.text.slice(b.start, b.end));

describe('PDF layout', () => {
  test('running headers, page numbers and the contents page are dropped', async () => {
    for (const doc of DOCUMENTS) {
      const { text } = await read(`${doc.name}.pdf`);
      assert.ok(!text.includes(doc.runningHeader), `${doc.name}: running header kept`);
      assert.doesNotMatch(text, /- \d+ -/);
      assert.doesNotMatch(text, /目次|Contents/);
      assert.equal(text.split(doc.blocks.find((b) => 'h' in b && b.level === 1 && b.h.startsWith('1.'))!['h' as never]).length, 2, 'the first heading appears once, not also in the contents');
    }
  });

  test('two columns read left then right, lines joined into paragraphs: Japanese without spaces, English with', async () => {
    for (const doc of DOCUMENTS) {
      const expected = doc.blocks.filter((b): b is { p: string } => 'p' in b).map((b) => b.p);
      assert.deepEqual(paragraphs(await read(`${doc.name}.pdf`)), expected, doc.name);
    }
  });

  test('headings from their size, nested by size', async () => {
    const document = await read('layout.ja.pdf');
    const headings = document.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.title!.replace(/\s+/g, '')}`);
    assert.deepEqual(headings.slice(0, 5), ['1 サンプル文書箱セキュリティホワイトペーパー', '2 1.本書について', '2 2.責任の分担(CLD.6.3.1)', '2 3.情報のバックアップ(A.12.3.1)', '3 3.1復元の手順']);
  });

  test('a table keeps its rows, cells apart; list items stay items', async () => {
    const document = await read('layout.en.pdf');
    const rows = document.blocks.filter((b) => b.kind === 'table-row').map((b) => document.text.slice(b.start, b.end));
    assert.deepEqual(rows, ['Log\tKept for', 'Operation log\t1 year', 'Access log\t1 year']);
    const items = document.blocks.filter((b) => b.kind === 'list-item').map((b) => document.text.slice(b.start, b.end));
    assert.deepEqual(items, EN.blocks.flatMap((b) => ('li' in b ? b.li : [])));
  });

  test('a place is the page and the line on it, also inside a paragraph joined from several lines', async () => {
    const document = await read('layout.en.pdf');
    const at = document.text.indexOf('for a certain period');
    assert.equal(describePlace(document.place!(at), 'en'), 'page 2, line 41');
    assert.equal(describePlace(document.place!(at), 'ja'), '2ページ 41行目');
    const late = document.text.indexOf('can download every document');
    assert.ok(document.place!(late)!.line! > document.place!(document.text.indexOf('When a contract ends'))!.line!);
  });

  test("a PDF printed by the project's own renderer reads back into its sections", async () => {
    const imported = sectionize(await read('printed.ja.pdf'), 'printed.ja.pdf');
    const lines = outline(imported.yaml);
    for (const expected of ['CLD.6.3.1責任の分担 [CLD.6.3.1]', '12.3.1情報のバックアップ [12.3.1]', 'CLD.8.1.5契約終了時のデータの扱い [CLD.8.1.5]']) assert.ok(lines.includes(expected), `${expected} in ${lines.join(' | ')}`);
    assert.match(imported.yaml, /お客様の文書は毎日バックアップを取得し、30日間保管した後に消去します。/);
  });
});

describe('Word and web pages', () => {
  test('Word: heading styles, bulleted lists and tables; places are paragraphs under their headings', async () => {
    const document = await read('layout.ja.docx');
    assert.equal(document.title, JA.title);
    assert.deepEqual(
      document.blocks.filter((b) => b.kind === 'list-item').map((b) => document.text.slice(b.start, b.end)),
      JA.blocks.flatMap((b) => ('li' in b ? b.li : [])),
    );
    assert.equal(document.blocks.filter((b) => b.kind === 'table-row').length, 3);
    const place = document.place!(document.text.indexOf('一定期間'));
    assert.equal(describePlace(place, 'en'), 'paragraph 18, under "4. イベントログ (A.12.4.1)"');
    assert.equal(describePlace(place, 'ja'), '第18段落(「4. イベントログ (A.12.4.1)」内)');
  });

  test('HTML: navigation, header, footer, sidebar and scripts are dropped', async () => {
    const { text, title } = await read('layout.en.html');
    assert.equal(title, EN.title);
    for (const chrome of ['Products', 'Privacy', '© 2026', 'analytics', 'See also', 'JavaScript']) assert.ok(!text.includes(chrome), chrome);
  });

  test('HTML: a source line break between Japanese characters is no space; nested lists go one level deeper', async () => {
    const html = '<html><body><main><h1>題名</h1><p>お客様の\n  データを削除します。</p><ol><li>一つ目<ul><li>内側</li></ul></li><li>二つ目</li></ol></main></body></html>';
    const document = await readDocumentBytes(new Uint8Array(Buffer.from(html)), 'page.html');
    assert.match(document.text, /お客様のデータを削除します。/);
    assert.deepEqual(
      document.blocks.filter((b) => b.kind === 'list-item').map((b) => `${b.level} ${document.text.slice(b.start, b.end)}`),
      ['1 1) 一つ目', '2 - 内側', '1 2) 二つ目'],
    );
  });
});

describe('files that cannot be read', () => {
  const reason = async (bytes: Uint8Array, name: string, options = {}) => {
    try {
      await readDocumentBytes(bytes, name, options);
      return 'read';
    } catch (error) {
      return `${(error as ReadError).code}: ${(error as ReadError).localized('en')}`;
    }
  };
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

  test('encrypted, without a text layer, damaged', async () => {
    assert.match(await reason(encryptedPdf(), 'locked.pdf'), /^encrypted: /);
    assert.equal(await reason(pdfWithoutText(), 'scan.pdf'), 'no-text: no text in this PDF (scanned pages?); run OCR first');
    assert.match(await reason(bytes('%PDF-1.7\nnot really\n'), 'bad.pdf'), /^corrupt: the file is damaged or not a PDF file: /);
    assert.match(await reason(bytes('PK\x03\x04 not a zip'), 'bad.docx'), /^corrupt: the file is damaged or not a Word \(\.docx\) file: /);
  });

  test('formats by their bytes first: an old .doc, a spreadsheet, an image are unsupported', async () => {
    assert.equal(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'paper.doc'), 'unsupported: unsupported format .doc (Word 97–2003): give a .pdf, .docx, .html, .txt or .md file (or a .wp.yaml whitepaper)');
    assert.match(await reason(bytes('PK\x03\x04 zip'), 'sheet.xlsx'), /^unsupported: unsupported format \.xlsx/);
    assert.match(await reason(bytes('\x89PNG'), 'scan.png'), /^unsupported: unsupported format \.png/);
    assert.equal(await reason(readFileSync(join(DIR, 'layout.en.pdf')), 'renamed.txt'), 'read', 'a PDF named .txt is read as a PDF');
  });

  test('over the size cap, and over the time budget', async () => {
    assert.equal(await reason(readFileSync(join(DIR, 'layout.en.pdf')), 'a.pdf', { maxBytes: 1024 * 1024 * 0.01 }), 'too-large: the file is 0.0 MB, over the limit of 0.0 MB');
    assert.equal(await reason(readFileSync(join(DIR, 'bench', 'long.ja.pdf')), 'long.pdf', { budgetMs: 50 }), 'timeout: reading took longer than 0.1 s and was stopped');
  });
});

test('Word: tracked changes read as accepted (insertions kept, deletions gone)', async () => {
  const { Document, DeletedTextRun, InsertedTextRun, Packer, Paragraph, TextRun } = await import('docx');
  const when = { author: 'Legal', date: '2026-01-01T00:00:00Z' };
  const paragraph = new Paragraph({ children: [new TextRun('Backups are kept for '), new DeletedTextRun({ text: '7 days', id: 1, ...when }), new InsertedTextRun({ text: '35 days', id: 2, ...when }), new TextRun('.')] });
  const bytes = await Packer.toBuffer(new Document({ features: { trackRevisions: true }, sections: [{ children: [paragraph] }] }));
  assert.equal((await readDocumentBytes(bytes, 'tracked.docx')).text, 'Backups are kept for 35 days.\n');
});
