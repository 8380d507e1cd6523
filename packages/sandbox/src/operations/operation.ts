// What an operation handler sees and returns. Handlers are plain functions of
// the validated request: the HTTP shell does CORS, limits, faults and problems.
import type { IncomingHttpHeaders } from 'node:http';
import type { FieldError } from '../http/problem.js';
import type { Locale } from '@plskit/core';

export interface OperationRequest {
  operationId: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  headers: IncomingHttpHeaders;
  locale: Locale;
  /** Partner key if sent, else the caller's address: the unit of rate limits and idempotency. */
  client: string;
  now: Date;
}

export interface OperationReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler answers at once, or later when it waits for storage (a write retried while another process holds the lock). */
export type OperationHandler = (request: OperationRequest) => OperationReply | Promise<OperationReply>;

/** Thrown by a handler to answer with a problem (4xx) instead of a result. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly errors?: FieldError[],
    readonly detail?: Record<Locale, string>,
  ) {
    super(code);
  }
}
