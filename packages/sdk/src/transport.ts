// One HTTP call to the API over ky: base URL, partner key, locale, timeout and
// the retry policy, and the translation of every failure into the SDK's errors.
import { DEFAULT_LOCALE, type Locale } from '@plskit/core';
import ky, { HTTPError, TimeoutError, type Options as KyOptions } from 'ky';
import { PlsApiError, PlsNetworkError, PlsTimeoutError, PlsUnexpectedResponseError } from './errors.js';
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
  /** A fetch implementation (default: the global fetch). */
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
  method: 'get' | 'post';
  /** Relative to the base URL, without a leading slash, e.g. "v1/lawyers". */
  path: string;
  query?: object | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Reads are safe to repeat; a POST only when it carries an Idempotency-Key (a booking). */
const isRetriable = (spec: CallSpec): boolean => spec.method === 'get' || spec.headers?.['idempotency-key'] !== undefined;

export type Transport = <Result>(spec: CallSpec, call?: RequestOptions) => Promise<Result>;

const retriedStatuses = [408, 429, 500, 502, 503, 504];

function searchParams(query: object | undefined): Record<string, string> | undefined {
  if (!query) return undefined;
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== null);
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

function retryOptions(policy: ClientOptions['retry'], spec: CallSpec): KyOptions['retry'] {
  if (!isRetriable(spec) || policy === false) return 0;
  const { limit = 2, maxRetryAfterMs = 30_000, backoffLimitMs = 5_000 } = typeof policy === 'number' ? { limit: policy } : (policy ?? {});
  return {
    limit,
    methods: [spec.method],
    statusCodes: retriedStatuses,
    afterStatusCodes: [429, 503],
    // a timed-out read is safe to repeat, and a booking is replayed under its key
    retryOnTimeout: true,
    maxRetryAfter: maxRetryAfterMs,
    backoffLimit: backoffLimitMs,
  };
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

export function createTransport(options: ClientOptions): Transport {
  const prefixUrl = String(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 10_000;

  return async <Result>(spec: CallSpec, call: RequestOptions = {}): Promise<Result> => {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': call.locale ?? options.locale ?? DEFAULT_LOCALE, ...spec.headers };
    if (options.apiKey) headers['x-partner-key'] = options.apiKey;
    let response: Response;
    try {
      response = await ky(spec.path, {
        prefixUrl,
        method: spec.method,
        headers,
        searchParams: searchParams(spec.query),
        json: spec.body,
        timeout: timeoutMs,
        retry: retryOptions(options.retry, spec),
        signal: call.signal,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (error instanceof HTTPError) throw new PlsApiError(await problemOf(error.response), retryAfterSeconds(error.response));
      if (error instanceof TimeoutError) throw new PlsTimeoutError(timeoutMs);
      throw new PlsNetworkError({ cause: error });
    }
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
