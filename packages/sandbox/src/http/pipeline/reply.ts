// The last step: a reply (or a problem) becomes bytes on the wire. Every API
// reply is JSON with the request's common headers; problems are
// application/problem+json (RFC 9457) and never stored. A successful read
// carries a strong ETag (304 when it still matches), the Cache-Control of its
// kind of data, and is compressed by Accept-Encoding.
import type { OperationReply, ProblemError } from '../../operations/operation.js';
import { cachePolicy, NO_STORE, REFERENCE_CACHE } from '../cache-policy.js';
import { contentHash } from '../entity-tag.js';
import { problem, type Problem } from '../problem.js';
import { sendRepresentation, type Representation } from '../representation.js';
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
      ...(error.extensions ? { extensions: error.extensions } : {}),
    }),
    ...(error.headers ? { headers: error.headers } : {}),
  };
}

// Reference data (a ruleset, the catalogue, the regions) is the same object
// on every reply, and so is a reply the reply cache keeps: it is serialized
// and hashed once while that object lives, and reference data keeps its own
// compressed copies (at the best level, once made).
const representations = new WeakMap<object, Representation>();

function representationOf(value: unknown, contentType: string, cacheControl: string): Representation {
  const stored = cacheControl !== NO_STORE;
  const reused = stored && typeof value === 'object' && value !== null;
  const known = reused ? representations.get(value) : undefined;
  if (known?.cacheControl === cacheControl) return known;
  const body = Buffer.from(JSON.stringify(value));
  const representation: Representation = {
    body, hash: stored ? contentHash(body) : '', contentType, cacheControl, lasting: cacheControl === REFERENCE_CACHE,
  };
  if (reused) representations.set(value, representation);
  return representation;
}

export function sendReply(exchange: Exchange, reply: SentReply, observe?: ReplyObserver): void {
  const { response, request } = exchange;
  if (response.headersSent || response.destroyed) return;
  if (reply.problem) exchange.problemCode = (reply.body as Problem).code;
  const headers: Record<string, string> = { ...exchange.headers, ...reply.headers };
  if (reply.body === undefined) {
    headers['Cache-Control'] = NO_STORE;
    headers['X-Content-Type-Options'] = 'nosniff';
    response.writeHead(reply.status, headers).end();
    return;
  }
  // staff replies hold residents' contact data: never stored, anywhere
  const cacheControl = reply.problem || !exchange.route || exchange.route.staff ? NO_STORE : cachePolicy(exchange.route.operationId, exchange.method);
  const representation = representationOf(reply.body, reply.problem ? PROBLEM_CONTENT_TYPE : JSON_CONTENT_TYPE, cacheControl);
  sendRepresentation(response, reply.status, representation,
    { acceptEncoding: header(request, 'accept-encoding'), ifNoneMatch: header(request, 'if-none-match') }, headers);
  observe?.(exchange, reply);
}
