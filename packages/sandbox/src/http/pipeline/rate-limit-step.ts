// Who is asking, then whether they may: 429 with Retry-After once their bucket is empty.
import { ProblemError } from '../../operations/operation.js';
import { clientKey, clientOf } from '../client.js';
import type { RateLimiter, TrustedProxies } from '../rate-limit.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

export function identifyClient(partnerKeys: ReadonlySet<string> | undefined, proxies: TrustedProxies | undefined): Step {
  return (exchange: Exchange) => {
    exchange.identity = clientOf(exchange.request, partnerKeys, proxies);
    exchange.client = clientKey(exchange.identity);
  };
}

export function rateLimit(limiter: RateLimiter): Step {
  return (exchange: Exchange) => {
    const wait = limiter.take(exchange.identity);
    if (wait > 0) throw new ProblemError(429, 'rate-limited', undefined, undefined, { 'Retry-After': String(wait) });
  };
}
