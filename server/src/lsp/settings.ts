// The editor settings the server reads (section "wp27017" of VS Code's settings).
import type { Locale } from '../core/locale';

export interface EditorSettings {
  /** "auto" follows .wp27017.yaml, then the editor's display language. */
  readonly locale: 'auto' | Locale;
  /** When a document is checked: on every change, or when it is saved (and when it is opened). */
  readonly run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: EditorSettings = { locale: 'auto', run: 'onType' };

export function readSettings(raw: unknown): EditorSettings {
  const { locale, run } = (raw ?? {}) as { locale?: unknown; run?: unknown };
  return { locale: locale === 'en' || locale === 'ja' ? locale : 'auto', run: run === 'onSave' ? 'onSave' : 'onType' };
}
