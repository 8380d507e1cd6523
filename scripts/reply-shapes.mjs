// The SDK's reply checks, generated from the contract: for every operation,
// the shape of its 2xx JSON reply reduced to what a caller relies on (types,
// required and optional properties, array items, alternatives) and written in
// a terse notation (see packages/sdk/src/reply-shape.ts) that is small on the
// wire. Each operation's shape is a module of its own (generated/replies/<operationId>.ts):
// a bundler splits code by module, so a page carries only the shapes of the
// operations its widgets call. Patterns, lengths, bounds and enums are
// left to the server: the check catches a reply of the wrong shape ({}, items
// as a string), cheaply.
import { GENERATED_NOTICE } from './contract-schemas.mjs';

const COMPONENT = '#/components/schemas/';
const SCALAR = { string: 's', number: 'n', integer: 'n', boolean: 'b', null: 'z' };

/** A schema in the notation, every referenced component written out (gzip absorbs the repeats, and each operation's shape stands alone for tree-shaking). */
function shapeOf(schema, components) {
  if (!schema || typeof schema !== 'object') return '*';
  const inner = (child) => shapeOf(child, components);
  if (schema.$ref) return inner(components[schema.$ref.slice(COMPONENT.length)]);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.map(inner).join('|');
  if (schema.allOf) {
    if (schema.allOf.length === 1) return inner(schema.allOf[0]);
    throw new Error('allOf with more than one schema: teach scripts/reply-shapes.mjs to merge them');
  }
  if (Array.isArray(schema.type)) return schema.type.map((type) => inner({ ...schema, type })).join('|');
  if (schema.type in SCALAR) return SCALAR[schema.type];
  if (schema.type === 'array') return `[${inner(schema.items)}]`;
  if (schema.type === 'object' || schema.properties) {
    const required = new Set(schema.required ?? []);
    const parts = Object.entries(schema.properties ?? {}).map(([name, child]) => {
      if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`property name ${name} needs escaping in the reply-shape notation`);
      return `${name}${required.has(name) ? '' : '?'}:${inner(child)}`;
    });
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      parts.push(`*:${inner(schema.additionalProperties)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return '*';
}

/** The 2xx JSON reply schema of every operation, by operationId. */
function replies(contract) {
  const out = new Map();
  for (const operations of Object.values(contract.paths)) {
    for (const operation of Object.values(operations)) {
      if (!operation?.operationId) continue;
      const ok = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      const schemas = ok.map(([, response]) => response.content?.['application/json']?.schema).filter(Boolean);
      if (schemas.length === 1) out.set(operation.operationId, schemas[0]);
      else if (schemas.length > 1) out.set(operation.operationId, { oneOf: schemas });
    }
  }
  return out;
}

export const REPLIES_DIR = 'packages/sdk/src/generated/replies';

/** Every operation's reply module: repository path → content. */
export function replyShapeModules(contract) {
  const components = contract.components.schemas;
  return new Map([...replies(contract)].map(([operationId, schema]) => [`${REPLIES_DIR}/${operationId}.ts`,
    `${GENERATED_NOTICE(`the 2xx reply of ${operationId}`)}import type { Reply } from '../../reply-shape.js';

export const ${operationId}: Reply = { operation: '${operationId}', shape: '${shapeOf(schema, components)}' };
`]));
}
