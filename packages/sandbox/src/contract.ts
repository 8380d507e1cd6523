// The OpenAPI document is the only source of routes and request/response
// schemas: the sandbox compiles its validators from it at start, so a contract
// change needs no hand-copied schema here.
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, type AjvCustomizer } from 'openapi-backend';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

// a published package carries its copy beside dist/; in the repository it is the root's openapi/
const CANDIDATES = [
  resolve(here, '../openapi/public-legal-services.yaml'),
  resolve(here, '../../../openapi/public-legal-services.yaml'),
];

export function contractPath(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`The OpenAPI contract was not found; looked in:\n  ${CANDIDATES.join('\n  ')}`);
  return found;
}

/** Adds the contract's string formats (date-time, uri, …) to an Ajv instance. */
export function withFormats<A extends Parameters<AjvCustomizer>[0]>(ajv: A): A {
  // ajv-formats is CommonJS: under NodeNext its default import is the module object
  (addFormats as unknown as { default: (a: A) => void }).default(ajv);
  return ajv;
}

export interface Contract {
  path: string;
  text: string;
  document: Record<string, unknown>;
  api: OpenAPIBackend;
}

export function loadContract(path = contractPath()): Contract {
  const text = readFileSync(path, 'utf8');
  const document = parse(text) as Record<string, unknown>;
  const api = new OpenAPIBackend({
    definition: structuredClone(document) as never,
    // OpenAPI 3.1: without quick mode openapi-backend validates the document as
    // 3.0, fails, and registers no routes at all
    quick: true,
    validate: true,
    coerceTypes: true,
    ajvOpts: { allErrors: true, strict: false },
    customizeAjv: (ajv) => withFormats(ajv),
  });
  api.init();
  return { path, text, document, api };
}
