// Findings to LSP diagnostics: the only place offsets become line/character.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/finding';
import type { Locale } from '../core/locale';
import { findingMessage, fixTitle } from '../core/messages';

export const DIAGNOSTIC_SOURCE = 'wp27017';

/** What a diagnostic's `data` holds; lsp/codeActions.ts reads nothing else. */
export interface DiagnosticFixes {
  readonly version: number;
  readonly fixes: readonly { readonly title: string; readonly preferred: boolean; readonly edits: readonly TextEdit[] }[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticOptions {
  readonly locale: Locale;
  /** Where docs/rules/<id>.md lives, as a URI prefix ending in "/". */
  readonly docsBase: string;
}

export function toDiagnostics(findings: readonly Finding[], document: TextDocument, options: DiagnosticOptions): Diagnostic[] {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  return findings.map((finding) => ({
    range: range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${options.docsBase}${finding.ruleId}.md` },
    source: DIAGNOSTIC_SOURCE,
    message: findingMessage(finding, finding.ruleId, options.locale),
    relatedInformation: finding.related?.map((related) => ({
      location: { uri: document.uri, range: range(related.start, related.end) },
      message: findingMessage(related, finding.ruleId, options.locale),
    })),
    // Quick fixes travel with the diagnostic, tied to the version they were computed for.
    data: {
      version: document.version,
      fixes: (finding.fixes ?? []).map((fix) => ({
        title: fixTitle(fix, finding.ruleId, options.locale),
        preferred: fix.preferred === true,
        edits: fix.edits.map((edit) => ({ range: range(edit.start, edit.end), newText: edit.text })),
      })),
    } satisfies DiagnosticFixes,
  }));
}
