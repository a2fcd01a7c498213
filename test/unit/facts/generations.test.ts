// Backup generations: the count, in digits, kanji or English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fact, read } from './read';

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

test('a bare count under a label that names generations or copies: a spec sheet\'s backup block', () => {
  for (const [text, phrase, count] of [
    ['実施時間:毎日\n保存世代:7\n取得頻度:日次', '7', 7],
    ['保存世代\n\n14', '14', 14],
    ['世代数 3', '3', 3],
    ['Copies kept: 14\nSchedule: nightly', '14', 14],
    ['**Number of copies retained**\n\n30', '30', 30],
    ['- Generations: 5', '5', 5],
  ] as const) {
    const f = fact(text, phrase);
    assert.equal(f.kind, 'generations', text);
    assert.equal(f.value, count);
  }
  assert.deepEqual(read('保存世代:7日分').map((f) => f.kind), ['duration'], 'a unit after the number: a period, not a count');
  assert.deepEqual(read('Copies kept: 14 per region').filter((f) => f.kind === 'generations'), [], 'the number must end its line');
  assert.deepEqual(read('料金:1000').filter((f) => f.kind === 'generations'), [], 'another label: no count');
});

test('copies kept, counted without the word "generation"', () => {
  assert.equal(fact('Snapshots run nightly and the 14 most recent are kept.', '14').value, 14);
  assert.equal(fact('Backups are rotated so that the seven most recent copies are always on hand.', 'seven').value, 7);
  assert.equal(fact('We back up every night and retain 4 weekly copies.', '4').value, 4);
  assert.equal(fact('We keep seven daily, four weekly and twelve monthly backups.', 'seven').value, 7);
  assert.equal(fact('The last 30 snapshots are retained.', '30').value, 30);
  assert.equal(fact('直近3回分のバックアップを保持します。', '3').value, 3);
  assert.equal(fact('We keep seven daily, four weekly and twelve monthly backups.', 'daily').kind, 'frequency', 'the cadence after the count is still read');
  for (const text of ['Backups are stored in 3 copies across zones.', 'We take 2 daily backups.', '過去3回の障害では復旧に2時間を要しました。']) {
    assert.ok(!read(text).some((f) => f.kind === 'generations'), text);
  }
});
