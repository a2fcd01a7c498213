// Words instead of numbers: vague wording where a number is owed, and the
// definite "at once" and "with no end".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact, texts } from './read';

test('Japanese vague wording, with what it leaves open', () => {
  const cases: [string, string, string][] = [
    ['控えは一定期間保持します。', '一定期間', 'period'],
    ['控えは一定の期間保持します。', '一定の期間', 'period'],
    ['控えは相当期間保持します。', '相当期間', 'period'],
    ['控えは所定の期間保持します。', '所定の期間', 'period'],
    ['控えは合理的な期間保持します。', '合理的な期間', 'period'],
    ['控えは数日で消えます。', '数日', 'period'],
    ['控えは速やかに消します。', '速やかに', 'deadline'],
    ['控えは遅滞なく消します。', '遅滞なく', 'deadline'],
    ['控えは可能な限り速やかに消します。', '可能な限り速やかに', 'deadline'],
    ['控えは適宜見直します。', '適宜', 'frequency'],
    ['控えは定期的に取得します。', '定期的に', 'frequency'],
    ['控えは随時更新します。', '随時', 'frequency'],
  ];
  for (const [text, phrase, vagueness] of cases) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'vague', text);
    assert.equal(f.vagueness, vagueness, text);
  }
});

test('English vague wording', () => {
  const cases: [string, string][] = [
    ['Copies are kept for a certain period.', 'for a certain period'],
    ['Copies are kept for a certain period of time.', 'for a certain period of time'],
    ['Copies are kept for a period of time.', 'for a period of time'],
    ['Copies are removed promptly.', 'promptly'],
    ['Copies are reviewed periodically.', 'periodically'],
    ['Customers are told without undue delay.', 'without undue delay'],
    ['Customers are told in a timely manner.', 'in a timely manner'],
    ['Copies are refreshed regularly.', 'regularly'],
    ['Copies are removed within a reasonable period.', 'within a reasonable period'],
    ['Copies are kept for a reasonable period of time.', 'for a reasonable period of time'],
    ['Logs are kept for a defined time.', 'a defined time'],
    ['Copies are kept for an extended period of time.', 'for an extended period of time'],
    ['Customers are told as soon as possible.', 'as soon as possible'],
  ];
  for (const [text, phrase] of cases) assert.equal(fact(text, phrase).kind, 'vague', text);
});

test('words of judgement or of what a length is like promise no time, and are not vague', () => {
  for (const text of [
    'Copies are refreshed as needed.',
    'Copies are refreshed as appropriate.',
    'Copies are refreshed if necessary.',
    'Copies are refreshed when necessary.',
    'Restores are tested in a coordinated, timely and effective manner.',
    '控えは必要に応じて取得します。',
    '短期間に多数のファイルを作成する場合はご相談ください。',
    '長期間の停止は予定していません。',
    // A span of time a log is queried over is no length of keeping.
    'A query log lists the queries run within a specified time range.',
  ])
    assert.deepEqual(texts(text).filter((t) => t.startsWith('vague:')), [], text);
});

test('"without undue delay" and "without delay" are vague, as 遅滞なく is', () => {
  assert.deepEqual(texts('We tell customers without undue delay.'), ['vague:without undue delay']);
  assert.deepEqual(texts('We tell customers without delay.'), ['vague:without delay']);
});

test('immediately', () => {
  for (const [text, phrase] of [
    ['解約時に即座に消去します。', '即座に'],
    ['解約時に直ちに消去します。', '直ちに'],
    ['解約時に即時消去します。', '即時'],
    ['解約と同時に消去します。', 'と同時に'],
    ['We erase it immediately.', 'immediately'],
  ]) assert.equal(fact(text, phrase).kind, 'immediate', text);
});

test('indefinitely, and "permanently deleted" is no retention', () => {
  for (const [text, phrase] of [
    ['台帳は無期限に保管します。', '無期限に'],
    ['台帳は永久に保管します。', '永久に'],
    ['台帳は永年保管します。', '永年'],
    ['Ledgers are kept indefinitely.', 'indefinitely'],
    ['Ledgers are kept permanently.', 'permanently'],
    ['Ledgers are kept without time limit.', 'without time limit'],
  ]) assert.equal(fact(text, phrase).kind, 'indefinite', text);
  assert.deepEqual(texts('Files are permanently deleted.'), []);
  assert.deepEqual(texts('Files are deleted permanently.'), []);
  assert.deepEqual(texts('ファイルは永久に削除されます。'), []);
});

test('"随時" that means "at any time" promises more, and is not vague', () => {
  assert.deepEqual(texts('データは随時ダウンロードできます。'), []);
  assert.deepEqual(texts('データは随時エクスポート可能です。'), []);
});
