// Fair rate limiting: one token bucket per client address, so a noisy client
// empties only its own bucket. A partner key is public (it sits in the partner
// page's HTML), so it never names the bucket: it only attributes the address's
// requests to the partner and, when configured, adds a partner-wide ceiling.
import { BlockList, isIP } from 'node:net';

export interface RateLimitOptions {
  /** Per client address: refill rate. */
  perSecond: number;
  /** Per client address: requests allowed at once. */
  burst: number;
  /** Optional ceiling for all the addresses of one partner key together. */
  partner?: { perSecond: number; burst: number };
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };

/** Who is asking: the client's address (behind trusted proxies, the forwarded one) and its checked partner key. */
export interface ClientIdentity {
  address: string;
  partnerKey?: string;
}

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

/** The proxies whose forwarding headers are believed: addresses or CIDRs ("10.0.0.0/8", "::1"). */
export interface TrustedProxies {
  trusts(address: string): boolean;
}

const unmapped = (address: string): string => address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`PLSKIT_TRUST_PROXY: "${entry}" is not an IP address or CIDR`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    trusts(address) {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** The `for=` addresses of an RFC 7239 Forwarded header, nearest proxy last, ports and brackets removed. */
function forwardedFor(header: string): string[] {
  const hops: string[] = [];
  for (const element of header.split(',')) {
    const pair = element.split(';').map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('for='));
    if (!pair) continue;
    let value = pair.slice(4).replace(/^"|"$/g, '');
    if (value.startsWith('[')) value = value.slice(1, value.indexOf(']'));
    else if (isIP(value) === 0 && value.includes(':') && value.split(':').length === 2) value = value.split(':')[0] ?? '';
    hops.push(value);
  }
  return hops;
}

/**
 * The client's address. The peer is the client unless it is a trusted proxy;
 * then the forwarding chain (Forwarded, else X-Forwarded-For) is read from the
 * nearest hop back, skipping trusted proxies: the first untrusted hop is the
 * client (anything before it could have been written by the client itself).
 */
export function clientAddress(
  peer: string | undefined,
  headers: { forwarded?: string; 'x-forwarded-for'?: string },
  proxies: TrustedProxies | undefined,
): string {
  let address = unmapped(peer ?? 'unknown');
  if (!proxies?.trusts(address)) return address;
  const chain = headers.forwarded !== undefined
    ? forwardedFor(headers.forwarded)
    : (headers['x-forwarded-for'] ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const hop = unmapped(chain[i] ?? '');
    // an obfuscated or garbled hop ("unknown", "_hidden") ends the chain: the last trusted proxy stands in
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!proxies.trusts(hop)) return address;
  }
  return address;
}
