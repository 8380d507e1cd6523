// How the elements reach the API: one connection (base URL, partner key,
// fetch) shared through the provider, and each widget's own requests built on
// it from only the SDK resources that widget uses. The locale is not part of
// the connection: it travels with each call, so switching language never
// rebuilds anything or refetches what does not depend on it.
import { createSingleAttemptTransport, type Transport } from '@plskit/sdk';
import { ApiProblem, isAbort } from './api-problem.js';
import type { Locale } from '../locale/locale.js';

export interface ConnectionOptions {
  /** Origin (and path) in front of `/v1`, e.g. "https://api.example.gov.cn/" or "/". */
  baseUrl: string;
  /** Sent as X-Partner-Key when set. */
  partnerKey?: string;
  /** A fetch implementation (defaults to the global one), called as `fetch(url, init)`. */
  fetch?: typeof fetch;
}

/** A configured way to the API; each widget builds the SDK resources it uses on its transport (see `requestsFor`). */
export interface Connection {
  readonly transport: Transport;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Accept-Language of this call. */
  locale?: Locale;
}

export function createConnection(options: ConnectionOptions): Connection {
  // resolved against the page, so that "/" means the page's own origin
  const baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, globalThis.location?.href);
  return {
    // the widgets show a failure at once and offer their own retry (and retry when back online)
    transport: createSingleAttemptTransport({
      baseUrl,
      ...(options.partnerKey ? { apiKey: options.partnerKey } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  };
}

/** Reduces an SDK failure to status + stable code: never its message, URL or body. */
function toApiProblem(error: unknown): unknown {
  if (isAbort(error) || error instanceof ApiProblem) return error;
  const failure = error as { name?: string; status?: unknown; code?: unknown; retryAfter?: unknown; problem?: { errors?: { field?: unknown }[]; attemptsLeft?: unknown } };
  if (typeof failure?.code === 'string' && typeof failure.status === 'number') {
    const fields = (failure.problem?.errors ?? []).map((e) => e.field).filter((field): field is string => typeof field === 'string');
    const attemptsLeft = failure.problem?.attemptsLeft;
    return new ApiProblem(failure.status, failure.code, typeof failure.retryAfter === 'number' ? failure.retryAfter : undefined, fields,
      typeof attemptsLeft === 'number' ? attemptsLeft : undefined);
  }
  if (failure?.code === 'unexpected-response') return new ApiProblem(200, 'unexpected-response');
  if (failure?.name === 'PlsTimeoutError') return new ApiProblem(0, 'timeout');
  if (failure?.name === 'PlsNetworkError') return new ApiProblem(0, globalThis.navigator?.onLine === false ? 'offline' : 'network-error');
  return error;
}

/** Runs one call; any failure comes out as an ApiProblem (or the abort it was). */
export async function callApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toApiProblem(error);
  }
}

/**
 * A widget's requests for a connection, built once per connection and shared
 * by every element on it (so caches kept inside them are shared too).
 */
export function requestsFor<R>(build: (connection: Connection) => R): (connection: Connection) => R {
  const built = new WeakMap<Connection, R>();
  return (connection) => {
    let requests = built.get(connection);
    if (!requests) built.set(connection, (requests = build(connection)));
    return requests;
  };
}
