// Numbers as whitepapers write them, in every notation the reader accepts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNumber } from '../../../server/src/facts';

test('ASCII and full-width digits, with decimals and thousands separators', () => {
  assert.equal(parseNumber('30'), 30);
  assert.equal(parseNumber('３０'), 30);
  assert.equal(parseNumber('１．５'), 1.5);
  assert.equal(parseNumber('2.5'), 2.5);
  assert.equal(parseNumber('1,000'), 1000);
});

test('kanji numerals, with and without 十百千万', () => {
  assert.equal(parseNumber('十'), 10);
  assert.equal(parseNumber('三十'), 30);
  assert.equal(parseNumber('二十四'), 24);
  assert.equal(parseNumber('百八十'), 180);
  assert.equal(parseNumber('一千'), 1000);
  assert.equal(parseNumber('三百六十五'), 365);
  assert.equal(parseNumber('二千'), 2000);
  assert.equal(parseNumber('一万二千'), 12000);
  assert.equal(parseNumber('二〇二六'), 2026);
  assert.equal(parseNumber('七'), 7);
});

test('English number words', () => {
  assert.equal(parseNumber('seven'), 7);
  assert.equal(parseNumber('Thirty'), 30);
  assert.equal(parseNumber('twenty-four'), 24);
  assert.equal(parseNumber('ninety'), 90);
});

test('anything else is not a number', () => {
  for (const text of ['', ' ', 'abc', '3日', '12.3.1', '三三十', 'thirty-ten', '1,00']) assert.equal(parseNumber(text), undefined, text);
});
