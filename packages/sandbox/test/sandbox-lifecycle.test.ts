// An operator's view: a database file that survives a restart, options that
// switch partner keys, CORS and faults, and a clean shutdown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFromEnv } from '../src/index.js';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { apiSandbox } from './api-sandbox.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sandbox process', () => {
  it('keeps the dataset and bookings in its SQLite file across a restart, seeding only once', async () => {
    const db = join(dir, 'sandbox.db');
    const first = await apiSandbox({ db });
    const [day] = (await (await fetch(`${first.url}/v1/appointments/availability?center=sc-370800&service=legal-consultation&from=2026-09-02&to=2026-09-02`)).json()).days;
    const slot = day.slots.find((s: { remaining: number }) => s.remaining > 0);
    const booked = await (await fetch(`${first.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'restart-test-key-1' },
      body: JSON.stringify({
        center: 'sc-370800', service: 'legal-consultation', slotStart: slot.start,
        contact: { name: '李华', phone: '13900139000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
      }),
    })).json();
    await first.close();

    const second = await apiSandbox({ db });
    try {
      const again = await fetch(`${second.url}/v1/appointments/${booked.reference}`, { headers: { 'x-manage-token': booked.manageToken } });
      expect(again.status).toBe(200);
      expect((await again.json()).slot.start).toBe(slot.start);
      const lawyers = await (await fetch(`${second.url}/v1/lawyers?limit=1`)).json();
      expect(lawyers.total).toBe(1604);
    } finally {
      await second.close();
    }
  });

  it('reads HOST, PORT, PLSKIT_* from the environment and refuses nonsense', () => {
    expect(optionsFromEnv({ HOST: '0.0.0.0', PORT: '9000', PLSKIT_DB: '/tmp/x.db', PLSKIT_NOW: '2026-09-01T09:00:00+08:00',
      PLSKIT_PARTNER_KEYS: 'a, b', PLSKIT_CORS_ORIGINS: 'https://x.example', PLSKIT_RATE_LIMIT: '5/10', PLSKIT_FAULTS: 'latency=5' }))
      .toEqual({ host: '0.0.0.0', port: 9000, db: '/tmp/x.db', now: '2026-09-01T09:00:00+08:00', partnerKeys: ['a', 'b'],
        corsOrigins: ['https://x.example'], rateLimit: { perSecond: 5, burst: 10 }, faults: { latency: 5 } });
    expect(optionsFromEnv({ PLSKIT_RATE_LIMIT: 'off', PLSKIT_LOG: 'off' })).toEqual({ rateLimit: false, logger: false });
    expect(optionsFromEnv({ PLSKIT_FAULT_HEADER: 'on' })).toEqual({ faultHeader: true });
    expect(optionsFromEnv({ PLSKIT_FAULT_HEADER: 'off' })).toEqual({ faultHeader: false });
    expect(() => optionsFromEnv({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => optionsFromEnv({ PLSKIT_FAULTS: 'explode=1' })).toThrow();
  });

  it('answers health without a partner key even when keys are configured (the contract leaves it open)', async () => {
    const sandbox = await apiSandbox({ partnerKeys: ['county-key'] });
    try {
      expect((await fetch(`${sandbox.url}/v1/health`)).status).toBe(200);
      expect((await fetch(`${sandbox.url}/v1/practice-areas`)).status).toBe(401);
      expect(sandbox.responseViolations()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('advertises and redirects to its demo page only when it serves one (the npm package has none)', async () => {
    const withDemo = await apiSandbox({ demoDir: fileURLToPath(new URL('./fixtures/', import.meta.url)) });
    const withoutDemo = await apiSandbox({ demoDir: false });
    try {
      expect(withDemo.demoUrl).toBe(`${withDemo.url}/demo/`);
      expect((await fetch(`${withDemo.url}/`, { redirect: 'manual' })).headers.get('location')).toBe('/demo/');
      expect(withoutDemo.demoUrl).toBeUndefined();
      const root = await fetch(`${withoutDemo.url}/`, { redirect: 'manual' });
      expect([root.status, root.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
    } finally {
      await Promise.all([withDemo.close(), withoutDemo.close()]);
    }
  });

  it('refuses an invalid fixed clock at start', async () => {
    await expect(apiSandbox({ now: 'next tuesday' })).rejects.toThrow(/PLSKIT_NOW/);
  });

  it('applies process-wide faults, partner keys and a CORS allow-list from its options', async () => {
    const sandbox = await apiSandbox({ faults: 'status=503', partnerKeys: ['county-key'], corsOrigins: ['https://county.example'] });
    try {
      const keyless = await fetch(`${sandbox.url}/v1/practice-areas`);
      expect(keyless.status).toBe(401);
      const faulty = await fetch(`${sandbox.url}/v1/practice-areas`, { headers: { 'x-partner-key': 'county-key' } });
      expect([faulty.status, (await faulty.json()).code]).toEqual([503, 'fault-injected']);
      const foreign = await fetch(`${sandbox.url}/v1/practice-areas`, { headers: { 'x-partner-key': 'county-key', origin: 'https://evil.example' } });
      expect(foreign.status).toBe(403);
    } finally {
      await sandbox.close();
    }
  });

  it('writes JSON log lines without personal data', async () => {
    const lines: string[] = [];
    const sandbox = await apiSandbox({ logger: (entry) => lines.push(JSON.stringify(entry)) });
    await fetch(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('王小明')}`);
    await fetch(`${sandbox.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'log-test-key-0001' },
      body: JSON.stringify({ center: 'sc-370800', service: 'legal-consultation', slotStart: '2026-09-02T09:00:00+08:00',
        contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    await sandbox.close();
    const log = lines.join('\n');
    expect(log).toContain('"route":"/v1/lawyers"');
    expect(log).toContain('"route":"/v1/appointments"');
    for (const secret of ['王小明', '13800138000', 'log-test-key-0001', encodeURIComponent('王小明')]) expect(log).not.toContain(secret);
    expect(lines.at(-1)).toContain('"event":"closed"');
  });
});
