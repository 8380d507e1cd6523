// Behind PLSKIT_TRUST_PROXY, a client that writes its own forwarding header
// must not choose its address: not for the rate limit, not for the scope of
// its idempotency keys. The proxy sets one header (nginx's
// $proxy_add_x_forwarded_for); the other arrives as the client wrote it.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/index.js';
import { booking, FIXED_NOW, send } from './attacker.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const start = async (options: SandboxOptions) => (sandbox = await startSandbox({
  port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false, trustProxy: ['127.0.0.1'], ...options,
}));

/** What nginx passes on for one resident at 203.0.113.7: its own X-Forwarded-For, and whatever else the client sent. */
const viaProxy = (extra: Record<string, string>) => ({ 'x-forwarded-for': '203.0.113.7', ...extra });

describe('a client behind the trusted proxy', () => {
  it('cannot escape its rate limit by rotating a Forwarded header the proxy does not set', async () => {
    const { url } = await start({ rateLimit: { perSecond: 0.1, burst: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await send(`${url}/v1/health`, { headers: viaProxy({ forwarded: `for=198.51.100.${i}` }) })).status);
    }
    expect(statuses).toEqual([...Array(5).fill(200), ...Array(7).fill(429)]);
    // another resident behind the same proxy still has a bucket of its own
    expect((await send(`${url}/v1/health`, { headers: { 'x-forwarded-for': '203.0.113.8' } })).status).toBe(200);
  });

  it('cannot move its idempotency scope by rotating Forwarded: the retry replays, nothing is booked twice', async () => {
    const { url } = await start({ rateLimit: false });
    const retry = (i: number) => send(`${url}/v1/appointments`, {
      method: 'POST', body: booking(), headers: viaProxy({ 'idempotency-key': 'proxy-scope-attempt-0001', forwarded: `for=198.51.100.${i}` }),
    });
    const first = await retry(1);
    const second = await retry(2);
    expect([first.status, second.status, second.headers['idempotent-replayed']]).toEqual([201, 201, 'true']);
    expect(second.json().reference).toBe(first.json().reference);
  });

  it('reads only Forwarded where the operator names it (PLSKIT_TRUST_PROXY_HEADER=forwarded): a rotating X-Forwarded-For changes nothing', async () => {
    const { url } = await start({ rateLimit: { perSecond: 0.1, burst: 3 }, trustProxyHeader: 'forwarded' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await send(`${url}/v1/health`, { headers: { forwarded: 'for=203.0.113.7', 'x-forwarded-for': `198.51.100.${i}` } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });
});
