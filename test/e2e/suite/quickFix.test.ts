// Quick fixes in a real VS Code: the actions the editor's light bulb lists,
// applied as the editor applies them; a fix that leaves values to write runs
// as a snippet, with the cursor on the first one.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor, revert, workspaceFile } from './helpers';

/** What the light bulb offers at the diagnostic's range (the actions of every problem there). */
function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

suite('quick fixes', () => {
  test('the preferred fix of a misspelt value clears its problem and adds none', async () => {
    const uri = workspaceFile('gaps.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'invalid-value'));
    const problem = before.find((d) => codeOf(d) === 'invalid-value')!;
    const actions = await quickFixes(uri, problem);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred fix with an edit: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.title, 'Change to "SaaS"');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = await diagnosticsFor(uri, (d) => !d.some((x) => codeOf(x) === 'invalid-value'));
    assert.ok(after.length < before.length, 'nothing takes its place');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /^  model: SaaS$/m);
    await revert(uri);
  });

  test('a fix that adds a sentence runs as a snippet: markers are tab stops, the problem is gone', async () => {
    const uri = workspaceFile('gaps.wp.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The report of the text as saved (its misspelt model included): until it comes, the editor may still show the
    // report of the previous test's fix, which the revert undid, and the comparison below would count its problem new.
    const before = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'backup-retention') && d.some((x) => codeOf(x) === 'invalid-value'));
    const problem = before.find((d) => codeOf(d) === 'backup-retention' && /retention/.test(d.message))!;
    const actions = await quickFixes(uri, problem);
    const fix = actions.find((a) => a.command?.command === 'wp27017.insertSnippet' && /backups are kept/.test(a.title));
    assert.ok(fix, `the fix comes as the snippet command: ${JSON.stringify(actions.map((a) => [a.title, a.command?.command]))}`);
    assert.equal(fix.title, 'Add a sentence on how long backups are kept, and facts: backup.retention');
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    const text = editor.document.getText();
    assert.match(text, /\n      Backups run every night\.\n      Each backup is kept for \[TODO\] days\.\n    facts:\n      backup\.retention: TODO\n/);
    assert.equal(editor.document.getText(editor.selection), '[TODO]', 'the first marker is selected, ready to overwrite');
    const after = await diagnosticsFor(uri, (d) => !d.some((x) => codeOf(x) === 'backup-retention' && /retention/.test(x.message)));
    assert.deepEqual([...new Set(after.filter((d) => !before.some((b) => b.message === d.message)).map(codeOf))], ['placeholder']);
    await revert(uri);
  });
});

suite('an empty whitepaper file', () => {
  test('Ctrl+. offers "Start a whitepaper here" first; it writes the New Whitepaper skeleton, free of format errors', async () => {
    // Outside the workspace, so that the Explorer in the UI test's screenshot stays as it was.
    const file = join(mkdtempSync(join(tmpdir(), 'wp27017-empty-')), 'empty.wp.yaml');
    writeFileSync(file, '');
    const uri = vscode.Uri.file(file);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [empty] = (await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'missing-key'))).filter((d) => codeOf(d) === 'missing-key');
    const actions = await quickFixes(uri, empty);
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Start a whitepaper')).map((a) => [a.title, a.isPreferred === true]),
      [
        ['Start a whitepaper here, in English', true],
        ['Start a whitepaper here, in Japanese', false],
      ],
    );
    const start = actions.find((a) => a.isPreferred)!;
    await vscode.commands.executeCommand(start.command!.command, ...(start.command!.arguments ?? []));
    const text = editor.document.getText();
    assert.match(text, /^whitepaper: 1\nlang: en\ntitle: Example Cloud Security Whitepaper\nservice:\n  name: Example Cloud\n/);
    assert.equal(editor.document.getText(editor.selection), 'Example Cloud', 'the service name is selected, ready to be typed over');
    const after = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.deepEqual(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${codeOf(d)}: ${d.message}`), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
