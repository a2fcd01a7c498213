// "New Whitepaper": asks for the language, the service, its provider and
// model, then opens an unsaved *.wp.yaml with a section per expected control,
// each body a placeholder saying what to disclose (Tab moves between them).
// Other extensions and tests pass the answers as an argument and are not asked.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../coverageClient';
import { whitepaperFileName, whitepaperSkeleton, type Lang, type Numbering, type ServiceModel, type SkeletonOptions } from '../snippets/skeleton';
import { SKELETON_DATA } from '../snippets/skeletonData.generated';

export interface NewWhitepaperArgs {
  readonly lang?: string;
  readonly name?: string;
  readonly provider?: string;
  readonly model?: string;
  readonly numbering?: string;
}

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

const LANGS = ['en', 'ja'] as const;
const MODELS = ['IaaS', 'PaaS', 'SaaS'] as const;
const EDITIONS = ['2013', '2022'] as const;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined => allowed.find((a) => a === value);
const given = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

async function pick<T>(items: Choice<T>[], placeHolder: string): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Whitepaper'), placeHolder, ignoreFocusOut: true }))?.value;
}

async function input(prompt: string, placeHolder: string): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Whitepaper'),
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() ? undefined : vscode.l10n.t('Enter at least one character.')),
  });
  return given(value);
}

/** The answers from `args`, asking for what is missing; undefined once the author cancels. */
async function answers(args: NewWhitepaperArgs): Promise<SkeletonOptions | undefined> {
  const complete = oneOf(args.lang, LANGS) && given(args.name) && given(args.provider) && oneOf(args.model, MODELS);
  const languages: Choice<Lang>[] = [
    { label: '日本語', description: 'ja', value: 'ja' },
    { label: 'English', description: 'en', value: 'en' },
  ];
  if (!vscode.env.language.startsWith('ja')) languages.reverse();
  const lang = oneOf(args.lang, LANGS) ?? (await pick(languages, vscode.l10n.t('Language of the whitepaper')));
  if (!lang) return undefined;
  const name = given(args.name) ?? (await input(vscode.l10n.t('Service name, as customers know it'), vscode.l10n.t('Example Cloud')));
  if (!name) return undefined;
  const provider = given(args.provider) ?? (await input(vscode.l10n.t('Provider: the company that offers the service'), vscode.l10n.t('Example Inc.')));
  if (!provider) return undefined;
  const models: Choice<ServiceModel>[] = [
    { label: 'SaaS', description: vscode.l10n.t("customers use the provider's application"), value: 'SaaS' },
    { label: 'PaaS', description: vscode.l10n.t("customers run their own applications on the provider's platform"), value: 'PaaS' },
    { label: 'IaaS', description: vscode.l10n.t('customers run their own machines, storage and networks'), value: 'IaaS' },
  ];
  const model = oneOf(args.model, MODELS) ?? (await pick(models, vscode.l10n.t('Service model: it decides how much each missing control weighs')));
  if (!model) return undefined;
  // The numbering has a default: a caller that gave every other answer is not stopped by a question about it.
  const editions: Choice<Numbering>[] = [
    { label: '2013', description: vscode.l10n.t('ISO/IEC 27002:2013 ids such as 12.3.1, as most whitepapers use'), value: '2013' },
    { label: '2022', description: vscode.l10n.t('ISO/IEC 27002:2022 ids such as 8.13'), value: '2022' },
  ];
  const numbering = oneOf(args.numbering, EDITIONS) ?? (complete ? '2013' : await pick(editions, vscode.l10n.t('Control numbering of the sections')));
  if (!numbering) return undefined;
  return { lang, name, provider, model, numbering };
}

const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);

/**
 * An empty untitled document named after the service, in the active file's folder or the workspace,
 * so that Save writes a *.wp.yaml there; a plain untitled one when there is no folder.
 */
async function untitledDocument(name: string): Promise<vscode.TextDocument> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && vscode.workspace.getWorkspaceFolder(active) ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return vscode.workspace.openTextDocument({ language: LANGUAGE_ID });
  const file = whitepaperFileName(name);
  const stem = file.slice(0, -'.wp.yaml'.length);
  for (let n = 1; ; n++) {
    const target = vscode.Uri.joinPath(folder, n === 1 ? file : `${stem}-${n}.wp.yaml`);
    const untitled = vscode.Uri.from({ scheme: 'untitled', path: target.path });
    const taken = vscode.workspace.textDocuments.some((d) => d.uri.toString() === untitled.toString()) || (await exists(target));
    if (!taken) return vscode.workspace.openTextDocument(untitled);
  }
}

export function registerNewWhitepaper(): vscode.Disposable {
  return vscode.commands.registerCommand('wp27017.newWhitepaper', async (args?: NewWhitepaperArgs): Promise<vscode.Uri | undefined> => {
    const options = await answers(args ?? {});
    if (!options) return undefined;
    let document = await untitledDocument(options.name);
    if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    const editor = await vscode.window.showTextDocument(document);
    // YAML indentation is spaces; a user's tab setting must not turn the skeleton's into tabs.
    editor.options = { insertSpaces: true, tabSize: 2 };
    await editor.insertSnippet(new vscode.SnippetString(whitepaperSkeleton(SKELETON_DATA, options)), new vscode.Position(0, 0));
    return document.uri;
  });
}
