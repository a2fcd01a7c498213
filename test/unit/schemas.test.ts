// The two JSON Schemas drive validation, hover and completion, so they must
// compile as the server compiles them, document every node in both languages,
// and agree with the example files shipped beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse, parseDocument } from 'yaml';

const root = join(__dirname, '..', '..');
const readText = (path: string) => readFileSync(join(root, path), 'utf8');
const readSchema = (path: string) => JSON.parse(readText(path)) as SchemaNode & { $id: string };

type SchemaNode = { [keyword: string]: unknown };

const whitepaperSchema = readSchema('schemas/whitepaper.schema.json');
const configSchema = readSchema('schemas/config.schema.json');

const COMPLETE_EXAMPLES = ['examples/sample-cloud.ja.wp.yaml', 'examples/sample-cloud.en.wp.yaml'];

// The controls a SaaS whitepaper is expected to answer in the 2013 numbering.
const EXPECTED_CONTROLS = [
  'CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.9.5.2', 'CLD.12.1.5', 'CLD.12.4.5', 'CLD.13.1.4',
  '5.1.1', '6.1.1', '6.1.3', '7.2.2', '8.1.1', '8.2.2', '9.1.2', '9.2.1', '9.2.2', '9.2.3', '9.2.4', '9.4.1', '9.4.4',
  '10.1.1', '10.1.2', '11.2.7', '12.1.2', '12.1.3', '12.3.1', '12.4.1', '12.4.3', '12.4.4', '12.6.1', '13.1.3',
  '14.1.1', '14.2.1', '15.1.1', '15.1.2', '15.1.3', '16.1.1', '16.1.2', '16.1.7', '18.1.1', '18.1.2', '18.1.3', '18.1.5', '18.2.1',
];

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addKeyword('x-i18n');
  return ajv;
}

const isObject = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every node an author can meet while writing: the root, each property,
 * pattern property and definition, and the schemas of items, map values and
 * map keys. A bare `$ref` is documented by its target. The branches of
 * `anyOf` only add constraints to an already documented node.
 */
function documentedNodes(node: SchemaNode, pointer = ''): { pointer: string; node: SchemaNode }[] {
  const found = Object.keys(node).length === 1 && '$ref' in node ? [] : [{ pointer, node }];
  for (const keyword of ['properties', 'patternProperties', '$defs']) {
    const children = node[keyword];
    if (!isObject(children)) continue;
    for (const [name, child] of Object.entries(children)) {
      if (isObject(child)) found.push(...documentedNodes(child, `${pointer}/${keyword}/${escapePointer(name)}`));
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'propertyNames']) {
    const child = node[keyword];
    if (isObject(child)) found.push(...documentedNodes(child, `${pointer}/${keyword}`));
  }
  return found;
}

const escapePointer = (step: string) => step.replace(/~/g, '~0').replace(/\//g, '~1');
const toFragment = (pointer: string) => pointer.split('/').map(encodeURIComponent).join('/');

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function sectionControls(sections: unknown): string[] {
  if (!Array.isArray(sections)) return [];
  return sections.flatMap((section: { controls?: string[]; sections?: unknown }) => [...(section.controls ?? []), ...sectionControls(section.sections)]);
}

for (const schema of [whitepaperSchema, configSchema]) {
  const name = schema.$id.split('/').pop();

  test(`${name} compiles in ajv 2020 strict mode with only x-i18n added`, () => {
    const ajv = createAjv();
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.doesNotThrow(() => ajv.compile(schema));
  });

  test(`${name} documents every node in English and Japanese, with examples`, () => {
    const nodes = documentedNodes(schema);
    assert.ok(nodes.length > 10, 'the walk found the nodes');
    for (const { pointer, node } of nodes) {
      const where = `${name}#${pointer}`;
      const ja = (node['x-i18n'] as { ja?: { title?: unknown; description?: unknown } } | undefined)?.ja;
      assert.ok(typeof node.title === 'string' && node.title.length > 0, `${where} has a title`);
      assert.ok(typeof node.description === 'string' && node.description.length > 0, `${where} has a description`);
      assert.ok(typeof ja?.title === 'string' && JAPANESE.test(ja.title), `${where} has a Japanese title`);
      assert.ok(typeof ja?.description === 'string' && JAPANESE.test(ja.description), `${where} has a Japanese description`);
      assert.ok(Array.isArray(node.examples) && node.examples.length > 0, `${where} has examples`);
    }
  });

  test(`${name}: every example validates against its own subschema`, () => {
    const ajv = createAjv();
    ajv.addSchema(schema);
    for (const { pointer, node } of documentedNodes(schema)) {
      const validate = ajv.compile({ $ref: `${schema.$id}#${toFragment(pointer)}` });
      for (const example of node.examples as unknown[]) {
        assert.ok(validate(example), `${name}#${pointer}: example ${JSON.stringify(example)} is invalid: ${ajv.errorsText(validate.errors)}`);
      }
    }
  });
}

test('both schemas accept the same control ids', () => {
  const defs = (schema: SchemaNode) => (schema.$defs as Record<string, SchemaNode>).controlId.pattern;
  assert.equal(defs(configSchema), defs(whitepaperSchema));
});

test('the section definition compiles on its own', () => {
  const ajv = createAjv();
  ajv.addSchema(whitepaperSchema);
  const validate = ajv.compile({ $ref: `${whitepaperSchema.$id}#/$defs/section` });
  assert.ok(validate({ title: 'A', body: 'text' }));
  assert.ok(validate({ title: 'A', sections: [{ title: 'B', body: 'text' }] }));
  assert.ok(!validate({ title: 'A' }), 'a section needs body or subsections');
  assert.ok(!validate({ title: 'A', sections: [] }), 'an empty list of subsections does not replace the body');
});

test('the value forms accept what authors write and reject the rest', () => {
  const ajv = createAjv();
  ajv.addSchema(whitepaperSchema);
  const check = (def: string, good: unknown[], bad: unknown[]) => {
    const validate = ajv.compile({ $ref: `${whitepaperSchema.$id}#/$defs/${def}` });
    for (const value of good) assert.ok(validate(value), `${def} accepts ${JSON.stringify(value)}`);
    for (const value of bad) assert.ok(!validate(value), `${def} rejects ${JSON.stringify(value)}`);
  };
  check('controlId', ['12.3.1', 'A.12.3.1', '8.13', 'CLD.8.1.5'], ['12-3-1', 'CLD.8.1', '123.1.1', 12.3]);
  check('duration', ['30d', '72h', '6m', '2y', '3w', 'immediate', 'indefinite'], ['30', '30 days', '180日', '1.5y', 'forever']);
  check('frequency', ['daily', 'hourly', 'every 6h', 'every 2w'], ['every day', 'twice a day', 'every 1y']);
  check('date', ['2024-04-01'], ['2024/04/01', '1 April 2024']);
  check('version', ['1.2', 1.2], ['', true]);
});

test('numbering accepts the editions quoted or not, and nothing else', () => {
  const ajv = createAjv();
  ajv.addSchema(whitepaperSchema);
  const validate = ajv.compile({ $ref: `${whitepaperSchema.$id}#/properties/numbering` });
  for (const value of ['2013', '2022', 2013, 2022]) assert.ok(validate(value), String(value));
  for (const value of ['2017', 27002]) assert.ok(!validate(value), String(value));
});

for (const path of COMPLETE_EXAMPLES) {
  test(`${path} is valid and covers each expected control exactly once`, () => {
    const data = parse(readText(path)) as { numbering?: unknown; sections?: unknown; not_applicable?: Record<string, string> };
    const validate = createAjv().compile(whitepaperSchema);
    assert.ok(validate(data), describeErrors(validate.errors));
    assert.equal(String(data.numbering), '2013');
    const listed = [...sectionControls(data.sections), ...Object.keys(data.not_applicable ?? {})];
    for (const id of EXPECTED_CONTROLS) {
      assert.equal(listed.filter((x) => x === id).length, 1, `${id} appears exactly once`);
    }
    assert.equal(new Set(listed).size, listed.length, 'no control is listed twice');
  });
}

test('the example workspace config is valid', () => {
  const validate = createAjv().compile(configSchema);
  assert.ok(validate(parse(readText('examples/.wp27017.yaml'))), describeErrors(validate.errors));
});

test('the flawed example is valid YAML but breaks the schema in the intended ways', () => {
  const document = parseDocument(readText('examples/flawed.ja.wp.yaml'));
  assert.deepEqual(document.errors, []);
  const validate = createAjv().compile(whitepaperSchema);
  assert.equal(validate(document.toJS()), false);
  const found = (validate.errors ?? []).map((error) => `${error.keyword} ${error.instancePath}`);
  for (const expected of ['required ', 'additionalProperties ', 'enum /service/model', 'pattern /sections/2/sections/0/controls/0', 'anyOf /sections/1/sections/0']) {
    assert.ok(found.includes(expected), `expected "${expected}" among ${JSON.stringify(found)}`);
  }
});

function describeErrors(errors: unknown): string {
  return JSON.stringify(errors, null, 2);
}

/** Every value of `keyword` anywhere in `node`. */
function keywordValues(node: unknown, keyword: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((child) => keywordValues(child, keyword));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, child]) => (key === keyword ? [child] : keywordValues(child, keyword)));
}

test('length limits are "minLength": 1 only, where a string\'s length and its count of code points agree (ajv\'s unicode option off)', () => {
  for (const schema of [whitepaperSchema, configSchema]) {
    assert.deepEqual(keywordValues(schema, 'maxLength'), [], schema.$id);
    for (const limit of keywordValues(schema, 'minLength')) assert.ok(limit === 0 || limit === 1, `${schema.$id}: minLength ${String(limit)}`);
  }
});
