// Validates a routed request against its operation in the contract with the
// Ajv validators openapi-backend compiled once at start-up: one for the path,
// query and header parameters (coercing "5" to 5 and "true" to true), one for
// the body. Per request: building the object they check, nothing else.
import type { ErrorObject } from 'ajv';
import type { IncomingHttpHeaders } from 'node:http';
import type { Contract } from '../contract.js';

export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

export type RequestValidation =
  | { valid: true; input: ValidatedRequest }
  | { valid: false; errors: ErrorObject[] };

export type RequestValidator = (
  operationId: string,
  request: { params: Record<string, string>; rawQuery: string; headers: IncomingHttpHeaders; body: unknown; hasBody: boolean },
) => RequestValidation;

/** The query string as an object; a repeated name becomes an array (which a scalar schema refuses). */
export function parseQuery(rawQuery: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (rawQuery === '') return query;
  for (const [name, value] of new URLSearchParams(rawQuery)) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

export function requestValidator(contract: Contract): RequestValidator {
  const validators = new Map(contract.api.router.getOperations().map((operation) => [
    operation.operationId as string,
    { checks: contract.api.validator.getRequestValidatorsForOperation(operation.operationId as string), hasBody: Boolean(operation.requestBody) },
  ]));
  return (operationId, request) => {
    const operation = validators.get(operationId);
    if (!operation) throw new Error(`no validator for operation ${operationId}`);
    // Ajv coerces in place: the objects are fresh per request
    const subject: Record<string, unknown> = {
      path: { ...request.params }, query: parseQuery(request.rawQuery), header: { ...request.headers }, cookie: {},
    };
    if (operation.hasBody && request.hasBody) subject.requestBody = request.body;
    const errors: ErrorObject[] = [];
    for (const check of operation.checks) {
      if (!check(subject)) errors.push(...(check.errors ?? []));
    }
    if (errors.length) return { valid: false, errors };
    return { valid: true, input: { params: subject.path as Record<string, unknown>, query: subject.query as Record<string, unknown> } };
  };
}
