// Go to Symbol in Workspace: every section of every whitepaper, named so that
// typing a control id or a title finds it. The editor filters by the name
// alone, so the name carries the ids the title does not already show.
import type { Span } from '../core/finding';
import type { SectionModel, WhitepaperModel } from '../model/whitepaper';

export interface SectionSymbol {
  readonly name: string;
  /** The enclosing section's title, or the document's. */
  readonly container?: string;
  readonly span: Span;
}

function symbolName(section: SectionModel): string {
  const title = section.title ?? '(untitled)';
  const missing = section.controls.map((c) => c.id).filter((id) => !title.includes(id));
  return missing.length > 0 ? `${title} (${missing.join(', ')})` : title;
}

export function sectionSymbols(document: WhitepaperModel): SectionSymbol[] {
  const symbols: SectionSymbol[] = [];
  const title = typeof document.data.title === 'string' ? document.data.title : undefined;
  const visit = (sections: readonly SectionModel[], container: string | undefined) => {
    for (const section of sections) {
      symbols.push({ name: symbolName(section), container, span: section.titleSpan ?? section.head });
      visit(section.sections, section.title ?? container);
    }
  };
  visit(document.sections, title);
  return symbols;
}

/** Whether every character of `query` appears in `name` in order, ignoring case: the editor ranks what we return. */
export function matchesQuery(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const c of query.toLowerCase()) {
    if (c === ' ') continue;
    at = lower.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
