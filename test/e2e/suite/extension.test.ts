// The packaged extension in a real VS Code extension host, through the
// public vscode API only. Waits are on events, each bounded.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor, eventually, EXTENSION_ID, outputLog, revert, workspaceFile } from './helpers';

suite('ISO 27017 whitepaper extension', () => {
  test('is the installed .vsix, and activates when a *.wp.yaml file is opened, with its own language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const extensionsDir = process.env.WP27017_E2E_EXTENSIONS;
    if (extensionsDir) assert.ok(extension.extensionPath.startsWith(extensionsDir), `runs from the installed .vsix, not from ${extension.extensionPath}`);
    assert.equal(extension.isActive, false, 'nothing activated it before a whitepaper was opened');
    const uri = workspaceFile('clean.wp.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'iso27017-whitepaper');
    // Findings from our server mean the client has started; isActive follows once activate() has returned.
    await diagnosticsFor(uri, (d) => d.length > 0);
    await eventually('the extension to report itself active', () => extension.isActive);
  });

  test('shows schema diagnostics on the exact lines, coded and linked to the rule docs', async () => {
    const uri = workspaceFile('broken.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'unknown-key'));
    const at = (code: string) => diagnostics.filter((d) => codeOf(d) === code).map((d) => d.range.start.line);
    assert.deepEqual(at('unknown-key'), [4]);
    assert.deepEqual(at('invalid-value'), [8]);
    assert.deepEqual(at('missing-key'), [1]);
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-key')!;
    assert.equal(unknown.message, 'Unknown key "servce" in the top level. Did you mean "service"?');
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    // The rule's link opens its page rendered, in the reader's language, rather than the raw Markdown.
    assert.ok(typeof unknown.code === 'object', 'the code links to the rule');
    assert.equal(unknown.code.target.toString(true), 'command:wp27017.openRuleDoc?["unknown-key"]');
    assert.ok(at('control-missing').length > 0, 'coverage gaps are reported too');
  });

  test('fixing the key in the editor clears its diagnostic', async () => {
    const uri = workspaceFile('broken.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'unknown-key'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(4, 0, 4, 6), 'service');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await diagnosticsFor(uri, (d) => !d.some((x) => codeOf(x) === 'unknown-key'));
    assert.deepEqual(diagnostics.filter((d) => codeOf(d) === 'missing-key').map((d) => d.message), []);
    await revert(uri);
  });

  test('a clean whitepaper has no errors from the format rules', async () => {
    const uri = workspaceFile('clean.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The fixture answers one control only, so coverage gaps are the sign that the server has checked it.
    const diagnostics = await diagnosticsFor(uri, (d) => d.length > 0);
    const formatErrors = diagnostics.filter((d) => ['yaml-syntax', 'unknown-key', 'missing-key', 'invalid-value', 'duplicate-key'].includes(codeOf(d)));
    assert.deepEqual(formatErrors.map((d) => d.message), []);
  });

  test('Restart Server runs; files open before it and files opened after it are checked, also while typing', async () => {
    // A copy outside the workspace: code-server saves a second after an edit, and a busy machine's diagnostics can
    // come later than that, so an edit to the workspace's own file could outlive the revert and shift the UI test's lines.
    const before = join(mkdtempSync(join(tmpdir(), 'wp27017-restart-')), 'before-restart.wp.yaml');
    writeFileSync(before, readFileSync(workspaceFile('broken.wp.yaml').fsPath, 'utf8'));
    const uri = vscode.Uri.file(before);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'unknown-key'));
    await vscode.commands.executeCommand('wp27017.restartServer');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(3, 0), 'extra: 1\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'unknown-key' && x.range.start.line === 3));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // A file never opened before the restart: checked when it opens, and again as it is edited.
    // Outside the workspace, so that the Explorer in the UI test's screenshot stays as it was.
    const file = join(mkdtempSync(join(tmpdir(), 'wp27017-restart-')), 'after-restart.wp.yaml');
    writeFileSync(file, 'whitepaper: 1\nlang: en\ntitle: After Restart Security Whitepaper\nservce:\n  name: After\n');
    const fresh = vscode.Uri.file(file);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fresh));
    await diagnosticsFor(fresh, (d) => d.some((x) => codeOf(x) === 'unknown-key' && x.range.start.line === 3));
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'colour: blue\n'));
    await diagnosticsFor(fresh, (d) => d.some((x) => codeOf(x) === 'unknown-key' && x.range.start.line === 1));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a server that crashes is replaced, and files opened afterwards are checked', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const server = join(extension.extensionPath, 'dist', 'server.js');
    // The server this extension host started, found by its module path (each run installs the extension afresh).
    const pids = execFileSync('pgrep', ['-f', server], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    assert.ok(pids.length > 0, 'the server runs');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await eventually('the crash to be logged', () => outputLog().includes('exited unexpectedly (SIGKILL)'), 20_000);
    const file = join(mkdtempSync(join(tmpdir(), 'wp27017-crash-')), 'after-crash.wp.yaml');
    writeFileSync(file, 'whitepaper: 1\nlang: en\ntitle: After Crash Security Whitepaper\nservce:\n  name: After\n');
    const uri = vscode.Uri.file(file);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'unknown-key' && x.range.start.line === 3));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an ordinary restart logs no error: the output channel says the server started, with its versions', async () => {
    // The output channel is not readable through the API; the log file the workbench keeps of it is.
    await vscode.commands.executeCommand('wp27017.restartServer');
    const log = await eventually('the output channel log to name the started server', () => outputLog().includes('started: language server'), 20_000).then(outputLog);
    assert.doesNotMatch(log, /exited with code/);
    assert.match(log, /ISO 27017 Whitepaper \d+\.\d+\.\d+ started: language server \d+\.\d+\.\d+, VS Code/);
    assert.match(log, /run mode: onType/);
  });

  test('a rule\'s page opens rendered, beside the editor, titled by the rule', async () => {
    assert.equal(await vscode.commands.executeCommand('wp27017.openRuleDoc', 'unknown-key'), true);
    const ruleTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('wp27017.ruleDoc'));
    await eventually('the rule page tab', () => ruleTabs().some((t) => t.label === 'Rule: unknown-key'));
    assert.equal(await vscode.commands.executeCommand('wp27017.openRuleDoc', 'no-such-rule'), false);
    await vscode.window.tabGroups.close(ruleTabs());
  });

  test('the commands are contributed', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['wp27017.restartServer', 'wp27017.showOutput', 'wp27017.showCoverageGaps', 'wp27017.importWhitepaper', 'wp27017.checkWorkspace']) assert.ok(commands.includes(id), id);
  });

  test('Check All Whitepapers in Workspace fills the Problems panel for files never opened', async () => {
    const unopened = workspaceFile('nested/unopened.wp.yaml');
    assert.equal(vscode.languages.getDiagnostics(unopened).length, 0);
    await vscode.commands.executeCommand('wp27017.checkWorkspace');
    const diagnostics = await diagnosticsFor(unopened, (d) => d.some((x) => codeOf(x) === 'unknown-key'));
    assert.ok(diagnostics.length > 0);
  });

  test('Import Whitepaper turns the open .txt into an unsaved whitepaper that gets checked', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('published.txt')));
    await vscode.commands.executeCommand('wp27017.importWhitepaper');
    const imported = vscode.window.activeTextEditor?.document;
    assert.ok(imported && imported.isUntitled, 'a new untitled document is shown');
    assert.equal(imported.languageId, 'iso27017-whitepaper');
    assert.match(imported.getText(), /controls: \[CLD\.8\.1\.5\]/);
    await diagnosticsFor(imported.uri, (d) => d.some((x) => codeOf(x) === 'control-missing'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
