// A PDF's text read line by line: a revision history's dates and a table's header cell wrapped onto a second line head nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from '../../../server/src/read/classifyLines';

const headings = (text: string) => {
  const lines = text.split('\n');
  return classifyLines(lines, 'text').flatMap((line, n) => (line.kind === 'heading' ? [lines[n]] : []));
};

test('a date standing alone over its changes is no heading', () => {
  const prose = 'The client encrypts every secret with the public keys of the users it is shared with before it is sent.';
  const text = ['Key Management', prose, prose, 'Revision History', 'Summary', 'April 2022', '● Explain the rotation of server keys.', 'January 2021', '● Describe version three.', 'August 2019', '● Add the content security policy.', '● Add the residual risks.', 'Aug 3, 2018', '● First version.', '45'].join('\n');
  const found = headings(text);
  for (const date of ['April 2022', 'January 2021', 'August 2019', 'Aug 3, 2018']) assert.ok(!found.includes(date), date);
});

test('one word straight under a short line carries its phrase on', () => {
  const text = [
    'Public keys are synchronised with the server (a session is needed to fetch or change them).',
    '14',
    'Data',
    'Kind of key Client',
    'Memory',
    'Client',
    'storage',
    'Server',
    'Side',
    'Item (details, ex. “label”) Yes Cached Yes',
    'Item kinds & schemas Yes Cached Yes',
    'Secret (password) Decrypted No Encrypted',
    'Data in the vault is split into two parts: the searchable plain',
    'metadata called the item, and the encrypted part holding for',
  ].join('\n');
  assert.ok(!headings(text).includes('Side'));
});
