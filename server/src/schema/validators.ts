// Compiles, once per schema, the validators that segmented validation needs:
// one per top-level property, one per item of the split key, and shallow ones
// for what only the whole document can answer (required top-level keys, the
// length of the split list). A document that cannot be segmented uses `full`.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

export interface SchemaValidators {
  readonly schema: JsonSchema;
  readonly full: ValidateFunction;
  /** Top-level keys only: required and unknown keys, any values. */
  readonly root: ValidateFunction;
  readonly property: (key: string) => ValidateFunction | undefined;
  /** The split key's own constraints (type, length), items not descended into. */
  readonly splitList?: ValidateFunction;
  readonly splitItem?: ValidateFunction;
  readonly splitKey?: string;
}

export interface JsonSchema {
  readonly $id: string;
  readonly properties: Record<string, Record<string, unknown>>;
  readonly required?: string[];
  readonly [keyword: string]: unknown;
}

export function createAjv(): Ajv2020 {
  // verbose: rules quote the offending value and read titles and examples from the schema.
  // validateSchema off: checking our own schemas against the draft 2020-12 meta-schema compiled that meta-schema in
  // every worker at start, more than half of its schema work (test/unit/schemas.test.ts checks them instead).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, validateSchema: false });
  ajv.addKeyword('x-i18n');
  return ajv;
}

export function compileValidators(schema: JsonSchema, splitKey?: string): SchemaValidators {
  const ajv = createAjv();
  ajv.addSchema(schema);
  const ref = (pointer: string) => ajv.compile({ $ref: `${schema.$id}#${pointer}` });
  const properties = new Map<string, ValidateFunction>();
  const root = ajv.compile({
    type: 'object',
    required: schema.required ?? [],
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(schema.properties).map(([key, sub]) => [key, { title: sub.title, 'x-i18n': sub['x-i18n'] }])),
  });
  const split = splitKey ? schema.properties[splitKey] : undefined;
  let full: ValidateFunction | undefined;
  return {
    schema,
    // Only a document that cannot be split needs the whole schema: compiled then, not when a worker starts.
    get full() {
      return (full ??= ajv.getSchema(schema.$id)!);
    },
    root,
    property(key) {
      if (!Object.prototype.hasOwnProperty.call(schema.properties, key)) return undefined;
      let validate = properties.get(key);
      if (!validate) {
        validate = ref(`/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        properties.set(key, validate);
      }
      return validate;
    },
    splitKey,
    splitList: split ? ajv.compile({ ...split, items: true, $defs: undefined }) : undefined,
    splitItem: split ? ref(`/properties/${splitKey}/items`) : undefined,
  };
}
