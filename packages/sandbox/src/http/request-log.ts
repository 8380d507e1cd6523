// One log line per request, written when its connection is done with it: the
// method, the route template (never the concrete path), the operation, the
// status, the problem code of a refusal, the duration, and the client's
// pseudonym of the day (client-pseudonym.ts). Nothing a request carries
// (query, body, headers, tokens) is written.
import type { Exchange } from './pipeline/exchange.js';

export function logWhenDone(exchange: Exchange, client: () => string): void {
  exchange.response.once('close', () => {
    const { response, method, routeName: route } = exchange;
    const operation = exchange.route ? { operation: exchange.route.operationId } : {};
    // a client that went away is not an error: there was no one left to answer
    if (!response.writableFinished) return exchange.log({ level: 'info', event: 'request-aborted', method, route, ...operation, client: client() });
    exchange.log({
      level: response.statusCode >= 500 ? 'error' : 'info', event: 'request', method, route, ...operation,
      status: response.statusCode, ...(exchange.problemCode ? { code: exchange.problemCode } : {}),
      durationMs: Math.round((performance.now() - exchange.started) * 10) / 10, client: client(),
    });
  });
}
