// Folding by the document's structure: each top-level entry, each section
// (nested as written), each section's body and facts. Once a folding provider
// answers, the editor stops folding by indentation, so this covers every
// block an author would want to fold. Pure; lsp/ turns offsets into lines.
import type { Span } from '../core/finding';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';

function sectionFolds(section: SectionModel, into: Span[]): void {
  into.push(section.span);
  if (section.bodySpan) into.push(section.bodySpan);
  const facts = section.facts;
  if (facts.length > 0) into.push({ start: facts[0]!.keySpan.start, end: facts[facts.length - 1]!.valueSpan.end });
  for (const child of section.sections) sectionFolds(child, into);
}

export function provideFolding(document: WhitepaperModel): Span[] {
  const lastSection = document.sections.at(-1);
  // Items are parsed apart from their key, so the `sections` entry's own span may stop before them.
  const folds: Span[] = document.entries.map((entry) => (entry.key === 'sections' && lastSection ? { start: entry.span.start, end: Math.max(entry.span.end, lastSection.span.end) } : entry.span));
  for (const section of document.sections) sectionFolds(section, folds);
  return folds;
}
