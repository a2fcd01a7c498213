// One checked file as every output format needs it: findings with 1-based
// line and column, messages in the chosen language.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/finding';
import type { Locale } from '../core/locale';
import { findingMessage } from '../core/messages';
import type { SourcePlace } from '../read/block';
import { describePlace } from '../read/describePlace';

export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Where in a PDF, Word file or web page: "page 3, line 12", "paragraph 14, under …"; line and column are then in its extracted text, but a web page's are in its source. */
  readonly where?: string;
  readonly related: readonly { readonly message: string; readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number }[];
}

export interface FileReport {
  /** As given or found, relative to the working directory where possible. */
  readonly path: string;
  readonly findings: readonly ReportedFinding[];
  /** For a published text: what kind of document it was read as (import/publishedKind.ts), and what that changes. */
  readonly readAs?: { readonly kind: string; readonly forced: boolean; readonly description: string };
}

export function reportFile(path: string, text: string, findings: readonly Finding[], locale: Locale, source?: (offset: number) => SourcePlace | undefined): FileReport {
  const document = TextDocument.create('file:///x', 'yaml', 0, text);
  const place = (start: number, end: number) => {
    const from = document.positionAt(start);
    const to = document.positionAt(end);
    const inFile = source?.(start);
    if (inFile?.sourceLine === undefined) return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
    // A web page's findings point into its source at their own words; the end is just after the last character spanned.
    const column = inFile.sourceColumn ?? 1;
    const last = end > start ? source?.(end - 1) : undefined;
    const endLine = last?.sourceLine ?? inFile.sourceLine;
    const endColumn = last?.sourceLine !== undefined ? (last.sourceColumn ?? 1) + 1 : column;
    return { line: inFile.sourceLine, column, endLine, endColumn };
  };
  return {
    path,
    findings: findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: findingMessage(finding, finding.ruleId, locale),
      ...place(finding.start, finding.end),
      ...(source ? { where: describePlace(source(finding.start), locale) } : {}),
      related: (finding.related ?? []).map((r) => ({ message: findingMessage(r, finding.ruleId, locale), ...place(r.start, r.end) })),
    })),
  };
}
