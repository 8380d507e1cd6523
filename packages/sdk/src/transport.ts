// One call to the API, whatever carries it: the URL and headers (base URL,
// partner key, locale), the translation of every failure into the SDK's errors,
// and the check of the reply against the contract. How the request travels is a
// Sender's business: over ky with timeout and retries (createTransport), or
// once over fetch (createSingleAttemptTransport).
import { DEFAULT_LOCALE, type Locale } from '@plskit/core';
import { PlsApiError, PlsError, PlsNetworkError, PlsUnexpectedResponseError } from './errors.js';
import { mismatch, type Reply } from './reply-shape.js';
import type { Problem } from './types.js';

export type { Locale };

export interface RetryPolicy {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Longest wait a Retry-After header may impose, in ms (default 30 000); longer asks are cut to this. */
  maxRetryAfterMs?: number;
  /** Longest exponential back-off between attempts, in ms (default 5 000). */
  backoffLimitMs?: number;
}

export interface ClientOptions {
  /** The URL in front of `/v1`, e.g. "https://api.example.gov.cn/" (or "/" on the API's own origin in a browser). */
  baseUrl: string | URL;
  /** The partner key, sent as `X-Partner-Key`. */
  apiKey?: string;
  /** Default language of problem texts and single-string display fields for calls that pass none (default "zh-CN"). Widgets pass the locale per call instead. */
  locale?: Locale;
  /** A fetch implementation (default: the global fetch); createTransport calls it as `fetch(request)`, createSingleAttemptTransport as `fetch(url, init)`. */
  fetch?: typeof fetch;
  /** Time allowed for each attempt, in ms (default 10 000). */
  timeoutMs?: number;
  /** Retries of reads and bookings: a retry limit, a policy, or false for none. */
  retry?: number | RetryPolicy | false;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the call (and any pending retry); the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Language of this call's reply (Accept-Language); the client's default when absent. */
  locale?: Locale;
}

export interface CallSpec {
  /** The operation and the shape the contract gives its 2xx reply (generated/replies/); the reply is checked against it. */
  reply: Reply;
  method: 'get' | 'post' | 'delete';
  /** Relative to the base URL, without a leading slash, e.g. "v1/lawyers". */
  path: string;
  query?: object | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Reads are safe to repeat; a POST only when it carries an Idempotency-Key (a booking). */
const isRetriable = (spec: CallSpec): boolean => spec.method === 'get' || spec.headers?.['idempotency-key'] !== undefined;

export type Transport = <Result>(spec: CallSpec, call?: RequestOptions) => Promise<Result>;

/** One request as a Sender gets it: the URL in full, the body already JSON. */
export interface OutgoingRequest {
  url: string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
  /** Whether repeating it is safe (a read, or a POST under an Idempotency-Key). */
  retriable: boolean;
}

/**
 * Delivers a request and resolves with the final response, whatever its status;
 * rejects with PlsTimeoutError, or with whatever fetch threw (a network failure).
 */
export type Sender = (request: OutgoingRequest) => Promise<Response>;

function queryString(query: object | undefined): string {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== undefined && value !== null);
  return entries.length ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}` : '';
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function problemOf(response: Response): Promise<Problem> {
  const reply: unknown = await response.json().catch(() => undefined);
  if (reply && typeof reply === 'object' && typeof (reply as Problem).code === 'string' && typeof (reply as Problem).title === 'string') {
    return { ...(reply as Problem), status: response.status };
  }
  // not a problem document (a proxy's HTML page, an empty 502): keep only the status
  return { type: 'about:blank', title: response.statusText || 'Unexpected response', status: response.status, code: 'unexpected-response' };
}

/** A transport whose requests `send` delivers. */
export function transportOver(options: Pick<ClientOptions, 'baseUrl' | 'apiKey' | 'locale'>, send: Sender): Transport {
  const base = String(options.baseUrl);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  return async <Result>(spec: CallSpec, call: RequestOptions = {}): Promise<Result> => {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': call.locale ?? options.locale ?? DEFAULT_LOCALE, ...spec.headers };
    if (options.apiKey) headers['x-partner-key'] = options.apiKey;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await send({
        url: prefix + spec.path + queryString(spec.query),
        method: spec.method.toUpperCase() as OutgoingRequest['method'],
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: call.signal,
        retriable: isRetriable(spec),
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      throw error instanceof PlsError ? error : new PlsNetworkError({ cause: error });
    }
    if (!response.ok) throw new PlsApiError(await problemOf(response), retryAfterSeconds(response));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new PlsUnexpectedResponseError(spec.reply.operation, response.status, '');
    }
    const pointer = mismatch(spec.reply.shape, body);
    if (pointer !== undefined) throw new PlsUnexpectedResponseError(spec.reply.operation, response.status, pointer);
    return body as Result;
  };
}
