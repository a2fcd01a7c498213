// `wp27017.run: onSave` in a real VS Code: an edit keeps the last results
// until the file is saved; then the problems follow the saved text.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor } from './helpers';

const PAPER = 'whitepaper: 1\nlang: en\ntitle: Example Notes Security Whitepaper\nservice:\n  name: Example Notes\n  provider: Example Inc.\n  model: SaaS\nsections:\n  - title: Backup\n    controls: [12.3.1]\n    body: Backups run daily and are kept for 7 generations.\n';

suite('wp27017.run', () => {
  const settings = () => vscode.workspace.getConfiguration('wp27017');
  teardown(async () => {
    await settings().update('run', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('onSave: typing keeps the last results; saving checks the saved text', async () => {
    // Outside the workspace, so that the Explorer in the UI test's screenshot stays as it was.
    const file = join(mkdtempSync(join(tmpdir(), 'wp27017-onsave-')), 'notes.wp.yaml');
    writeFileSync(file, PAPER);
    const uri = vscode.Uri.file(file);
    await settings().update('run', 'onSave', vscode.ConfigurationTarget.Global);
    // code-server saves a second after an edit by default, which would be the save this test waits for.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    // A server that starts reads its settings before it answers for any document: after a restart, no edit can
    // race the change of setting, as it could while a running server is still asking for the new value.
    await vscode.commands.executeCommand('wp27017.restartServer');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'control-missing'));
    const model = editor.document.getText().indexOf('SaaS');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(model), editor.document.positionAt(model + 4)), 'Saas'));
    await assert.rejects(
      diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'invalid-value'), 2_000),
      /never matched/,
      'an unsaved edit is not checked',
    );
    assert.ok(await editor.document.save());
    await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'invalid-value'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
