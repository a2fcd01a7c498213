// `wp27017 render --docx`: a Word file whose structure, read back with
// mammoth (the reader "Check a Published Whitepaper" uses), is the
// whitepaper's: heading styles by section depth, control ids, the
// not-applicable list and the coverage matrix as tables; a valid package with
// Japanese fonts Word has.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { createAnalyzer } from '../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../server/src/analyze/documentKind';
import type { SectionModel } from '../../server/src/model/whitepaper';
import { readDocumentBytes } from '../../server/src/read/readDocument';
import { wp27017 } from '../helpers/cli';

const EXAMPLE = resolve(__dirname, '..', '..', 'examples', 'sample-cloud.ja.wp.yaml');

test('render --docx: sections under Word heading styles, control ids, tables; mammoth reads back the same structure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp27017-docx-'));
  const run = wp27017(['render', EXAMPLE, '--docx', '-o', join(dir, 'paper.docx')], dir);
  assert.equal(run.code, 0, run.stderr);
  const bytes = readFileSync(join(dir, 'paper.docx'));

  const zip = await JSZip.loadAsync(bytes);
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) assert.ok(zip.file(part), part);
  const styles = await zip.file('word/styles.xml')!.async('string');
  assert.match(styles, /w:eastAsia="Yu Gothic"/);

  const model = createAnalyzer(WHITEPAPER).analyze(readFileSync(EXAMPLE, 'utf8')).model;
  const expected: string[] = [];
  const visit = (sections: readonly SectionModel[], depth: number) => {
    for (const s of sections) {
      expected.push(`${depth + 1} ${s.title}`);
      visit(s.sections, depth + 1);
    }
  };
  visit(model.sections, 0);

  const document = await readDocumentBytes(bytes, 'paper.docx');
  assert.equal(document.title, 'サンプルクラウド ISO/IEC 27017 セキュリティホワイトペーパー');
  const headings = document.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.title}`);
  const contentsAt = headings.indexOf('1 目次');
  assert.deepEqual(headings.slice(0, contentsAt + 1), ['1 サンプルクラウド ISO/IEC 27017 セキュリティホワイトペーパー', '1 改訂履歴', '1 目次']);
  assert.deepEqual(headings.slice(contentsAt + 1), [...expected, '1 適用除外の管理策', '1 付録: 開示が期待される管理策の対応状況']);

  const lines = document.text.split('\n');
  assert.ok(lines.includes('2013: 12.3.1 (2022: 8.13)'), 'control ids under the heading, in both numberings');
  assert.ok(lines.includes('ISO/IEC 27017 CLD.8.1.5'));
  const rows = document.blocks.filter((b) => b.kind === 'table-row').map((b) => document.text.slice(b.start, b.end));
  assert.ok(rows.includes('版\t日付\t改訂内容'));
  assert.ok(rows.includes('管理策\t理由'));
  assert.ok(rows.some((r) => r.startsWith('CLD.9.5.2 仮想マシンの要塞化\t本サービスは SaaS であり')), rows.join('\n'));
  const matrix = rows.slice(rows.indexOf('2013\t2022\t管理策\t状態\t記載箇所'));
  assert.equal(matrix.length, 1 + 44 + 1, 'a header, the 44 expected controls and the one .wp27017.yaml adds');
  assert.ok(matrix.includes('CLD.8.1.5\tCLD.8.1.5\tクラウドサービスカスタマの資産の除去\t記載あり\tCLD.8.1.5 契約終了時のお客様データの除去'), matrix.join('\n'));
  assert.match(document.text, /問い合わせ管理・ナレッジ共有サービス「サンプルクラウド」/, 'a Japanese body line break is no space');
});
