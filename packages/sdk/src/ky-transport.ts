// The SDK's transport: over ky, with a timeout per attempt and retries of what
// is safe to repeat (reads, and bookings under their Idempotency-Key), honouring
// Retry-After.
import ky, { HTTPError, TimeoutError, type Options as KyOptions } from 'ky';
import { PlsTimeoutError } from './errors.js';
import { transportOver, type ClientOptions, type OutgoingRequest, type Transport } from './transport.js';

const retriedStatuses = [408, 429, 500, 502, 503, 504];

function retryOptions(policy: ClientOptions['retry'], request: OutgoingRequest): KyOptions['retry'] {
  if (!request.retriable || policy === false) return 0;
  const { limit = 2, maxRetryAfterMs = 30_000, backoffLimitMs = 5_000 } = typeof policy === 'number' ? { limit: policy } : (policy ?? {});
  return {
    limit,
    methods: [request.method.toLowerCase()],
    statusCodes: retriedStatuses,
    afterStatusCodes: [429, 503],
    // a timed-out read is safe to repeat, and a booking is replayed under its key
    retryOnTimeout: true,
    maxRetryAfter: maxRetryAfterMs,
    backoffLimit: backoffLimitMs,
  };
}

export function createTransport(options: ClientOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return transportOver(options, async (request) => {
    try {
      return await ky(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        timeout: timeoutMs,
        retry: retryOptions(options.retry, request),
        signal: request.signal,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
    } catch (error) {
      // the last attempt's error reply is the caller's to read
      if (error instanceof HTTPError) return error.response;
      if (error instanceof TimeoutError) throw new PlsTimeoutError(timeoutMs);
      throw error;
    }
  });
}
