// The last step: a reply (or a problem) becomes bytes on the wire. Every API
// reply is JSON with the request's common headers; problems are
// application/problem+json (RFC 9457).
import type { OperationReply } from '../../operations/operation.js';
import { ProblemError } from '../../operations/operation.js';
import { problem } from '../problem.js';
import type { Exchange } from './exchange.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export type SentReply = OperationReply & { problem?: boolean };
/** Called after a JSON reply is sent (the contract check of tests and PLSKIT_VALIDATE_RESPONSES). */
export type ReplyObserver = (exchange: Exchange, reply: SentReply) => void;

export function problemReply(exchange: Exchange, error: ProblemError): SentReply {
  return {
    status: error.status,
    problem: true,
    body: problem(exchange.locale, error.status, error.code, {
      ...(error.errors ? { errors: error.errors } : {}), ...(error.detail ? { detail: error.detail } : {}),
    }),
    ...(error.headers ? { headers: error.headers } : {}),
  };
}

export function sendReply(exchange: Exchange, reply: SentReply, observe?: ReplyObserver): void {
  const { response } = exchange;
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = {
    ...exchange.headers, ...reply.headers, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
  };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(reply.body));
  headers['Content-Type'] = reply.problem ? PROBLEM_CONTENT_TYPE : JSON_CONTENT_TYPE;
  headers['Content-Length'] = String(payload.length);
  response.writeHead(reply.status, headers).end(payload);
  observe?.(exchange, reply);
}
