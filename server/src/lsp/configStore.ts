// Which .wp27017.yaml governs each document, read once and kept until the
// file changes on disk or in an editor.
import { fileURLToPath } from 'node:url';
import { findConfigFile, readTextFile } from '../config/configFile';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import { readConfig } from '../config/workspaceConfig';

export class ConfigStore {
  #byConfigFile = new Map<string, WorkspaceConfig>();
  #configFileOf = new Map<string, string | undefined>();
  #openTexts = new Map<string, string>();
  #generation = 0;

  /** Bumps on every change, so results computed under an older config are recognisably stale. */
  get generation(): number {
    return this.#generation;
  }

  configFor(documentUri: string): WorkspaceConfig {
    if (!documentUri.startsWith('file:')) return DEFAULT_CONFIG;
    const path = fileURLToPath(documentUri);
    if (!this.#configFileOf.has(path)) this.#configFileOf.set(path, findConfigFile(path));
    const file = this.#configFileOf.get(path);
    if (!file) return DEFAULT_CONFIG;
    let config = this.#byConfigFile.get(file);
    if (!config) {
      let text = this.#openTexts.get(file);
      if (text === undefined) {
        try {
          text = readTextFile(file);
        } catch {
          text = '';
        }
      }
      config = readConfig(text).config;
      this.#byConfigFile.set(file, config);
    }
    return config;
  }

  /** An open editor's text wins over the file on disk; undefined when the editor closes. */
  setOpenText(configUri: string, text: string | undefined): void {
    const path = fileURLToPath(configUri);
    if (text === undefined) this.#openTexts.delete(path);
    else this.#openTexts.set(path, text);
    this.invalidate();
  }

  invalidate(): void {
    this.#byConfigFile.clear();
    this.#configFileOf.clear();
    this.#generation++;
  }
}
