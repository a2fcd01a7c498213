// 12.1.2: changes that affect customers need a lead time they can plan around.
import { announcesSomewhereWithoutLeadTime, announcesWithoutLeadTime, ANNOUNCED, INCIDENT_STATUS, isLeadTimeOfChange, PLANNED_WORK, promisedKinds, promisesAnsweredInKind, tellsCustomersOfChange, tellsOfChangeWithoutLeadTime, UPDATES } from '../facts/advanceNotice';
import { announcementSigns, isCautionsOnOneWork, isDatedAnnouncement, isReportAfterTheWork } from '../facts/datedAnnouncement';
import { changeKinds, sameKindOfChange } from '../facts/changeKinds';
import { allSections } from '../model/sectionsFor';
import { keptWith } from '../model/keptWith';
import type { FactEntry, ProseFact, SectionModel } from '../model/whitepaper';
import type { SourceText } from '../core/sourceText';
import { givesPeriod, statedFactRule, statesPeriod, statesPeriodAnywhere } from './statedFact';
import { termsChanged } from '../facts/termsChanged';
import { wordGaps } from '../core/wordGaps';

// A lead time is a period in advance (P7): "changes take effect immediately", 「直ちに通知」 say when, not how early.
const inAdvance = (f: ProseFact) => f.kind === 'duration';
const givesLead = givesPeriod('change-notice');
const anyPeriod = statesPeriodAnywhere('change-notice', 'change.notice');
const periodAnywhere = (asked: readonly ProseFact[]) => {
  const anywhere = anyPeriod(asked);
  return (section: SectionModel) => anywhere(section) && (section.facts.some((f) => f.key === 'change.notice') || section.prose.some((f) => givesLead(f) && inAdvance(f)));
};
const periodGiven = statesPeriod('change-notice', 'change.notice');
const leadTimeGiven = (prose: readonly ProseFact[], pinned: readonly FactEntry[]) => periodGiven(prose.filter(inAdvance), pinned);

/**
 * A lead time given elsewhere answers the sections asked only for the same kind of change: the month's notice of
 * discontinuing the service leaves an interruption for maintenance, "notified in advance", without its lead time. A
 * period's kind is its sentence's, else its section heading's.
 */
const statedForSameKind = (asked: readonly ProseFact[], sections: readonly SectionModel[], text: SourceText) => {
  const anywhere = periodAnywhere(asked);
  // The kinds its promises are for ("maintenance … notified in advance"), else those its sections name.
  const promised = promisedKinds(sections.map((s) => s.body ?? '').join('\n'));
  const kinds = promised.size > 0 ? promised : changeKinds(sections.map(sectionText).join('\n'));
  if (kinds.size === 0) return anywhere;
  return (section: SectionModel) =>
    anywhere(section) &&
    (section.facts.some((f) => f.key === 'change.notice') ||
      section.prose.some((f) => {
        if (f.topic !== 'change-notice' || f.inferred || f.customerDuty || !inAdvance(f)) return false;
        const own = changeKinds(text.slice(f.sentence.start, f.sentence.end));
        return sameKindOfChange(kinds, own.size > 0 ? own : changeKinds(section.title ?? ''));
      }));
};

const sectionText = (s: SectionModel) => `${s.title ?? ''}\n${s.body ?? ''}`;
const givesLeadTime = (s: SectionModel) =>
  s.facts.some((f) => f.key === 'change.notice') || s.prose.some((f) => f.topic === 'change-notice' && !f.inferred && !f.customerDuty && inAdvance(f));

// Asked on every edit: what each section holds of a dated notice is kept with it.
const signs = keptWith((s: SectionModel) => announcementSigns(`${s.title ?? ''}\n${s.body ?? ''}`));

export default statedFactRule({
  id: 'change-notice',
  controls: ['12.1.2'],
  headings: [
    { title: wordGaps(/変更管理|変更(?:の|に関する)?(?:通知|連絡|告知|お知らせ)|仕様変更|サービス(?:内容)?の変更|\bchange\s{1,3}(?:management|notices?|notifications?)\b|\bchanges\s{1,3}to\s{1,3}(?:the|our)\s{1,3}service/i) },
    // Maintenance and upgrades are changes the customer lives through: such a section owes a lead time when it announces them.
    { title: PLANNED_WORK, about: ANNOUNCED },
    // An incident page's "Status updates" tells how often the incident's status is posted, not of a change.
    { title: UPDATES, about: ANNOUNCED, unless: INCIDENT_STATUS },
  ],
  description: {
    en: 'Change management (12.1.2) is covered but the lead time of notice before a change is not stated.',
    ja: '変更管理(12.1.2)の記載に、変更を事前に通知する期間がありません。',
  },
  missing: {
    en: '{id}: say how far in advance customers are told of changes that affect them (e.g. "30 days before").',
    ja: '{id}: 利用者に影響する変更を、どれだけ前に通知するか(例:「30日前まで」)を書いてください。',
  },
  statement: { sentence: { en: 'Customers are notified {todo} days before a change that affects them.', ja: 'お客様に影響する変更は、{todo}日前までに通知します。' }, key: 'change.notice' },
  // A section on changes that never speaks of telling the customer ("We update our systems periodically", a maintenance
  // window policy, who patches what, a change meeting's minutes) describes the provider's own routine, and one that says
  // changes come with no notice ("事前に通知することなく変更できる") promised none: neither owes a lead time.
  // The terms' own article on changing them (「規約の変更」, "Changes to these Terms") is the contract rewritten and posted
  // (「掲載した時点から効力を生じ」): it owes a lead time only where it promises notice ahead of the change, as a sentence
  // anywhere does. Of the given terms with one, 3 annotate its missing lead time as a gap, 17 as arguable, 12 want silence.
  owedWhere: (_text, _pinned, { title, body }) => (termsChanged(title) === undefined ? tellsCustomersOfChange(title, body) : announcesSomewhereWithoutLeadTime(body, title)),
  // Where no section answers 12.1.2, the promise itself raises it, under whatever heading ("Availability: planned
  // maintenance windows are communicated in advance").
  raisedBy: { test: announcesSomewhereWithoutLeadTime },
  // An article on interrupting the service that promises notice in its own words owes its lead time beside the sections
  // answering 12.1.2 when those that give a lead time speak of no change of its kind: the month's notice of discontinuing
  // says nothing of it. It may answer 12.1.2 itself (terms' suspension article, ruling R5) and still owe it.
  raisedAlongside: (answering) => {
    const asked = changeKinds(answering.filter(givesLeadTime).map(sectionText).join('\n'));
    return (raised) => {
      const promised = promisedKinds(raised.body ?? '');
      const own = promised.size > 0 ? promised : changeKinds(sectionText(raised));
      return own.size > 0 && ![...own].some((kind) => asked.has(kind));
    };
  },
  // "Maintenance windows are announced in advance": the words that owe the lead time; else a notice of a change that does
  // not say "in advance", hedged or not ("Email notifications may be sent with details about the change").
  // Last, a notice whose sentence gives only how long the work lasts ("alert you if a deployment goes over 15 minutes of
  // downtime"): no lead time, so the promise is still where it is owed (P1).
  at: [
    (sentence, facts) => announcesWithoutLeadTime(sentence, facts) && tellsOfChangeWithoutLeadTime(sentence, facts),
    tellsOfChangeWithoutLeadTime,
    (sentence, facts) => tellsOfChangeWithoutLeadTime(sentence, facts.filter((f) => f.kind !== 'duration' || f.relation === 'before' || isLeadTimeOfChange(sentence, f.relation))),
  ],
  // A page announcing one dated maintenance, or the cautions sent with one ("…メンテナンスご注意事項"), is the notice
  // itself, not a policy on notices, and so is a page reporting one piece of work after it happened ("…メンテナンスに関する
  // お詫び"); a page that also promises notice in general still owes its lead time.
  owedBy: (document) => {
    const title = typeof document.data.title === 'string' ? document.data.title : '';
    const all = [announcementSigns(title), ...allSections(document).map((s) => signs(s))];
    return !isDatedAnnouncement(all) && !((isCautionsOnOneWork(title) || isReportAfterTheWork(title)) && !all.some((s) => s.policy));
  },
  // A lead time the sections give themselves answers only promises of its kind: an article's month before ending the
  // service leaves its maintenance stop, "notified in advance", without one.
  states: (prose, pinned, body) => pinned.some((f) => f.key === 'change.notice') || (leadTimeGiven(prose, pinned) && promisesAnsweredInKind(body)),
  statedAnywhere: statedForSameKind,
});
