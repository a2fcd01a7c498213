// What the in-host e2e suites share: the test workspace, our diagnostics as
// they change, and bounded waits.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'wp27017.iso27017-whitepaper';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Resolves with the document's diagnostics from our server once `accept` holds for them. */
export function diagnosticsFor(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<readonly vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wp27017');
  return new Promise((resolve, reject) => {
    const done = (diagnostics: readonly vscode.Diagnostic[]) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
    };
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics for ${uri.path} never matched; last: ${JSON.stringify(ours().map((d) => `${codeOf(d)}@${d.range.start.line}`))}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && accept(ours())) done(ours());
    });
    if (accept(ours())) done(ours());
  });
}

/** For state the API raises no event about: checks it until it holds, within `timeoutMs`. */
export async function eventually(what: string, holds: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!holds()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function revert(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** The text of our output channel, from the log file the workbench keeps of each output channel (WP27017_E2E_LOGS). */
export function outputLog(): string {
  const root = process.env.WP27017_E2E_LOGS;
  if (!root || !existsSync(root)) return '';
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/ISO 27017 Whitepaper\.log$/.test(entry.name)) found.push(path);
    }
  };
  walk(root);
  return found.map((file) => readFileSync(file, 'utf8')).join('\n');
}
