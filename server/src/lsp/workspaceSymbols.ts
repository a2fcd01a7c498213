// Go to Symbol in Workspace: sections of the open whitepapers as they are now,
// and of the files on disk under the workspace folders, each file analysed
// (by the caller's `symbolsOf`: an analysis worker) once and again only when
// it changes on disk.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WhitepaperModel } from '../model/whitepaper';
import { matchesQuery, sectionSymbols } from '../features/workspaceSymbols';
import { findWhitepapers } from '../workspace/findWhitepapers';
import { readRegularFile } from '../workspace/readRegularFile';

/** Enough for any real workspace, and a bound on the work for a folder that holds a generated corpus. */
const MAX_FILES = 2000;
const MAX_RESULTS = 500;

export function toSymbolInformation(document: TextDocument, model: WhitepaperModel): SymbolInformation[] {
  return sectionSymbols(model).map((symbol) => ({
    name: symbol.name,
    kind: SymbolKind.Namespace,
    containerName: symbol.container,
    location: { uri: document.uri, range: { start: document.positionAt(symbol.span.start), end: document.positionAt(symbol.span.end) } },
  }));
}

export class WorkspaceSymbols {
  readonly #onDisk = new Map<string, { mtimeMs: number; size: number; symbols: SymbolInformation[] }>();
  #folders: string[] = [];
  readonly #symbolsOf: (uri: string, text: string) => Promise<SymbolInformation[]>;

  constructor(symbolsOf: (uri: string, text: string) => Promise<SymbolInformation[]>) {
    this.#symbolsOf = symbolsOf;
  }

  setFolders(uris: readonly string[]): void {
    this.#folders = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  /** `fromOpen` are the symbols of the open documents `openUris`, from their current analyses. */
  async find(query: string, openUris: ReadonlySet<string>, fromOpen: readonly SymbolInformation[]): Promise<SymbolInformation[]> {
    const all = [...fromOpen];
    const files = this.#folders.flatMap((folder) => findWhitepapers(folder).map((relative) => join(folder, relative))).slice(0, MAX_FILES);
    for (const path of files) {
      const uri = pathToFileURL(path).href;
      if (!openUris.has(uri)) for (const symbol of await this.#fromDisk(path, uri)) all.push(symbol);
    }
    return all.filter((symbol) => matchesQuery(symbol.name, query)).slice(0, MAX_RESULTS);
  }

  async #fromDisk(path: string, uri: string): Promise<SymbolInformation[]> {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.#onDisk.delete(path);
      return [];
    }
    const known = this.#onDisk.get(path);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.symbols;
    let text: string;
    try {
      text = readRegularFile(path);
    } catch {
      // A device, a FIFO or a file over the cap (a symlink can name any of them) holds no sections to list.
      this.#onDisk.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, symbols: [] });
      return [];
    }
    const symbols = await this.#symbolsOf(uri, text);
    this.#onDisk.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, symbols });
    return symbols;
  }
}
