import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termsChanged } from '../../../server/src/facts/termsChanged';

test('the terms\' own article on changing them, in either language', () => {
  for (const heading of ['第6条（規約の変更）', '第15条 (本規約等の変更)', '第21条　本規約の改定について', '第27条(約款の変更)', '第11条（利用規約の変更）', '5. Changes to these Terms', 'Terms of Service Changes', 'Modifications to the Agreement']) {
    assert.ok(termsChanged(heading) !== undefined, heading);
  }
  for (const heading of ['第9条（プライバシーポリシーの変更）', 'Changes to this notice', '第7条（サービスの変更・中断・終了）', 'Changes to the service', '第8条（知的財産権）']) {
    assert.equal(termsChanged(heading), undefined, heading);
  }
});
