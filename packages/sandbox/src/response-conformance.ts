// Checks a reply against the contract (tests, PLSKIT_VALIDATE_RESPONSES=on).
// openapi-backend validates `application/json` bodies only, so problem
// documents, undeclared statuses and a wrong media type would pass unseen:
// this adds those three checks, all read from the contract itself. Every
// validator is compiled at start-up; a check costs one Ajv run.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { withFormats, type Contract } from './contract.js';
import type { Exchange } from './http/pipeline/exchange.js';
import type { ReplyObserver, SentReply } from './http/pipeline/reply.js';
import type { RouteTable } from './http/route-table.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const JSON_MEDIA_TYPE = 'application/json';

export interface ResponseCheckIssue {
  keyword: string;
  message: string;
  instancePath?: string;
}

export interface ResponseViolation {
  operationId: string;
  method: string;
  route: string;
  status: number;
  errors: unknown[];
}

const MAX_RECORDED = 1000;

export type ResponseCheck = (operationId: string, status: number, mediaType: string, body: unknown) => ResponseCheckIssue[];

function problemValidator(contract: Contract): ValidateFunction | undefined {
  // openapi-backend holds the contract dereferenced: the Problem schema compiles on its own
  const problem = (contract.api.definition.components?.schemas as Record<string, object> | undefined)?.Problem;
  return problem ? withFormats(new Ajv({ allErrors: true, strict: false })).compile(problem) : undefined;
}

const issuesOf = (errors: readonly ErrorObject[] | null | undefined): ResponseCheckIssue[] =>
  (errors ?? []).map(({ keyword, message, instancePath }) => ({ keyword, message: message ?? keyword, instancePath }));

/**
 * A check of the status (declared exactly, as a range like `4XX`, or by
 * `default`), the media type (declared for that response) and, for a problem
 * document, its body against the contract's Problem schema and its `status`
 * against the reply's. JSON bodies are left to openapi-backend.
 */
export function responseChecker(contract: Contract): ResponseCheck {
  const validateProblem = problemValidator(contract);
  return (operationId, status, mediaType, body) => {
    const responses = contract.api.router.getOperation(operationId)?.responses as
      Record<string, { content?: Record<string, unknown> }> | undefined;
    if (!responses) return [{ keyword: 'operation', message: `${operationId} is not in the contract` }];
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!response) return [{ keyword: 'status', message: `status ${status} is not declared for ${operationId}` }];
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

/**
 * Records every API reply that breaks the contract. A reply sent before
 * routing (CORS, rate limit) is checked against the operation of its path.
 */
export function conformanceRecorder(contract: Contract, routes: RouteTable, violations: ResponseViolation[]): ReplyObserver {
  const check = responseChecker(contract);
  return (exchange: Exchange, reply: SentReply) => {
    const route = exchange.route ?? (exchange.path.startsWith('/v1/') ? routes.routeOf(exchange.path) : undefined);
    if (!route || reply.body === undefined) return;
    const errors: unknown[] = check(route.operationId, reply.status, reply.problem ? PROBLEM_MEDIA_TYPE : JSON_MEDIA_TYPE, reply.body);
    if (!reply.problem) errors.push(...(contract.api.validateResponse(reply.body, route.operationId, reply.status).errors ?? []));
    if (errors.length) {
      exchange.log({ level: 'warn', event: 'response-violation', operation: route.operationId, status: reply.status });
      // a long-running server checking its replies keeps the first ones, not all
      if (violations.length < MAX_RECORDED) violations.push({ operationId: route.operationId, method: exchange.method, route: exchange.routeName, status: reply.status, errors });
    }
  };
}
