// Names JSON types the way an author thinks of YAML values, in both languages.
import type { Localized } from '../core/locale';

const TYPE_NAMES: Record<string, Localized> = {
  string: { en: 'text', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  integer: { en: 'a whole number', ja: '整数' },
  boolean: { en: 'true or false', ja: '真偽値 (true / false)' },
  array: { en: 'a list', ja: 'リスト' },
  object: { en: 'a mapping of keys', ja: 'キーと値のマッピング' },
  null: { en: 'empty', ja: '空' },
};

export function typeName(type: string): Localized {
  return TYPE_NAMES[type] ?? { en: type, ja: type };
}

export function typeList(types: string): Localized {
  const names = types.split(',').map((t) => typeName(t.trim()));
  return { en: names.map((n) => n.en).join(' or '), ja: names.map((n) => n.ja).join('または') };
}

export function typeOfValue(value: unknown): Localized {
  if (value === null || value === undefined) return typeName('null');
  if (Array.isArray(value)) return typeName('array');
  return typeName(typeof value === 'object' ? 'object' : typeof value);
}

/** A value quoted in a message: short, on one line. */
export function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
