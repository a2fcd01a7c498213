// Sentences that answer a control under any heading: staff trained in security (7.2.2), the security organisation set
// up (6.1.1), each customer's data kept apart (CLD.9.5.1); and a section on the processing's chain (15.1.2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeControls } from '../../../server/src/import/recognizeControls';
import { staffListTrained, staffTrained } from '../../../server/src/import/staffTrained';
import { securityOrganised } from '../../../server/src/import/securityOrganised';
import { processingChain } from '../../../server/src/import/processingChain';

const ids = (heading: string, body = '') => recognizeControls(heading, body).map((c) => c.id).sort();

test("the provider's staff trained in security or data handling is awareness and training, under any heading", () => {
  assert.ok(staffTrained('Our employees receive regular security training and sign confidentiality agreements.'));
  assert.ok(staffTrained('Acme shall train all members of its workforce on the policies and procedures for privacy.'));
  assert.ok(staffTrained('全ての従業員に対して、情報セキュリティの意識の向上を図るための教育・訓練を定期的に実施します。'));
  assert.ok(staffTrained('個人データの取扱いについて、従業者に定期的な教育を実施します。'));
  assert.equal(staffTrained('Operations team members are trained and assigned to run the backups.'), undefined, 'training on another task');
  assert.equal(staffTrained('You should make sure your employees receive security training.'), undefined, "the customer's staff");
  assert.equal(staffTrained('教職員の方は、教育研究用にアカウントを作成できます。'), undefined);
  assert.ok(staffListTrained('All our staff:\n- receive security training\n- complete personnel screening\n'));
  assert.ok(staffListTrained('<p>All our staff:</p>\n  <li>receive security training</li>\n'));
  assert.equal(staffListTrained('All our suppliers:\n- receive security training\n'), undefined, "a supplier's staff are the supplier's");
  assert.deepEqual(ids('Our people', 'We hire carefully. All employees complete security awareness training every year.'), ['7.2.2']);
});

test('the security organisation set up is organising information security, under any heading', () => {
  assert.ok(securityOrganised('当社は、情報セキュリティの維持のために組織体制を整備します。'));
  assert.ok(securityOrganised('情報セキュリティ管理体制の確立を図ります。'));
  assert.equal(securityOrganised('当社は体制について説明します。'), undefined);
  assert.deepEqual(ids('02 社内体制の整備', '当社は、情報セキュリティの維持・改善のために組織体制を整備し、対策を社内の規則として定めます。'), ['6.1.1']);
});

test("each customer reaching only its own data, or its data kept apart, is segregation between tenants, under any heading", () => {
  assert.deepEqual(ids('Who can access your data', 'Teams using the service can only access their own data.').filter((id) => id === 'CLD.9.5.1'), ['CLD.9.5.1']);
  assert.deepEqual(ids('データの保管', '病院ごとにデータは完全に分離されており、他の病院のデータにアクセスすることはできません。'), ['CLD.9.5.1']);
  assert.ok(ids('4. データの保管・セキュリティ', '行レベルセキュリティ（RLS）により、自分のデータのみ参照・操作できます。').includes('CLD.9.5.1'));
  assert.ok(ids('Architecture', 'Every organization gets its own separate database.').includes('CLD.9.5.1'));
  assert.ok(!ids('Sharing', 'You can share a board with other users in your workspace.').includes('CLD.9.5.1'));
});

test("a section on the processing's chain answers the agreements that bind it, the suppliers' security only where it assesses them", () => {
  assert.equal(processingChain('5. Subprocessing'), 'Subprocessing');
  assert.equal(processingChain('第6条（委託先・利用サービス）'), '委託');
  assert.equal(processingChain('9.2 Representations and Warranties of Supplier'), undefined, "a contract's party named the Supplier");
  assert.deepEqual(ids('Suppliers', 'We use third-party providers to send emails. Suppliers sign a contract that includes our security requirements.'), ['15.1.2']);
  assert.deepEqual(ids('第6条（委託先・利用サービス）', '本サービスは以下の事業者のサービスを利用し、必要な範囲で情報の取扱いを委託します。'), ['15.1.2']);
  assert.deepEqual(ids('Sub-processor Selection', 'Before using a sub-processor, we verify that they meet our security standards and hold security certifications.'), ['15.1.1', '15.1.2']);
});
