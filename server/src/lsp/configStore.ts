// Which .wp27017.yaml governs each document, read once and kept until the
// file changes on disk or in an editor. The editor's settings may name one
// file for every document (`wp27017.configFile`) and add rule severities
// (`wp27017.rules`) under those of the file.
import { fileURLToPath } from 'node:url';
import { findConfigFile, readTextFile } from '../config/configFile';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../config/config';
import { readConfig } from '../config/workspaceConfig';
import type { SeveritySetting } from '../core/finding';

export class ConfigStore {
  #byConfigFile = new Map<string, WorkspaceConfig>();
  #configFileOf = new Map<string, string | undefined>();
  #openTexts = new Map<string, string>();
  #generation = 0;
  #fixedFile: string | undefined;
  #settingRules: Readonly<Record<string, SeveritySetting>> = {};

  /** Bumps on every change, so results computed under an older config are recognisably stale. */
  get generation(): number {
    return this.#generation;
  }

  /** From the editor's settings: an absolute config file path for every document (or none), and rule severities. */
  setEditorSettings(configFile: string | undefined, rules: Readonly<Record<string, SeveritySetting>>): void {
    this.#fixedFile = configFile;
    this.#settingRules = rules;
    this.invalidate();
  }

  /** The config file in force for a document (or a file in a folder), if any. */
  configFileFor(documentUri: string): string | undefined {
    if (this.#fixedFile) return this.#fixedFile;
    if (!documentUri.startsWith('file:')) return undefined;
    const path = fileURLToPath(documentUri);
    if (!this.#configFileOf.has(path)) this.#configFileOf.set(path, findConfigFile(path));
    return this.#configFileOf.get(path);
  }

  configFor(documentUri: string): WorkspaceConfig {
    const file = this.configFileFor(documentUri);
    const config = file ? this.#read(file) : DEFAULT_CONFIG;
    if (Object.keys(this.#settingRules).length === 0) return config;
    return { ...config, rules: { ...this.#settingRules, ...config.rules } };
  }

  #read(file: string): WorkspaceConfig {
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
