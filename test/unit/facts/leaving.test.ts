// The shared vocabulary of leaving a service: what the importer, deletion-policy and backup-retention read as the
// end of the contract, and as saying what becomes of the data then.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerLeaves, deletesAtLeaving, fateBeyondLeaving, deletesOnlyDuringUse, deletesAtPeriodEnd, END_OF_CONTRACT, offersWayBack, RETURN_WORDS, saysWhatBecomesOfData, saysWhatBecomesOfDataAnywhere, saysWhatBecomesOfDataUnder } from '../../../server/src/facts/leaving';

test('the end of the contract in Japanese and English', () => {
  for (const words of ['ご契約の終了後', '解約された場合', '退会すると', '利用終了時', 'after termination', 'when you cancel', 'once the subscription expires', 'upon expiry', 'when you close your account', 'after account deletion', 'when the contract ends', '契約期間の満了をもって', 'サービスの利用を終了した場合', 'アカウントを削除すると', 'after the withdrawal procedure', 'at the end of the subscription', 'if you unsubscribe']) {
    assert.ok(END_OF_CONTRACT.test(words), words);
  }
  assert.ok(!END_OF_CONTRACT.test('パスワードは定期的に変更してください。'));
});

test("the account closed or deleted with the service's name before it, a plan cancelled or expired in Japanese", () => {
  for (const words of ['when you delete your Notely account', 'closing your team account', 'once your account has been permanently deleted', '有料プランをキャンセルすると', 'サブスクリプションをキャンセルした場合', 'ライセンスの有効期限が切れると', '無料期間が終了すると']) {
    assert.ok(END_OF_CONTRACT.test(words), words);
  }
  assert.ok(!END_OF_CONTRACT.test('予約をキャンセルすると、確認メールが届きます。'), 'a booking cancelled is no leaving');
});

test('a trial or plan that ends, a downgrade, leaving the service and non-payment are the customer leaving', () => {
  for (const words of ['when the trial ends', 'after your plan ends', 'content in expired accounts', 'when you downgrade to Free', '無料プランに変更すると', 'if you leave the service', 'when you stop using the service', 'if you stop paying', 'if you fail to pay the fees', 'if there is still no contact from you or attempt to pay']) {
    assert.ok(END_OF_CONTRACT.test(words), words);
  }
  assert.ok(!customerLeaves('Staff who leave the service desk lose their access.'), 'a desk is no service');
  assert.ok(saysWhatBecomesOfData('If you leave the service, we delete your sketches and comments.'), 'the service\'s own nouns, deleted by the provider');
  assert.ok(saysWhatBecomesOfData('If you fail to pay, we delete your databases, volumes and snapshots within two weeks.'), 'what a cloud holds for its customer is their data');
  assert.ok(!saysWhatBecomesOfData('Your backups remain in storage until you delete them or until the subscription expires.'), 'the customer deletes them');
});

test("a line that leaves its subject to its label speaks of the data the label names", () => {
  const line = 'Retained for the term of the contract and deleted after the contract ends.';
  assert.ok(!saysWhatBecomesOfData(line));
  assert.ok(saysWhatBecomesOfDataUnder('Customer content', line));
  assert.ok(saysWhatBecomesOfDataAnywhere(`Retention schedule\n\nCustomer content\n${line}\n`));
  assert.ok(!saysWhatBecomesOfDataAnywhere(`Retention schedule\n\nBilling\n${line}\n`), 'a label that names no data');
});

test('a sentence under a heading of leaving speaks of the leaving its heading names', () => {
  assert.ok(saysWhatBecomesOfDataUnder('お支払いが遅れた場合', '停止中も図面データは60日間保管します。'), 'kept for a period under a late payment');
  assert.ok(saysWhatBecomesOfDataUnder('解約の手続き', '登録済みの顧客情報は削除されません。'));
  assert.ok(!saysWhatBecomesOfDataUnder('退職者のアカウント', '退職者の登録情報は削除されます。'), 'staff leaving');
  assert.ok(!saysWhatBecomesOfDataUnder('', '登録済みの顧客情報は削除されません。'), 'no leaving said at all');
  assert.ok(!saysWhatBecomesOfDataUnder('アカウント削除の手順', '以上で登録データがすべて削除されます。'), "the customer's own deletion, done by its steps");
  // A Markdown heading is the part's heading however far below it the sentence stands, a sentence's end in it included.
  const page = '# Help\n\n## 解約は、次の流れで進めてください。\n\n1. 画面を開く。\n2. 解除を押す。\n\n> - 登録済みの商品データは削除されません。\n';
  assert.ok(saysWhatBecomesOfDataAnywhere(page));
  assert.ok(!saysWhatBecomesOfDataAnywhere(page.replace('解約は', '設定は')));
});

test("the customer's things in the possessive of a customer or user, marked for deletion", () => {
  assert.ok(saysWhatBecomesOfData("When a contract is terminated, all of a user's clouds and resources are immediately marked for deletion."));
  assert.ok(!saysWhatBecomesOfData("When a contract is terminated, a user's subscriptions are marked for deletion."), 'the plan that ends');
});

test('a sentence says what becomes of the data when it deletes or returns something the customer put in', () => {
  assert.ok(saysWhatBecomesOfData('退会すると、投稿した写真はすべて削除されます。'));
  assert.ok(saysWhatBecomesOfData('When you close your account, every attachment is deleted.'));
  assert.ok(saysWhatBecomesOfData('After cancellation you can export your documents for 14 days.'));
  assert.ok(saysWhatBecomesOfData('契約終了日から30日間、お客様は管理画面からデータを書き出せます。'), '書き出し is an export');
  assert.ok(!saysWhatBecomesOfData('When you cancel, billing stops at the end of the month.'), 'no data');
  assert.ok(!saysWhatBecomesOfData('Your data is kept until you cancel.'), 'kept only: no deletion or return');
});

test('a page deletes at leaving only when one sentence says both', () => {
  assert.ok(deletesAtLeaving('Cancel your plan\n\nWhen you cancel, the workspace is deleted after 30 days.\n'));
  assert.ok(deletesAtLeaving('解約すると、登録したデータは削除されます'));
  assert.ok(!deletesAtLeaving('You can cancel at any time. Deleted notes stay in the trash for 30 days.'), 'two sentences, two topics');
  assert.ok(!deletesAtLeaving('Items in the trash expire and are deleted after 30 days.'), 'an item expiring is not the customer leaving');
  assert.ok(deletesAtLeaving('When your trial lapses, the sample projects are deleted.'));
});

test('data deleted when its own retention ends is a retention schedule, not leaving', () => {
  assert.ok(deletesAtPeriodEnd('保存期間が満了したデータは、安全な方法で消去します。'));
  assert.ok(deletesAtPeriodEnd('Archived records are retained for up to 1 year before auto-deletion.'));
  assert.ok(deletesAtPeriodEnd('Records are deleted once they are no longer needed.'));
  assert.ok(deletesAtPeriodEnd('Data whose retention period has passed is deleted securely.'));
  assert.ok(!deletesAtPeriodEnd('Customer data is deleted within 30 days after the contract ends.'));
  assert.ok(!deletesAtPeriodEnd('お客様の要請に応じてデータを削除します。'));
});

test('a way back: export, download, CSV output, a copy of the data', () => {
  for (const words of ['CSV形式で出力できます', 'データを出力してください', 'データをお客様に引き渡します', 'request a copy of your data', 'we hand over the data', 'export every board']) assert.ok(RETURN_WORDS.test(words), words);
});

test('staff leaving or a resource ended during use is not the customer leaving', () => {
  for (const words of [
    'When an employee leaves the company, their accounts are deleted within one day.',
    'Access of staff members who are terminated is removed on their last day.',
    'Terminating an instance deletes the data on its local disks.',
    '退職者のアカウントは退職日に削除します。',
    'To delete a service account, select Remove; its API keys are deleted at once.',
    'Deleting a bot account removes the data it created.',
    'To remove a user from your team, click the trash icon; the user is deleted from the workspace.',
  ]) assert.ok(!customerLeaves(words), words);
  assert.ok(customerLeaves('When you delete your user account, your data is deleted within 30 days.'), "the customer's own account");
  assert.ok(customerLeaves("When the agreement ends, the Company deletes the User's data within 30 days of termination."), "the user's data deleted at the end");
  assert.ok(customerLeaves('Upon termination of the agreement, our staff delete customer data within 30 days.'), 'staff acting on the end of the contract');
});

test('data kept for a while after the end says what becomes of it; kept until the end does not', () => {
  assert.ok(saysWhatBecomesOfData('After you cancel your plan, we may retain your data for a certain period.'));
  assert.ok(saysWhatBecomesOfData('We keep the information of your account for 30 days after you cancel your membership.'));
  assert.ok(saysWhatBecomesOfData('解約後も一定期間、お客様のデータを保管します。'));
  assert.ok(!saysWhatBecomesOfData('Your data is kept until you cancel.'));
});

test('the data handed back in other words is a way back', () => {
  for (const words of ['we provide you with a complete data file', 'your records are available for download', 'データ一式をお客様に提供します', 'データをお渡しします', 'we send a copy of the data to you']) assert.ok(RETURN_WORDS.test(words), words);
  assert.ok(!RETURN_WORDS.test('We provide the service from data centres in Japan.'));
});

test('non-payment, a lapsed or abandoned account, and data deleted to fit a smaller plan are the customer leaving', () => {
  for (const words of ['an account whose card payments have been declined for 60 days', 'when an invoice stays unpaid for 30 days', 'data of abandoned accounts', 'ご入金が確認できない場合', '利用料金の未払いが続いた場合', 'after 21 days over quota, we remove your oldest clips', '容量を超えている場合は古い録画から削除します']) {
    assert.ok(customerLeaves(words), words);
  }
  assert.ok(!customerLeaves('When the backup store is over its quota, the oldest snapshots are removed.'), 'a store rotating its own backups');
  assert.ok(!customerLeaves('Accounts with no sign-in for 12 months are closed.'), 'an inactive account the provider closes');
});

test("an FAQ's question of the data's fate, a step after the leaving and a hold for a further while say what becomes of the data", () => {
  assert.ok(saysWhatBecomesOfDataAnywhere('How long is data kept for an abandoned account?\n\nWe keep it on file.'));
  assert.ok(saysWhatBecomesOfDataAnywhere('お支払いが確認できない場合、アカウントを停止します。停止から90日を経過すると、登録されたデータを削除します。'));
  assert.ok(saysWhatBecomesOfData('If the card is declined for 45 days, we lock the workspace and hold it for a further 90 days.'));
  assert.ok(!saysWhatBecomesOfDataAnywhere('You can cancel at any time. Logs are kept for 90 days.'), 'no step points back to the leaving');
});

test('the backups removed with the account are no leaving of their own', () => {
  assert.ok(!saysWhatBecomesOfData('When a hosting account is closed, its files are removed from the backup server as well.'));
  assert.ok(!saysWhatBecomesOfData('ご契約を解約された場合、バックアップ用サーバーからもデータを削除します。'));
  assert.ok(saysWhatBecomesOfData('When the contract ends, we delete customer data and its backups within 30 days.'));
  assert.ok(saysWhatBecomesOfData('解約日から30日以内にお客様のデータをサーバーから削除し、90日以内にバックアップからも削除します。'), 'the data first, then its backups: a leaving, in Japanese as in English');
});

test("deleting only what the customer can clear out themselves during use is no leaving's deletion", () => {
  assert.ok(deletesOnlyDuringUse('古い記録は管理画面から削除することができます。削除する前に、必要な記録はお手元に保存してください。'));
  assert.ok(deletesOnlyDuringUse('You can delete old export files from the Files page.'));
  assert.ok(!deletesOnlyDuringUse('解約後、記録は削除することができます。'), 'leaving named');
  assert.ok(!deletesOnlyDuringUse('古い記録は当社が90日後に削除します。'), "the provider's deletion");
  assert.ok(!deletesOnlyDuringUse('記録は管理画面から確認できます。'), 'nothing deleted');
});

test('the customer losing access to their data when they leave is what becomes of it', () => {
  assert.ok(saysWhatBecomesOfData('After you cancel the plan, you keep access to your boards and attachments until the last day of the paid month.'));
  assert.ok(saysWhatBecomesOfData('Once the subscription is cancelled, your saved contact data will no longer be accessible.'));
  assert.ok(saysWhatBecomesOfData('ご解約後は、お支払い済み期間の終了とともに登録された顧客データも閲覧できなくなります。'));
  assert.ok(!saysWhatBecomesOfData('When you cancel, you will lose access to premium features.'), 'no data of the customer');
  assert.ok(!saysWhatBecomesOfData('Your files are not accessible to our staff.'), 'no leaving');
});

test('a package that expires and stored things cleared', () => {
  assert.ok(customerLeaves('When your last storage package expires, all stored clips are cleared.'));
  assert.ok(saysWhatBecomesOfData('When your last storage package expires, all stored clips are cleared.'));
  assert.ok(saysWhatBecomesOfData('After the recording package expires, the system will clear the video files that exceed the space left.'));
  assert.ok(!saysWhatBecomesOfData('When your subscription expires, we want to make everything clear about your data.'), '"clear" as an adjective');
  assert.ok(!customerLeaves('The download link expires after 7 days.'), 'a link is no package');
});

test('a way back denied is no way back', () => {
  assert.ok(offersWayBack('You can export your clips before the package expires.'));
  assert.ok(!offersWayBack('Cleared clips cannot be recovered or retrieved.'));
  assert.ok(!offersWayBack('After the files are cleared by the system, they cannot be retrieved.'));
  assert.ok(!offersWayBack('削除された録画データは、お客様もダウンロードすることができず、当社でも取り出せません。'));
  assert.ok(offersWayBack('Export your clips before they go: once cleared they cannot be retrieved.'), 'an export offered beside the denial');
});

test('a right or clause that survives the end of the contract keeps no data', () => {
  assert.equal(saysWhatBecomesOfData('前項により運営者に許諾された投稿データの利用権は、利用契約が終了した後も引き続きその効力を有するものとします。'), false);
  assert.equal(saysWhatBecomesOfData('The licence to display your content shall survive termination of this agreement.'), false);
  assert.equal(saysWhatBecomesOfData('利用契約が終了した後も、投稿データは30日間保持します。'), true);
});

test('a return that brings nothing back to the customer is no way back', () => {
  for (const sentence of [
    '破棄できないものであって返還できるものは当社に返還するものとします。',
    'On termination, users return all materials to the Company.',
    'Remote employees are sent a shipping label, and the return of their device is monitored.',
    'The agreement may be ended if any payment instrument is returned unpaid.',
    'このページは、本アプリが収集するデータに関する情報を提供しています。',
    '所定の申込書を当社に送付することにより解約できます。',
  ]) {
    assert.ok(!offersWayBack(sentence), sentence);
  }
  for (const sentence of ['当社は、お客様のデータをお客様に返還します。', 'Upon termination, we return all customer data to the customer.', 'データを記録した媒体を送付します。', '当社は、保存された情報をお客様に提供します。']) {
    assert.ok(offersWayBack(sentence), sentence);
  }
});

test("a service account or a bot's deleted is no account the customer closes", () => {
  for (const words of ['To delete a service account, select Remove from the menu.', 'once the bot account is deleted', 'delete the integration account']) {
    assert.ok(!END_OF_CONTRACT.test(words), words);
  }
  assert.ok(!saysWhatBecomesOfData("To delete a service account, select Remove from the menu on the left side of the service account's information."));
  assert.ok(saysWhatBecomesOfData('When you delete your account, your data is removed within 30 days.'));
});

test("the customer destroying the provider's materials when its licence ends keeps no data of its own", () => {
  assert.ok(!saysWhatBecomesOfData('If you violate this Agreement, your permission to use the Content terminates and you must immediately destroy any copies you have made of the Content.'));
  assert.ok(saysWhatBecomesOfData('Upon termination we destroy all copies of the customer data within 30 days.'));
});

test('deleting the account says nothing of the data unless the sentence says it in words of its own', () => {
  assert.ok(!fateBeyondLeaving('Remember you can update your personal information, revoke consent, or delete your account entirely at any time.'));
  assert.ok(fateBeyondLeaving('When you delete your account, your data is removed within 30 days.'));
  assert.ok(fateBeyondLeaving('解約後30日以内に、お客様のデータを削除します。'));
});

test('the use ending, the services ceasing, the relationship ending and a tenant offboarded are the customer leaving', () => {
  for (const words of ['Once your usage of our cloud offering ceases', 'within 10 business days of the date of cessation of any Services', 'after the end of the provision of the Services', 'when a customer relationship ends', 'When you leave Notely, all your data will be deleted.', 'when an organization is deleted', 'After 30 days, the suspended account will be closed', 'テナントオフボーディング時にすべてのテナントデータを削除', '解除後、当社はデータを削除します。', 'if any unpaid fees are not paid']) {
    assert.ok(customerLeaves(words), words);
  }
  assert.ok(!customerLeaves('If you leave a comment, we reply within two days.'), 'a comment left is no leaving');
  assert.ok(!customerLeaves('ロックの解除後にログインできます。'), 'a lock released is no leaving');
});

test("a contract with a sub-processor ended, and a rights row, are no customer leaving", () => {
  assert.ok(!saysWhatBecomesOfData('The data exporter shall have the right to terminate the sub-processor contract and to instruct the sub-processor to erase or return the personal data.'));
  assert.ok(!saysWhatBecomesOfData('Rules on the use of further subcontractors ensure the destruction of data after termination of the contract.'));
  assert.ok(saysWhatBecomesOfData('Upon termination of the Agreement, Vendor will destroy Customer Personal Data in its and its sub-processors’ possession.'), 'the customer’s data with the sub-processors');
  assert.ok(!saysWhatBecomesOfDataUnder('Rights', '| **Erasure** | Delete your account and associated data |'));
});

test('a step after the leaving that points back to it at its end, or says what the last step did', () => {
  assert.ok(saysWhatBecomesOfDataAnywhere('After 30 days, the suspended account will be closed and the data will enter the expired state. It will be permanently removed 60 days thereafter.'));
});

test('data copied elsewhere by the customer before it goes is a way back; data not carried over is none', () => {
  assert.ok(offersWayBack('終了時に削除されるため、必要なファイルはホーム領域にコピーをしてください。'));
  assert.ok(!offersWayBack('再登録しても、退会前のデータは引き継がれません。'));
});

test('a prepaid balance at zero is non-payment; a pod terminated during use is no leaving', () => {
  assert.ok(saysWhatBecomesOfData("If your balance stays at $0 and storage charges can't be covered, the volume may be terminated, and its data can't be recovered."));
  assert.ok(customerLeaves('When your funds run out, we stop your machines.'));
  assert.ok(!customerLeaves('If your pod is interrupted, restarted, stopped, or terminated, data on its container disk is gone.'));
  assert.ok(!customerLeaves('When your balance reaches $0.50, we send a reminder.'), 'a balance that is not zero');
});

test('a request or a deletion cancelled is no leaving; a licensee told to destroy copies beside the provider deleting its content still is', () => {
  assert.ok(!customerLeaves('If you would like to reverse it, you must cancel your request within 5 days.'));
  assert.ok(!customerLeaves('Find the space and click Cancel deletion.'));
  assert.ok(customerLeaves('If you cancel your subscription and request a refund, we delete your data within 30 days.'));
  assert.ok(saysWhatBecomesOfData('Upon termination of these Terms, all Licensee Content may be deleted at our discretion and Licensee shall return or destroy all copies of our materials.'));
  assert.ok(!saysWhatBecomesOfData('Upon termination, Licensee shall return or destroy all copies of the Documentation.'));
});
