// Which statement a period belongs to: a table in any of the forms its text reaches us in, a list, else its sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../../server/src/facts';
import { statementStarts } from '../../../server/src/facts/statementUnit';

/** For each marked word of the text, the first words of the statement it belongs to. */
function statementsOf(lines: readonly string[], words: readonly string[]): string[] {
  const text = lines.join('\n');
  const sentences = splitSentences(text);
  const startOf = statementStarts(text, { start: 0, end: text.length });
  return words.map((word) => {
    const at = text.indexOf(word);
    const sentence = sentences.find((s) => s.start <= at && at < s.end)!;
    const start = startOf(at, sentence);
    return text.slice(start, start + 8);
  });
}

test('every row of a table is one statement, whether its cells are set apart by bars, tabs, spaces or lines', () => {
  const intro = '各区分での保存期間は次のとおりです。';
  assert.deepEqual(statementsOf([intro, '| ログ | ホット | コールド |', '| --- | --- | --- |', '| 監査ログ | 90日 | 1年 |', '| 操作ログ | 30日 | 2年 |'], ['90日', '2年']), ['| ログ | ホ', '| ログ | ホ']);
  assert.deepEqual(statementsOf([intro, 'ログ\tホット\tコールド', '監査ログ\t90日\t1年', '操作ログ\t30日\t2年'], ['90日', '2年']), ['ログ\tホット\tコ', 'ログ\tホット\tコ']);
  assert.deepEqual(statementsOf(['Log type        Online     Archive', 'Audit logs      90 days    1 year', 'Billing logs    14 days    7 years'], ['90 days', '7 years']), ['Log type', 'Log type']);
  assert.deepEqual(statementsOf(['Log type', 'Hot', 'Cold', 'Audit logs', '30 days', '1 year'], ['30 days', '1 year']), ['Log type', 'Log type']);
});

test('a list is one statement; a sentence after it, or a paragraph, is its own', () => {
  const lines = ['ログの保存期間は次のとおりです。', '・アクセスログ：1年間', '・操作ログ：3年間', '監査に用いる操作ログは1年間保存します。監査ログは2年間保存します。'];
  assert.deepEqual(statementsOf(lines, ['1年間', '3年間', '1年間保存', '2年間']), ['・アクセスログ：', '・アクセスログ：', '監査に用いる操作', '監査ログは2年間']);
  assert.deepEqual(
    statementsOf(['Audit logs are kept for one year, as the table in the appendix shows for each log.', '', 'In the archive, audit logs are kept for two years, as required.'], ['one year', 'two years']),
    ['Audit lo', 'In the a'],
  );
});
