// Where a finding about what a control's sections leave unsaid sits: on the
// words that raise the question. A section that speaks of its subject takes it
// on the first sentence that does, whether its heading names the subject
// ("Backup", 「データの削除」, an FAQ's question) or not, so a reader sees which
// sentence owes the missing figure; only a section that never speaks of it (a
// heading over its parts, a heading alone) is pointed at by its heading.
import type { Span } from '../core/finding';
import { keptWith } from '../model/keptWith';
import { splitSentences, topicOfHeading, type Subject } from '../facts';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';
import { withoutPreamble } from '../facts/preamble';

export interface SubjectPlace {
  readonly section: SectionModel;
  readonly span: Span;
}

/** The subject a section's heading names: asked of every section on every edit, so kept with the section. */
const headingTopic = keptWith((section: SectionModel) => (section.title === undefined ? undefined : topicOfHeading(section.title)));

/** The section's heading names `subject`. */
export function headedBy(section: SectionModel, subject: Subject): boolean {
  return section.title !== undefined && headingTopic(section) === subject;
}

/** Maps ranges of a section's body (its value as read, escapes decoded) to spans of the source, where they stand now. */
export function bodyToSource(document: WhitepaperModel, section: SectionModel): (range: { readonly start: number; readonly end: number }) => Span {
  const body = section.body ?? '';
  const from = section.bodySpan?.start ?? 0;
  const map = scalarSourceMap(body, document.text.slice(from, section.bodySpan?.end ?? from), from);
  return (range) => ({ start: map[range.start], end: map[range.end - 1] + 1 });
}

// A Markdown image ("![The Backups tab of instance settings, listing one automatic backup taken on …](…)"): its alt text
// describes a screenshot for those who cannot see it, and states nothing a finding could ask the author to change.
const IMAGE = /^\s{0,3}!\s{0,3}\[/;

/**
 * The first sentence of the section's own body that `words` match (a pattern, or any test of a sentence, given its
 * span of the source too), as a span of the source.
 */
export function firstSentence(document: WhitepaperModel, section: SectionModel, words: { test(text: string, span: Span): boolean }): Span | undefined {
  const body = section.body;
  if (body === undefined || !section.bodySpan || (words instanceof RegExp && !words.test(body))) return undefined;
  const toSource = bodyToSource(document, section);
  for (const sentence of splitSentences(body)) {
    const said = body.slice(sentence.start, sentence.end);
    // The sentence reader ends a sentence at the image's "!", so its alt text opens the next one.
    if (IMAGE.test(body.slice(Math.max(0, sentence.start - 1), sentence.end))) continue;
    const span = toSource(sentence);
    if (words.test(said, span)) return span;
  }
  return undefined;
}

/**
 * The place for a finding about `subject` among `sections` (in document order). For each clue in turn: the first
 * section headed by the subject whose body the clue matches, at the clue's first sentence, or that heads only its parts
 * ("8. Audit logs" over "8.1 Log format"), at its heading (at its part's, where its only text is a preamble); else the
 * first section whose body the clue matches, at the clue's first sentence. Without a match, the first section headed by
 * the subject, else the first section, at its heading. Clues are patterns without the g flag, or tests of a sentence.
 * `unsaid`: the finding asks for what none of the clue's sentences speaks of (the way back, beside a deletion with its
 * time), so a section headed by the subject keeps it on its heading.
 */
export function placeOf(
  document: WhitepaperModel,
  sections: readonly SectionModel[],
  subject: Subject,
  clues: readonly { test(text: string): boolean }[],
  { unsaid = false }: { readonly unsaid?: boolean } = {},
): SubjectPlace {
  const headed = sections.filter((s) => headedBy(s, subject));
  for (const clue of clues) {
    // A heading over its parts, with no body of its own, is where its subject is told: not a contents line elsewhere.
    const section = headed.find((s) => clue.test(ownText(s)) || (s.sections.length > 0 && ownText(s).trim() === ''));
    if (section) {
      const telling = partTelling(section, subject, clue) ?? section;
      return { section, span: (unsaid ? undefined : firstSentence(document, telling, clue)) ?? telling.head };
    }
    for (const other of sections) {
      const span = firstSentence(document, other, clue);
      if (span) return { section: other, span };
    }
  }
  const section = headed[0] ?? sections[0];
  return { section, span: section.head };
}

/** A section's own text, less the preamble a chapter opens with. */
const ownText = (section: SectionModel): string => (section.sections.length > 0 ? withoutPreamble(section.body ?? '') : (section.body ?? ''));

/**
 * A chapter whose own text is only its preamble ("This document outlines the logging and monitoring requirements …")
 * names the subject of its parts and tells nothing of it: its first part headed by the subject that tells it is the place.
 */
function partTelling(section: SectionModel, subject: Subject, clue: { test(text: string): boolean }): SectionModel | undefined {
  const body = section.body ?? '';
  if (body.trim() === '' || ownText(section).trim() !== '') return undefined;
  return section.sections.find((part) => headedBy(part, subject) && clue.test(part.body ?? ''));
}
