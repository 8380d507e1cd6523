// Fair rate limiting: one token bucket per client address, so a noisy client
// empties only its own bucket. A partner key is public (it sits in the partner
// page's HTML), so it never names the bucket: it only attributes the address's
// requests to the partner and, when configured, adds a partner-wide ceiling.
import type { ClientIdentity } from './client.js';

export interface RateLimitOptions {
  /** Per client address: refill rate. */
  perSecond: number;
  /** Per client address: requests allowed at once. */
  burst: number;
  /** Optional ceiling for all the addresses of one partner key together. */
  partner?: { perSecond: number; burst: number };
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };

export interface RateLimiter {
  /** 0 when allowed, else the whole seconds to wait (for Retry-After). */
  take(client: ClientIdentity): number;
}

const MAX_TRACKED_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

interface Buckets {
  /** Refills `key`'s bucket to `now`; returns its tokens without taking one. */
  peek(key: string, now: number): Bucket;
  waitFor(bucket: Bucket): number;
}

function buckets({ perSecond, burst }: { perSecond: number; burst: number }): Buckets {
  const byKey = new Map<string, Bucket>();
  const refilled = (bucket: Bucket, now: number) => Math.min(burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * perSecond);
  return {
    peek(key, now) {
      let bucket = byKey.get(key);
      if (!bucket) {
        // a bucket that has refilled is the same as no bucket: forget those so
        // the map does not grow with every address ever seen
        if (byKey.size >= MAX_TRACKED_CLIENTS) {
          for (const [k, b] of byKey) if (refilled(b, now) >= burst) byKey.delete(k);
        }
        bucket = { tokens: burst, updatedMs: now };
        byKey.set(key, bucket);
      }
      bucket.tokens = refilled(bucket, now);
      bucket.updatedMs = now;
      return bucket;
    },
    waitFor: (bucket) => Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)),
  };
}

export function tokenBucketLimiter(options: RateLimitOptions, nowMs: () => number = () => performance.now()): RateLimiter {
  const perAddress = buckets(options);
  const perPartner = options.partner ? buckets(options.partner) : undefined;
  return {
    take({ address, partnerKey }) {
      const now = nowMs();
      const own = perAddress.peek(address, now);
      if (own.tokens < 1) return perAddress.waitFor(own);
      const shared = perPartner && partnerKey !== undefined ? perPartner.peek(partnerKey, now) : undefined;
      if (shared && shared.tokens < 1) return (perPartner as Buckets).waitFor(shared);
      own.tokens -= 1;
      if (shared) shared.tokens -= 1;
      return 0;
    },
  };
}
