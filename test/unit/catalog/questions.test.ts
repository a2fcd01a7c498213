// The gap report's questions: one for every expected control, in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedControls } from '../../../server/src/catalog';
import { QUESTIONS, questionFor } from '../../../server/src/catalog/questions';

test('every expected control has a question in English and Japanese, and no question is for a control not expected', () => {
  const expected = expectedControls().map((c) => c.id);
  assert.deepEqual(Object.keys(QUESTIONS).sort(), [...expected].sort());
  for (const id of expected) {
    assert.match(QUESTIONS[id].en, /\?$/, `${id} en`);
    assert.match(QUESTIONS[id].ja, /(ください|ますか)。$/, `${id} ja`);
  }
});

test('CLD.8.1.5 asks how many days after termination data is deleted, backups included', () => {
  assert.ok(QUESTIONS['CLD.8.1.5'].ja.startsWith('契約終了後、お客様データを何日以内に削除しますか。バックアップからの削除時期も含めてご回答ください。'));
  assert.match(QUESTIONS['CLD.8.1.5'].en, /How many days after the contract ends .* backups included/);
});

test('a control added in .wp27017.yaml gets a question built from its title', () => {
  assert.equal(questionFor('12.2.1', { en: 'Controls against malware', ja: 'マルウェアに対する管理策' }).ja, '「マルウェアに対する管理策」(12.2.1)への対応をご回答ください。');
});
