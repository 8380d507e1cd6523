// Property-based requests generated from the contract itself, against every
// operation of a real sandbox on loopback: parameters and bodies drawn from
// their schemas, mixed with hostile values (wrong types, control characters,
// markup, long strings, arbitrary JSON). Whatever comes in, the answer is never
// a 5xx, and every answer (problems included) matches the contract. Bounded:
// a fixed number of runs per operation.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

const RUNS_PER_OPERATION = 30;

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

/** Printable ASCII: what any HTTP header value can carry. */
const asciiText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });

const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '0', '-1', 'null', 'true', '[]', '{}', '测试<script>alert(1)</script>', '../../etc/passwd',
    '%', '%zz', '%E0%A4%A', '%C0', "' OR 1=1 --", '\u0000', '\u202e', 'x'.repeat(300), '9'.repeat(40), '370811', '2026-02-30', 'JN-0000-0000'),
);

/** Values a schema accepts (approximately: the server is the judge). */
function valid(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map(valid));
  if (schema.allOf?.length) return valid(Object.assign({}, ...schema.allOf) as Schema);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(schema.items ?? {}), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      return fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, valid(s)])),
        { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
    }
    case 'string': {
      if (schema.format === 'date') return fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.constantFrom('2026-09-02T09:00:00+08:00', '2026-09-02T09:10:00+08:00', '2026-09-01T08:30:00+08:00');
      const max = Math.min(schema.maxLength ?? 60, 60);
      // a pattern's match repeated to the minimum length (a filter would reject almost every draw)
      const min = schema.minLength ?? 0;
      if (schema.pattern) {
        return fc.stringMatching(new RegExp(schema.pattern)).map((s) => (s.length >= min ? s : (s || 'a').repeat(min)).slice(0, Math.max(max, min)));
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: max });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly what the schema accepts, sometimes anything at all. */
const drawn = (schema: Schema, text: fc.Arbitrary<string> = hostileText): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid(schema) }, { weight: 1, arbitrary: text });

/** What can stand in a path segment unencoded (a fetch URL keeps it as typed). */
const rawSegment = /^[\x21-\x7e]+$/;
const structural = /[/?#\\]/;

const asString = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

interface FuzzRequest {
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

function requests(operation: { path: string; parameters?: unknown[]; requestBody?: unknown }): fc.Arbitrary<FuzzRequest> {
  const parameters = (operation.parameters ?? []) as Parameter[];
  const draw = (p: Parameter): fc.Arbitrary<string | undefined> => {
    // a path segment is never empty (that would be another route); headers carry ASCII only
    const value = p.in === 'path'
      ? drawn(p.schema).map(asString).filter((s) => s.length > 0)
      : p.in === 'header' ? drawn(p.schema, asciiText).map(asString).filter((s) => /^[\x20-\x7e]*$/.test(s)) : drawn(p.schema).map(asString);
    return p.required ? value : fc.option(value, { nil: undefined });
  };
  const bodySchema = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
    ?.content?.['application/json']?.schema;
  const body = bodySchema
    ? fc.oneof({ weight: 3, arbitrary: valid(bodySchema).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"') })
    : fc.constant(undefined);
  return fc.record({ values: fc.tuple(...parameters.map(draw)), body }).map(({ values, body: text }) => {
    let path = operation.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    parameters.forEach((p, i) => {
      const value = values[i];
      if (value === undefined) return;
      // now and then a segment goes raw, as a hand-typed URL would: '%', '%zz', '%E0%A4%A' are malformed escapes
      if (p.in === 'path') path = path.replace(`{${p.name}}`, rawSegment.test(value) && !structural.test(value) && value.includes('%') ? value : encodeURIComponent(value));
      else if (p.in === 'query') query.set(p.name, value);
      else headers[p.name.toLowerCase()] = value;
    });
    if (text !== undefined) headers['content-type'] = 'application/json';
    return { path, query: query.toString(), headers, ...(text !== undefined ? { body: text } : {}) };
  });
}

const operations = loadContract().api.router.getOperations();
let sandbox: RunningSandbox;
beforeAll(async () => { sandbox = await apiSandbox({ hostileRecords: true }); });
afterAll(async () => sandbox.close());

describe('requests generated from the contract', () => {
  it('covers every operation of the contract', () => {
    expect(operations.length).toBeGreaterThanOrEqual(17);
  });

  for (const operation of operations) {
    it(`${operation.method.toUpperCase()} ${operation.path} never answers 5xx, and answers only what the contract allows`, async () => {
      await fc.assert(fc.asyncProperty(requests(operation), async (request) => {
        const response = await fetch(`${sandbox.url}${request.path}${request.query ? `?${request.query}` : ''}`, {
          method: operation.method.toUpperCase(), headers: request.headers, body: request.body, signal: AbortSignal.timeout(5000),
        });
        const text = await response.text();
        expect(response.status, `${request.path} ${text.slice(0, 200)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(JSON.parse(text)).toMatchObject({ status: response.status, code: expect.any(String) });
        }
      }), { numRuns: RUNS_PER_OPERATION });
      expect(sandbox.responseViolations()).toEqual([]);
    });
  }
});
