// Checks a reply against the shape the contract gives it (generated, one module
// per operation, into generated/replies/): types, required properties, array items and
// alternatives; properties the shape does not name are allowed (a newer server
// may add some).
//
// The notation, terse because it ships in every page that uses the SDK:
//   s string, n number, b boolean, z null, * anything, [shape] an array,
//   {name:shape,optional?:shape,*:shape} an object ("*" = every other property),
//   shape|shape one of several.

/** What a 2xx reply of one operation must look like. */
export interface Reply {
  /** The contract's operationId, named in errors. */
  operation: string;
  /** The reply's shape in the notation above. */
  shape: string;
}

/** A parsed shape: a letter, an object of properties ("name", "name?", "*"), [item] a list, or [a, b, …] one of two or more. */
type Node = string | Node[] | { [property: string]: Node };

function parse(text: string): Node {
  let at = 0;
  const alternatives = (): Node => {
    const found = [single()];
    while (text[at] === '|') {
      at++;
      found.push(single());
    }
    return found.length > 1 ? found : found[0]!;
  };
  const single = (): Node => {
    const char = text[at++]!;
    if (char === '[') {
      const item = alternatives();
      at++; // ]
      return [item];
    }
    if (char !== '{') return char;
    const properties: Record<string, Node> = Object.create(null) as Record<string, Node>;
    while (text[at] !== '}') {
      const name = text.slice(at, (at = text.indexOf(':', at)));
      at++;
      properties[name] = alternatives();
      if (text[at] === ',') at++;
    }
    at++; // }
    return properties;
  };
  return alternatives();
}

const LETTER: Record<string, string> = { string: 's', number: 'n', boolean: 'b' };
const step = (at: string, key: string | number) => `${at}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function firstMismatch(node: Node, value: unknown, at: string): string | undefined {
  if (typeof node === 'string') return node === '*' || (value === null ? 'z' : LETTER[typeof value]) === node ? undefined : at;
  if (Array.isArray(node)) {
    if (node.length > 1) return node.some((alternative) => firstMismatch(alternative, value, at) === undefined) ? undefined : at;
    if (!Array.isArray(value)) return at;
    for (let index = 0; index < value.length; index++) {
      const found = firstMismatch(node[0]!, value[index], step(at, index));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return at;
  for (const name in node) if (name !== '*' && !name.endsWith('?') && !(name in value)) return step(at, name);
  for (const [name, child] of Object.entries(value)) {
    const expected = node[name] ?? node[`${name}?`] ?? node['*'];
    const found = expected && firstMismatch(expected, child, step(at, name));
    if (found !== undefined) return found;
  }
  return undefined;
}

const parsed = new Map<string, Node>();

/** The JSON pointer of the first place `value` departs from `shape` ("" = the whole value), or undefined when it fits. */
export function mismatch(shape: string, value: unknown): string | undefined {
  let node = parsed.get(shape);
  if (!node) parsed.set(shape, (node = parse(shape)));
  return firstMismatch(node, value, '');
}
