// Checks the request against its operation in the contract: 400 naming each
// field; then that no part of it holds a NUL character (nul-characters.ts).
import { fieldMessage } from '../../operations/field-error.js';
import { ProblemError } from '../../operations/operation.js';
import { fieldWithNul } from '../nul-characters.js';
import type { RequestValidator } from '../request-validation.js';
import { fieldErrors } from '../validation-errors.js';
import type { ReadBody } from './body-step.js';
import type { Routed, Validated } from './exchange.js';

export function validate(validator: RequestValidator): (exchange: Routed, read: ReadBody) => Validated {
  return (exchange, { body, hasBody }) => {
    const result = validator(exchange.route.operationId, {
      params: exchange.params, rawQuery: exchange.rawQuery, headers: exchange.request.headers, body, hasBody,
    });
    if (!result.valid) throw new ProblemError(400, 'validation-failed', fieldErrors(result.errors, exchange.locale));
    const nul = fieldWithNul({ ...result.input.params, ...result.input.query }, body);
    if (nul !== undefined) {
      throw new ProblemError(400, 'validation-failed', [{ field: nul, code: 'invalid', message: fieldMessage('invalid', exchange.locale) }]);
    }
    return Object.assign(exchange, { input: result.input, body });
  };
}
