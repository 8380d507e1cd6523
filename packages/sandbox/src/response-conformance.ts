// Checks a reply against the contract for the tests (`checkResponses`).
// openapi-backend validates `application/json` bodies only, so problem
// documents, undeclared statuses and a wrong media type would pass unseen:
// this adds those three checks, all read from the contract itself.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { withFormats, type Contract } from './contract.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const JSON_MEDIA_TYPE = 'application/json';

export interface ResponseCheckIssue {
  keyword: string;
  message: string;
  instancePath?: string;
}

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
