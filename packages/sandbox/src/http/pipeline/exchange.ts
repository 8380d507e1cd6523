// One request on its way through the pipeline: what the steps read and what
// they add (the route, the client, the body, the validated input, the reply).
import { matchLocale, type Locale } from '@plskit/core';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogEntry, SandboxLogger } from '../../logger.js';
import type { OperationReply } from '../../operations/operation.js';
import type { ClientIdentity } from '../rate-limit.js';
import type { Route } from '../route-table.js';
import type { ValidatedRequest } from '../request-validation.js';

export interface Exchange {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** Sent back as X-Request-Id and written in every log line of the request. */
  readonly id: string;
  readonly method: string;
  /** The path as sent (still percent-encoded), without the query. */
  readonly path: string;
  readonly rawQuery: string;
  readonly locale: Locale;
  readonly started: number;
  /** Headers every reply carries: request id, language, CORS. */
  readonly headers: Record<string, string>;
  /** Logs with the request id added. */
  readonly log: (entry: LogEntry) => void;
  /** Set by the route step; a reply sent before it is checked against `routeOf(path)`. */
  route?: Route;
  /** What the log line names: the route template, never the concrete path. */
  routeName: string;
  params: Record<string, string>;
  identity: ClientIdentity;
  /** The identity as one string (idempotency records are keyed by it). */
  client: string;
  body: unknown;
  hasBody: boolean;
  input?: ValidatedRequest;
  /** Set by a step to stop the pipeline and answer. */
  reply?: OperationReply & { problem?: boolean };
}

/** The first value of a request header. */
export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function createExchange(request: IncomingMessage, response: ServerResponse, logger: SandboxLogger): Exchange {
  const id = randomUUID();
  const target = request.url ?? '/';
  // origin-form ("/path?query") is the rule; absolute-form is rare enough to parse fully
  const url = target.startsWith('/') ? undefined : new URL(target, 'http://sandbox.invalid');
  const queryAt = target.indexOf('?');
  const path = url ? url.pathname : queryAt === -1 ? target : target.slice(0, queryAt);
  const rawQuery = url ? url.search.slice(1) : queryAt === -1 ? '' : target.slice(queryAt + 1);
  const locale = matchLocale(header(request, 'accept-language'));
  return {
    request, response, id, path, rawQuery, locale,
    method: (request.method ?? 'GET').toUpperCase(),
    started: performance.now(),
    headers: { 'X-Request-Id': id, 'Content-Language': locale },
    log: (entry) => logger({ ...entry, requestId: id }),
    routeName: 'unmatched',
    params: {},
    identity: { address: request.socket.remoteAddress ?? 'unknown' },
    client: '',
    body: undefined,
    hasBody: false,
  };
}
