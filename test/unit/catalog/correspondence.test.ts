import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allControls, counterparts } from '../../../server/src/catalog';
import { MAP_2013_TO_2022, NEW_IN_2022 } from '../../../server/src/catalog/correspondence';

const VECTORS: [string, string][] = [
  ['5.1.1', '5.1'], ['6.1.1', '5.2'], ['6.1.3', '5.5'], ['6.1.5', '5.8'], ['7.2.2', '6.3'], ['8.1.1', '5.9'],
  ['8.2.2', '5.13'], ['9.1.2', '5.15'], ['9.2.1', '5.16'], ['9.2.2', '5.18'], ['9.2.3', '8.2'], ['9.2.4', '5.17'],
  ['9.4.1', '8.3'], ['9.4.4', '8.18'], ['10.1.1', '8.24'], ['10.1.2', '8.24'], ['11.2.7', '7.14'], ['12.1.2', '8.32'],
  ['12.1.3', '8.6'], ['12.3.1', '8.13'], ['12.4.1', '8.15'], ['12.4.3', '8.15'], ['12.4.4', '8.17'], ['12.6.1', '8.8'],
  ['12.7.1', '8.34'], ['13.1.3', '8.22'], ['14.1.1', '5.8'], ['14.2.1', '8.25'], ['15.1.1', '5.19'], ['15.1.2', '5.20'],
  ['15.1.3', '5.21'], ['16.1.1', '5.24'], ['16.1.2', '6.8'], ['16.1.7', '5.28'], ['18.1.1', '5.31'], ['18.1.2', '5.32'],
  ['18.1.3', '5.33'], ['18.1.5', '5.31'], ['18.2.1', '5.35'],
];

const NEW = ['5.7', '5.23', '5.30', '7.4', '8.9', '8.10', '8.11', '8.12', '8.16', '8.23', '8.28'];

test('the required 2013 → 2022 vectors hold, and each reverses', () => {
  for (const [old, current] of VECTORS) {
    assert.ok(counterparts(old, '2013').includes(current), `${old} → ${current}`);
    assert.ok(counterparts(current, '2022').includes(old), `${current} ← ${old}`);
  }
});

test('merges and the one split of Annex B', () => {
  assert.deepEqual(counterparts('8.15', '2022'), ['12.4.1', '12.4.2', '12.4.3']);
  assert.deepEqual(counterparts('5.14', '2022'), ['13.2.1', '13.2.2', '13.2.3']);
  assert.deepEqual(counterparts('5.8', '2022'), ['6.1.5', '14.1.1']);
  assert.deepEqual(counterparts('8.1', '2022'), ['6.2.1', '11.2.8']);
  assert.deepEqual(counterparts('7.7', '2022'), ['11.2.9']);
  assert.deepEqual(counterparts('8.32', '2022'), ['12.1.2', '14.2.2', '14.2.3', '14.2.4']);
  assert.deepEqual(counterparts('18.2.3', '2013'), ['5.36', '8.8']);
  assert.deepEqual(counterparts('8.8', '2022'), ['12.6.1', '18.2.3']);
});

test('every 2013 control maps to at least one existing 2022 control', () => {
  const ids2022 = new Set(allControls('2022').map((c) => c.id));
  for (const { id } of allControls('2013')) {
    const targets = counterparts(id, '2013');
    assert.ok(targets.length > 0, `${id} has a 2022 counterpart`);
    for (const t of targets) assert.ok(ids2022.has(t), `${id} → ${t} exists`);
  }
  assert.deepEqual(Object.keys(MAP_2013_TO_2022).sort(), allControls('2013').map((c) => c.id).sort());
});

test('every 2022 control is reached from 2013 or is one of the 11 new ones, never both', () => {
  assert.deepEqual([...NEW_IN_2022].sort(), [...NEW].sort());
  for (const { id } of allControls('2022')) {
    const reached = counterparts(id, '2022').length > 0;
    assert.notEqual(reached, NEW.includes(id), id);
  }
});

test('CLD ids are their own counterpart in both directions; unknown ids have none', () => {
  assert.deepEqual(counterparts('CLD.8.1.5', '2013'), ['CLD.8.1.5']);
  assert.deepEqual(counterparts('CLD.8.1.5', '2022'), ['CLD.8.1.5']);
  assert.deepEqual(counterparts('8.13', '2013'), []);
  assert.deepEqual(counterparts('12.3.1', '2022'), []);
  assert.deepEqual(counterparts('A.12.3.1', '2013'), ['8.13']);
});
