// Controls read from a whole section: ids anywhere in it, every topic its
// heading names, then its body's vocabulary; the known confusions kept apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeControls } from '../../../server/src/import/recognizeControls';
import { findControlReferences } from '../../../server/src/catalog/references';

const ids = (heading: string, body = '') => recognizeControls(heading, body).map((c) => c.id).sort();

test('references anywhere in the section, in the forms whitepapers write them', () => {
  assert.deepEqual(ids('運用', '手順は文書化しています(CLD.12.1.5)。'), ['CLD.12.1.5']);
  assert.deepEqual(ids('Access', 'See ISO/IEC 27017 9.2.1 for details.'), ['9.2.1']);
  assert.deepEqual(ids('アクセス管理 (A. 9. 2. 1)'), ['9.2.1']);
  assert.deepEqual(ids('運用', '管理策\t内容\n12.4.4\t時刻の同期'), ['12.4.4'], 'a bare id in a table row');
  assert.deepEqual(ids('CLD12.1.5 管理者の運用'), ['CLD.12.1.5'], 'a malformed reference still names its control');
  assert.deepEqual(findControlReferences('see CLD12.1.5').map((r) => r.canonical), ['CLD.12.1.5']);
  assert.deepEqual(findControlReferences('see CLD.12.1.5 and A. 9. 2. 1').map((r) => r.canonical), [undefined, undefined]);
  assert.deepEqual(ids('責任の分担', '本書「5.2 役割 ([ISO/IEC 27001:2013] A.6.1.1)」を参照してください。'), ['CLD.6.3.1'], 'a quoted cross-reference is not this section\'s');
});

test('the known confusions', () => {
  assert.deepEqual(ids('データの保管場所'), ['6.1.3']);
  assert.deepEqual(ids('Data location'), ['6.1.3']);
  assert.deepEqual(ids('セキュリティインシデント発生時の対応'), ['16.1.1', '16.1.2']);
  assert.deepEqual(ids('お客様データの消去'), ['CLD.8.1.5']);
  assert.deepEqual(ids('ハードウェアの処分'), ['11.2.7']);
  assert.deepEqual(ids('契約内容の変更の通知'), ['12.1.2']);
  assert.deepEqual(ids('準拠法'), ['18.1.1']);
});

test('a heading with two topics maps to both; a generic word yields to a specific one', () => {
  assert.deepEqual(ids('バックアップとログの保存'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('Backup and logging'), ['12.3.1', '12.4.1']);
  assert.deepEqual(ids('仮想ネットワークの情報セキュリティ方針'), ['CLD.13.1.4']);
  assert.deepEqual(ids('ログイン方法'), ['9.2.4'], 'ログイン is signing in, not a log');
});

test('the body speaks when the heading does not, and each control says why', () => {
  const found = recognizeControls('概要', 'データは毎日バックアップし、バックアップは7世代保存します。復元はお問い合わせください。');
  assert.deepEqual(found.map((c) => [c.id, c.via]), [['12.3.1', 'body']]);
  assert.ok(found[0].words.includes('バックアップ'));
  assert.deepEqual(recognizeControls('バックアップ', '').map((c) => [c.id, c.via, c.words.join()]), [['12.3.1', 'heading', 'バックアップ']]);
});

test('a heading names its topic and says which body words bear it out', () => {
  const [hosting] = recognizeControls('Hosting', 'Everything we run is hosted in two data centres in Frankfurt, operated under contract.');
  assert.deepEqual([hosting.id, hosting.via, hosting.words, hosting.support], ['6.1.3', 'heading', ['Hosting'], ['hosted in', 'data centres']]);
  const [labels] = recognizeControls('ラベル付け', '本サービスでは項目をグループ単位でまとめ、部署ごとに整理して表示できます。');
  assert.deepEqual([labels.id, labels.via, labels.support], ['8.2.2', 'heading', undefined], 'a heading over a body in other words still names its topic');
});

test('a label names its topic as a heading would, and says so', () => {
  const found = recognizeControls('Operations', 'Logs: audit logs are kept for 400 days.\n\nChanges: customers are told before changes take effect.');
  assert.deepEqual(found.map((c) => `${c.id} ${c.via}`), ['12.4.1 label', '12.1.2 label']);
});

test('English words are read inflected', () => {
  assert.deepEqual(ids('After you leave', 'Your workspace is deleted 30 days after your subscription ends; until then it can be exported.'), ['CLD.8.1.5']);
});
