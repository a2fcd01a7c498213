// Quick fixes, worked out when the editor asks for them: each diagnostic in
// the request is matched to a finding of the current analysis (same rule,
// range and message), and only a match gets fixes, computed on the text as it
// is now. A diagnostic from an older report whose finding has moved or gone
// matches nothing: its fixes would edit the wrong text, so none are offered.
// One "fix all" action applies every preferred fix that does not overlap another.
import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertSnippetArgs } from '../../../protocol/insertSnippet';
import type { Finding, TextEdit as OffsetEdit } from '../core/finding';
import { compatibleFixes } from '../core/fixAll';
import type { Locale } from '../core/locale';
import { fixTitle } from '../core/messages';
import { draftTabStops, snippetEdit } from '../core/snippetEdit';
import { diagnosticKey, DIAGNOSTIC_SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wp27017`;

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** "Disable for this line": the comment goes above the finding's line, in that line's indentation. */
function suppressionEdit(document: TextDocument, diagnostic: Diagnostic): TextEdit {
  const line = diagnostic.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ ]*/.exec(text)![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# wp27017-disable-next-line ${String(diagnostic.code)} -- \n` };
}

export interface ActionTitles {
  readonly fixAll: string;
  readonly disableLine: (ruleId: string) => string;
}

/** The current report: findings of the document's text as it is now, and the diagnostic the editor was given for each. */
export interface CurrentReport {
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * `snippetCommand` names the client command that inserts a snippet, when the client has one: a fix that leaves
 * markers to fill in is then offered through it, with a tab stop per marker; other clients get the plain edit.
 */
export function codeActions(document: TextDocument, params: CodeActionParams, current: CurrentReport, locale: Locale, titles: ActionTitles, snippetCommand?: string): CodeAction[] {
  const toLsp = (e: OffsetEdit): TextEdit => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text });
  const edit = (edits: readonly TextEdit[]) => ({ documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [...edits])] });
  const apply = (title: string, edits: readonly OffsetEdit[]): Pick<CodeAction, 'edit' | 'command'> => {
    const snippet = snippetCommand ? snippetEdit(document.getText(), edits, draftTabStops) : undefined;
    if (!snippet) return { edit: edit(edits.map(toLsp)) };
    const args: InsertSnippetArgs = { uri: document.uri, version: document.version, range: { start: document.positionAt(snippet.start), end: document.positionAt(snippet.end) }, snippet: snippet.snippet };
    return { command: { title, command: snippetCommand!, arguments: [args] } };
  };
  const actions: CodeAction[] = [];
  if (wants(params.context.only, CodeActionKind.QuickFix)) {
    let byKey: Map<string, Finding> | undefined;
    const findingOf = (diagnostic: Diagnostic): Finding | undefined => {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
      byKey ??= new Map(current.diagnostics.map((d, i) => [diagnosticKey(d), current.findings[i]]));
      return byKey.get(diagnosticKey(diagnostic));
    };
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes ?? []) {
        const title = fixTitle(fix, finding.ruleId, locale);
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred === true, ...apply(title, fix.edits) });
      }
      if (finding.ruleId !== 'unused-suppression' && finding.ruleId !== 'yaml-syntax') {
        actions.push({ title: titles.disableLine(finding.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([suppressionEdit(document, diagnostic)]) });
      }
    }
  }
  if (wants(params.context.only, FIX_ALL_KIND)) {
    const groups = current.findings.flatMap((finding) => (finding.fixes ?? []).filter((f) => f.preferred).map((f) => f.edits));
    const chosen = compatibleFixes(groups).map(toLsp);
    if (chosen.length > 0) actions.push({ title: titles.fixAll, kind: FIX_ALL_KIND, edit: edit(chosen) });
  }
  return actions;
}
