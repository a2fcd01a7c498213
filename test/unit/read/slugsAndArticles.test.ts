// An image's slug left alone on a saved help page is furniture, not a heading; an agreement's articles after its
// preamble ("…次のとおり合意する。") are its sections, not an announced list of captions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../../server/src/read/readText';

const headings = (text: string) => readText(text, 'text').blocks.filter((b) => b.kind === 'heading').map((b) => b.title);

test('an image slug alone between blank lines heads nothing', () => {
  const text = ['プランを変更する前に', '', 'プランを変更すると保存できる量が変わります。', '', '保存容量の上限', '', 'storage-limit-by-plan-jp', '', '上限を超えた動画は削除してください。', '', 'plan-table.png', '', 'ご利用機能の制限', '', '下位プランでは共有リンクを発行できません。'].join('\n');
  const found = headings(text);
  assert.ok(!found.some((t) => /storage-limit|plan-table/.test(t ?? '')), String(found));
  assert.ok(found.includes('保存容量の上限') && found.includes('ご利用機能の制限'), String(found));
});

test("an agreement's captioned articles after its preamble are its sections", () => {
  const text = ['個人情報の取扱いに関する覚書', '', '甲と乙は、次のとおり合意する。', '', '第1条（目的）', '乙は、本業務に必要な範囲に限り個人情報を取り扱う。', '', '第2条（秘密保持）', '乙は、個人情報を第三者に開示しない。'].join('\n');
  assert.deepEqual(headings(text).slice(1), ['第1条（目的）', '第2条（秘密保持）']);
});

test("a note wholly in brackets under a list item, and a table cell's count, head nothing", () => {
  const note = ['データのリセット', '', 'ボタンを押すと次のデータが削除されます。', '', '・取引先の登録情報', '', '・自動で取り込んだ明細', '', '→このボタンで作成したデータは残ります', '', '(手動で作成されるデータのため、リセット後も保存できます)', '', '・メールの送信履歴', '', '削除したデータは元に戻せません。'].join('\n');
  assert.deepEqual(headings(note), ['データのリセット']);
  const cells = ['共有の設定', '', '共有リンクには次の制限を設定できます。', '', 'ダウンロード', '', '実施回数', '', '8 回(ダウンロード残回数:2 回)', '', '上限に達したリンクは自動的に無効になり、受信者はファイルを取得できなくなります。'].join('\n');
  assert.ok(!headings(cells).some((t) => /^8 回/.test(t ?? '')), String(headings(cells)));
});
