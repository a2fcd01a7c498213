// A contract's export-control clause is the customer's promise to obey export law; it regulates cryptography (18.1.5)
// only where it names the cryptography.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeControls } from '../../../server/src/import/recognizeControls';

const read = (heading: string, body: string, page?: 'terms') => recognizeControls(heading, body, [], { page }).map((c) => c.id);

test('export control answers 18.1.5 only beside the cryptography it regulates', () => {
  assert.ok(!read('第22条（輸出管理）', 'ユーザーは、日本その他関係国の輸出入関連法令に違反して本サービスを利用しないものとします。', 'terms').includes('18.1.5'));
  assert.ok(!read('5.8 Export Control', 'The Parties acknowledge that the Services may be subject to export control laws and shall comply with them.', 'terms').includes('18.1.5'));
  assert.ok(!read('1. Compliance with Laws and Regulations', 'Your use of the Service must not violate any applicable laws, including export control laws.', 'terms').includes('18.1.5'));
  assert.ok(read('輸出管理', '当社の暗号の利用は、日本の輸出管理の規制に従います。').includes('18.1.5'));
  assert.ok(read('Export control', 'Our use of encryption complies with the export control regulations of each country we serve.').includes('18.1.5'));
});
