// A small JSON Schema checker for the keywords plskit's own schemas use, so
// core stays dependency-free; it throws on any keyword it does not know rather
// than silently passing.

export interface SchemaViolation {
  /** JSON pointer of the offending value. */
  path: string;
  message: string;
}

type Schema = { readonly [keyword: string]: unknown };

const KNOWN = new Set(['$schema', '$id', 'title', '$defs', 'type', 'required', 'properties', 'additionalProperties', 'items', 'enum',
  'const', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', '$ref', 'oneOf']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

export function checkAgainstSchema(root: Schema, value: unknown): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  const resolve = (ref: string): Schema => {
    const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    const target = name ? (root.$defs as Record<string, Schema> | undefined)?.[name] : undefined;
    if (!target) throw new Error(`Unresolvable $ref ${ref}`);
    return target;
  };
  const visit = (schema: Schema, node: unknown, path: string): void => {
    for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`Unsupported schema keyword ${keyword}`);
    const fail = (message: string) => violations.push({ path: path || '/', message });
    if (typeof schema.$ref === 'string') visit(resolve(schema.$ref), node, path);
    if (Array.isArray(schema.oneOf)) {
      // try each alternative, keeping none of its violations
      const matching = (schema.oneOf as Schema[]).filter((branch) => {
        const mark = violations.length;
        visit(branch, node, path);
        const fits = violations.length === mark;
        violations.length = mark;
        return fits;
      });
      if (matching.length !== 1) fail(matching.length === 0 ? 'must match one of its alternatives' : 'matches more than one alternative');
    }
    const actual = typeOf(node);
    const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type);
    if (types && !types.some((type) => type === actual || (type === 'number' && actual === 'integer'))) {
      fail(`must be ${types.join(' or ')}, is ${actual}`);
      return;
    }
    if (schema.enum && !(schema.enum as unknown[]).includes(node)) fail(`must be one of ${(schema.enum as unknown[]).join(', ')}`);
    if ('const' in schema && schema.const !== node) fail(`must be ${JSON.stringify(schema.const)}`);
    if (typeof node === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(node)) fail(`must match ${schema.pattern}`);
      if (typeof schema.minLength === 'number' && [...node].length < schema.minLength) fail(`must have at least ${schema.minLength} characters`);
      if (typeof schema.maxLength === 'number' && [...node].length > schema.maxLength) fail(`must have at most ${schema.maxLength} characters`);
    }
    if (typeof node === 'number') {
      if (typeof schema.minimum === 'number' && node < schema.minimum) fail(`must be at least ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && node > schema.maximum) fail(`must be at most ${schema.maximum}`);
      if (typeof schema.exclusiveMinimum === 'number' && node <= schema.exclusiveMinimum) fail(`must be more than ${schema.exclusiveMinimum}`);
    }
    if (Array.isArray(node)) {
      if (typeof schema.minItems === 'number' && node.length < schema.minItems) fail(`must have at least ${schema.minItems} items`);
      if (typeof schema.maxItems === 'number' && node.length > schema.maxItems) fail(`must have at most ${schema.maxItems} items`);
      if (schema.uniqueItems === true && new Set(node.map((item) => JSON.stringify(item))).size !== node.length) fail('must not repeat items');
      if (schema.items) node.forEach((item, index) => visit(schema.items as Schema, item, pointer(path, index)));
    }
    if (actual === 'object') {
      const object = node as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) fail(`must have ${key}`);
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, child] of Object.entries(object)) {
        if (properties[key]) visit(properties[key], child, pointer(path, key));
        else if (schema.additionalProperties === false) violations.push({ path: pointer(path, key), message: 'is not allowed' });
        else if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties as Schema, child, pointer(path, key));
      }
    }
  };
  visit(root, value, '');
  return violations;
}
