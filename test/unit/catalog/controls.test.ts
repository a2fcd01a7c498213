import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allControls, lookupControl } from '../../../server/src/catalog';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('each edition has the number of controls the standard defines', () => {
  assert.equal(allControls('2013').length, 114);
  assert.equal(allControls('2022').length, 93);
  assert.equal(allControls('cloud').length, 7);
});

test('2013 ids are clause.category.control within clauses 5–18', () => {
  for (const { id } of allControls('2013')) {
    assert.match(id, /^(\d+)\.\d+\.\d+$/);
    const clause = Number(id.split('.')[0]);
    assert.ok(clause >= 5 && clause <= 18, id);
  }
});

test('2022 ids run without gaps through the four themes', () => {
  const expected = [
    ...Array.from({ length: 37 }, (_, i) => `5.${i + 1}`),
    ...Array.from({ length: 8 }, (_, i) => `6.${i + 1}`),
    ...Array.from({ length: 14 }, (_, i) => `7.${i + 1}`),
    ...Array.from({ length: 34 }, (_, i) => `8.${i + 1}`),
  ];
  assert.deepEqual(
    allControls('2022').map((c) => c.id),
    expected,
  );
});

test('the CLD controls are the seven of ISO/IEC 27017', () => {
  assert.deepEqual(
    allControls('cloud').map((c) => c.id),
    ['CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.9.5.2', 'CLD.12.1.5', 'CLD.12.4.5', 'CLD.13.1.4'],
  );
});

test('ids are unique across all tables and every control has a short title in both languages', () => {
  const all = [...allControls('2013'), ...allControls('2022'), ...allControls('cloud')];
  assert.equal(new Set(all.map((c) => c.id)).size, all.length);
  for (const { id, title } of all) {
    assert.ok(title.en.trim() && title.en.length <= 60, `${id} en: ${title.en}`);
    assert.ok(!JAPANESE.test(title.en), `${id} en is English`);
    assert.ok(JAPANESE.test(title.ja) && title.ja.length <= 40, `${id} ja: ${title.ja}`);
  }
});

test('2013 numbering is ascending, as the standard lists it', () => {
  const key = (id: string) => id.split('.').map(Number);
  const ids = allControls('2013').map((c) => c.id);
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [key(ids[i - 1]), key(ids[i])];
    assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]))), `${ids[i - 1]} before ${ids[i]}`);
  }
});

test('lookup carries edition and title', () => {
  assert.deepEqual(lookupControl('12.3.1'), { id: '12.3.1', edition: '2013', title: { en: 'Information backup', ja: '情報のバックアップ' } });
  assert.equal(lookupControl('8.13')?.edition, '2022');
  assert.equal(lookupControl('CLD.9.5.1')?.edition, 'cloud');
});
