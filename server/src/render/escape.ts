// Everything the renderer writes from the document passes through here: the
// whitepaper is untrusted text, and the preview and the published file must
// show it as text, never run it.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A header field as text: scalars as written, dates as YYYY-MM-DD, anything else (a mapping where a string belongs) as nothing. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)[^\s]*$/i;

/** Only web and mail links survive: `javascript:`, `data:`, `file:` and relative paths would point outside the document or run code. */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : undefined;
}
