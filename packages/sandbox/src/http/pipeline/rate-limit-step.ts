// Who is asking, then whether they may: 429 with Retry-After once their bucket is empty.
import { ProblemError } from '../../operations/operation.js';
import { clientKey, clientOf } from '../client.js';
import type { TrustedProxies } from '../forwarded-client.js';
import type { RateLimiter } from '../rate-limit.js';
import type { Checked, Exchange } from './exchange.js';

export function identifyClient(partnerKeys: ReadonlySet<string> | undefined, proxies: TrustedProxies | undefined): (exchange: Exchange) => Checked {
  return (exchange) => {
    const identity = clientOf(exchange.request, partnerKeys, proxies);
    return Object.assign(exchange, { identity, client: clientKey(identity) });
  };
}

export function rateLimit(limiter: RateLimiter): (exchange: Checked) => void {
  return (exchange) => {
    const wait = limiter.take(exchange.identity);
    if (wait > 0) throw new ProblemError(429, 'rate-limited', undefined, undefined, { 'Retry-After': String(wait) });
  };
}
