// The snippets in snippets/ (a whole whitepaper, a section per control, a
// section's facts), offered where each belongs (snippetContext.ts) rather than
// everywhere as contributed snippets would be. Typing "-" or "." asks for them,
// so they appear while a prefix such as "wp-en" or "cld.8" is typed, even where
// VS Code's quick suggestions are off (YAML scalars count as strings).
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../coverageClient';
import { SECTION_SNIPPETS_IN_TOP_FILE, SNIPPET_FILES, snippetPlace, type SnippetPlace } from './snippetContext';

interface SnippetDefinition {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description?: string;
}

interface Snippet {
  readonly name: string;
  readonly prefixes: readonly string[];
  readonly body: string;
  readonly description: string;
}

async function readSnippets(extensionUri: vscode.Uri, file: string): Promise<Snippet[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', file));
  // The generated files start with a line comment, which JSON does not allow.
  const text = new TextDecoder().decode(bytes).replace(/^\s*\/\/.*$/gm, '');
  const definitions = JSON.parse(text) as Record<string, SnippetDefinition>;
  return Object.entries(definitions).map(([name, d]) => ({
    name,
    prefixes: typeof d.prefix === 'string' ? [d.prefix] : d.prefix,
    body: typeof d.body === 'string' ? d.body : d.body.join('\n'),
    description: d.description ?? '',
  }));
}

async function loadAll(extensionUri: vscode.Uri): Promise<Record<SnippetPlace, Snippet[]>> {
  const top: Snippet[] = [];
  const sections: Snippet[] = [];
  for (const file of SNIPPET_FILES.top) {
    for (const snippet of await readSnippets(extensionUri, file)) (SECTION_SNIPPETS_IN_TOP_FILE.includes(snippet.name) ? sections : top).push(snippet);
  }
  for (const file of SNIPPET_FILES.sections) sections.push(...(await readSnippets(extensionUri, file)));
  return { top, sections };
}

export function registerSnippetCompletion(extensionUri: vscode.Uri): vscode.Disposable {
  let loaded: Promise<Record<SnippetPlace, Snippet[]>> | undefined;
  return vscode.languages.registerCompletionItemProvider(
    { language: LANGUAGE_ID },
    {
      async provideCompletionItems(document, position) {
        if (/(^|\/)\.wp27017\.ya?ml$/.test(document.uri.path)) return [];
        const linesAbove = Array.from({ length: position.line }, (_, i) => document.lineAt(i).text);
        const lineBefore = document.lineAt(position.line).text.slice(0, position.character);
        const place = snippetPlace(linesAbove, lineBefore);
        if (!place) return [];
        loaded ??= loadAll(extensionUri);
        const snippets = (await loaded)[place];
        // The word being typed, "-" and "." included, is what the prefixes are matched against.
        const word = /[^\s[\]{},:]*$/.exec(lineBefore)?.[0] ?? '';
        const wordRange = new vscode.Range(position.translate(0, -word.length), position);
        // After "- ", a snippet that is a list item replaces the dash too, so that it is not written twice.
        const dash = /^(\s*)-\s+\S*$/.exec(lineBefore);
        const itemRange = dash ? new vscode.Range(position.line, dash[1].length, position.line, position.character) : wordRange;
        return snippets.flatMap((snippet) =>
          snippet.prefixes.map((prefix) => {
            const item = new vscode.CompletionItem({ label: prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
            item.insertText = new vscode.SnippetString(snippet.body);
            item.documentation = new vscode.MarkdownString().appendText(snippet.description).appendCodeblock(snippet.body.replace(/\$\{\d+:([^}]*)\}|\$\{\d+\|([^,|]*)[^}]*\}|\$\d+/g, '$1$2'), 'yaml');
            const replacesDash = dash !== null && snippet.body.startsWith('- ');
            item.range = replacesDash ? itemRange : wordRange;
            item.filterText = replacesDash ? lineBefore.slice(dash[1].length, dash[0].length - word.length) + prefix : prefix;
            return item;
          }),
        );
      },
    },
    '-',
    '.',
  );
}
