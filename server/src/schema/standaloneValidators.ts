// The code of a schema's validators as the build puts them in the bundles (validatorsBuilt.ts): ajv's standalone code
// of the validators validators.ts would compile, as a CommonJS module body that exports each by its name.
import standaloneCode from 'ajv/dist/standalone';
import { createAjv, validatorSchemas, type JsonSchema } from './validators';

/** The identifier the module body reads the schema object from: the one the rest of the code imports. */
export const SCHEMA_NAME = 'SCHEMA_OF_VALIDATORS';

/** Where in `schema` a node equal to `node` is, as a chain of property reads; depth first, the first found. */
function pathTo(schema: unknown, text: string, path = ''): string | undefined {
  if (JSON.stringify(schema) === text) return path;
  if (schema === null || typeof schema !== 'object') return undefined;
  for (const [key, value] of Object.entries(schema)) {
    const found = pathTo(value, text, `${path}[${JSON.stringify(key)}]`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A CommonJS module body (`exports`, `require` and SCHEMA_NAME, the schema object, in scope). Ajv's code holds a copy of
 * every schema node an error names (verbose errors carry their `schema` and `parentSchema`); each such node that is a
 * node of `schema` is read from the schema object instead, so an error names the very object a rule compares it with
 * (not-applicable-reason, for one), as at run time.
 */
export function standaloneValidators(schema: JsonSchema, splitKey?: string): string {
  const ajv = createAjv({ source: true });
  ajv.addSchema(schema);
  const schemas = validatorSchemas(schema, splitKey);
  for (const [name, sub] of Object.entries(schemas)) ajv.addSchema(sub, name);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])));
  return code.replace(/^const (schema\d+) = (\{.*\});$/gm, (declaration, name: string, literal: string) => {
    const path = pathTo(schema, JSON.stringify(JSON.parse(literal)));
    return path === undefined ? declaration : `const ${name} = ${SCHEMA_NAME}${path};`;
  });
}
