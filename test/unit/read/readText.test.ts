// The text reader decides structure per document: which lines are headings
// (and how deep), list items, table rows, and which belong to no block at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../../server/src/read/readText';

/** Each heading as "level title", each other block as "[kind] first words". */
function outline(text: string, format: 'text' | 'markdown' = 'text'): string[] {
  const doc = readText(text, format);
  return doc.blocks.map((b) => (b.kind === 'heading' ? `${b.level} ${b.title}` : `[${b.kind}] ${doc.text.slice(b.start, b.end).split('\n')[0].trim()}`));
}
const headings = (text: string, format: 'text' | 'markdown' = 'text') => outline(text, format).filter((l) => !l.startsWith('['));

test('numbered headings nest by their depth, whatever their digits', () => {
  const text = ['題名', '', '１．概要', '本書の説明です。', '', '2.運用', '', '2.1 体制', '体制の説明です。', '', '2.1.1 窓口', '窓口の説明です。', ''].join('\n');
  assert.deepEqual(headings(text), ['1 題名', '1 １．概要', '1 2.運用', '2 2.1 体制', '3 2.1.1 窓口']);
});

test('chapters, hyphenated numbers and counts without levels nest under one another', () => {
  const text = ['題名', '', '第1章 総則', '総則の説明です。', '', '1-1 目的', '目的の説明です。', '', '(1) 範囲', '範囲の説明です。', '', '① 対象', '対象の説明です。', '', '(2) 用語', '用語の説明です。', '', '第2章 運用', '運用の説明です。', '', '(1) 体制', '体制の説明です。'].join('\n');
  assert.deepEqual(headings(text), ['1 題名', '1 第1章 総則', '2 1-1 目的', '3 (1) 範囲', '4 ① 対象', '3 (2) 用語', '1 第2章 運用', '2 (1) 体制']);
});

test('a numbered run announced by a sentence, or indented under the prose, is a list', () => {
  const announced = ['題名', '', '1. 削除', '当社は次のとおり削除します。', '1. 本番データ', '2. バックアップ', '削除の後は復元できません。'].join('\n');
  assert.deepEqual(outline(announced), ['1 題名', '1 1. 削除', '[paragraph] 当社は次のとおり削除します。', '[list-item] 1. 本番データ', '[list-item] 2. バックアップ', '[paragraph] 削除の後は復元できません。']);
  const indented = ['Title', '', 'Backup', 'We keep backups in two ways.', '  1. Snapshots', '  2. Copies', '', 'Backups are tested monthly.'].join('\n');
  assert.deepEqual(headings(indented), ['1 Title', '1 Backup']);
});

test('a contents block, running headers and page numbers make no block', () => {
  const text = ['Example Overview', '', 'Contents', '1. Scope ........ 2', '2. Backup ....... 3', '', 'Example Overview', '1. Scope', 'This paper covers the service.', '- 2 -', 'Example Overview', '2. Backup', 'Backups run daily.', '- 3 -', 'Example Overview'].join('\n');
  assert.deepEqual(outline(text), ['1 Example Overview', '1 1. Scope', '[paragraph] This paper covers the service.', '1 2. Backup', '[paragraph] Backups run daily.']);
});

test('table rows, brackets, marks and setext underlines', () => {
  const text = ['Title', '=====', '', 'Data', '----', '', 'Where it lives.', '', '| Kind | Period |', '|------|--------|', '| Logs | 1 year |'].join('\n');
  assert.deepEqual(outline(text, 'markdown'), ['1 Title', '1 Data', '[paragraph] Where it lives.', '[table-row] | Kind | Period |', '[table-row] |------|--------|', '[table-row] | Logs | 1 year |']);
  assert.deepEqual(headings(['題名', '', '【1】方針', '方針の説明です。', '', '■ 体制', '体制の説明です。', '', '<連絡先>', '窓口の説明です。'].join('\n')), ['1 題名', '1 【1】方針', '1 体制', '1 連絡先'], 'styles that never recur are peers');
});

test('short lines standing alone above prose are headings; labels and values are not', () => {
  const text = ['Title', '', 'Where data is stored', 'All data stays in Frankfurt, in two data centres.', '', 'Applicable product:', 'All', 'Applicable release:', 'All'].join('\n');
  assert.deepEqual(headings(text), ['1 Title', '1 Where data is stored']);
});
