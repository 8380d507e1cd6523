// One attempt to deliver: a signed JSON POST with Node's fetch. Only a 2xx
// within the time limit acknowledges; a redirect is not followed (a receiver
// that moved gets its new URL from the operator, not from a Location header).
import type { AttemptOutcome } from '../store/outbox-store.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

/** A receiver has this long to answer, as Stripe allows. */
export const DELIVERY_TIMEOUT_MS = 10_000;

const USER_AGENT = 'plskit-webhooks/1 (+https://github.com/plskit/plskit/blob/main/docs/webhooks.md)';

export interface PostOptions {
  secrets: readonly string[];
  timeoutMs: number;
  /** The wall clock, in ms: the signature's `t`. */
  nowMs: number;
  /** Aborted when the node stops: the attempt is then not counted. */
  stop: AbortSignal;
}

/** What the attempt came to, or 'stopped' when the node stopped it. */
export async function postSigned(url: string, body: string, { secrets, timeoutMs, nowMs, stop }: PostOptions): Promise<AttemptOutcome | 'stopped'> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST', body, redirect: 'manual', signal: AbortSignal.any([stop, timeout]),
      headers: {
        'content-type': 'application/json; charset=utf-8', 'user-agent': USER_AGENT,
        [SIGNATURE_HEADER]: signatureHeader(body, secrets, Math.floor(nowMs / 1000)),
      },
    });
    // the answer's body means nothing here: not read, the connection freed
    await response.body?.cancel().catch(() => undefined);
    const { status } = response;
    return status >= 200 && status < 300 ? { kind: 'acknowledged', status } : { kind: 'refused', status };
  } catch {
    if (stop.aborted) return 'stopped';
    return timeout.aborted ? { kind: 'timeout' } : { kind: 'unreachable' };
  }
}
