// Backup generations: the count, in digits, kanji or English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact } from './read';

test('Japanese generations in digits, full-width and kanji', () => {
  for (const [text, phrase, count] of [
    ['複製は7世代保持します。', '7世代', 7],
    ['複製は７世代保持します。', '７世代', 7],
    ['複製は七世代保持します。', '七世代', 7],
    ['複製は十四世代分を残します。', '十四世代分', 14],
  ] as const) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'generations');
    assert.equal(f.value, count);
    assert.equal(f.amount, count);
  }
  assert.equal(fact('複製は最大30世代です。', '最大30世代').qualifier, 'up-to');
  assert.equal(fact('複製は5世代以上です。', '5世代以上').qualifier, 'at-least');
});

test('English generations, with "the last" kept in the phrase', () => {
  assert.equal(fact('We keep 7 generations of each volume.', '7 generations').value, 7);
  assert.equal(fact('We keep seven generations.', 'seven generations').value, 7);
  assert.equal(fact('Only the last 10 generations remain.', 'the last 10 generations').value, 10);
  assert.equal(fact('We keep 1 generation offsite.', '1 generation').value, 1);
  assert.equal(fact('We keep 14 backup generations.', '14 backup generations').value, 14);
  assert.equal(fact('We keep up to 20 generations.', 'up to 20 generations').qualifier, 'up-to');
});
