// The editor settings the server reads (section "wp27017" of VS Code's settings).
import type { Locale } from '../core/locale';

export interface EditorSettings {
  /** "auto" follows .wp27017.yaml, then the editor's display language. */
  readonly locale: 'auto' | Locale;
}

export const DEFAULT_SETTINGS: EditorSettings = { locale: 'auto' };

export function readSettings(raw: unknown): EditorSettings {
  const value = (raw as { locale?: unknown } | null)?.locale;
  return { locale: value === 'en' || value === 'ja' ? value : 'auto' };
}
