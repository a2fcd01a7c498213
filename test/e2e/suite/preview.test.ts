// The preview and "Export to HTML" in a real VS Code extension host, through
// the public API: what the workbench shows of a webview (its tab and title)
// and the file the export writes. What is inside the webview is checked by the
// UI test in run.mjs, which can look into its frame.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { eventually, revert, workspaceFile } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('wp27017.preview'));
}

/** Resolves with the preview tab of that label, once the server's rendering has given it. */
async function previewTab(label: string): Promise<vscode.Tab> {
  await eventually(`a preview tab "${label}"`, () => previewTabs().some((t) => t.label === label), 30_000);
  return previewTabs().find((t) => t.label === label)!;
}

/** Exports go outside the workspace, so that the Explorer in the UI test's screenshot stays as it was. */
const exportDir = mkdtempSync(join(tmpdir(), 'wp27017-export-'));

suite('Preview and export', () => {
  teardown(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  test('the preview commands are contributed', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['wp27017.openPreview', 'wp27017.openPreviewToSide', 'wp27017.toggleReviewView', 'wp27017.exportHtml', 'wp27017.exportPdf']) assert.ok(commands.includes(id), id);
  });

  test('Open Preview to the Side opens one panel beside the editor, titled after the whitepaper, and follows edits', async () => {
    const uri = workspaceFile('preview/preview.wp.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('wp27017.openPreviewToSide');
    const tab = await previewTab('Preview Example Tasks Cloud Security Whitepaper');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is beside the editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the editor keeps the focus');

    await vscode.commands.executeCommand('wp27017.openPreviewToSide');
    assert.equal(previewTabs().length, 1, 'asking again reveals the same preview');

    // The title comes from the server's rendering of the current text, so a new title means a fresh render.
    const line = editor.document.lineAt(2);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, line.range, 'title: Example Tasks Security Whitepaper, Second Edition');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await previewTab('Preview Example Tasks Security Whitepaper, Second Edition');
    await revert(uri);
  });

  test('the side preview follows the active editor to another whitepaper, until it is locked', async () => {
    const english = workspaceFile('preview/preview.wp.yaml');
    const japanese = workspaceFile('preview/preview.ja.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(english), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('wp27017.openPreviewToSide');
    await previewTab('Preview Example Tasks Cloud Security Whitepaper');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(japanese), { viewColumn: vscode.ViewColumn.One });
    await previewTab('Preview サンプル勤怠クラウド セキュリティホワイトペーパー');
    assert.equal(previewTabs().length, 1, 'the same preview, not a second one');

    await vscode.commands.executeCommand('wp27017.togglePreviewLock');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(english), { viewColumn: vscode.ViewColumn.One });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.deepEqual(previewTabs().map((t) => t.label), ['Preview サンプル勤怠クラウド セキュリティホワイトペーパー'], 'a locked preview stays on its whitepaper');
  });

  test('a .wp27017.yaml (settings, same language) opens no preview', async () => {
    // Outside the workspace, so that the Explorer in the UI test's screenshot stays as it was.
    const file = join(mkdtempSync(join(tmpdir(), 'wp27017-config-')), '.wp27017.yaml');
    writeFileSync(file, 'locale: en\n');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    assert.equal(document.languageId, 'iso27017-whitepaper');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('wp27017.openPreviewToSide');
    assert.deepEqual(previewTabs().map((t) => t.label), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Open Preview opens the preview in the editor\'s own group, in front of it', async () => {
    const uri = workspaceFile('preview/preview.ja.wp.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('wp27017.openPreview');
    const tab = await previewTab('Preview サンプル勤怠クラウド セキュリティホワイトペーパー');
    assert.equal(tab.group.viewColumn, editor.viewColumn);
    assert.ok(tab.isActive, 'the preview is in front');
  });

  test('Export to HTML writes a standalone page, in UTF-8, with no script', async () => {
    const source = workspaceFile('preview/preview.ja.wp.yaml');
    const target = vscode.Uri.file(join(exportDir, 'preview.ja.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.exportHtml', source, target);
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.ok(html.includes('サンプル勤怠クラウド セキュリティホワイトペーパー'), 'the Japanese title survives');
    assert.match(html, /<style[\s>]/i, 'the stylesheet is inlined');
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /data-review="false"/, 'without a preview in the reviewer view, the findings are left out');
  });

  test('Export to PDF has Chromium print the whitepaper to an A4 PDF', async () => {
    const source = workspaceFile('preview/preview.ja.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const target = vscode.Uri.file(join(exportDir, 'preview.ja.pdf'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.exportPdf', source, target);
    assert.equal(written?.toString(), target.toString());
    const pdf = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'), 'a PDF');
    assert.match(pdf, /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/, 'A4 pages');
  });

  test('Toggle Reviewer View, run from the editor, turns its preview to the reviewer view, and Export to HTML follows it', async () => {
    const source = workspaceFile('preview/preview.wp.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    await vscode.commands.executeCommand('wp27017.openPreviewToSide');
    await previewTab('Preview Example Tasks Cloud Security Whitepaper');
    await vscode.commands.executeCommand('wp27017.toggleReviewView');
    const target = vscode.Uri.file(join(exportDir, 'preview.review.html'));
    await vscode.commands.executeCommand('wp27017.exportHtml', source, target);
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /data-review="true"/);
    assert.match(html, /class="wp-finding[^"]*"[^>]*data-rule="vague-period"/, 'the vague wording is flagged where it is');
  });
});
