// Calls the operation's handler with the validated, typed request; waits only
// for a handler that waits (a write retried while another process holds the lock).
import type { Clock } from '../../clock.js';
import type { HandlerTable } from '../../operations/operation.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

export function handle(handlers: HandlerTable, clock: Clock): Step {
  return (exchange: Exchange) => {
    const { route, input } = exchange;
    if (!route || !input) throw new Error('handle runs after route and validate');
    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`no handler for operation ${route.operationId}`);
    const reply = handler({
      operationId: route.operationId, params: input.params, query: input.query, body: exchange.body,
      headers: exchange.request.headers, locale: exchange.locale, client: exchange.client, now: clock(),
    });
    if (!(reply instanceof Promise)) {
      exchange.reply = reply;
      return;
    }
    return reply.then((later) => {
      exchange.reply = later;
    });
  };
}
