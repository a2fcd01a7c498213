// A clause on moving data abroad answers where the data may go (6.1.3), in a DPA, a privacy policy or terms alike; a
// heading on data in transit does not open one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataTransfers } from '../../../server/src/import/dataTransfers';
import type { PageKind } from '../../../server/src/import/pageKind';
import { recognizeControls } from '../../../server/src/import/recognizeControls';

test('the headings that open a clause on transferring data abroad', () => {
  assert.equal(dataTransfers('10. International Transfers'), 'International Transfers');
  assert.equal(dataTransfers('6. TRANSFER OF PERSONAL DATA OUTSIDE THE EU/EEA'), 'TRANSFER OF PERSONAL DATA OUTSIDE');
  assert.equal(dataTransfers('7. 外国にある第三者への提供（越境移転）'), '外国にある第三者への提供');
  assert.equal(dataTransfers('第9条（越境移転）'), '越境移転');
  assert.equal(dataTransfers('Data Transfer'), undefined, 'as often data in transit');
  assert.equal(dataTransfers('Encryption in transit'), undefined);
});

test('a transfer clause answers 6.1.3 where it states something, whatever the page', () => {
  const read = (heading: string, body: string, page: PageKind) => recognizeControls(heading, body, [], { page }).map((c) => c.id);
  const clause = 'The Processor shall not process Personal Data outside the EU/EEA without the Controller’s prior written approval, and shall ensure a legal basis for any such transfer.';
  assert.ok(read('6. Transfer of personal data outside the EU/EEA', clause, 'dpa').includes('6.1.3'));
  assert.ok(read('7. 外国にある第三者への提供', '当社は、個人情報保護法に従い、外国にある第三者に個人データを提供する場合、あらかじめ本人の同意を得ます。提供先の国の制度を本人に情報提供します。', 'whitepaper').includes('6.1.3'));
  assert.ok(!read('Data transfer', 'All data sent to or from the service is encrypted in transit with TLS 1.2 or later.', 'dpa').includes('6.1.3'));
});
