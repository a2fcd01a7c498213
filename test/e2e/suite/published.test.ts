// Published whitepapers in the real extension host: "Check a Published
// Whitepaper…", "Import Whitepaper", "Export to Word" and "Export Gap Report",
// run with the file's URI as the explorer's context menu passes it.
// The files in published/ are the project's own layout fixtures (test/fixtures/formats).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import * as vscode from 'vscode';
import { codeOf, diagnosticsFor, eventually, EXTENSION_ID, workspaceFile } from './helpers';

const reviewTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('wp27017.publishedReview'));

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Runs "Check a Published Whitepaper…" on `name` and returns the extracted text's document and its findings. */
async function checkPublished(name: string, accept: (d: readonly vscode.Diagnostic[]) => boolean) {
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.checkPublished', workspaceFile(`published/${name}`));
  assert.ok(uri, `the command opened the text of ${name}`);
  const editor = vscode.window.activeTextEditor;
  assert.equal(editor?.document.uri.toString(), uri.toString(), 'the extracted text is the active editor');
  assert.equal(uri.scheme, 'wp27017-published');
  assert.match(uri.path, new RegExp(`/${name.replace(/\./g, '\\.')}\\.txt$`), 'named after the original, so Problems says which file');
  const diagnostics = await diagnosticsFor(uri, accept);
  await eventually(`the reviewer page of ${name}`, () => reviewTabs().some((t) => t.label === `Review: ${name}`));
  return { editor: editor!, diagnostics };
}

suite('Published whitepapers (PDF, Word, web page)', () => {
  suiteTeardown(closeAll);

  test('the explorer\'s context menu offers Check, Import and Gap Report on PDF, Word and HTML files', () => {
    const menu: { command: string; when: string }[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['explorer/context'];
    for (const command of ['wp27017.checkPublished', 'wp27017.importWhitepaper', 'wp27017.exportGapReport']) {
      const entry = menu.find((m) => m.command === command);
      assert.ok(entry, `${command} is in the explorer's context menu`);
      assert.ok(entry.when.includes('pdf|docx|html?'), `${command} is offered on .pdf, .docx and .html: ${entry.when}`);
    }
  });

  test('Check a Published Whitepaper on a PDF: the text opens read-only, findings say page and line, the reviewer page opens beside it', async () => {
    const { editor, diagnostics } = await checkPublished('layout.en.pdf', (d) => d.some((x) => codeOf(x) === 'vague-period'));
    const text = editor.document.getText();
    assert.match(text, /Sample Binder Security Whitepaper/);
    assert.match(text, /System logs used to investigate failures are kept for a certain period\./);
    const vague = diagnostics.find((d) => codeOf(d) === 'vague-period')!;
    assert.match(vague.message, /"for a certain period" does not say how long.*\(page 2, line 41\)$/);
    assert.equal(editor.document.getText(vague.range), 'for a certain period');
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostics.some((d) => codeOf(d) === 'control-missing' && /\(page \d+, line \d+\)$/.test(d.message)), 'coverage gaps say where too');
    // Not a file: nothing to save over the original (the UI test types into it and sees it refused).
    assert.equal(editor.document.isUntitled, false);
    assert.equal(editor.document.isDirty, false);
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);
    const review = reviewTabs().find((t) => t.label === 'Review: layout.en.pdf')!;
    assert.notEqual(review.group.viewColumn, editor.viewColumn, 'the reviewer page is beside the text');
    await closeAll();
  });

  test('Check a Published Whitepaper on a Word file and a web page: findings name the paragraph (Word) or the line and column of the page source, and the heading', async () => {
    const word = await checkPublished('layout.ja.docx', (d) => d.some((x) => codeOf(x) === 'vague-period'));
    assert.match(word.editor.document.getText(), /一定期間/);
    const inWord = word.diagnostics.find((d) => codeOf(d) === 'vague-period')!;
    assert.match(inWord.message, /\(paragraph 18, under "4\. イベントログ \(A\.12\.4\.1\)"\)$/);
    assert.equal(word.editor.document.getText(inWord.range), '一定期間');

    const page = await checkPublished('layout.en.html', (d) => d.some((x) => codeOf(x) === 'vague-period'));
    const inPage = page.diagnostics.find((d) => codeOf(d) === 'vague-period')!;
    assert.match(inPage.message, /\(line 20, column \d+, under "4\. Event logging \(A\.12\.4\.1\)"\)$/);
    // Each original keeps its own findings.
    assert.ok(vscode.languages.getDiagnostics(word.editor.document.uri).some((d) => codeOf(d) === 'vague-period'));
    await closeAll();
  });

  test('Import Whitepaper on a PDF, a Word file and a web page gives an unsaved whitepaper with its sections, checked', async () => {
    for (const [name, heading] of [
      ['layout.en.pdf', '3. Information backup (A.12.3.1)'],
      ['layout.ja.docx', '3. 情報のバックアップ (A.12.3.1)'],
      ['layout.en.html', '3. Information backup (A.12.3.1)'],
    ]) {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.importWhitepaper', workspaceFile(`published/${name}`));
      assert.ok(uri, `${name}: the command imported it`);
      const imported = vscode.window.activeTextEditor?.document;
      assert.equal(imported?.uri.toString(), uri.toString(), `${name}: the imported whitepaper is the active editor`);
      assert.ok(imported.isUntitled, `${name}: a new untitled document`);
      assert.equal(imported.languageId, 'iso27017-whitepaper');
      const yaml = imported.getText();
      assert.match(yaml, new RegExp(`^# Imported by wp27017 from ${name.replace(/\./g, '\\.')}`));
      assert.match(yaml, /^sections:$/m);
      assert.ok(yaml.includes(`- title: "${heading}"`), `${name}: the backup section is imported:\n${yaml.slice(0, 800)}`);
      assert.match(yaml, /controls: \[12\.3\.1\]/);
      assert.match(yaml, /controls: \[CLD\.8\.1\.5\]/);
      await diagnosticsFor(imported.uri, (d) => d.some((x) => codeOf(x) === 'vague-period'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('Export to Word writes the whitepaper as a .docx that reads back with its title and sections', async () => {
    const target = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'wp27017-docx-')), 'gaps.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.exportDocx', workspaceFile('gaps.wp.yaml'), target);
    assert.equal(written?.toString(), target.toString());
    assert.ok(statSync(target.fsPath).size > 0, 'the .docx is not empty');
    const { value } = await mammoth.convertToHtml({ path: target.fsPath });
    assert.match(value, /^<p>Example Archive Security Whitepaper<\/p>/);
    assert.match(value, /<h1>Backup<\/h1><p>2013: 12\.3\.1 \(2022: 8\.13\)<\/p>/, 'a section with its Word heading style and control ids');
    assert.match(value, /<h1>Appendix: coverage of the expected controls<\/h1>.*<table>/, 'the coverage matrix is a table');
    await closeAll();
  });

  test('Export Gap Report on a PDF writes an xlsx that opens, one row per expected control, the gaps placed by page and line', async () => {
    const target = vscode.Uri.file(join(mkdtempSync(join(tmpdir(), 'wp27017-gaps-')), 'layout.en.gaps.xlsx'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.exportGapReport', workspaceFile('published/layout.en.pdf'), target);
    assert.equal(written?.toString(), target.toString());
    assert.ok(statSync(target.fsPath).size > 0, 'the .xlsx is not empty');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target.fsPath);
    const [sheet] = workbook.worksheets;
    assert.equal(sheet.name, 'layout.en.pdf');
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1, 5), ['Control (2013)', '2022', 'Title', 'Status']);
    assert.equal(sheet.rowCount, 45, 'a header and the 44 expected controls');
    assert.equal(sheet.views[0]?.state, 'frozen', 'the header stays in view');
    let logging: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '12.4.1') logging = row;
    });
    assert.ok(logging, 'event logging has its row');
    assert.equal(logging.getCell(4).value, 'Answered with gaps');
    assert.match(String(logging.getCell(5).value), /page 2, line 33/);
    assert.match(String(logging.getCell(6).value), /\[vague-period, page 2, line 41\]/);
  });

  test('Export Gap Report on an open whitepaper writes CSV or Markdown by the name picked', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wp27017-gaps-'));
    for (const [file, first] of [['gaps.md', '## Example Archive Security Whitepaper (gaps.wp.yaml)'], ['gaps.csv', 'File,Control (2013),2022,Title,Status']]) {
      const target = vscode.Uri.file(join(folder, file));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('wp27017.exportGapReport', workspaceFile('gaps.wp.yaml'), target);
      assert.equal(written?.toString(), target.toString());
      const content = readFileSync(target.fsPath, 'utf8').replace(/^\uFEFF/, '');
      assert.ok(content.startsWith(first), `${file} starts with ${first}: ${content.slice(0, 200)}`);
      assert.match(content, /CLD\.8\.1\.5/);
    }
    await closeAll();
  });
});
