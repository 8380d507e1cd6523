// Finds the operation in the table compiled from the contract: 404 for an
// unknown path (an empty id included: /v1/lawyers/ is not /v1/lawyers), 405
// for a known path with another method, 400 for a malformed percent-escape.
import { ProblemError } from '../../operations/operation.js';
import type { RouteTable } from '../route-table.js';
import { fieldMessage } from '../validation-errors.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

export function route(table: RouteTable): Step {
  return (exchange: Exchange) => {
    const match = table.match(exchange.method, exchange.path);
    switch (match.kind) {
      case 'found':
        exchange.route = match.route;
        exchange.routeName = match.route.template;
        exchange.params = match.params;
        return;
      case 'not-found': throw new ProblemError(404, 'not-found');
      case 'method-not-allowed': throw new ProblemError(405, 'method-not-allowed');
      case 'malformed':
        throw new ProblemError(400, 'validation-failed', [
          { field: match.param, code: 'encoding', message: fieldMessage('invalid', exchange.locale) },
        ]);
    }
  };
}
