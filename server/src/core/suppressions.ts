// Inline suppression, as linter users expect it, honoured wherever analysis
// runs (editor and CLI alike):
//   # wp27017-disable-next-line <rule-id>[, <rule-id>] -- <reason>
//   # wp27017-disable <rule-id>[, <rule-id>] -- <reason>        (the whole file)
import type { Finding, Span } from './finding';
import { lineAt, lineStarts } from './lines';

export interface Suppression extends Span {
  readonly scope: 'next-line' | 'file';
  readonly rules: readonly string[];
  /** 0-based line the comment silences (next-line), after blank and comment lines. */
  readonly line?: number;
}

const COMMENT = /#\s*wp27017-disable(-next-line)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+--\s*(.*))?/g;
export const MARKER = 'wp27017-disable';

export function findSuppressions(text: string): Suppression[] {
  if (!text.includes(MARKER)) return [];
  const starts = lineStarts(text);
  const lines = text.split('\n');
  const found: Suppression[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const rules = m[2].split(',').map((r) => r.trim());
    const span = { start: m.index, end: m.index + m[0].trimEnd().length };
    if (!m[1]) {
      found.push({ ...span, scope: 'file', rules });
      continue;
    }
    let line = lineAt(starts, m.index) + 1;
    while (line < lines.length && /^\s*(#.*)?\r?$/.test(lines[line])) line++;
    found.push({ ...span, scope: 'next-line', rules, line });
  }
  return found;
}

/** Drops suppressed findings; returns, besides, the suppressions that silenced nothing. */
export function applySuppressions(text: string, findings: readonly Finding[]): { kept: Finding[]; unused: Suppression[] } {
  const suppressions = findSuppressions(text);
  if (suppressions.length === 0) return { kept: [...findings], unused: [] };
  const starts = lineStarts(text);
  const used = new Set<Suppression>();
  const kept = findings.filter((finding) => {
    const line = lineAt(starts, finding.start);
    const by = suppressions.find((s) => s.rules.includes(finding.ruleId) && (s.scope === 'file' || s.line === line));
    if (by) used.add(by);
    return !by;
  });
  return { kept, unused: suppressions.filter((s) => !used.has(s)) };
}
