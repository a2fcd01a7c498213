// Where a fix puts a missing statement: a sentence at the end of the section's
// body and the matching `facts:` entry, each written in the section's own
// indentation so the document stays valid YAML. Pure; offsets only.
import type { TextEdit } from '../core/finding';
import type { SourceText } from '../core/sourceText';
import { columnOf, endOfLastLine } from './insertions';
import type { SectionModel, WhitepaperModel } from './whitepaper';

export interface Statement {
  /** In the document's language, with a marker where the author still has to write the value. */
  readonly sentence: string;
  readonly fact?: { readonly key: string; readonly value: string };
}

function bodyEdit(text: SourceText, section: SectionModel, sentence: string, keyIndent: string): TextEdit {
  const span = section.bodySpan;
  if (!span || section.body === undefined) {
    const at = endOfLastLine(text, section.head.start, (section.titleSpan ?? section.head).end);
    return { start: at, end: at, text: `\n${keyIndent}body: |\n${keyIndent}  ${sentence}` };
  }
  if (text.charAt(span.start) === '|' || text.charAt(span.start) === '>') {
    const at = endOfLastLine(text, span.start, span.end);
    const firstLine = text.indexOf('\n', span.start) + 1;
    const indent = /^[ ]*/.exec(text.slice(firstLine))![0];
    return { start: at, end: at, text: `\n${indent.length > keyIndent.length ? indent : `${keyIndent}  `}${sentence}` };
  }
  // A plain or quoted body becomes a literal block, so that the new sentence can go on a line of its own.
  const inner = `${keyIndent}  `;
  const lines = [...section.body.trimEnd().split('\n'), sentence];
  return { start: span.start, end: span.end, text: `|\n${lines.map((line) => (line ? `${inner}${line}` : '')).join('\n')}` };
}

function factEdit(text: SourceText, section: SectionModel, key: string, value: string, keyIndent: string): TextEdit | undefined {
  const facts = section.facts;
  if (facts.some((f) => f.key === key)) return undefined;
  const last = facts[facts.length - 1];
  if (last) {
    const lineStart = text.lastIndexOf('\n', facts[0]!.keySpan.start - 1) + 1;
    // A flow mapping (`facts: {…}`) gets the entry before its closing brace.
    if (/[{,]/.test(text.slice(lineStart, facts[0]!.keySpan.start))) {
      const close = /^[\s,]*\}/.exec(text.slice(last.valueSpan.end));
      if (!close) return undefined;
      const at = last.valueSpan.end + close[0].length - 1;
      return { start: last.valueSpan.end, end: at, text: `, ${key}: ${value}` };
    }
    const at = endOfLastLine(text, last.keySpan.start, last.valueSpan.end);
    return { start: at, end: at, text: `\n${' '.repeat(columnOf(text, last.keySpan.start))}${key}: ${value}` };
  }
  const at = endOfLastLine(text, section.span.start, section.span.end);
  return { start: at, end: at, text: `\n${keyIndent}facts:\n${keyIndent}  ${key}: ${value}` };
}

/** The edits that add `statement` to `section`; an entry that goes right where the sentence ends joins its edit. */
export function statementEdits(document: WhitepaperModel, section: SectionModel, statement: Statement): TextEdit[] {
  const { text } = document;
  const keyIndent = ' '.repeat(columnOf(text, section.head.start));
  const body = bodyEdit(text, section, statement.sentence, keyIndent);
  const fact = statement.fact && factEdit(text, section, statement.fact.key, statement.fact.value, keyIndent);
  if (!fact) return [body];
  if (fact.start === body.end) return [{ ...body, text: body.text + fact.text }];
  return [body, fact];
}
