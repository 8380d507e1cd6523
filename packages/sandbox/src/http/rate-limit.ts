// Per-client token buckets: `burst` requests at once, refilled at `perSecond`.
// A client is its partner key when it sends one, else its IP address.
export interface RateLimitOptions {
  perSecond: number;
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };

const MAX_TRACKED_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export interface RateLimiter {
  /** 0 when allowed, else the whole seconds to wait (for Retry-After). */
  take(client: string): number;
}

export function tokenBucketLimiter(options: RateLimitOptions, nowMs: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, Bucket>();
  // a bucket that has refilled is the same as no bucket: forget those so the
  // map does not grow with every client ever seen
  const forgetRefilled = (now: number): void => {
    for (const [client, bucket] of buckets) {
      if (bucket.tokens + ((now - bucket.updatedMs) / 1000) * options.perSecond >= options.burst) buckets.delete(client);
    }
  };
  return {
    take(client) {
      const now = nowMs();
      const bucket = buckets.get(client) ?? { tokens: options.burst, updatedMs: now };
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * options.perSecond);
      bucket.updatedMs = now;
      if (!buckets.has(client) && buckets.size >= MAX_TRACKED_CLIENTS) forgetRefilled(now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        buckets.set(client, bucket);
        return 0;
      }
      buckets.set(client, bucket);
      return Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    },
  };
}
