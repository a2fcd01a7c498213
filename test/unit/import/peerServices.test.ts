// R2 (eval/README): the peer cloud a service runs on answers 15.1.3 where the section says how the security level is kept
// through it; a peer named alone, the provider's own premises or the customer's own cloud do not. R1: the suppliers'
// security assessed answers 15.1.1, choosing or supervising them alone does not; the suppliers bound by agreement answer
// 15.1.2 under any heading.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peerKept } from '../../../server/src/import/peerServices';
import { chainBound, suppliersVetted } from '../../../server/src/import/processingChain';
import { recognizeControls } from '../../../server/src/import/recognizeControls';

const ids = (heading: string, body: string) => recognizeControls(heading, body).map((c) => c.id);

test('a peer the service runs on, with how its security is kept through it, answers 15.1.3', () => {
  assert.equal(peerKept('Infrastructure\nAcme runs on Amazon Web Services, which looks after the buildings and the hardware.')?.peer, 'Amazon Web Services');
  assert.equal(peerKept('Our hosting provider, Hetzner, holds an ISO/IEC 27001 certificate.')?.kept, 'ISO/IEC 27001');
  assert.ok(peerKept('Data centre security\nAll our infrastructure is hosted on Google Cloud.\nBiometric access controls guard every data centre.'), 'the physical security of the data centres it runs in');
  assert.ok(peerKept('Summaries are written by a model from a third-party AI provider. Our agreement bars the provider from training on customer content.'));
  assert.ok(peerKept('本サービスはさくらのクラウド上で稼働しています。データセンターの物理的なセキュリティはさくらインターネットが担います。'));
  assert.ok(peerKept('インフラストラクチャプロバイダ（AWS）との責任共有モデルに基づき運用します。'));
  assert.ok(peerKept('要約の生成にはOpenAIのAPIを利用しています（入力は学習に利用されません）。'));
  assert.deepEqual(ids('Hosting', 'Acme is hosted on Microsoft Azure. Azure is certified to ISO 27001 and SOC 2, which we rely on for its data centres.'), ['15.1.3']);
});

test('a peer named alone, the provider’s own data centre or the customer’s cloud answers no 15.1.3', () => {
  assert.equal(peerKept('Acme is hosted on Amazon Web Services in the Frankfurt region.'), undefined, 'named alone');
  assert.equal(peerKept('Our data centres have 24-hour guards and biometric entry, and are certified to ISO 27001.'), undefined, 'the provider’s own premises (11.1.x)');
  assert.equal(peerKept('The agent is deployed in your own AWS account and secured by your own policies.'), undefined);
  assert.equal(peerKept('Your sites hosted on Acme get free TLS certificates for their protection.'), undefined);
  assert.equal(peerKept('We are a cloud provider too, certified to ISO 27001.'), undefined);
  assert.equal(peerKept('データはシステム上に保存され、その管理は当社の責任で行います。'), undefined);
  assert.equal(peerKept('We use Stripe to take payments.'), undefined);
  assert.equal(peerKept('Our servers sit behind an AWS security group that protects every port.'), undefined, 'a tool of the cloud');
});

test('the suppliers’ security assessed answers 15.1.1; an outsider auditing the provider or a supplier supervised does not', () => {
  assert.ok(suppliersVetted('Each year we run a security audit of all sub-processors.'));
  assert.ok(suppliersVetted('Acme runs vendor risk assessments before signing.'));
  assert.ok(suppliersVetted('委託先のセキュリティ体制を契約前に審査します。'));
  assert.equal(suppliersVetted('Our code is reviewed each year by an outside security firm and other vendors.'), undefined);
  assert.equal(suppliersVetted('The platform passes third-party security audits twice a year.'), undefined);
  assert.equal(suppliersVetted('委託先を選定し、安全管理のために必要な監督を行います。'), undefined);
  assert.equal(suppliersVetted('Download our security summary for your vendor review.'), undefined);
  assert.deepEqual(ids('Vendor management', 'We review the security of our vendors before we sign with them.'), ['15.1.1']);
});

test('the suppliers bound by agreement answer 15.1.2 under any heading; a link to the DPA does not', () => {
  assert.equal(chainBound('Our vendors are contractually bound to use the data only for our service.'), 'contractually bound');
  assert.ok(chainBound('Every sub-processor has signed a data processing agreement with us.'));
  assert.ok(chainBound('委託先とは秘密保持契約を結んでいます。'));
  assert.equal(chainBound('See our Data Processing Agreement, Subprocessors and Privacy Policy.'), undefined);
  assert.equal(chainBound('You must sign a contract with your own vendors.'), undefined);
  assert.deepEqual(ids('Who sees your data', 'Only our staff and a few service providers see it, and the providers are contractually bound to keep it secret.'), ['15.1.2']);
});
