// "New Whitepaper" and the contributed snippets in a real VS Code extension
// host, through the public API. The answers are passed as the command's
// argument; the prompts themselves are only cancelled, since the host cannot type into them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor } from './helpers';

const FORMAT_RULES = ['yaml-syntax', 'duplicate-key', 'unknown-key', 'missing-key', 'invalid-value', 'control-unknown', 'control-duplicate', 'title-numbering'];

/** What a reviewer must never see in a fresh skeleton: anything from the format rules, an error, a control reported missing. */
const unwanted = (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics
    .filter((d) => FORMAT_RULES.includes(codeOf(d)) || d.severity === vscode.DiagnosticSeverity.Error || codeOf(d) === 'control-missing')
    .map((d) => `${codeOf(d)}@${d.range.start.line}: ${d.message}`);

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('New Whitepaper', () => {
  test('with the answers given, opens an untitled whitepaper named after the service that answers every expected control', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.newWhitepaper', { lang: 'ja', name: 'テスト クラウド', provider: '株式会社テスト', model: 'IaaS' });
    assert.ok(uri, 'the command returns the new document');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString(), 'the new document is shown');
    const { document } = editor;
    assert.ok(document.isUntitled);
    assert.equal(document.languageId, 'iso27017-whitepaper');
    assert.ok(uri.path.endsWith('/テスト-クラウド.wp.yaml'), `named after the service: ${uri.path}`);
    const text = document.getText();
    for (const line of ['lang: ja', '  name: テスト クラウド', '  provider: 株式会社テスト', '  model: IaaS', 'numbering: "2013"']) assert.ok(text.split('\n').includes(line), line);
    assert.equal(document.getText(editor.selection), 'テスト クラウド セキュリティホワイトペーパー', 'the title is selected, ready to be typed over');
    // Each section's prompt is a placeholder finding; seeing them means the server has checked the filled text.
    const diagnostics = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.deepEqual(unwanted(diagnostics), []);
    assert.equal(diagnostics.filter((d) => codeOf(d) === 'placeholder').length, 44, 'one prompt per expected control');
    await closeWithoutSaving();
  });

  test('English, 2022 numbering, and a name full of YAML and snippet syntax, kept as typed', async () => {
    const name = 'Acme: "Cloud" $1 ${2} {beta} # x';
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.newWhitepaper', { lang: 'en', name, provider: 'Acme Inc.', model: 'SaaS', numbering: '2022' });
    assert.ok(uri);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.ok(text.includes(`  name: ${JSON.stringify(name)}\n`), text.slice(0, 300));
    assert.ok(text.includes('controls: ["8.13"]'), 'sections use the 2022 ids');
    const diagnostics = await diagnosticsFor(uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.deepEqual(unwanted(diagnostics), []);
    await closeWithoutSaving();
  });

  test('cancelling the first question opens nothing', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    const running = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.newWhitepaper'));
    let settled = false;
    void running.finally(() => (settled = true));
    // The question appears once the command has run up to it; closing it is what Escape does.
    const deadline = Date.now() + 10_000;
    while (!settled && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(await running, undefined);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before, 'no document was opened');
  });

  test('the generated snippets are offered by control id, in both languages, for the 2022 id and by topic word', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'iso27017-whitepaper', content: 'sections:\n  cld.8.1.5\n  8.13\n  バックアップ\n' });
    await vscode.window.showTextDocument(document);
    const snippetsAt = async (line: number) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.lineAt(line).range.end);
      return list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
        .map((item) => ({ label: typeof item.label === 'string' ? item.label : item.label.label, text: item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText) }));
    };
    const cloud = (await snippetsAt(1)).filter((s) => s.label === 'CLD.8.1.5');
    assert.ok(cloud.some((s) => s.text.includes('[TODO] Disclose:')), 'the English section');
    assert.ok(cloud.some((s) => s.text.includes('［要記入］')), 'the Japanese section');
    assert.ok((await snippetsAt(2)).some((s) => s.label === '8.13' && s.text.includes('controls: ["8.13"]')), 'the 2022 section');
    assert.ok((await snippetsAt(3)).some((s) => s.text.includes('controls: [12.3.1]')), 'the backup section, by its Japanese word');
    await closeWithoutSaving();
  });

  test('at the top of an empty file, only the whole-whitepaper snippets: no section lands outside sections:', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'iso27017-whitepaper', content: 'wp' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 2));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepEqual([...new Set(snippets)].sort(), ['whitepaper-en', 'whitepaper-ja', 'wp-en', 'wp-ja']);
    await closeWithoutSaving();
  });
});
