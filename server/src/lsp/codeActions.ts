// Quick fixes from the fixes a diagnostic carries, and one "fix all" action
// that applies every preferred fix that does not overlap another.
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertSnippetArgs } from '../../../protocol/insertSnippet';
import { compatibleFixes } from '../core/fixAll';
import { draftTabStops, snippetEdit } from '../core/snippetEdit';
import { DIAGNOSTIC_SOURCE, type DiagnosticFixes } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wp27017`;

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function fixesOf(diagnostic: Diagnostic, version: number): DiagnosticFixes['fixes'] {
  const data = diagnostic.data as DiagnosticFixes | undefined;
  // A diagnostic from an older version would edit the wrong text.
  return diagnostic.source === DIAGNOSTIC_SOURCE && data?.version === version ? data.fixes : [];
}

const toOffsets = (document: TextDocument, e: TextEdit) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), text: e.newText });

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

/**
 * `snippetCommand` names the client command that inserts a snippet, when the client has one: a fix that leaves
 * markers to fill in is then offered through it, with a tab stop per marker; other clients get the plain edit.
 */
export function codeActions(document: TextDocument, params: CodeActionParams, current: readonly Diagnostic[], titles: ActionTitles, snippetCommand?: string): CodeAction[] {
  const edit = (edits: readonly TextEdit[]) => ({ documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [...edits])] });
  const apply = (title: string, edits: readonly TextEdit[]): Pick<CodeAction, 'edit' | 'command'> => {
    const snippet = snippetCommand ? snippetEdit(document.getText(), edits.map((e) => toOffsets(document, e)), draftTabStops) : undefined;
    if (!snippet) return { edit: edit(edits) };
    const args: InsertSnippetArgs = { uri: document.uri, version: document.version, range: { start: document.positionAt(snippet.start), end: document.positionAt(snippet.end) }, snippet: snippet.snippet };
    return { command: { title, command: snippetCommand!, arguments: [args] } };
  };
  const actions: CodeAction[] = [];
  if (wants(params.context.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      for (const fix of fixesOf(diagnostic, document.version)) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, ...apply(fix.title, fix.edits) });
      }
      const current = diagnostic.source === DIAGNOSTIC_SOURCE && (diagnostic.data as DiagnosticFixes | undefined)?.version === document.version;
      if (current && diagnostic.code !== 'unused-suppression' && diagnostic.code !== 'yaml-syntax') {
        actions.push({ title: titles.disableLine(String(diagnostic.code)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([suppressionEdit(document, diagnostic)]) });
      }
    }
  }
  if (wants(params.context.only, FIX_ALL_KIND)) {
    const groups = current.flatMap((d) => fixesOf(d, document.version).filter((f) => f.preferred).map((f) => f.edits.map((e) => toOffsets(document, e))));
    const chosen = compatibleFixes(groups).map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
    if (chosen.length > 0) actions.push({ title: titles.fixAll, kind: FIX_ALL_KIND, edit: edit(chosen) });
  }
  return actions;
}
