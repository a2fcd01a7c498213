// Every user-facing string exists in both languages; the edge picks one.
export type Locale = 'en' | 'ja';

export interface Localized {
  readonly en: string;
  readonly ja: string;
}

/** A slot value is plain (a key, a number) or itself localised (a type name, a schema title). */
export type MessageData = Readonly<Record<string, string | number | Localized | undefined>>;

/** Fills `{name}` slots; an unknown slot stays visible so a missing datum is noticed, not hidden. */
export function formatMessage(template: Localized, locale: Locale, data: MessageData = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (slot, name: string) =>
    data[name] !== undefined ? slotText(data[name]!, locale) : slot,
  );
}

function slotText(value: string | number | Localized, locale: Locale): string {
  return typeof value === 'object' ? value[locale] : String(value);
}

/** Maps a BCP 47 tag (VS Code's display language, $LANG) to a supported locale. */
export function toLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('ja')) return 'ja';
  if (lower.startsWith('en') || lower === 'c' || lower === 'posix') return 'en';
  return undefined;
}
