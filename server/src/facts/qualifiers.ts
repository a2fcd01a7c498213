// Words around a number that say what kind of bound it is. A reviewer reads
// "最低1年間" and "1年以内" as opposite promises, and "30日前までに" as notice
// given ahead of an event.
import type { Qualifier } from './fact';
import { phrases } from './numbers';

/** Before a Japanese number: 最低, 少なくとも, 約, 最大… (過去/直近 only scope the period). */
export const JA_BEFORE = '最低(?:でも)?|少なくとも|最短|最長で?|最大で?|約|およそ|概ね|おおむね|過去|直近';
/** After a Japanese unit: 以内, 以上, 経過後, 後, 前まで, 前に… Longer forms first. */
export const JA_AFTER = '以内|以上|以下|未満|経過(?:した後|後|以降)?|以降|以後|後|前まで|前後|前に|前|程度|ほど|まで';

/** Before an English number: at least, within, no later than, up to, about, for… ("for at least 2 years" reads as "at least 2 years"). */
export const EN_BEFORE = `(?:${phrases(
  'at least',
  'a minimum of',
  'minimum of',
  'no less than',
  'not less than',
  'more than',
  'over',
  'within',
  'no later than',
  'not later than',
  'after',
  'before',
  'up to',
  'a maximum of',
  'maximum of',
  'no more than',
  'not more than',
  'not exceeding',
  'no longer than',
  'not longer than',
  'at most',
  'at the most',
  'less than',
  'about',
  'approximately',
  'approx\\.',
  'around',
  'roughly',
  'the last',
  'the past',
  'the previous',
  'the most recent',
  'a period of',
  'a minimum period of',
  'a maximum period of',
  'between',
)})|${phrases('for', 'a period of')}`;
/** After an English unit, part of the phrase: "in advance", "later", "or more"… */
export const EN_AFTER = phrases('in advance', 'beforehand', 'ahead', 'later', 'or more', 'or longer', 'or less', 'or fewer', 'or shorter');
/** After an English unit, the start of the event it is counted from ("after termination"): read, not made part of the phrase. */
export const EN_ANCHOR = phrases('before', 'prior', 'after', 'following', 'from');

const BOUNDS: readonly [RegExp, Qualifier][] = [
  [/最低|少なくとも|最短|以上|at\s+least|minimum|no\s+less|not\s+less|more\s+than|^over|for\s+over|or\s+(?:more|longer)/i, 'at-least'],
  [/以内|within|no\s+later|not\s+later/i, 'within'],
  [/最長|最大|以下|未満|^まで$|up\s+to|maximum|no\s+more|(?:no|not)\s+longer|at\s+(?:the\s+)?most|not\s+more|not\s+exceeding|less\s+than|or\s+(?:less|fewer|shorter)/i, 'up-to'],
  [/約|およそ|概ね|おおむね|程度|ほど|前後|about|approx|around|roughly/i, 'about'],
];

const RELATIONS: readonly [RegExp, 'before' | 'after'][] = [
  [/前まで|前に|前$|in\s+advance|beforehand|before|prior|ahead/i, 'before'],
  [/経過|以降|以後|(?<!前)後$|after|later|following|^from$/i, 'after'],
];

function first<T>(words: readonly (string | undefined)[], table: readonly (readonly [RegExp, T])[]): T | undefined {
  for (const word of words) {
    if (!word) continue;
    for (const [regex, value] of table) if (regex.test(word)) return value;
  }
  return undefined;
}

/** The qualifier and relation that the words before and after a number express. */
export function qualify(before: string | undefined, after: string | undefined): { qualifier?: Qualifier; relation?: 'before' | 'after' } {
  const words = [before, after];
  const relation = first(words, RELATIONS);
  const qualifier = first(words, BOUNDS) ?? relation;
  const result: { qualifier?: Qualifier; relation?: 'before' | 'after' } = {};
  if (qualifier) result.qualifier = qualifier;
  if (relation) result.relation = relation;
  return result;
}
