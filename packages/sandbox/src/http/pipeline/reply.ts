// The last step: a reply (or a problem) becomes bytes on the wire. Every API
// reply is JSON with the request's common headers; problems are
// application/problem+json (RFC 9457) and never stored. A successful read
// carries a strong ETag (304 when it still matches), the Cache-Control of its
// kind of data, and is compressed by Accept-Encoding.
import type { OperationReply } from '../../operations/operation.js';
import { ProblemError } from '../../operations/operation.js';
import { cachePolicy, NO_STORE } from '../cache-policy.js';
import { contentHash } from '../entity-tag.js';
import { problem } from '../problem.js';
import { sendRepresentation } from '../representation.js';
import { header, type Exchange } from './exchange.js';

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

// Reference data (a ruleset, the catalogue, the regions) is the same object
// on every reply: it is serialized and hashed once, while that object lives.
const serializedObjects = new WeakMap<object, { body: Buffer; hash: string }>();

function serialized(value: unknown, hashed: boolean): { body: Buffer; hash: string } {
  const known = typeof value === 'object' && value !== null ? serializedObjects.get(value) : undefined;
  if (known) return known;
  const body = Buffer.from(JSON.stringify(value));
  const result = { body, hash: hashed ? contentHash(body) : '' };
  if (hashed && typeof value === 'object' && value !== null) serializedObjects.set(value, result);
  return result;
}

export function sendReply(exchange: Exchange, reply: SentReply, observe?: ReplyObserver): void {
  const { response, request } = exchange;
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = { ...exchange.headers, ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, { ...headers, 'Cache-Control': NO_STORE, 'X-Content-Type-Options': 'nosniff' }).end();
    return;
  }
  const cacheControl = reply.problem || !exchange.route ? NO_STORE : cachePolicy(exchange.route.operationId, exchange.method);
  const { body, hash } = serialized(reply.body, cacheControl !== NO_STORE);
  sendRepresentation(response, reply.status, {
    body, hash, cacheControl,
    contentType: reply.problem ? PROBLEM_CONTENT_TYPE : JSON_CONTENT_TYPE,
  }, { acceptEncoding: header(request, 'accept-encoding'), ifNoneMatch: header(request, 'if-none-match') }, headers);
  observe?.(exchange, reply);
}
