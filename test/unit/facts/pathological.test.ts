// Inputs built to make a backtracking pattern explode. Every pattern is
// bounded, so each of these returns; no timing is asserted, the test
// runner's own timeout is the limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFacts, splitSentences } from '../../../server/src/facts';

const MEGABYTE = 1 << 20;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
}

const INPUTS: Record<string, string> = {
  digits: fill('9'),
  fullWidthDigits: fill('９'),
  days: fill('日'),
  kanjiNumerals: fill('一'),
  digitsThenDays: `${'9'.repeat(MEGABYTE / 2)}${'日'.repeat(MEGABYTE / 2)}`,
  spaces: fill(' '),
  ideographicSpaces: fill('\u3000'),
  newlines: fill('\n'),
  indentedLines: fill('  - \n'),
  qualifiersWithoutNumbers: fill('for at least within up to '),
  periodsWithoutPunctuation: fill('30日以内 '),
  englishPeriods: fill('within 30 days and '),
  dottedNumbers: fill('1.'),
  dashes: fill('30-'),
  waves: fill('30〜'),
  ampm: fill('at 3 a.m. '),
  vagueRun: fill('速やかに定期的に'),
  logWords: fill('監査ログ、'),
  // The clause reader: brackets, asides, inclusions, enumerations, announced lists.
  openBrackets: fill('(監査ログ、1年'),
  nestedBrackets: `${'('.repeat(MEGABYTE / 4)}1年${')'.repeat(MEGABYTE / 4)}`,
  asides: fill(', which records logs, changes and 1 year'),
  inclusions: fill('バックアップを含めて30日'),
  katakanaThenInclusion: `${'バ'.repeat(MEGABYTE - 10)}を含めて30日`,
  enumerations: fill('アクセスログ、操作ログ及び'),
  announcedList: fill('以下のとおりです。\n・ログ:1年\n'),
  customerDuty: fill('お客様は速やかに当社へ連絡'),
};

for (const [name, text] of Object.entries(INPUTS)) {
  test(`1 MB of ${name} completes`, () => {
    assert.ok(Array.isArray(extractFacts(text)));
    assert.ok(Array.isArray(splitSentences(text)));
  });
}
