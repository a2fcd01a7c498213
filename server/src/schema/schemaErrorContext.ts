// What a rule may ask about an ajv error: where it is and how to name it.
import type { ErrorObject } from 'ajv';
import type { Span, TextEdit } from '../core/finding';
import type { Localized } from '../core/locale';
import type { DataPath } from '../parse/locate';

export type SpanPreference = 'key' | 'value' | 'head';

export interface SchemaErrorContext {
  /** The error's instance path from the document root. */
  path(error: ErrorObject): DataPath;
  /** The source span for a path; falls back to the nearest ancestor that exists. */
  spanAt(path: DataPath, prefer: SpanPreference): Span;
  /** The key that names a path, as an author reads it: `service`, `controls`, `sections[2]`. */
  label(path: DataPath): string;
  /** The source text of a span, as the author wrote it (before YAML turned 8.10 into 8.1). */
  source(span: Span): string;
  /** The title of a schema node in both languages (from `title` and `x-i18n`). */
  title(schema: unknown): Localized | undefined;
  /**
   * An edit that adds `key: value` to the block mapping at `path`, in its indentation (`value` may span lines,
   * its continuation lines relative to the key); undefined where the mapping is not one a line can be added to.
   */
  addKey(path: DataPath, key: string, value: string): TextEdit | undefined;
}
