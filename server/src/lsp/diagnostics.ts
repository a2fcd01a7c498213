// Findings to LSP diagnostics: the only place offsets become line/character.
// A diagnostic carries no fixes and no document version: quick fixes are
// worked out when the editor asks for them (lsp/codeActions.ts), so a report
// stays the same, object for object, while its findings stay where they are.
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/finding';
import type { Locale, MessageData } from '../core/locale';
import { findingMessage } from '../core/messages';

export const DIAGNOSTIC_SOURCE = 'wp27017';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What the client said it can show (LSP client capabilities); the rest is not sent. */
export interface DiagnosticCapabilities {
  readonly relatedInformation: boolean;
  readonly codeDescription: boolean;
}

export const ALL_CAPABILITIES: DiagnosticCapabilities = { relatedInformation: true, codeDescription: true };

export interface DiagnosticOptions {
  readonly locale: Locale;
  /** Where docs/rules/<id>.md lives, as a URI prefix ending in "/". */
  readonly docsBase: string;
  readonly capabilities?: DiagnosticCapabilities;
}

const dataKey = (data: MessageData | undefined): string =>
  data ? Object.values(data).map((v) => (v !== null && typeof v === 'object' ? `${v.en}\u0001${v.ja}` : String(v))).join('\u0002') : '';

const positionKey = (p: Position) => `${p.line}:${p.character}`;

/**
 * One per open document: each diagnostic of the last report is kept under what makes it (rule, message, data,
 * severity, line and character), and given again, the same object, while a finding is the same there. An edit
 * then formats only the findings it moved to another line or column or made anew, and an unchanged report is
 * recognised object for object.
 */
export class DiagnosticCache {
  #last = new Map<string, Diagnostic>();
  #options?: DiagnosticOptions;

  convert(findings: readonly Finding[], document: TextDocument, options: DiagnosticOptions): Diagnostic[] {
    const o = this.#options;
    const previous = o && o.locale === options.locale && o.docsBase === options.docsBase && o.capabilities === options.capabilities ? this.#last : new Map<string, Diagnostic>();
    this.#options = options;
    const next = new Map<string, Diagnostic>();
    const diagnostics = findings.map((finding) => {
      const start = document.positionAt(finding.start);
      const end = finding.end === finding.start ? start : document.positionAt(finding.end);
      const related = finding.related?.map((r) => [document.positionAt(r.start), document.positionAt(r.end)] as const);
      const key = [
        finding.ruleId,
        finding.messageId,
        finding.severity,
        positionKey(start),
        positionKey(end),
        dataKey(finding.data),
        related?.map(([s, e], i) => `${finding.related![i].messageId}@${positionKey(s)}-${positionKey(e)}/${dataKey(finding.related![i].data)}`).join(',') ?? '',
      ].join('\u0000');
      let diagnostic = previous.get(key) ?? next.get(key);
      if (!diagnostic) diagnostic = toDiagnostic(finding, document, options, { start, end }, related);
      next.set(key, diagnostic);
      return diagnostic;
    });
    this.#last = next;
    return diagnostics;
  }
}

function toDiagnostic(finding: Finding, document: TextDocument, options: DiagnosticOptions, at?: Range, relatedAt?: readonly (readonly [Position, Position])[]): Diagnostic {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const diagnostic: Diagnostic = {
    range: at ?? range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: findingMessage(finding, finding.ruleId, options.locale),
  };
  if (capabilities.codeDescription) diagnostic.codeDescription = { href: `${options.docsBase}${finding.ruleId}.md` };
  if (capabilities.relatedInformation && finding.related) {
    diagnostic.relatedInformation = finding.related.map((related, i) => ({
      location: { uri: document.uri, range: relatedAt ? { start: relatedAt[i][0], end: relatedAt[i][1] } : range(related.start, related.end) },
      message: findingMessage(related, finding.ruleId, options.locale),
    }));
  }
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], document: TextDocument, options: DiagnosticOptions): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, document, options));
}

/** The same report, object for object: nothing a user would see has changed. */
export function sameReport(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
  return a !== undefined && a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Identifies a diagnostic by what the editor echoes back in a code action request. */
export function diagnosticKey(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${String(diagnostic.code)}\u0000${start.line}:${start.character}-${end.line}:${end.character}\u0000${diagnostic.message}`;
}
