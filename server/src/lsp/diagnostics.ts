// Findings to LSP diagnostics: the only place offsets become line/character.
// A diagnostic carries no fixes and no document version: quick fixes are
// worked out when the editor asks for them (lsp/codeActions.ts), so a report
// stays the same, object for object, while its findings stay where they are.
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver-types';
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

/** True when `position` names `offset` in `document` as it is now (O(1): no search). */
function isAt(document: TextDocument, position: Position, offset: number): boolean {
  return position.line < document.lineCount && document.offsetAt({ line: position.line, character: 0 }) + position.character === offset && document.offsetAt(position) === offset;
}

function sameValue(a: MessageData[string], b: MessageData[string]): boolean {
  if (a === b) return true;
  return a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.en === b.en && a.ja === b.ja;
}

function sameData(a: MessageData, b: MessageData): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

/** A bucket for where a diagnostic starts; exact positions are compared after. */
const placeKey = (p: Position) => p.line * 4096 + Math.min(p.character, 4095);

interface Report {
  readonly byFinding: Map<Finding, Diagnostic>;
  readonly source: Map<Diagnostic, Finding>;
  readonly byPlace: Map<number, Diagnostic | Diagnostic[]>;
  readonly diagnostics: Diagnostic[];
}

const emptyReport = (): Report => ({ byFinding: new Map(), source: new Map(), byPlace: new Map(), diagnostics: [] });

/**
 * One per open document: each diagnostic of the last report is given again, the same object, while its finding
 * says the same thing at the same line and character. A finding that is the same object (a cached segment's, moved
 * in place) is checked in O(1); a new one (a document rule's) is looked up by where it starts. An edit then
 * formats only the findings it moved to another line or column or made anew, and an unchanged report is
 * recognised object for object. Plain maps of the last report only: nothing outlives the next one.
 */
export class DiagnosticCache {
  #last: Report = emptyReport();
  #options?: DiagnosticOptions;

  convert(findings: readonly Finding[], document: TextDocument, options: DiagnosticOptions): Diagnostic[] {
    const o = this.#options;
    const last = o && o.locale === options.locale && o.docsBase === options.docsBase && o.capabilities === options.capabilities ? this.#last : emptyReport();
    this.#options = options;
    const given = last.diagnostics;
    // A list of its own only from the first diagnostic that is not the last report's at the same index.
    let diagnostics: Diagnostic[] | undefined = given.length === findings.length ? undefined : [];
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      let diagnostic = last.byFinding.get(finding);
      if (!diagnostic || !stillSays(diagnostic, finding, finding, document)) {
        const here = last.byPlace.get(placeKey(document.positionAt(finding.start)));
        const says = (d: Diagnostic) => stillSays(d, last.source.get(d)!, finding, document);
        const found = here === undefined ? undefined : Array.isArray(here) ? here.find(says) : says(here) ? here : undefined;
        diagnostic = found ?? toDiagnostic(finding, document, options);
      }
      if (diagnostics) diagnostics.push(diagnostic);
      else if (diagnostic !== given[i]) (diagnostics = given.slice(0, i)).push(diagnostic);
    }
    // Every diagnostic the last report's, in its order (most keystrokes): that report stands, its maps with it. A
    // document rule's finding made again is found by its place, as it was in the last report.
    if (!diagnostics) {
      this.#last = last;
      return given;
    }
    const next: Report = { byFinding: new Map(), source: new Map(), byPlace: new Map(), diagnostics };
    for (let i = 0; i < diagnostics.length; i++) {
      const diagnostic = diagnostics[i];
      next.byFinding.set(findings[i], diagnostic);
      next.source.set(diagnostic, findings[i]);
      const key = placeKey(diagnostic.range.start);
      const here = next.byPlace.get(key);
      if (here === undefined) next.byPlace.set(key, diagnostic);
      else if (Array.isArray(here)) here.push(diagnostic);
      else next.byPlace.set(key, [here, diagnostic]);
    }
    this.#last = next;
    return diagnostics;
  }
}

/** `diagnostic`, made for `made`, says what `finding` says, where it says it, in the text as it is now. */
function stillSays(diagnostic: Diagnostic, made: Finding, finding: Finding, document: TextDocument): boolean {
  if (made !== finding) {
    if (made.ruleId !== finding.ruleId || made.messageId !== finding.messageId || made.severity !== finding.severity || !sameData(made.data, finding.data)) return false;
    const a = made.related ?? [];
    const b = finding.related ?? [];
    if (a.length !== b.length || a.some((r, i) => r.messageId !== b[i].messageId || !sameData(r.data ?? {}, b[i].data ?? {}))) return false;
  }
  if (!isAt(document, diagnostic.range.start, finding.start) || !isAt(document, diagnostic.range.end, finding.end)) return false;
  const related = diagnostic.relatedInformation;
  return !related || related.every((r, i) => isAt(document, r.location.range.start, finding.related![i].start) && isAt(document, r.location.range.end, finding.related![i].end));
}

function toDiagnostic(finding: Finding, document: TextDocument, options: DiagnosticOptions): Diagnostic {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const diagnostic: Diagnostic = {
    range: range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: findingMessage(finding, finding.ruleId, options.locale),
  };
  if (capabilities.codeDescription) diagnostic.codeDescription = { href: `${options.docsBase}${finding.ruleId}.md` };
  if (capabilities.relatedInformation && finding.related) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: range(related.start, related.end) },
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
