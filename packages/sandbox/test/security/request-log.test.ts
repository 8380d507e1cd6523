// The request log lets an operator trace a flood or a run of guessed tokens
// (every line carries the client's pseudonym of the day and the problem code of
// a refusal) without holding anyone's personal data: no name, phone, note,
// search text, token, key, reference or address appears in any line. Every
// node of a deployment names a client alike (the pseudonym key is derived from
// the deployment's lookup key), so a flood spread across nodes is traced too.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dailyPseudonyms } from '../../src/http/client-pseudonym.js';
import { startSandbox, type LogEntry } from '../../src/index.js';
import { booking, FIXED_NOW, RESIDENT, send } from './attacker.js';
import { TEST_DATA_KEY, testPseudonymKey } from '../test-keys.js';
import { freshPostgresUrl } from '../test-postgres.js';

const RESIDENT_ADDRESS = '203.0.113.77';
const FLOODER_ADDRESS = '203.0.113.99';

describe('the request log', () => {
  it('carries the client\'s pseudonym on every line and the problem code of every refusal, and nothing personal', async () => {
    const logs: LogEntry[] = [];
    const sandbox = await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: (entry) => logs.push(entry), demoDir: false, cdnDir: false,
      trustProxy: ['127.0.0.1'], rateLimit: { perSecond: 0.1, burst: 10 } });
    const as = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra });
    const key = 'log-scan-attempt-0001-secret';
    const booked = (await send(`${sandbox.url}/v1/appointments`, { method: 'POST', body: booking(), headers: as(RESIDENT_ADDRESS, { 'idempotency-key': key }) })).json();
    const { reference, manageToken } = booked as { reference: string; manageToken: string };
    const manage = `${sandbox.url}/v1/appointments/${reference}`;
    expect((await send(manage, { headers: as(RESIDENT_ADDRESS, { 'x-manage-token': manageToken }) })).status).toBe(200);
    expect((await send(manage, { headers: as(RESIDENT_ADDRESS, { 'x-manage-token': `${manageToken}x` }) })).status).toBe(403);
    expect((await send(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent(RESIDENT.name)}`, { headers: as(RESIDENT_ADDRESS) })).status).toBe(200);
    expect((await send(`${sandbox.url}/v1/lawyers/lw-9999`, { headers: as(RESIDENT_ADDRESS) })).status).toBe(404);
    expect((await send(`${sandbox.url}/v1/appointments`, { method: 'POST', body: { ...booking(), contact: { phone: RESIDENT.phone } },
      headers: as(RESIDENT_ADDRESS, { 'idempotency-key': 'log-scan-attempt-0002-secret' }) })).status).toBe(400);
    const flood = [];
    for (let i = 0; i < 12; i++) flood.push((await send(`${sandbox.url}/v1/health`, { headers: as(FLOODER_ADDRESS) })).status);
    expect(flood.filter((status) => status === 429).length).toBeGreaterThan(0);
    // a request Node's parser refuses, from an address of its own
    await new Promise<void>((resolve) => {
      const { port } = new URL(sandbox.url);
      const socket = connect({ host: '127.0.0.1', port: Number(port), localAddress: '127.0.0.2' }, () => socket.end('GARBAGE\r\n\r\n'));
      socket.on('data', () => undefined).on('close', () => resolve());
    });
    await sandbox.close();

    const requests = logs.filter((entry) => entry.event === 'request' || entry.event === 'client-error');
    expect(requests.length).toBeGreaterThan(15);
    for (const entry of requests) expect(entry.client).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const lines = requests.filter((entry) => entry.event === 'request');
    // the flood is on /v1/health, its refusals before routing (429 comes first)
    const flooding = (entry: LogEntry) => entry.route === '/v1/health' || entry.status === 429;
    const residents = new Set(lines.filter((entry) => !flooding(entry)).map((entry) => entry.client));
    const flooders = new Set(lines.filter(flooding).map((entry) => entry.client));
    expect([residents.size, flooders.size]).toEqual([1, 1]);
    expect(residents).not.toEqual(flooders);
    for (const entry of lines) expect(entry.code !== undefined).toBe((entry.status ?? 0) >= 400);
    expect(lines.map((entry) => entry.code).filter(Boolean)).toEqual(expect.arrayContaining(['manage-token-invalid', 'not-found', 'validation-failed', 'rate-limited']));
    expect(requests.find((entry) => entry.event === 'client-error')).toMatchObject({ status: 400, code: 'bad-request' });

    const logged = JSON.stringify(logs);
    for (const secret of [RESIDENT.name, encodeURIComponent(RESIDENT.name), RESIDENT.phone, RESIDENT.note, manageToken, key, reference,
      RESIDENT_ADDRESS, FLOODER_ADDRESS, '127.0.0.2']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('links one day\'s requests of a client and nothing else: the pseudonym changes with the Shanghai date', () => {
    let now = new Date('2026-09-01T15:59:59Z'); // 23:59:59 in Shanghai
    const pseudonym = dailyPseudonyms(testPseudonymKey, () => now);
    const today = pseudonym('203.0.113.7');
    expect(pseudonym('203.0.113.7')).toBe(today);
    expect(pseudonym('203.0.113.8')).not.toBe(today);
    now = new Date('2026-09-01T16:00:00Z'); // midnight in Shanghai
    expect(pseudonym('203.0.113.7')).not.toBe(today);
  });

  it('names a client alike on every node of a deployment, and otherwise in another deployment', async () => {
    const clientOn = async (db: string, dataKey: string): Promise<unknown> => {
      const logs: LogEntry[] = [];
      const node = await startSandbox({ port: 0, db, dataKey, now: FIXED_NOW, logger: (entry) => logs.push(entry), demoDir: false, cdnDir: false,
        rateLimit: false, trustProxy: ['127.0.0.1'] });
      await send(`${node.url}/v1/health`, { headers: { 'x-forwarded-for': RESIDENT_ADDRESS } });
      await node.close();
      return logs.find((entry) => entry.event === 'request')?.client;
    };
    const shared = await freshPostgresUrl();
    const first = await clientOn(shared, TEST_DATA_KEY);
    expect(first).toEqual(expect.any(String));
    expect(await clientOn(shared, TEST_DATA_KEY)).toBe(first);
    expect(await clientOn(await freshPostgresUrl(), TEST_DATA_KEY)).not.toBe(first);
  });
});
