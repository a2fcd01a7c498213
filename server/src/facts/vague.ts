// Wording that sounds like a commitment where a number is owed: "一定期間",
// "速やかに", "定期的に", "for a certain period", "promptly", "without (undue)
// delay" (as 遅滞なく, no time is given). Each phrase says what it
// leaves open, so that a vague cadence of backups is read as their
// frequency and a vague length as their retention.
//
// Words that say when something is done at the provider's judgement ("as
// needed", "as appropriate", "if necessary", 必要に応じて) or what a length is
// like ("timely" testing, 短期間, 長期間) promise no time at all, so no number
// is owed for them: over the annotated corpus they stand on about 130 lines
// of some 60 providers and no annotator asked a number of one.
import type { Matcher, Vagueness } from './fact';
import { phrases } from './numbers';
import { wordGaps } from '../core/wordGaps';

const UNITS = '(?:日|時間|週間|[かヶカヵケ箇]月|年)';

const JA: Record<Vagueness, string> = {
  period: [
    // 「一定の予告期間を設けて」: a notice period left as unnumbered as the period itself.
    '一定(?:の)?(?:予告)?期間',
    '一定(?:の)?時間',
    // 「相当な期間をもって周知」「相当な予告期間をもって終了」: the same unnumbered length, with な as with の.
    '相当(?:の|な)?(?:予告)?期間',
    '(?:当社|弊社)?所定(?:の)?(?:期間|期日|日数|時間)',
    '相当(?:の)?(?:期日|時間)',
    // 「その利用条件、保存範囲その他の事項を別途定める」 leaves terms to another document, not a length: only a period named counts.
    '別途(?:定め|規定)(?:る|た|られた)(?:期間|期日|時期|日数)',
    '(?:当社|弊社)(?:の|が)(?:裁量|判断)(?:で|に(?:より|よって|て)|において)',
    '裁量(?:で|により|にて)',
    '(?:当社|弊社)(?:が|の)定める期間',
    '(?:しかるべき|適切な|適当な)(?:予告)?(?:期間|時期)',
    '必要(?:な|とされる|と判断する)(?:限り|間)',
    '必要(?:が|性が)?なくなる(?:まで|時点まで)',
    '目的(?:の達成)?に必要な(?:範囲|期間)',
    '合理的な?(?:予告)?期間',
    '必要な期間',
    '法令(?:等)?(?:で|に|により)定め(?:る|られた|られる)期間',
    `複?数${UNITS}`,
    '複数世代',
    'しばらく(?:の間)?',
  ].join('|'),
  deadline: ['(?:可能な限り|できる限り|できるだけ)?(?:速やか|すみやか)(?:に|な)', '遅滞なく', '早急に', '至急', '(?:可能な限り|できる限り|できるだけ)早(?:く|期に)', '早期に'].join('|'),
  // 随時 followed by "can be used / downloaded" says "at any time", which promises more, not less.
  frequency: ['適宜', '定期的(?:に|な)', '随時(?!(?:に)?(?:可能|でき|ご?利用|受け?付|お問い?合わせ|ダウンロード|エクスポート))'].join('|'),
};

const EN: Record<Vagueness, string> = {
  period: phrases(
    'for a (?:certain|limited|reasonable) period(?: of time)?',
    'for (?:certain|limited|reasonable) periods(?: of time)?',
    '(?:no|not (?:be )?(?:stored|kept|retained)) longer than (?:is )?(?:necessary|needed|required)',
    'as short as possible',
    'for a period of time',
    // "rotated with sensible retention times", "deleted after a limited retention period": a retention named, its length not.
    '(?:sensible|reasonable|limited) retention (?:times?|periods?)',
    'for some time',
    'for a while',
    '(?:a|within(?: a)?) reasonable (?:period(?: of time)?|time)',
    'reasonable period(?: of time)?',
    '(?:for\\s)?(?:as|so) long as (?:it is |they are |is |are |we |reasonably )?(?:strictly |reasonably |absolutely )?(?:necessary|required|needed|need it|need them)',
    'for the (?:least|minimum|shortest) (?:amount of time|period(?: of time)?|time) (?:necessary|needed|required|possible)',
    'for the (?:period|duration|time) (?:necessary|required|needed)',
    'until (?:it is |they are )?no longer (?:needed|required|necessary)',
    'at (?:our|its|the provider\'s) (?:sole |reasonable )?discretion',
    'for a period (?:determined|specified|defined|set) (?:by us|separately|by the provider)',
    '(?:a|within a) commercially reasonable (?:period(?: of time)?|time)',
    // "notify you with a reasonable amount of time before the maintenance": the same open length in more words.
    '(?:a|within an?) (?:reasonable|sufficient|adequate) amount of time',
    // "we remove all your data after a short grace period": a grace period named, its length not.
    '(?:a|after a|within a) (?:short|brief|limited) grace period',
    '(?:a few|several) (?:hours|days|weeks|months|years)',
    '(?:multiple|several) (?:backup )?generations',
    'for (?:an? )?(?:longer|extended) periods?(?: of time)?',
    '(?:an|a|the) (?:established|defined|set|specified|predetermined|pre-determined|fixed) (?:retention )?(?:period(?: of time)?|time(?![- ]ranges?\\b))(?! of \\d)',
    // "We give our users appropriate notice before planned outages": a notice period left unnumbered, as 「適切な予告期間」 is.
    '(?:appropriate|reasonable|adequate|sufficient) (?:advance |prior )?notice(?: periods?)?',
  ),
  deadline: phrases(
    'without (?:undue )?delay',
    'promptly',
    // "prompt information", "prompt and adequate information": the adjective owes the same time as "promptly".
    'prompt(?= (?:\\w+ ){0,2}(?:information|notices?|notifications?|reports?|updates?|communications?|alerts?)\\b)',
    'in a timely (?:manner|fashion)',
    'as soon as (?:possible|practicable|reasonably practicable|feasible)',
    'asap',
    'in due course',
    'without unreasonable delay',
    'expeditiously',
  ),
  // "regular backups": the adjective owes the same cadence as "regularly".
  // "regular updates" on an open incident owe a cadence as "we update you regularly" does.
  frequency: phrases(
    'periodically',
    'periodic',
    'regular(?= (?:\\w+ ){0,2}(?:backups?|snapshots?|copies|updates|reports)\\b)',
    'regularly',
    'on a (?:regular|periodic|routine|recurring) (?:basis|schedule|cadence)',
    'at regular intervals',
    'from time to time',
  ),
};

const SENSES: readonly Vagueness[] = ['period', 'deadline', 'frequency'];

export const VAGUE: readonly Matcher[] = SENSES.flatMap((vagueness) => [
  { regex: new RegExp(JA[vagueness], 'g'), read: () => ({ kind: 'vague' as const, vagueness }) },
  { regex: wordGaps(new RegExp(String.raw`\b(?:${EN[vagueness]})\b`, 'gi')), read: () => ({ kind: 'vague' as const, vagueness }) },
]);
