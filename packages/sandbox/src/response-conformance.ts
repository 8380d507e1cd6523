// Checks a reply against the contract for the tests (`checkResponses`).
// openapi-backend validates `application/json` bodies only, so problem
// documents, undeclared statuses and a wrong media type would pass unseen:
// this adds those three checks, all read from the contract itself.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Contract } from './contract.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const JSON_MEDIA_TYPE = 'application/json';

export interface ResponseCheckIssue {
  keyword: string;
  message: string;
  instancePath?: string;
}

export type ResponseCheck = (operationId: string, status: number, mediaType: string, body: unknown) => ResponseCheckIssue[];

type ResponseObject = { $ref?: string; content?: Record<string, unknown> };

function resolveLocal<T>(document: Record<string, unknown>, value: T & { $ref?: string }): T {
  if (typeof value.$ref !== 'string' || !value.$ref.startsWith('#/')) return value;
  let target: unknown = document;
  for (const segment of value.$ref.slice(2).split('/')) {
    target = (target as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return resolveLocal(document, (target ?? {}) as T & { $ref?: string });
}

/** Each operation's declared responses, by operationId, straight from the document. */
function responsesByOperation(document: Record<string, unknown>): Map<string, Record<string, ResponseObject>> {
  const result = new Map<string, Record<string, ResponseObject>>();
  for (const pathItem of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const operation of Object.values(pathItem)) {
      const { operationId, responses } = (operation ?? {}) as { operationId?: string; responses?: Record<string, ResponseObject> };
      if (operationId && responses) result.set(operationId, responses);
    }
  }
  return result;
}

function problemValidator(document: Record<string, unknown>): ValidateFunction | undefined {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  if (!components?.schemas?.Problem) return undefined;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: under NodeNext its default import is the module object
  (addFormats as unknown as { default: (a: Ajv) => void }).default(ajv);
  ajv.addSchema({ $id: 'plskit-contract', components }, 'plskit-contract');
  return ajv.getSchema('plskit-contract#/components/schemas/Problem');
}

const issuesOf = (errors: readonly ErrorObject[] | null | undefined): ResponseCheckIssue[] =>
  (errors ?? []).map(({ keyword, message, instancePath }) => ({ keyword, message: message ?? keyword, instancePath }));

/**
 * A check of the status (declared exactly, as a range like `4XX`, or by
 * `default`), the media type (declared for that response) and, for a problem
 * document, its body against the contract's Problem schema and its `status`
 * against the reply's. JSON bodies are
 * left to openapi-backend.
 */
export function responseChecker(contract: Contract): ResponseCheck {
  const declared = responsesByOperation(contract.document);
  const validateProblem = problemValidator(contract.document);
  return (operationId, status, mediaType, body) => {
    const responses = declared.get(operationId);
    if (!responses) return [{ keyword: 'operation', message: `${operationId} is not in the contract` }];
    const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!entry) return [{ keyword: 'status', message: `status ${status} is not declared for ${operationId}` }];
    const response = resolveLocal(contract.document, entry);
    if (!response.content?.[mediaType]) {
      return [{ keyword: 'media-type', message: `${mediaType} is not declared for ${operationId} ${status}` }];
    }
    if (mediaType !== PROBLEM_MEDIA_TYPE) return [];
    if (!validateProblem) return [{ keyword: 'schema', message: 'the contract has no Problem schema' }];
    if (!validateProblem(body)) return issuesOf(validateProblem.errors);
    const bodyStatus = (body as { status: number }).status;
    return bodyStatus === status ? [] : [{ keyword: 'status', message: `the problem says ${bodyStatus}, the reply is ${status}` }];
  };
}
