import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, nearest } from '../../../server/src/core/nearest';

test('a swap of neighbours is one edit', () => {
  assert.equal(editDistance('titel', 'title'), 1);
  assert.equal(editDistance('servce', 'service'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

test('suggests the nearest candidate, only when it is close', () => {
  assert.equal(nearest('servce', ['whitepaper', 'service', 'sections']), 'service');
  assert.equal(nearest('Saas', ['IaaS', 'PaaS', 'SaaS']), 'SaaS');
  assert.equal(nearest('colour', ['title', 'body', 'controls']), undefined);
  assert.equal(nearest('2', ['1']), undefined);
});
