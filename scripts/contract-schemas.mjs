// JSON Schemas cut out of the contract: a named schema with every schema it
// references, as one self-contained JSON Schema document ($refs rewritten to
// #/$defs/…, documentation keywords dropped). The generators of core's ruleset
// schema and the SDK's reply checks both read the contract through this.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const ROOT = new URL('../', import.meta.url);
export const CONTRACT = 'openapi/public-legal-services.yaml';
const COMPONENT = '#/components/schemas/';
const DOCUMENTATION = new Set(['description', 'example', 'examples', 'format', 'title', 'deprecated']);

export const loadContract = () => parse(readFileSync(new URL(CONTRACT, ROOT), 'utf8'));

/** A copy of `schema` without documentation keywords, its $refs pointing into $defs; `seen` collects the names referenced. */
function strip(schema, seen) {
  if (Array.isArray(schema)) return schema.map((item) => strip(item, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOCUMENTATION.has(key)) continue;
    if (key === '$ref') {
      if (!value.startsWith(COMPONENT)) throw new Error(`unsupported $ref ${value}`);
      const name = value.slice(COMPONENT.length);
      seen.add(name);
      out.$ref = `#/$defs/${name}`;
    } else if (key === 'properties') {
      // property names are data, never keywords: keep every one
      out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, strip(child, seen)]));
    } else out[key] = strip(value, seen);
  }
  return out;
}

/** The named component schemas and everything they reference, as `$defs`. */
export function definitionsOf(contract, names) {
  const schemas = contract.components.schemas;
  const defs = {};
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.shift();
    if (defs[name]) continue;
    if (!schemas[name]) throw new Error(`${CONTRACT} has no schema ${name}`);
    const seen = new Set();
    defs[name] = strip(schemas[name], seen);
    pending.push(...seen);
  }
  return Object.fromEntries(Object.keys(defs).sort().map((name) => [name, defs[name]]));
}

export const GENERATED_NOTICE = (what) =>
  `// Generated from ${CONTRACT} (${what}) by scripts/generate.mjs: never edit by hand;\n// change the contract and run \`npm run generate\` (\`npm run lint\` fails while this is stale).\n`;
