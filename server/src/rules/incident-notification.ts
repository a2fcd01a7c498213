// 16.1.2: customers plan their own response around how quickly they hear of an incident.
import { NOTIFYING, promisesBreachNotice, promisesBreachNoticeWithNoTime, promisesBreachNoticeWithoutTime, vagueNotice } from '../facts/breachNotice';
import { onlyOutages } from '../facts/noticeKinds';
import { splitSentences } from '../facts/sentences';
import { givesPeriod, statedFactRule, statesPeriod, statesPeriodAnywhere } from './statedFact';
import { wordGaps } from '../core/wordGaps';
import { commitmentOf } from '../facts/commitmentOf';
import type { ProseFact, SectionModel } from '../model/whitepaper';
import type { SourceText } from '../core/sourceText';

// The heading of the part that tells someone: "Notification", "Customer communication", 「お客様への連絡」.
const NOTICE_PART = /通知|連絡|お知らせ|\bnotif|\bnotices?\b|\bcommunicat|\bdisclos/i;
// What the part tells of: an incident, a breach, a security event, or its severity.
const AN_INCIDENT = /インシデント|事故|漏えい|漏洩|侵害|重大度|\bincidents?\b|\bbreach|\bevents?\b|\bseverity\b/i;
// Whom the provider tells: its customers or the parties affected, not its own staff.
const TOLD_TO = wordGaps(/お客様|利用者|顧客|契約者|\bcustomers?\b|\busers?\b|\bclients?\b|\baffected\s{1,3}(?:parties|customers|users|individuals|clients|organi[sz]ations)\b/i);

// Incidents in the customer's own environment, found by a security service the customer buys ("When an incident is detected
// in your environment, our analysts notify your team", 「お客様の環境でインシデントを検知した場合」, "compromised assets within
// the monitored infrastructures"): the product's work, not word of an incident in the provider's own service.
const CUSTOMERS_ENVIRONMENT =
  wordGaps(/\b(?:in|on|across|within|of)\s{1,3}(?:the\s{1,3})?monitored\s{1,3}(?:infrastructures?|environments?|networks?|systems|assets|estates?|perimeters?)\b|\b(?:in|on|across|within|from)\s{1,3}(?:your|the\s{1,3}customer['’]s|customers['’]|clients['’]|their)\s{1,3}(?:own\s{1,3})?(?:environments?|networks?|systems|infrastructure|endpoints?|estate|premises|IT)\b|(?:お客様|顧客|利用者)(?:の|側の)(?:環境|ネットワーク|システム|端末|IT(?:環境)?)(?:で|に|内|上|から)/i);
// "Self-hosted operators are responsible for incident response within their own environments": the customer's part of
// a shared responsibility, said beside the provider's own incidents, is no product working in the customer's environment.
const RESPONSIBILITY = wordGaps(/\bresponsib|責任|責務/i);

/** Some sentence speaks of incidents in the customer's own environment as the service's work, not as the customer's part. */
const inCustomersEnvironment = (text: string) =>
  CUSTOMERS_ENVIRONMENT.test(text) && splitSentences(text).some(({ start, end }) => {
    const sentence = text.slice(start, end);
    return CUSTOMERS_ENVIRONMENT.test(sentence) && !RESPONSIBILITY.test(sentence);
  });

// The reader asked to report to the provider ("Please contact support", 「サポート窓口までご連絡ください」): word that comes
// in, not a notice the provider sends out.
const REPORT_TO_PROVIDER =
  wordGaps(/\bplease\s{1,3}(?:contact|e-?mail|report|notify|tell|reach\s{1,3}out|let\s{1,3}us\s{1,3}know)\b|\b(?:contact|e-?mail|notify|tell)\s{1,3}(?:us|support|our\s{1,3}(?:support|security)(?:\s{1,3}team)?)\b|\breport\s{1,3}(?:it|them|this|(?:any|an?|the)\s{1,3}[a-z-]{1,20})?\s{0,3}to\s{1,3}(?:us|support|our)\b|(?:ご連絡|ご報告|ご通知|お問い?合わせ|ご相談)(?:ください|下さい|をお願い)|(?:当社|弊社|窓口|サポート)(?:へ|に|まで)[^。\n]{0,12}?(?:連絡|報告|通知)(?:して|を)?(?:ください|下さい)/i);

// A heading that invites the reader's report ("Have a concern? Need to report an incident?", 「セキュリティに関するご報告」)
// heads word coming in; one naming the provider's own handling ("Incident response & vulnerability reporting",
// 「インシデント管理」) or only the subject ("Incidents") promises a process, which owes its notice time even where the
// text under it only gives the way to report.
const REPORTING = /報告|連絡|相談|問い?合わせ|\breport|\bcontact|\bconcerns?\b/i;
const HANDLING = /対応|管理|\bresponse\b|\bmanagement\b|\bhandling\b/i;

/**
 * The section (its heading on the first line of `text`) only asks the reader to report to the provider: its heading
 * invites a report and names no handling, some sentence of its body asks for one, and none tells anyone of an incident.
 */
const onlyReportsIn = (text: string) => {
  const lineEnd = text.indexOf('\n');
  const heading = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const body = lineEnd === -1 ? '' : text.slice(lineEnd + 1);
  return (
    REPORTING.test(heading) &&
    !HANDLING.test(heading) &&
    REPORT_TO_PROVIDER.test(body) &&
    !splitSentences(body).some(({ start, end }) => {
      const sentence = body.slice(start, end);
      return NOTIFYING.test(sentence) && !REPORT_TO_PROVIDER.test(sentence);
    })
  );
};

// The provider's own service or platform named as where an incident happens, which keeps the notice owed.
const OWN_SERVICE = wordGaps(/当社(?:の)?(?:サービス|システム|環境|基盤)|本サービス|\bour\s{1,3}(?:own\s{1,3})?(?:service|platform|systems?|infrastructure|environment)\b|\bthe\s{1,3}(?:service|platform)\b/i);


// A heading that names the customer's notice itself ("Customer notification", 「お客様への通知」), not one to an authority or
// the provider's own staff: the time its section gives is the notice's.
const NOTICE_HEADING = /通知|連絡|お知らせ|\bnotif|\bnotices?\b/i;
const NOT_THE_CUSTOMERS = /当局|監督|行政|規制|社内|従業員|\bauthorit|\bregulat|\bsupervisory\b|\binternal\b|\bstaff\b|\bemployees?\b/i;

// What the provider does about an incident: responds, investigates, tells. "We prevent data breaches through encryption"
// under "Data Breaches", or "No stipulation." under a CP/CPS's "Notification to event-causing subject", does none of it.
const HANDLES = wordGaps(/対応|対処|調査|復旧|封じ込め|\brespond|\bresponse\b|\binvestigat|\bhandl(?:e|es|ed|ing)\b|\bescalat|\bcontain(?:s|ed|ment)?\b|\bremediat|\bmitigat/i);

/** Some sentence of the section's body is the provider's own on handling or telling of an incident (commitmentOf). */
const providerHandles = (body: string) =>
  splitSentences(body).some(({ start, end }) => {
    const sentence = body.slice(start, end);
    return (NOTIFYING.test(sentence) || HANDLES.test(sentence)) && commitmentOf(sentence) === 'provider';
  });

// What a notice time given outside the sections asked must be said of: an incident, a breach, an outage or the security
// of the service. "New proposals will be reviewed weekly and outcomes reported to applicants" or "the Data Controller must
// notify the Data Processor within ten (10) days of receipt of the Report" tells of something else.
const OF_AN_INCIDENT = wordGaps(/インシデント|事故|障害|漏えい|漏洩|侵害|不正アクセス|セキュリティ|\bincidents?\b|\bbreach|\boutages?\b|\bdowntime\b|\bsecurity\b|\bcompromis/i);

const periodAnywhere = statesPeriodAnywhere('incident-notification', 'incident.notification');

const noticePeriod = givesPeriod('incident-notification');

/**
 * A notice time given in any section answers the sections asked only where it is said of an incident: in its own
 * sentence, or under a heading that names one ("Support: we notify you of outages within 1 hour", 「インシデント対応」).
 */
const statedOfAnIncident = (asked: readonly ProseFact[], _sections: readonly SectionModel[], text: SourceText) => {
  const anywhere = periodAnywhere(asked);
  return (section: SectionModel) =>
    anywhere(section) &&
    (section.facts.some((f) => f.key === 'incident.notification') ||
      OF_AN_INCIDENT.test(section.title ?? '') ||
      section.prose.some((f) => noticePeriod(f) && OF_AN_INCIDENT.test(text.slice(f.sentence.start, f.sentence.end))));
};

export default statedFactRule({
  id: 'incident-notification',
  controls: ['16.1.2'],
  headings: [{ title: /(?:インシデント|事故)[^\n]{0,12}(?:対応|報告|通知|連絡|管理)|\b(?:incidents?|breach(?:es)?)\b[^\n]{0,20}\b(?:response|report|notif|management|handling)/i, about: NOTIFYING }],
  asks: NOTIFYING,
  // "In the unlikely event of a breach, we are committed to promptly notifying the customer", under a heading of its own
  // (a data-handling page's paragraph, a processor's "Responsibilities"): the promise raises the question where no
  // section answers 16.1.2 or is headed by incidents, as a change notice does; so does one that says no time at all
  // ("If a data breach affects your personal information, we will notify affected users", rulings P6 and Q4).
  raisedBy: { test: (body) => promisesBreachNotice(body) || promisesBreachNoticeWithoutTime(body) },
  // A page on incident response often tells customers in a part of its own, under whatever control it was read as.
  toldUnder: { title: NOTICE_PART, about: AN_INCIDENT, to: TOLD_TO },
  // An outage is no security incident: an SLA's section on stops, recovery or the means offered while recovery is late
  // owes no notice time of a breach; nor does a security service's work on incidents in the customer's own environment,
  // nor a section that only asks the reader to report an incident to the provider. Under a heading that names no
  // handling ("Data Breaches", "Notification to event-causing subject") the notice is owed only where the provider itself
  // says it handles or tells of incidents there; a heading naming the handling promises a process, and a section with
  // nothing written yet still owes what its control asks.
  owedWhere: (text, _pinned, { title, body }) =>
    !onlyOutages(text) &&
    !(inCustomersEnvironment(text) && !OWN_SERVICE.test(text)) &&
    !onlyReportsIn(text) &&
    (HANDLING.test(title) || body.trim() === '' || providerHandles(body)),
  description: {
    en: 'Incident reporting (16.1.2) is covered but the time to notify customers is not stated.',
    ja: 'インシデントの報告(16.1.2)の記載に、利用者へ通知するまでの時間がありません。',
  },
  missing: {
    en: '{id}: say how soon customers are notified of an incident that affects them (e.g. "within 24 hours").',
    ja: '{id}: 利用者に影響するインシデントを、発生からどれだけの時間で通知するか(例:「24時間以内」)を書いてください。',
  },
  statement: { sentence: { en: 'Customers affected by an incident are notified within {todo} hours of its discovery.', ja: 'お客様に影響するインシデントは、発見から{todo}時間以内に通知します。' }, key: 'incident.notification' },
  // "Affected customers are notified promptly": the sentence that promises the notice without its time. A review
  // checklist's question ("Was every appropriate party informed in a timely manner?") promises nothing (ruling P6: optional).
  // Else the promise that names no time at all ("we will notify affected users by email").
  at: [(sentence, facts) => NOTIFYING.test(sentence) && facts.some(vagueNotice) && commitmentOf(sentence) !== 'none', promisesBreachNoticeWithNoTime],
  timeUnderHeading: { title: (heading) => NOTICE_HEADING.test(heading) && !NOT_THE_CUSTOMERS.test(heading), topic: 'incident-notification' },
  states: statesPeriod('incident-notification', 'incident.notification'),
  statedAnywhere: statedOfAnIncident,
});
