// The schema node that describes a data path: follows $ref, properties,
// patternProperties, additionalProperties, items and the first branch of anyOf.
import type { JsonSchema } from './validators';
import type { DataPath } from '../parse/locate';

type SchemaNode = Record<string, unknown>;

function resolve(root: JsonSchema, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const pointer = (current.$ref as string).split('#')[1] ?? '';
    current = pointer
      .split('/')
      .filter(Boolean)
      .reduce<unknown>((at, step) => (at as SchemaNode | undefined)?.[step.replace(/~1/g, '/').replace(/~0/g, '~')], root) as SchemaNode | undefined;
  }
  return current;
}

function child(root: JsonSchema, node: SchemaNode, step: string | number): SchemaNode | undefined {
  if (typeof step === 'number') return resolve(root, node.items as SchemaNode | undefined);
  const properties = node.properties as Record<string, SchemaNode> | undefined;
  if (properties && Object.prototype.hasOwnProperty.call(properties, step)) return resolve(root, properties[step]);
  for (const [pattern, sub] of Object.entries((node.patternProperties as Record<string, SchemaNode>) ?? {})) {
    if (new RegExp(pattern, 'u').test(step)) return resolve(root, sub);
  }
  if (typeof node.additionalProperties === 'object') return resolve(root, node.additionalProperties as SchemaNode);
  return undefined;
}

export function schemaAt(root: JsonSchema, path: DataPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root as unknown as SchemaNode;
  for (const step of path) {
    if (!node) return undefined;
    node = child(root, node, step);
  }
  return node;
}
