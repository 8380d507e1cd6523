// A hotline operator books a visit for a caller, over HTTP on SQLite and (the
// "postgres" test project) on PostgreSQL: the same places as the web (a race
// of web and hotline bookings for the last places of a slot books exactly
// those places), the same Idempotency-Key rules, channel `hotline` on the
// center's roster, the caller's one confirmation message, the operator in the
// audit log; the caller's contact sealed at rest like a web booking's and the
// limit per number the web's; a refusal names the field and stores nothing.
import { randomUUID } from 'node:crypto';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { bookVisit, openSlots, residentNumber } from './resident.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshDatabase, rawSql, rowCount } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { quiet, webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const CENTER = 'sc-370811';
const CALLER = { name: '李秀兰', phone: '13900139000' };

let keys: TestStaffKeys;
let db: string;
let gateway: WebhookReceiver;
let sandbox: RunningSandbox;

beforeAll(async () => {
  keys = await testStaffKeys();
  db = await freshDatabase(testEngine);
  gateway = await webhookReceiver();
  sandbox = await apiSandbox({
    db, staff: keys.options, delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
    webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_gateway_secret_0123456789'] } },
  });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
  await gateway.close();
});

const hotline = () => keys.token({ sub: 'hotline-12345-03', roles: ['hotline-operator'] });

interface Reply { status: number; replayed: string | null; body: { reference?: string; channel?: string; code?: string; limit?: number; errors?: { field: string }[] } }

async function bookForCaller(slotStart: string, extra: Record<string, unknown> = {}, key: string = randomUUID(), token?: string): Promise<Reply> {
  const response = await fetch(`${sandbox.url}/v1/staff/appointments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token ?? await hotline()}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({
      center: CENTER, service: 'legal-consultation', slotStart, contact: CALLER,
      consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true, form: 'oral' }, ...extra,
    }),
  });
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as Reply['body'] };
}

const storedCount = () => rowCount(testEngine, db, 'appointments');

describe(`a hotline booking for a caller on ${testEngine}`, () => {
  it('lands on the center\'s roster marked hotline, sends the caller one confirmation and names the operator in the audit log', async () => {
    const [slot] = await openSlots(sandbox.url, '2026-09-02');
    const key = `hotline-${randomUUID()}`;
    const booked = await bookForCaller(slot!, {}, key);
    expect(booked.status).toBe(201);
    // the reply is kept for replays, so it is masked like every kept reply; the roster opens the contact
    expect(booked.body).toMatchObject({ status: 'booked', channel: 'hotline', contact: { name: '李**', phone: '139****9000' }, slot: { start: slot } });
    expect(booked.body).not.toHaveProperty('manageToken');
    const replay = await bookForCaller(slot!, {}, key);
    expect([replay.status, replay.replayed, replay.body.reference]).toEqual([201, 'true', booked.body.reference]);

    const staff = await keys.token({ sub: 'rencheng-1', roles: ['center-staff'], centers: [CENTER] });
    const roster = await (await fetch(`${sandbox.url}/v1/staff/centers/${CENTER}/appointments?date=2026-09-02`, { headers: { authorization: `Bearer ${staff}` } })).json();
    expect(roster.items.filter((entry: { reference: string }) => entry.reference === booked.body.reference))
      .toEqual([expect.objectContaining({ channel: 'hotline', contact: CALLER })]);

    await gateway.until(1);
    await quiet(300);
    const confirmations = gateway.json<{ to: string; template: string; text: string }>().filter((m) => m.text.includes(booked.body.reference!));
    expect(confirmations).toEqual([expect.objectContaining({ to: CALLER.phone, template: 'appointment-booked' })]);

    const supervisor = await keys.token({ sub: 'supervisor-1', roles: ['supervisor'] });
    const audit = await (await fetch(`${sandbox.url}/v1/staff/audit-events?actor=hotline-12345-03`, { headers: { authorization: `Bearer ${supervisor}` } })).json();
    expect(audit.items).toEqual([expect.objectContaining({ action: 'appointment-booked', reference: booked.body.reference, center: CENTER, date: '2026-09-02' })]);

    // at rest the caller's name and number are sealed, as a web booking's are
    const raw = rawSql(testEngine, db);
    try {
      const rows = await raw.sql('SELECT * FROM appointments WHERE reference = ?', [booked.body.reference]);
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(CALLER.phone);
      expect(JSON.stringify(rows)).not.toContain(CALLER.name);
      const kept = await raw.sql('SELECT * FROM idempotency_records');
      expect(JSON.stringify(kept)).not.toContain(CALLER.phone);
    } finally {
      await raw.close();
    }
  });

  it('counts a caller\'s hotline and web visits together against the limit per number, storing nothing past it', async () => {
    const [first, second, third] = await openSlots(sandbox.url, '2026-09-07');
    const caller = residentNumber(7001);
    expect((await bookVisit(sandbox.url, first!, { contact: caller })).status).toBe(201);
    expect((await bookForCaller(second!, { contact: caller })).status).toBe(201);
    const before = await storedCount();
    const refused = await bookForCaller(third!, { contact: caller });
    expect([refused.status, refused.body.code, refused.body.limit]).toEqual([409, 'booking-limit-reached', 2]);
    expect(await storedCount()).toBe(before);
  });

  it('books a caller without a texted code where residents on the web must confirm their number', async () => {
    const confirming = await apiSandbox({ db: await freshDatabase(testEngine), staff: keys.options, phoneVerification: 'sms',
      webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_gateway_secret_0123456789'] } },
    });
    try {
      const [slot] = await openSlots(confirming.url, '2026-09-08');
      // the notice of a service that confirms numbers says so: its own version
      const { version } = (await (await fetch(`${confirming.url}/v1/privacy-notices/appointments`)).json()) as { version: string };
      const book = async (path: string, headers: Record<string, string>, consent: Record<string, unknown>) => fetch(`${confirming.url}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ center: CENTER, service: 'legal-consultation', slotStart: slot, contact: CALLER, consent: { privacyNotice: version, agreed: true, ...consent } }),
      });
      const web = await book('/v1/appointments', {}, {});
      expect([web.status, ((await web.json()) as { code: string }).code]).toEqual([403, 'phone-verification-required']);
      const response = await book('/v1/staff/appointments', { authorization: `Bearer ${await hotline()}` }, { form: 'oral' });
      expect(response.status).toBe(201);
      await response.body?.cancel();
    } finally {
      await confirming.close();
    }
  });

  it('shares the slot\'s places with the web: a race for the last places books exactly those, the rest are slot-full', async () => {
    const slots = await openSlots(sandbox.url, '2026-09-03');
    const slot = slots[0]!;
    const availability = await (await fetch(`${sandbox.url}/v1/appointments/availability?center=${CENTER}&service=legal-consultation&from=2026-09-03&to=2026-09-03`)).json();
    const remaining = availability.days[0].slots.find((s: { start: string }) => s.start === slot).remaining as number;
    const token = await hotline();
    const racing = await Promise.all(Array.from({ length: remaining + 4 }, (_, i) =>
      (i % 2 ? bookForCaller(slot, { contact: residentNumber(7100 + i) }, randomUUID(), token).then((r) => ({ status: r.status, code: r.body.code }))
        : bookVisit(sandbox.url, slot, { contact: residentNumber(7100 + i) }).then(async (v) => ({ status: v.status, code: v.status === 201 ? undefined : 'slot-full' })))));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(remaining);
    expect(racing.filter((r) => r.status === 409)).toHaveLength(4);
    expect(await openSlots(sandbox.url, '2026-09-03')).not.toContain(slot);
  });

  it('refuses a center\'s staff, an unknown slot, an outdated notice and consent not recorded as oral, storing nothing', async () => {
    const [slot] = await openSlots(sandbox.url, '2026-09-04');
    const before = await storedCount();
    const staff = await keys.token({ sub: 'rencheng-1', roles: ['center-staff'], centers: [CENTER] });
    expect((await bookForCaller(slot!, {}, randomUUID(), staff)).status).toBe(403);
    const gone = await bookForCaller('2026-09-04T03:00:00+08:00');
    expect([gone.status, gone.body.code]).toEqual([409, 'slot-unavailable']);
    const outdated = await bookForCaller(slot!, { consent: { privacyNotice: '2020-01', agreed: true, form: 'oral' } });
    expect([outdated.status, outdated.body.code]).toEqual([409, 'privacy-notice-outdated']);
    const written = await bookForCaller(slot!, { consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } });
    expect(written.status).toBe(400);
    expect(written.body.errors?.some((e) => e.field.startsWith('/consent'))).toBe(true);
    expect(await storedCount()).toBe(before);
  });
});
