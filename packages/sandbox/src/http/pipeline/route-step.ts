// Finds the operation in the table compiled from the contract: 404 for an
// unknown path (an empty id included: /v1/lawyers/ is not /v1/lawyers), 405
// with the path's methods in Allow (RFC 9110 §15.5.6) for a known path with
// another method, 400 for a malformed percent-escape.
import { ProblemError } from '../../operations/operation.js';
import type { RouteTable } from '../route-table.js';
import { fieldMessage } from '../../operations/field-error.js';
import type { Checked, Routed } from './exchange.js';

export function route(table: RouteTable): (exchange: Checked) => Routed {
  return (exchange) => {
    const match = table.match(exchange.method, exchange.path);
    switch (match.kind) {
      case 'found':
        return Object.assign(exchange, { route: match.route, routeName: match.route.template, params: match.params });
      case 'not-found': throw new ProblemError(404, 'not-found');
      case 'method-not-allowed':
        throw new ProblemError(405, 'method-not-allowed', undefined, undefined, { Allow: match.allow.join(', ') });
      case 'malformed':
        throw new ProblemError(400, 'validation-failed', [
          { field: match.param, code: 'encoding', message: fieldMessage('invalid', exchange.locale) },
        ]);
    }
  };
}
