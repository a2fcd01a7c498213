// Compiles, once per schema, the validators that segmented validation needs:
// one per top-level property, one per item of the split key, and shallow ones
// for what only the whole document can answer (required top-level keys, the
// length of the split list). A document that cannot be segmented uses `full`.
// The whitepaper's are compiled by the build (standaloneValidators.ts, validatorsBuilt.ts): a bundle takes them as
// they are; the sources, run as they are (tests, scripts), compile them here from the same schemas.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { VALIDATORS_AT_BUILD } from './validatorsBuilt';

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

/** Validators as the build wrote them, by the name `validatorSchemas` gives each; `full` is not among them. */
export type BuiltValidators = Readonly<Record<string, ValidateFunction>>;

const UNICODE_DEPRECATED = /^DEPRECATED: option unicode\b/;

export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  // verbose: rules quote the offending value and read titles and examples from the schema.
  // validateSchema off: checking our own schemas against the draft 2020-12 meta-schema compiled that meta-schema in
  // every worker at start, more than half of its schema work (test/unit/schemas.test.ts checks them instead).
  // source: the build asks for the validators' code (ajv's standalone code), with a line per declaration.
  // unicode off: a length limit reads the string's length instead of counting its code points, a loop over every
  // character of every prose string (2 % of an open's first report at 1 MB). The same answer while the only limit is
  // "minLength": 1 (test/unit/schemas.test.ts fails on any other). Ajv still honours the option but warns that it is
  // deprecated, on every start: that one warning is left out of its log (ajv warns with one message each time).
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    validateSchema: false,
    unicode: false,
    logger: { log: console.log, warn: (message: unknown) => (UNICODE_DEPRECATED.test(String(message)) ? undefined : console.warn(message)), error: console.error },
    ...(options.source ? { code: { source: true, lines: true } } : {}),
  });
  ajv.addKeyword('x-i18n');
  return ajv;
}

const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The schema of each validator a segmented check uses, by name (`root`, `splitList`, `splitItem`, `property:<key>`):
 * what is compiled here at run time and what the build compiles, so both compile the same.
 */
export function validatorSchemas(schema: JsonSchema, splitKey?: string): Record<string, object> {
  const ref = (path: string) => ({ $ref: `${schema.$id}#${path}` });
  const split = splitKey ? schema.properties[splitKey] : undefined;
  return {
    root: {
      type: 'object',
      required: schema.required ?? [],
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(schema.properties).map(([key, sub]) => [key, { title: sub.title, 'x-i18n': sub['x-i18n'] }])),
    },
    ...(split ? { splitList: { ...split, items: true, $defs: undefined }, splitItem: ref(`/properties/${splitKey}/items`) } : {}),
    ...Object.fromEntries(Object.keys(schema.properties).map((key) => [`property:${key}`, ref(`/properties/${pointer(key)}`)])),
  };
}

export function compileValidators(schema: JsonSchema, splitKey?: string, built: BuiltValidators | undefined = VALIDATORS_AT_BUILD[schema.$id]): SchemaValidators {
  let ajv: Ajv2020 | undefined;
  const compiler = () => {
    if (!ajv) {
      ajv = createAjv();
      ajv.addSchema(schema);
    }
    return ajv;
  };
  const schemas = validatorSchemas(schema, splitKey);
  const compiled = new Map<string, ValidateFunction>();
  // Compiled when first asked for: a property no document has is never compiled.
  const validator = (name: string) => {
    let validate = compiled.get(name);
    if (!validate) {
      validate = built?.[name] ?? compiler().compile(schemas[name]);
      compiled.set(name, validate);
    }
    return validate;
  };
  let full: ValidateFunction | undefined;
  return {
    schema,
    // Only a document that cannot be split needs the whole schema: compiled then, not when a worker starts.
    get full() {
      return (full ??= compiler().getSchema(schema.$id)!);
    },
    root: validator('root'),
    property(key) {
      if (!Object.prototype.hasOwnProperty.call(schema.properties, key)) return undefined;
      return validator(`property:${key}`);
    },
    splitKey,
    splitList: schemas.splitList ? validator('splitList') : undefined,
    splitItem: schemas.splitItem ? validator('splitItem') : undefined,
  };
}
