// 16.1.2: customers plan their own response around how quickly they hear of an incident.
import type { ProseFact } from '../model/whitepaper';
import { onlyOutages } from '../facts/noticeKinds';
import { statedFactRule, statesPeriod, statesPeriodAnywhere } from './statedFact';

// Telling someone of an incident; a report received from the customer ("報告を受けた場合") is no notice to them.
const NOTIFYING = /(?:通知|報告|連絡)(?!を受|の受)|お知らせ|\bnotif|\binform(?:s|ed|ing)?\b|\bcommunicat|\btell(?:s|ing)?\s{1,3}(?:you|your|customers?|the\s{1,3}(?:customer|account|owner|admin)|affected)\b|\blet\s{1,3}(?:you|customers?)\s{1,3}know\b/i;

/** A notice to the customer promised with a vague time: a regulator's "without undue delay" is the law's wording, not the promise. */
const vagueNotice = (f: ProseFact) => f.kind === 'vague' && f.topic === 'incident-notification' && !f.customerDuty && f.notice !== 'authority';

export default statedFactRule({
  id: 'incident-notification',
  controls: ['16.1.2'],
  headings: [{ title: /(?:インシデント|事故)[^\n]{0,12}(?:対応|報告|通知|連絡|管理)|\b(?:incidents?|breach(?:es)?)\b[^\n]{0,20}\b(?:response|report|notif|management|handling)/i, about: NOTIFYING }],
  asks: NOTIFYING,
  // An outage is no security incident: an SLA's section on stops, recovery or the means offered while recovery is late
  // owes no notice time of a breach.
  owedWhere: (text) => !onlyOutages(text),
  description: {
    en: 'Incident reporting (16.1.2) is covered but the time to notify customers is not stated.',
    ja: 'インシデントの報告(16.1.2)の記載に、利用者へ通知するまでの時間がありません。',
  },
  missing: {
    en: '{id}: say how soon customers are notified of an incident that affects them (e.g. "within 24 hours").',
    ja: '{id}: 利用者に影響するインシデントを、発生からどれだけの時間で通知するか(例:「24時間以内」)を書いてください。',
  },
  statement: { sentence: { en: 'Customers affected by an incident are notified within {todo} hours of its discovery.', ja: 'お客様に影響するインシデントは、発見から{todo}時間以内に通知します。' }, key: 'incident.notification' },
  // "Affected customers are notified promptly": the sentence that promises the notice without its time.
  at: (sentence, facts) => NOTIFYING.test(sentence) && facts.some(vagueNotice),
  states: statesPeriod('incident-notification', 'incident.notification'),
  statedAnywhere: statesPeriodAnywhere('incident-notification', 'incident.notification'),
});
