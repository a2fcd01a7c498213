import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionsOf, lookupControl, nearestControlIds, normalizeControlId } from '../../../server/src/catalog';

test('normalization strips the Annex A prefix, full-width forms, padding and case', () => {
  assert.equal(normalizeControlId('A.12.3.1'), '12.3.1');
  assert.equal(normalizeControlId('  a.5.1 '), '5.1');
  assert.equal(normalizeControlId('A12.3.1'), '12.3.1');
  assert.equal(normalizeControlId('１２．３．１'), '12.3.1');
  assert.equal(normalizeControlId('Ａ．８．１３'), '8.13');
  assert.equal(normalizeControlId('05.1.1'), '5.1.1');
  assert.equal(normalizeControlId('cld.9.5.1'), 'CLD.9.5.1');
  assert.equal(normalizeControlId('ＣＬＤ．１２．４．５'), 'CLD.12.4.5');
  assert.equal(normalizeControlId('12.3.1'), '12.3.1');
  // Other separators are a typo to report, not a spelling to accept.
  assert.equal(normalizeControlId('12-3-1'), '12-3-1');
});

test('lookup respects the edition, CLD ids valid in both', () => {
  assert.equal(lookupControl('12.3.1', '2013')?.id, '12.3.1');
  assert.equal(lookupControl('12.3.1', '2022'), undefined);
  assert.equal(lookupControl('8.13', '2022')?.id, '8.13');
  assert.equal(lookupControl('8.13', '2013'), undefined);
  assert.equal(lookupControl('CLD.9.5.1', '2013')?.id, 'CLD.9.5.1');
  assert.equal(lookupControl('CLD.9.5.1', '2022')?.id, 'CLD.9.5.1');
  assert.equal(lookupControl('A.１２．３．１', '2013')?.title.en, 'Information backup');
  assert.equal(lookupControl('12.3.2'), undefined);
  assert.equal(lookupControl(''), undefined);
});

test('editionsOf tells two-part from three-part ids', () => {
  assert.deepEqual(editionsOf('5.1'), ['2022']);
  assert.deepEqual(editionsOf('5.1.1'), ['2013']);
  assert.deepEqual(editionsOf('5.37'), ['2022']);
  assert.deepEqual(editionsOf('CLD.12.4.5'), ['2013', '2022']);
  assert.deepEqual(editionsOf('5.38'), []);
  assert.deepEqual(editionsOf('19.1.1'), []);
});

test('nearest ids for typos', () => {
  // Both siblings, the numerically nearer first.
  assert.deepEqual(nearestControlIds('CLD.9.5.3', '2013'), ['CLD.9.5.2', 'CLD.9.5.1']);
  assert.deepEqual(nearestControlIds('CLD.9.5.3', '2022'), ['CLD.9.5.2', 'CLD.9.5.1']);
  assert.deepEqual(nearestControlIds('12-3-1', '2013'), ['12.3.1']);
  assert.deepEqual(nearestControlIds('12 3 1', '2013'), ['12.3.1']);
  assert.deepEqual(nearestControlIds('cld-8-1-5', '2022'), ['CLD.8.1.5']);
  assert.deepEqual(nearestControlIds('１２・３・１', '2013'), ['12.3.1']);
  assert.deepEqual(nearestControlIds('CLD.12.4.6', '2013'), ['CLD.12.4.5']);
});

test('nearest prefers the same category, then the nearest number', () => {
  assert.deepEqual(nearestControlIds('12.3.2', '2013'), ['12.3.1', '12.4.2', '12.1.2']);
  assert.deepEqual(nearestControlIds('12.3.2', '2013', 1), ['12.3.1']);
  assert.deepEqual(nearestControlIds('8.35', '2022'), ['8.34', '8.33', '8.32']);
});

test('a CLD control written without its prefix is recognised', () => {
  assert.deepEqual(nearestControlIds('9.5.1', '2013'), ['CLD.9.5.1']);
  assert.deepEqual(nearestControlIds('12.1.5', '2022'), ['CLD.12.1.5']);
});

test('nearest offers nothing for ids far from any control', () => {
  assert.deepEqual(nearestControlIds('hello world', '2013'), []);
  assert.deepEqual(nearestControlIds('99.99.99', '2013'), []);
  assert.deepEqual(nearestControlIds('', '2022'), []);
  // A 2022 id in a 2013 document is an edition mismatch (see editionsOf), not a typo.
  assert.deepEqual(nearestControlIds('5.1', '2013'), []);
});
