// Calls the operation's handler with the validated, typed request; waits only
// for a handler that waits (a write retried while another process holds the lock).
import type { Clock } from '../../clock.js';
import type { HandlerTable } from '../../operations/operation.js';
import type { Validated } from './exchange.js';
import type { SentReply } from './reply.js';

export function handle(handlers: HandlerTable, clock: Clock): (exchange: Validated) => SentReply | Promise<SentReply> {
  return (exchange) => {
    const { route, input } = exchange;
    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`no handler for operation ${route.operationId}`);
    return handler({
      operationId: route.operationId, params: input.params, query: input.query, body: exchange.body,
      headers: exchange.request.headers, locale: exchange.locale, client: exchange.client, now: clock(),
      ...(exchange.staff ? { staff: exchange.staff, clientPseudonym: exchange.clientPseudonym } : {}),
    });
  };
}
