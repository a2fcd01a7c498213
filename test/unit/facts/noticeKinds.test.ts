// The kind of incident a notice is for: a party failing its contract, or a claim settled by compromise, exposes no data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noticeKindOf } from '../../../server/src/facts/noticeKinds';

test('a breach of data is a breach; a breach of the contract and a settlement or compromise are none', () => {
  assert.equal(noticeKindOf('We notify affected customers of a data breach within 24 hours.'), 'breach');
  assert.equal(noticeKindOf('If an account is compromised, we tell its owner by email.'), 'breach');
  assert.equal(noticeKindOf('Claims arising from your breach of this Agreement or any breach of your representations and warranties.'), undefined);
  assert.equal(noticeKindOf('We will promptly notify you of the Claim and give you sole control of its settlement or compromise.'), undefined);
});
