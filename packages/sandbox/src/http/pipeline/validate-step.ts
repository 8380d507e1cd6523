// Checks the request against its operation in the contract: 400 naming each field.
import { ProblemError } from '../../operations/operation.js';
import type { RequestValidator } from '../request-validation.js';
import { fieldErrors } from '../validation-errors.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

export function validate(validator: RequestValidator): Step {
  return (exchange: Exchange) => {
    const { route, request } = exchange;
    if (!route) throw new Error('validate runs after route');
    const result = validator(route.operationId, {
      params: exchange.params, rawQuery: exchange.rawQuery, headers: request.headers, body: exchange.body, hasBody: exchange.hasBody,
    });
    if (!result.valid) throw new ProblemError(400, 'validation-failed', fieldErrors(result.errors, exchange.locale));
    exchange.input = result.input;
  };
}
