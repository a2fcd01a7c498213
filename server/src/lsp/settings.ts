// The editor settings the server reads (section "wp27017" of VS Code's settings).
import type { SeveritySetting } from '../core/finding';
import type { Locale } from '../core/locale';

export interface EditorSettings {
  /** "auto" follows .wp27017.yaml, then the editor's display language. */
  readonly locale: 'auto' | Locale;
  /** When a document is checked: on every change, or when it is saved (and when it is opened). */
  readonly run: 'onType' | 'onSave';
  /** The config file for every document, as the CLI's `--config`; relative to the first workspace folder. Empty: the nearest .wp27017.yaml. */
  readonly configFile: string;
  /** Severity per rule id, for rules the config file does not set. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export const DEFAULT_SETTINGS: EditorSettings = { locale: 'auto', run: 'onType', configFile: '', rules: {} };

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

export function readSettings(raw: unknown): EditorSettings {
  const { locale, run, configFile, rules } = (raw ?? {}) as { locale?: unknown; run?: unknown; configFile?: unknown; rules?: unknown };
  const severities: Record<string, SeveritySetting> = {};
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    for (const [id, value] of Object.entries(rules)) if (typeof value === 'string' && SEVERITIES.includes(value)) severities[id] = value as SeveritySetting;
  }
  return {
    locale: locale === 'en' || locale === 'ja' ? locale : 'auto',
    run: run === 'onSave' ? 'onSave' : 'onType',
    configFile: typeof configFile === 'string' ? configFile.trim() : '',
    rules: severities,
  };
}

export const sameSettings = (a: EditorSettings, b: EditorSettings): boolean => JSON.stringify(a) === JSON.stringify(b);
