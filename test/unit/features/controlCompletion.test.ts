// Completion of control ids in controls: and not_applicable:, the cursor marked with $0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analyze/analyzer';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { provideControlCompletion } from '../../../server/src/features/controlCompletion';
import { yaml } from '../../helpers/annotations';

function complete(source: string, locale: 'en' | 'ja' = 'en') {
  const offset = source.indexOf('$0');
  const text = source.replace('$0', '');
  return provideControlCompletion(text, offset, () => createAnalyzer(WHITEPAPER).analyze(text).model, locale);
}

const HEAD = yaml`
  whitepaper: 1
  lang: en
  title: T
  service: {name: S, provider: P, model: SaaS}
`;

test('in a flow list of controls: every 2013 and CLD id, unanswered expected ones first, replacing what is typed', () => {
  const source = `${HEAD}sections:\n  - title: Backup\n    controls: [12.3.1]\n  - title: Logs\n    controls: [12.4$0]\n`;
  const items = complete(source)!;
  assert.equal(items.length, 114 + 7);
  const ids = items.map((i) => i.label);
  assert.ok(ids.indexOf('12.4.1') < ids.indexOf('12.4.2'), 'expected 12.4.1 before the unexpected 12.4.2');
  assert.ok(ids.indexOf('12.3.1') > ids.indexOf('12.4.2'), 'the covered 12.3.1 comes last');
  const backup = items.find((i) => i.label === '12.3.1')!;
  assert.match(backup.detail!, /^Information backup \(2022: 8\.13\) ✓$/);
  assert.match(backup.documentation!, /Covered in: Backup/);
  const offset = source.indexOf('$0');
  assert.deepEqual(items.find((i) => i.label === '12.4.1')!.replace, { start: offset - 4, end: offset });
});

test('in a block list, titles and disclosure points in Japanese', () => {
  const items = complete(`${HEAD}sections:\n  - title: ログ\n    controls:\n      - $0\n`, 'ja')!;
  const logging = items.find((i) => i.label === '12.4.1')!;
  assert.match(logging.detail!, /^イベントログ取得/);
  assert.match(logging.documentation!, /記載すべき事項/);
});

test('2022 numbering offers 2022 ids, quoted so YAML keeps them as text', () => {
  const items = complete(`${HEAD}numbering: "2022"\nsections:\n  - title: Backup\n    controls: [$0]\n`)!;
  assert.equal(items.length, 93 + 7);
  const backup = items.find((i) => i.label === '8.13')!;
  assert.equal(backup.insert, '"8.13"');
  assert.match(backup.detail!, /\(2013: 12\.3\.1\)/);
});

test('a not_applicable key gets a placeholder for the reason', () => {
  const items = complete(`${HEAD}sections: []\nnot_applicable:\n  CLD$0\n`)!;
  assert.equal(items.find((i) => i.label === 'CLD.9.5.2')!.insert, 'CLD.9.5.2: ${1:reason it does not apply}');
});

test('elsewhere it leaves completion to the schema', () => {
  assert.equal(complete(`${HEAD}sections:\n  - title: $0\n`), undefined);
  assert.equal(complete(`${HEAD}$0`), undefined);
});
