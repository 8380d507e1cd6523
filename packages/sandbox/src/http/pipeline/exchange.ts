// One request on its way through the pipeline, typed by how far it has come:
// each phase (phase.ts) takes the exchange as the phase before it left it and
// adds what it learns, so a step that needs the route cannot run before
// routing: the compiler refuses it.
import { matchLocale, type Locale } from '@plskit/core';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogEntry, SandboxLogger } from '../../logger.js';
import type { StaffMember } from '../../staff/staff-access.js';
import type { ClientIdentity } from '../client.js';
import type { Route } from '../route-table.js';
import type { ValidatedRequest } from '../request-validation.js';

/** A request as it arrives: what its head says. */
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
  /** Set by routing; a reply sent before it is checked against `routeOf(path)`. */
  route?: Route;
  /** What the log line names: the route template, never the concrete path. */
  routeName: string;
  /** The code of the problem the reply was, for the log line. */
  problemCode?: string;
}

/** After the request checks: who is asking. */
export interface Checked extends Exchange {
  identity: ClientIdentity;
  /** The identity as one string (rate limits and idempotency records are keyed by it). */
  client: string;
}

/** After routing: the operation and its path parameters, still as sent; on a staff operation, who its token names. */
export interface Routed extends Checked {
  route: Route;
  params: Record<string, string>;
  staff?: StaffMember;
  /** With `staff`: the request log's pseudonym of the client, for the audit log. */
  clientPseudonym?: string;
}

/** After validation: every part of the request as the contract allows it, typed. */
export interface Validated extends Routed {
  input: ValidatedRequest;
  body: unknown;
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
  };
}
