// The shape shared by rules that ask one thing of a covered control: "the
// control is answered, but the fact a customer needs is not stated".
import type { Localized } from '../core/locale';
import { answeredIds } from '../coverage/coverage';
import { allSections, factsFor, factsUnder, withNested, type Facts } from '../model/sectionsFor';
import type { FactEntry, ProseFact, SectionModel, WhitepaperModel } from '../model/whitepaper';
import { keptWith } from '../model/keptWith';
import { keptIndex, type KeptIndex } from '../model/keptIndex';
import { defineRule, type Rule } from './rule';
import { statementFix, type StatementSpec } from './statementFix';
import { firstSentence } from './subjectPlace';
import type { Span } from '../core/finding';
import type { SourceText } from '../core/sourceText';

const ADD_STATEMENT = { en: 'Add a sentence that states it, and facts: {key}', ja: 'それを述べる一文と facts: {key} を追加' };

export interface StatedFact {
  readonly id: string;
  /** The controls whose sections must state the fact (2013 or CLD ids). */
  readonly controls: readonly string[];
  readonly description: Localized;
  readonly missing: Localized;
  /** What the fix adds: a sentence and the facts key it pins. */
  readonly statement: StatementSpec;
  /**
   * Headings that answer the controls when no section lists them ("インシデント管理", "Governing law"): those sections
   * owe the fact too, each when its body holds the words `about` asks for (an incident section that never speaks of
   * telling anyone answers 16.1.1 only; a maintenance section that never announces anything owes no notice), and not
   * when its heading or body holds the words `unless` names.
   */
  readonly headings?: readonly { readonly title: RegExp; readonly about?: RegExp; readonly unless?: RegExp }[];
  /**
   * The words that make a section of the controls the one that owes the fact ("通知", "notify" for 16.1.2): where some
   * of the controls' sections speak of it, only they are asked, and the finding sits on the first of them. An incident
   * heading gives 16.1.1 and 16.1.2 together, and a section on response is not where the notice is owed.
   */
  readonly asks?: RegExp;
  /**
   * What a section of the controls must speak of for the fact to be owed at all: an 18.1.1 section on complying with
   * laws owes no data location. Sections that do not are not asked, and when none does the rule is silent. `text` and
   * `body` hold the subsections too; `own` is the section's body alone (an article whose nested blocks are no part of it).
   */
  readonly owedWhere?: (text: string, pinned: readonly FactEntry[], section: { readonly title: string; readonly body: string; readonly own: string }) => boolean;
  /**
   * Words in a body that raise the question where no section answers the controls or is headed by their subject ("…は
   * 日本標準時で時刻同期を行い", "All systems keep their clocks synchronised"), or where those that do all owe nothing
   * (`owedWhere`): the sections saying them owe the fact. A heading may raise it too ("Where is the service hosted?").
   */
  readonly raisedBy?: { readonly test: (body: string, title: string) => boolean };
  /**
   * Of the sections `raisedBy` finds, answering the controls or not, the ones asked alongside the answer: an article on
   * interrupting the service that promises notice is not answered by the month's notice the discontinuation article gives.
   * Each such section owes the fact by itself (`states` of its own words, else `statedAnywhere` asked for it alone).
   */
  readonly raisedAlongside?: (answering: readonly SectionModel[]) => (raised: SectionModel) => boolean;
  /** Whether the document owes the fact at all: a page that is itself the notice of one dated maintenance owes no lead time. */
  readonly owedBy?: (document: WhitepaperModel) => boolean;
  /**
   * The sentence that promises what the fact should say ("announced in advance", with no lead time), given the prose
   * facts read from it: the finding sits on the first such sentence of the sections asked, else on the first section's heading.
   * Several tests are tried in turn, the first that some sentence passes placing the finding (the plainest promise first).
   */
  readonly at?: AtTest | readonly AtTest[];
  /**
   * The heading of the part where a text tells the fact, wherever it stands ("Notification", 「お客様への連絡」): when no
   * sentence of the sections asked promises it, the finding sits there (on its first sentence that `asks` matches, else
   * its heading) rather than on the page's title; only a part whose title or text names `about`, and one that names
   * `to` first.
   */
  readonly toldUnder?: { readonly title: RegExp; readonly about: RegExp; readonly to?: RegExp };
  /** Whether a section (its subsections included) states the fact. */
  readonly states: (prose: readonly ProseFact[], pinned: readonly FactEntry[], body: string) => boolean;
  /**
   * Whether one section, wherever it stands, states the fact by itself: for a fact of the whole service that texts put
   * where they like. `asked` is what the sections asked say, for a fact that must answer their promise (`sections`, the
   * sections themselves; `text`, the document's): read once per document, the test it returns is asked of every section.
   */
  readonly statedAnywhere?: (asked: readonly ProseFact[], sections: readonly SectionModel[], text: SourceText) => (section: SectionModel) => boolean;
  /**
   * A heading that names the telling itself ("Customer notification", "How much notice we give", 「お客様への通知」): a
   * period its section gives with no subject of its own (a "Timeline:" label, a table's column) is the time told, of
   * `topic`. `title` tests the section's heading.
   */
  readonly timeUnderHeading?: { readonly title: (heading: string) => boolean; readonly topic: string };
}

export function statedFactRule(spec: StatedFact): Rule<'missing' | 'addStatement'> {
  // What the rule asks of every section on every edit, kept with the section.
  const headings = spec.headings;
  const owes =
    headings &&
    keptIndex(
      (s: SectionModel) =>
        s.title !== undefined &&
        headings.some(
          ({ title, about, unless }) =>
            title.test(s.title!.slice(0, 200)) && (about === undefined || about.test(factsUnder(s).body)) && (unless === undefined || !unless.test(`${s.title}\n${factsUnder(s).body}`)),
        ),
    );
  // Asked of every section on every edit: kept with it.
  const underHeading = spec.timeUnderHeading;
  const toldTime =
    underHeading &&
    keptWith(
      (s: SectionModel) =>
        s.title !== undefined &&
        underHeading.title(s.title.slice(0, 200)) &&
        s.prose.some((f) => (f.topic === underHeading.topic || f.topic === 'other') && givesTime(f)),
    );
  // Asked of every section answering the controls on every edit (hundreds at 5 MB full of findings, each a title and
  // body joined and searched): kept with it.
  const owedWhere = spec.owedWhere;
  const owedIn =
    owedWhere &&
    keptWith((s: SectionModel) => {
      const { body, pinned } = factsUnder(s);
      const title = s.title ?? '';
      return owedWhere(`${title}\n${body}`, pinned, { title, body, own: s.body ?? '' });
    });
  // Where no section answers the controls, the words that raise the question are looked for in every section's body on
  // every edit (a fifth of a keystroke at 5 MB full of findings, three rules' patterns over 9,600 bodies): read once
  // per section, and the raising sections' facts gathered again only when they change, the same object otherwise.
  const raisedBy = spec.raisedBy;
  const raises = raisedBy && keptIndex((s: SectionModel) => raisedBy.test(s.body ?? '', s.title ?? ''));
  const lastRaised = new WeakMap<SectionModel, Facts>();
  const raisedIn = (document: WhitepaperModel): Facts => {
    const raising = raises!.in(document);
    const all = allSections(document);
    // Indexed, no callback per section: it runs over every section on every edit.
    const sections: SectionModel[] = [];
    for (let i = 0; i < all.length; i++) if (raising(i)) sections.push(all[i]);
    if (sections.length === 0) return gathered(sections);
    const last = lastRaised.get(sections[0]);
    if (last && sameSections(last.sections, sections)) return last;
    const facts = gathered(sections);
    lastRaised.set(sections[0], facts);
    return facts;
  };
  // The answering sections that owe the fact and speak of it, with their facts, made once per answer: factsFor gives
  // the same object while the same sections answer, where the owing ones' facts (hundreds of sections at 5 MB full
  // of findings) were gathered again on every edit.
  const narrowedOf = new WeakMap<Facts, Facts>();
  const narrowed = (document: WhitepaperModel, answer: Facts): Facts => {
    const kept = narrowedOf.get(answer);
    if (kept) return kept;
    const owed = owedOnly(answer, owedIn);
    // Where the answering sections all owe nothing (terms' article on changing the service that tells no one, while the
    // first article promises 「事前通知」 of the same changes), the words that raise the question elsewhere still do, as
    // where no section answers; that reads more than the answer, so it is not kept with it.
    if (owed.sections.length === 0 && answer.sections.length > 0 && raises !== undefined) {
      return asked(owedOnly(raisedIn(document), owedIn), spec.asks);
    }
    const facts = asked(owed, spec.asks);
    narrowedOf.set(answer, facts);
    return facts;
  };
  return defineRule({
    id: spec.id,
    appliesTo: ['whitepaper'],
    severity: 'warning',
    description: spec.description,
    messages: { missing: spec.missing, addStatement: ADD_STATEMENT },
    // Stated once, under any of the controls, is stated: whitepapers answer a control across several sections.
    checkDocument(document, report) {
      const answer = narrowed(document, answering(document, spec, owes, raises && raisedIn));
      if (answer.sections.length === 0) return;
      let owing = answer;
      if (statesFor(document, spec, answer, toldTime)) {
        if (spec.raisedAlongside === undefined || raises === undefined) return;
        const alongside = spec.raisedAlongside(answer.sections);
        owing = gathered(raisedIn(document).sections.filter(alongside));
        if (owing.sections.length === 0 || statesFor(document, spec, owing, undefined)) return;
      }
      const { sections } = owing;
      // Read only when a finding is due: it walks the whole document, on every edit.
      if (spec.owedBy !== undefined && !spec.owedBy(document)) return;
      // Where the sections asked make no promise in words, a sentence elsewhere that does ("we will make the client aware
      // as soon as possible" under "Responsibilities", read as no control) is where the time is owed.
      const promised =
        (spec.at === undefined ? undefined : promise(document, sections, spec.at)) ??
        (spec.at === undefined || raises === undefined ? undefined : promise(document, raisedIn(document).sections, spec.at)) ??
        (spec.asks === undefined ? undefined : stepThatTells(document, sections, spec.asks)) ??
        (spec.toldUnder === undefined ? undefined : partThatTells(document, spec.toldUnder, spec.asks));
      const first = promised?.section ?? sections[0];
      const id = first.controls.map((c) => c.id).find((c) => spec.controls.some((wanted) => answeredIds(c).includes(wanted))) ?? spec.controls[0];
      report({ ...(promised?.span ?? speaking(document, first, spec) ?? first.head), messageId: 'missing', data: { id }, fixes: [statementFix('addStatement', document, first, spec.statement, { key: spec.statement.key })] });
    },
  });
}

type AtTest = (sentence: string, facts: readonly ProseFact[]) => boolean;

/**
 * Where no sentence makes the promise, the section's first sentence whose words raise the question (the hosting
 * sentence under "Building images"): a reader checks those words, and its heading only names the section. A section
 * whose text never raises it keeps its heading.
 */
function speaking(document: WhitepaperModel, section: SectionModel, spec: StatedFact): Span | undefined {
  const raised = spec.raisedBy;
  return raised === undefined ? undefined : firstSentence(document, section, { test: (sentence) => raised.test(sentence, '') });
}

/** Whether the sections asked, or a section anywhere, state the fact for them. */
function statesFor(document: WhitepaperModel, spec: StatedFact, { sections, prose, pinned, body }: Facts, toldTime: ((s: SectionModel) => boolean) | undefined): boolean {
  if (spec.states(prose, pinned, body)) return true;
  if (spec.statedAnywhere !== undefined) {
    const stated = spec.statedAnywhere(prose, sections, document.text);
    if (allSections(document).some((s) => stated(s))) return true;
  }
  return toldTime !== undefined && allSections(document).some((s) => toldTime(s));
}

/** The first sentence of `sections` or their subsections (in order) that `at` accepts, with its section; of several tests, the first that finds one. */
function promise(document: WhitepaperModel, sections: readonly SectionModel[], at: NonNullable<StatedFact['at']>): { section: SectionModel; span: Span } | undefined {
  for (const test of typeof at === 'function' ? [at] : at) {
    const found = promiseBy(document, sections, test);
    if (found) return found;
  }
  return undefined;
}

function promiseBy(document: WhitepaperModel, sections: readonly SectionModel[], at: AtTest): { section: SectionModel; span: Span } | undefined {
  for (const section of withNested(sections)) {
    const read = (sentence: Span) => section.prose.filter((f) => f.span.start >= sentence.start && f.span.end <= sentence.end);
    const span = firstSentence(document, section, { test: (text, sentence) => at(text, read(sentence)) });
    // The finding sits on the words that leave the time open ("promptly"), where the sentence has them.
    if (span) return { section, span: read(span).find((f) => f.kind === 'vague')?.span ?? span };
  }
  return undefined;
}

/**
 * A procedure whose own text never speaks of the fact, and one of whose steps does ("Phase 3: Communication" under
 * "Incident response procedure"): the first sentence of that step that `words` match, with its subsection.
 */
function stepThatTells(document: WhitepaperModel, sections: readonly SectionModel[], words: RegExp): { section: SectionModel; span: Span } | undefined {
  for (const section of sections) {
    if (words.test(section.body ?? '')) continue;
    for (const step of withNested(section.sections)) {
      const span = firstSentence(document, step, words);
      if (span) return { section: step, span };
    }
  }
  return undefined;
}

/**
 * The part of the document headed as where the fact is told ("Notification" after "Triage" and "Containment" on a
 * page titled "Security Incident Response"), whichever control it was read as: its first sentence `words` match, else
 * its heading.
 */
function partThatTells(document: WhitepaperModel, told: NonNullable<StatedFact['toldUnder']>, words: RegExp | undefined): { section: SectionModel; span: Span } | undefined {
  const text = (s: SectionModel) => `${s.title}\n${s.body ?? ''}`;
  const parts = allSections(document).filter(
    (s) => s.title !== undefined && told.title.test(s.title.slice(0, 200)) && told.about.test(text(s)) && (words === undefined || words.test(text(s))),
  );
  const part = parts.find((s) => told.to?.test(text(s))) ?? parts[0];
  if (part === undefined) return undefined;
  return { section: part, span: (words === undefined ? undefined : firstSentence(document, part, words)) ?? part.head };
}

/** The sections that answer the controls, else those whose heading names the subject (a published text with no control ids). */
function answering(
  document: WhitepaperModel,
  spec: StatedFact,
  owes: KeptIndex<SectionModel, boolean, void> | undefined,
  raisedIn: ((document: WhitepaperModel) => Facts) | undefined,
): ReturnType<typeof factsFor> {
  const listed = factsFor(document, spec.controls);
  if (listed.sections.length > 0 || (owes === undefined && raisedIn === undefined)) return listed;
  const owing = owes?.in(document);
  const headed: SectionModel[] = [];
  if (owing !== undefined) {
    // Indexed, no callback per section: it runs over every section on every edit where no section answers.
    const all = allSections(document);
    for (let i = 0; i < all.length; i++) if (owing(i)) headed.push(all[i]);
  }
  return headed.length > 0 || raisedIn === undefined ? gathered(headed) : raisedIn(document);
}

function sameSections(a: readonly SectionModel[], b: readonly SectionModel[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function gathered(sections: SectionModel[]): ReturnType<typeof factsFor> {
  const parts = sections.map(factsUnder);
  return { sections, prose: parts.flatMap((p) => p.prose), pinned: parts.flatMap((p) => p.pinned), body: parts.map((p) => p.body).join('\n') };
}

/** Of the sections answering, those whose heading or text raises the question; all of them when the rule asks every one. */
function owedOnly(answer: ReturnType<typeof factsFor>, raises: ((section: SectionModel) => boolean) | undefined): ReturnType<typeof factsFor> {
  if (raises === undefined) return answer;
  const owing = answer.sections.filter((s) => raises(s));
  return owing.length === answer.sections.length ? answer : gathered(owing);
}

/** Of the sections answering, those that speak of what the fact is about, when any does; else all of them. */
function asked(answer: ReturnType<typeof factsFor>, words: RegExp | undefined): ReturnType<typeof factsFor> {
  if (words === undefined) return answer;
  const speaking = answer.sections.filter((s) => words.test(factsUnder(s).body));
  return speaking.length === 0 || speaking.length === answer.sections.length ? answer : gathered(speaking);
}

/**
 * A period (or "immediately") the provider gives for `topic`, not one lent by the section's subject; a report owed to
 * an authority (the regulator's 72 hours) is not the customer's notice.
 */
export const givesPeriod = (topic: string) => (f: ProseFact) => f.topic === topic && !f.inferred && givesTime(f);

/** A period (or "immediately") of the provider's own, told to the customer, not to an authority or its own staff. */
const givesTime = (f: ProseFact) => !f.customerDuty && f.notice !== 'authority' && f.notice !== 'internal' && (f.kind === 'duration' || f.kind === 'immediate');

/**
 * Whether a period answers the notice the sections asked promise: where they promise word of a breach, an outage's
 * period (a post on the status page within 30 minutes) leaves the breach's notice without one.
 */
function answersPromise(topic: string, asked: readonly ProseFact[]): (period: ProseFact) => boolean {
  const breach = asked.some((f) => f.topic === topic && f.notice === 'breach' && !f.customerDuty);
  return (period) => !(breach && period.notice === 'outage');
}

/** A period (or "immediately") about `topic` that answers the promise, or the pinned key. */
export const statesPeriod = (topic: string, key: string) => (prose: readonly ProseFact[], pinned: readonly FactEntry[]) =>
  prose.filter(givesPeriod(topic)).some(answersPromise(topic, prose)) || pinned.some((f) => f.key === key);

/**
 * The same period given in any section: published texts state how soon customers hear of an incident or a change
 * where they like (a "Support" or "Maintenance" section, the SLA's part), not only under the control that owes it.
 */
export function statesPeriodAnywhere(topic: string, key: string): (asked: readonly ProseFact[]) => (section: SectionModel) => boolean {
  // Asked of every section on every edit: what each gives is kept with it.
  const periods = keptWith((section: SectionModel) => section.prose.filter(givesPeriod(topic)));
  const pins = keptWith((section: SectionModel) => section.facts.some((f) => f.key === key));
  return (asked) => {
    const answers = answersPromise(topic, asked);
    return (section) => {
      if (pins(section)) return true;
      const given = periods(section);
      return given.length > 0 && given.some(answers);
    };
  };
}

/** Words in the text, or the pinned key. */
export const statesWords = (words: RegExp, key: string) => (_: readonly ProseFact[], pinned: readonly FactEntry[], body: string) =>
  words.test(body) || pinned.some((f) => f.key === key);
