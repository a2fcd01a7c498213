// Which schema and split key a file is checked with, by its name.
import type { DocumentKindName } from '../rules/rule';
import type { JsonSchema } from '../schema/validators';
import whitepaperSchema from '../../../schemas/whitepaper.schema.json';
import configSchema from '../../../schemas/config.schema.json';

export interface DocumentKind {
  readonly name: DocumentKindName;
  readonly schema: JsonSchema;
  /** The top-level list whose items are analysed and cached one by one. */
  readonly splitKey?: string;
}

export const WHITEPAPER: DocumentKind = { name: 'whitepaper', schema: whitepaperSchema as unknown as JsonSchema, splitKey: 'sections' };
export const CONFIG: DocumentKind = { name: 'config', schema: configSchema as unknown as JsonSchema };

/** In the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['.wp27017.yaml', '.wp27017.yml'] as const;

export function kindOfPath(path: string): DocumentKind {
  return /(^|[\\/])\.wp27017\.ya?ml$/.test(path) ? CONFIG : WHITEPAPER;
}
