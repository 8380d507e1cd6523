import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from '../src/http/forwarded-client.js';
import { tokenBucketLimiter } from '../src/http/rate-limit.js';
import { optionsFromEnv } from '../src/options.js';
import { startSandbox, type RunningSandbox } from '../src/sandbox.js';

/** GET from a chosen loopback source address (127.0.0.2, 127.0.0.3: Linux routes all of 127/8 to lo). */
function getFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress, headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('fair rate limiting', () => {
  it('lets a quiet resident search while a noisy client on another address is limited, both with the same public partner key', async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', logger: false, demoDir: false, cdnDir: false,
      partnerKeys: ['public-page-key'], rateLimit: { perSecond: 5, burst: 20 } });
    const search = `${sandbox.url}/v1/lawyers?limit=1`;
    const key = { 'x-partner-key': 'public-page-key' };
    const noisy: Promise<number>[] = [];
    for (let i = 0; i < 150; i++) noisy.push(getFrom(search, '127.0.0.2', key));
    const quiet: number[] = [];
    for (let i = 0; i < 12; i++) quiet.push(await getFrom(search, '127.0.0.3', key));
    const noisyStatuses = await Promise.all(noisy);
    expect(noisyStatuses.filter((s) => s === 429).length).toBeGreaterThan(100);
    expect(quiet).toEqual(Array(12).fill(200));
  });

  it('believes X-Forwarded-For only from a trusted proxy, so residents behind nginx get a bucket each', async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', logger: false, demoDir: false, cdnDir: false,
      trustProxy: ['127.0.0.1'], rateLimit: { perSecond: 1, burst: 3 } });
    const health = `${sandbox.url}/v1/health`;
    const viaProxy = (resident: string) => getFrom(health, '127.0.0.1', { 'x-forwarded-for': resident });
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await viaProxy('203.0.113.7'));
    expect(first).toEqual([200, 200, 200, 429]);
    expect(await viaProxy('203.0.113.8')).toBe(200);
    // an untrusted peer's X-Forwarded-For is its own claim: ignored, it is limited as itself
    const spoofing = [];
    for (let i = 0; i < 4; i++) spoofing.push(await getFrom(health, '127.0.0.4', { 'x-forwarded-for': `198.51.100.${i}` }));
    expect(spoofing).toEqual([200, 200, 200, 429]);
  });

  it('holds all the addresses of one partner key to its partner-wide ceiling when one is set', () => {
    let now = 0;
    const limiter = tokenBucketLimiter({ perSecond: 1, burst: 5, partner: { perSecond: 1, burst: 3 } }, () => now);
    const taken = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].map((address) => limiter.take({ address, partnerKey: 'p' }));
    expect(taken).toEqual([0, 0, 0, 1]);
    // a partner's ceiling does not spend another partner's, nor a keyless client's
    expect(limiter.take({ address: '10.0.0.4', partnerKey: 'q' })).toBe(0);
    expect(limiter.take({ address: '10.0.0.5' })).toBe(0);
    now = 1000;
    expect(limiter.take({ address: '10.0.0.4', partnerKey: 'p' })).toBe(0);
  });
});

describe('the client address', () => {
  const proxies = trustedProxies(['10.0.0.0/8', '::1', '127.0.0.1']);

  it('is the peer unless the peer is a trusted proxy', () => {
    expect(clientAddress('198.51.100.1', { 'x-forwarded-for': '203.0.113.9' }, proxies)).toBe('198.51.100.1');
    expect(clientAddress('198.51.100.1', { 'x-forwarded-for': '203.0.113.9' }, undefined)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.1.2.3', { 'x-forwarded-for': '203.0.113.9' }, proxies)).toBe('203.0.113.9');
  });

  it('reads the chain from the nearest hop back and stops at the first untrusted one (the client cannot forge past it)', () => {
    expect(clientAddress('10.0.0.1', { 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.0.0.2' }, proxies)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', { 'x-forwarded-for': '10.0.0.3' }, proxies)).toBe('10.0.0.3');
    expect(clientAddress('10.0.0.1', {}, proxies)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', { 'x-forwarded-for': 'garbage' }, proxies)).toBe('10.0.0.1');
  });

  it('reads RFC 7239 Forwarded when the proxies set that one, with quoted IPv6, ports and obfuscated nodes', () => {
    const forwarding = trustedProxies(['10.0.0.0/8', '::1'], 'forwarded');
    expect(clientAddress('::1', { forwarded: 'for="[2001:db8::7]:4711";proto=https, for=10.0.0.2', 'x-forwarded-for': '9.9.9.9' }, forwarding))
      .toBe('2001:db8::7');
    expect(clientAddress('::1', { forwarded: 'for=203.0.113.4:8080' }, forwarding)).toBe('203.0.113.4');
    expect(clientAddress('::1', { forwarded: 'for=_hidden, for=10.0.0.9' }, forwarding)).toBe('10.0.0.9');
  });

  it('reads only the header the proxies set: the other is the client\'s own writing', () => {
    expect(clientAddress('::1', { forwarded: 'for=198.51.100.66', 'x-forwarded-for': '203.0.113.9' }, proxies)).toBe('203.0.113.9');
    expect(clientAddress('::1', { forwarded: 'for=198.51.100.66' }, proxies)).toBe('::1');
    const forwarding = trustedProxies(['::1'], 'forwarded');
    expect(clientAddress('::1', { forwarded: 'for=203.0.113.9', 'x-forwarded-for': '198.51.100.66' }, forwarding)).toBe('203.0.113.9');
    expect(() => trustedProxies(['::1'], 'x-real-ip' as never)).toThrow(/PLSKIT_TRUST_PROXY_HEADER/);
    expect(optionsFromEnv({ PLSKIT_TRUST_PROXY_HEADER: 'Forwarded' })).toEqual({ trustProxyHeader: 'forwarded' });
    expect(() => optionsFromEnv({ PLSKIT_TRUST_PROXY_HEADER: 'x-real-ip' })).toThrow(/PLSKIT_TRUST_PROXY_HEADER/);
  });

  it('refuses a proxy list entry that is not an address or CIDR, and reads PLSKIT_TRUST_PROXY and a partner ceiling', () => {
    expect(() => trustedProxies(['nginx.local'])).toThrow(/PLSKIT_TRUST_PROXY/);
    expect(() => trustedProxies(['10.0.0.0/x'])).toThrow(/PLSKIT_TRUST_PROXY/);
    expect(optionsFromEnv({ PLSKIT_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', PLSKIT_PARTNER_RATE_LIMIT: '200/400' })).toEqual({
      trustProxy: ['127.0.0.1', '10.0.0.0/8'], rateLimit: { perSecond: 50, burst: 100, partner: { perSecond: 200, burst: 400 } },
    });
    expect(() => optionsFromEnv({ PLSKIT_PARTNER_RATE_LIMIT: 'lots' })).toThrow(/PLSKIT_PARTNER_RATE_LIMIT/);
  });
});
