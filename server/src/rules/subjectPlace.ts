// Where a finding about what a control's sections leave unsaid sits: on the
// words that raise the question. A section headed by its subject ("Backup",
// "データの削除") takes it on its heading; a section that only speaks of the
// subject among others (a long introduction, a whole page read as one
// section) takes it on the first sentence that does, so a reader sees which
// sentence owes the missing figure.
import type { Span } from '../core/finding';
import { keptWith } from '../model/keptWith';
import { splitSentences, topicOfHeading, type Subject } from '../facts';
import { scalarSourceMap } from '../parse/scalarSourceMap';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';

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

/**
 * The first sentence of the section's own body that `words` match (a pattern, or any test of a sentence, given its
 * span of the source too), as a span of the source.
 */
export function firstSentence(document: WhitepaperModel, section: SectionModel, words: { test(text: string, span: Span): boolean }): Span | undefined {
  const body = section.body;
  if (body === undefined || !section.bodySpan || (words instanceof RegExp && !words.test(body))) return undefined;
  const map = scalarSourceMap(body, document.text.slice(section.bodySpan.start, section.bodySpan.end), section.bodySpan.start);
  for (const sentence of splitSentences(body)) {
    const span = { start: map[sentence.start], end: map[sentence.end - 1] + 1 };
    if (words.test(body.slice(sentence.start, sentence.end), span)) return span;
  }
  return undefined;
}

/**
 * The place for a finding about `subject` among `sections` (in document order). For each clue in turn: the first
 * section headed by the subject whose body the clue matches, at its heading; else the first section whose body
 * the clue matches, at the clue's first sentence. Without a match, the first section headed by the subject, else
 * the first section, at its heading. Clues are patterns without the g flag.
 */
export function placeOf(document: WhitepaperModel, sections: readonly SectionModel[], subject: Subject, clues: readonly RegExp[]): SubjectPlace {
  const headed = sections.filter((s) => headedBy(s, subject));
  for (const clue of clues) {
    const section = headed.find((s) => clue.test(s.body ?? ''));
    if (section) return { section, span: section.head };
    for (const other of sections) {
      const span = firstSentence(document, other, clue);
      if (span) return { section: other, span };
    }
  }
  const section = headed[0] ?? sections[0];
  return { section, span: section.head };
}
