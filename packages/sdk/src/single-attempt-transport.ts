// A transport for callers that offer their own retry, as the plskit widgets do
// (a failure is shown at once with a retry button, and retried when the browser
// is back online): one fetch per call with a timeout, and no ky, so a page that
// loads only widgets does not carry a retry engine it never runs.
import { PlsTimeoutError } from './errors.js';
import { transportOver, type ClientOptions, type Transport } from './transport.js';

export function createSingleAttemptTransport(options: Omit<ClientOptions, 'retry'>): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const send = options.fetch ?? ((url, init) => fetch(url, init));
  return transportOver(options, async ({ url, method, headers, body, signal }) => {
    const attempt = new AbortController();
    // settles the call even when a host's fetch ignores the signal
    const ended = new Promise<never>((_resolve, reject) => attempt.signal.addEventListener('abort', () => reject(attempt.signal.reason)));
    const abort = (): void => attempt.abort(signal?.reason);
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      attempt.abort();
    }, timeoutMs);
    try {
      return await Promise.race([send(url, { method, headers, ...(body === undefined ? {} : { body }), signal: attempt.signal }), ended]);
    } catch (error) {
      throw timedOut ? new PlsTimeoutError(timeoutMs) : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  });
}
