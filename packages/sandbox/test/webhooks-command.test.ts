// The operator's commands on the delivery log, on a real database of each
// engine: list what was given up or is still being tried, send one event or
// every failure since a time again, make a secret.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWebhooksCommand } from '../src/index.js';
import type { ClaimedDelivery } from '../src/store/outbox-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './store/test-storage.js';
import { TEST_DATA_KEY } from './test-keys.js';

const SECRET = 'whsec_0123456789abcdefghijklmn';
const CRM = 'https://crm.example.gov.cn/plskit';
const QUEUE = 'https://queue.example.gov.cn/hooks';
const GATEWAY = 'https://sms.example.gov.cn/plskit';
const dir = mkdtempSync(join(tmpdir(), 'plskit-webhooks-command-'));
const file = join(dir, 'webhooks.json');
writeFileSync(file, JSON.stringify({
  endpoints: [{ url: CRM, secret: SECRET, events: ['appointment.*'] }, { url: QUEUE, secret: SECRET, events: ['appointment.cancelled'] }],
  notifications: { url: GATEWAY, secret: SECRET },
}));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const slot = { centerId: 'sc-370800', service: 'mediation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 4 };

describe.each(STORE_ENGINES)('plskit-sandbox webhooks on %s', (engineName) => {
  let storage: TestStorage;
  let eventId: string;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    const { appointments, outbox } = storage.engine;
    await appointments.book({
      slot, contact: { name: '王小明', phone: '13812345678' }, privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, locale: 'zh-CN',
      now: '2026-09-01T09:00:00+08:00',
    }, undefined, () => ({ status: 201, body: {} }));
    await outbox.route({ endpointsFor: () => [CRM], smsGateway: GATEWAY }, new Date('2026-09-01T09:00:00+08:00'));
    for (const delivery of await outbox.claim([CRM, GATEWAY], 1, 60_000, 10)) {
      await outbox.settle(delivery as ClaimedDelivery, { kind: 'refused', status: 503 }, { baseMs: 1, maxAttempts: 1 }, 2);
    }
    eventId = (await outbox.deliveries({ limit: 1, target: CRM }))[0]?.eventId ?? '';
  });
  afterEach(() => storage.close());

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runWebhooksCommand(args, { env: { PLSKIT_DB: storage.db, PLSKIT_WEBHOOKS_FILE: file, PLSKIT_DATA_KEY: TEST_DATA_KEY }, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('lists the failed deliveries with their last answer, and none that are pending', async () => {
    const failed = await run('failed', '--since', '2026-09-01');
    expect(failed.code).toBe(0);
    expect(failed.out.split('\n')[0]).toMatch(/^event created +id +type +endpoint +attempts +last answer +last attempt +next attempt$/);
    expect(failed.out).toContain(`${eventId}  appointment.booked  ${CRM}  1 `);
    expect(failed.out).toMatch(/ntf_\w{24} +appointment\.booked +https:\/\/sms\.example\.gov\.cn\/plskit +1 +503/);
    expect(failed.out).not.toContain('13812345678');
    expect((await run('failed', '--since', '2026-09-02')).out).toBe('no failed deliveries');
    expect((await run('pending')).out).toBe('no pending deliveries');
  });

  it('sends one event again to every endpoint subscribed to it, or to the one named', async () => {
    expect(await run('replay', eventId)).toMatchObject({ code: 0, out: `${eventId} will be sent again to 1 endpoint` });
    expect((await run('pending')).out).toContain(CRM);
    expect(await run('replay', eventId, '--endpoint', QUEUE)).toMatchObject({ code: 0, out: `${eventId} will be sent again to 1 endpoint` });
    expect((await storage.engine.outbox.deliveries({ state: 'pending', limit: 10 })).map((d) => d.target).sort()).toEqual([CRM, QUEUE]);
    expect((await run('replay', eventId, '--endpoint', 'https://elsewhere.example/')).err).toContain('is not an endpoint of');
    expect((await run('replay', 'evt_000000000000000000000000')).err).toContain('no event evt_000000000000000000000000 is kept');
    const [message] = await storage.engine.outbox.deliveries({ state: 'failed', target: GATEWAY, limit: 1 });
    expect((await run('replay', message?.messageId ?? '')).err).toContain('a text message is not kept once sent or given up');
  });

  it('sends every failed delivery since a time again; text messages stay given up', async () => {
    expect(await run('replay', '--since', '2026-09-01T08:00:00+08:00')).toMatchObject({ code: 0, out: expect.stringMatching(/^1 failed delivery of events since/) });
    expect((await run('failed')).out).not.toContain(CRM);
    expect((await run('pending')).out).toContain(CRM);
  });

  it('explains its usage, and makes a secret long enough for the file', async () => {
    expect((await run('replay')).code).toBe(2);
    expect((await run('replay', eventId, '--since', '2026-09-01')).code).toBe(2);
    expect((await run('failed', '--since', 'yesterday')).err).toContain('--since must be a date (2026-09-01) or an ISO 8601 instant');
    expect((await run('resend')).err).toContain('usage: plskit-sandbox webhooks failed|pending');
    const secret = (await run('secret')).out;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
  });
});
