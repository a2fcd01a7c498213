// The validators the build compiles (ajv's standalone code, put in the bundles) answer as those compiled at run time:
// the same errors, and each error naming the very schema node a rule compares it with (not-applicable-reason).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { WHITEPAPER } from '../../../server/src/analyze/documentKind';
import { SCHEMA_NAME, standaloneValidators } from '../../../server/src/schema/standaloneValidators';
import { compileValidators, type BuiltValidators, type SchemaValidators } from '../../../server/src/schema/validators';

const ROOT = join(__dirname, '..', '..', '..');
const schema = WHITEPAPER.schema;

function built(): BuiltValidators {
  const exports: Record<string, ValidateFunction> = {};
  new Function('exports', 'require', SCHEMA_NAME, standaloneValidators(schema, WHITEPAPER.splitKey))(exports, require, schema);
  return exports;
}

/** Every object node of the schema, to tell an error naming one of them from one naming a copy. */
function nodes(node: unknown, into = new Set<unknown>()): Set<unknown> {
  if (node !== null && typeof node === 'object') {
    into.add(node);
    for (const value of Object.values(node)) nodes(value, into);
  }
  return into;
}
const schemaNodes = nodes(schema);

/** What each validator says of a document's values, in the order a segmented check asks. */
function check(validators: SchemaValidators, data: Record<string, unknown>): (ErrorObject[] | null | undefined)[] {
  const errors = (validate: ValidateFunction | undefined, value: unknown) => (validate && !validate(value) ? validate.errors : null);
  const out = [errors(validators.root, data), errors(validators.splitList, data.sections)];
  for (const [key, value] of Object.entries(data)) out.push(errors(validators.property(key), value));
  for (const item of Array.isArray(data.sections) ? data.sections : []) out.push(errors(validators.splitItem, item));
  return out;
}

async function documents(): Promise<[string, Record<string, unknown>][]> {
  const { generateWhitepaper } = await import('../../../scripts/generateWhitepaper.mjs');
  return [
  ...['examples/flawed.ja.wp.yaml', 'examples/sample-cloud.ja.wp.yaml', 'examples/sample-cloud.en.wp.yaml'].map(
    (path) => [path, parse(readFileSync(join(ROOT, path), 'utf8'))] as [string, Record<string, unknown>],
  ),
  ['generated heavy', parse(generateWhitepaper(60_000, { lang: 'ja', heavy: true }))],
  [
    'every kind of wrong value',
    {
      whitepaper: 2,
      lang: 'fr',
      title: '',
      extra: true,
      service: { name: 3, provider: '', model: 'XaaS', unknown: 1 },
      version: 'v-one',
      published: '2024-13-45',
      history: [{ version: 1 }, 'text'],
      contact: { email: 'not-an-email' },
      numbering: 'roman',
      not_applicable: { '12.1.1': '', 'X.1': null, '9.9.9': 3 },
      sections: [
        { title: 5, controls: ['12.1', 'abc', 12], body: null, facts: { retention: 'long', frequency: 'sometimes' }, sections: 'none' },
        { controls: [] },
        'a string',
        { title: 'ok', sections: [{ title: 'nested', body: 1, unknown: true }] },
      ],
    },
  ],
  ];
}

test('the build-compiled validators give the errors those compiled at run time give, naming the same schema nodes', async () => {
  const atBuild = compileValidators(schema, WHITEPAPER.splitKey, built());
  const atRunTime = compileValidators(schema, WHITEPAPER.splitKey);
  let errorCount = 0;
  let namedNodes = 0;
  for (const [name, data] of await documents()) {
    const expected = check(atRunTime, data);
    const actual = check(atBuild, data);
    assert.deepEqual(actual, expected, name);
    expected.forEach((errors, i) =>
      errors?.forEach((error, j) => {
        errorCount++;
        // The root validator's schema is made from the schema's keys, not a node of it (its `required` list is).
        if (!schemaNodes.has(error.parentSchema)) return;
        namedNodes++;
        for (const key of ['schema', 'parentSchema'] as const) assert.equal(actual[i]![j][key], error[key], `${name}: ${error.schemaPath} ${key}`);
      }),
    );
  }
  assert.ok(errorCount > 50, `${errorCount} errors compared`);
  assert.ok(namedNodes > 20, `${namedNodes} schema nodes compared by identity`);
});
