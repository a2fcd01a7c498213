// What hovering a key or value tells the author: the schema's own title,
// description and examples, in the reader's language. Pure; lsp/ converts it.
import type { Span } from '../core/finding';
import type { Locale } from '../core/locale';
import { pathAt } from '../parse/pathAt';
import { schemaAt } from '../schema/schemaAt';
import type { DocumentKind } from '../analyze/documentKind';

export interface HoverResult extends Span {
  readonly markdown: string;
}

interface Described {
  title?: string;
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  'x-i18n'?: { ja?: { title?: string; description?: string } };
}

function inline(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.replace(/`/g, "'")}\``;
}

export function provideHover(text: string, offset: number, kind: DocumentKind, locale: Locale): HoverResult | undefined {
  const at = pathAt(text, offset, kind.splitKey);
  if (!at) return undefined;
  const node = schemaAt(kind.schema, at.path) as Described | undefined;
  if (!node?.title) return undefined;
  const ja = locale === 'ja' ? node['x-i18n']?.ja : undefined;
  const key = [...at.path].reverse().find((step) => typeof step === 'string');
  const lines = [`**${ja?.title ?? node.title}**${key ? ` · ${inline(key)}` : ''}`];
  const description = ja?.description ?? node.description;
  if (description) lines.push('', description);
  if (node.enum) lines.push('', `${locale === 'ja' ? '指定できる値' : 'Allowed values'}: ${[...new Set(node.enum.map(String))].map(inline).join(', ')}`);
  else if (node.examples?.some((e) => typeof e !== 'object')) lines.push('', `${locale === 'ja' ? '例' : 'Example'}: ${node.examples!.filter((e) => typeof e !== 'object').slice(0, 3).map(inline).join(', ')}`);
  return { start: at.start, end: at.end, markdown: lines.join('\n') };
}
