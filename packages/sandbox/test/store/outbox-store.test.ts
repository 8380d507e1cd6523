// The outbox's promises, on SQLite and on PostgreSQL alike: an event exists
// exactly when its change committed; routing makes one delivery per endpoint
// and one text message per resident, once; a claim is a lease no one else
// takes until it runs out; attempts settle into delivered, retried or given
// up; the row holding a phone number goes as soon as its message settles; and
// the operator's log and replays work on what is kept.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppointmentStore, BookingOutcome, BookingRequest } from '../../src/store/appointment-store.js';
import type { RetryPolicy } from '../../src/store/outbox-store.js';
import type { ClaimedDelivery, EventRouting, OutboxStore } from '../../src/store/outbox-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const ENDPOINT_A = 'https://crm.example.gov.cn/plskit';
const ENDPOINT_B = 'https://queue.example.gov.cn/hooks';
const GATEWAY = 'https://sms.example.gov.cn/plskit';
const ALL = [ENDPOINT_A, ENDPOINT_B, GATEWAY];
const routing: EventRouting = {
  endpointsFor: (type) => (type === 'appointment.booked' ? [ENDPOINT_A, ENDPOINT_B] : [ENDPOINT_A]),
  smsGateway: GATEWAY,
};
const POLICY: RetryPolicy = { baseMs: 1000, maxAttempts: 3 };
const NOW = new Date('2026-09-01T09:00:00+08:00');
const T0 = 1_800_000_000_000;

const slot = { centerId: 'sc-370800', service: 'legal-consultation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 1 };
const request: BookingRequest = {
  slot, contact: { name: '王小明', phone: '13812345678' }, privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, locale: 'zh-CN',
  now: '2026-09-01T09:00:00+08:00',
};
const render = (a: { reference: string }, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });
const booked = (outcome: BookingOutcome) => outcome.kind === 'booked' ? outcome.reply.body as { reference: string; manageToken: string } : undefined;

describe.each(STORE_ENGINES)('the outbox on %s', (engineName) => {
  let storage: TestStorage;
  let store: AppointmentStore;
  let outbox: OutboxStore;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    ({ appointments: store, outbox } = storage.engine);
  });
  afterEach(() => storage.close());

  const events = () => storage.sql<{ type: string; body: string }>('SELECT type, body FROM events ORDER BY seq');
  const book = async (r: BookingRequest = request) => {
    const visit = booked(await store.book(r, undefined, render));
    if (!visit) throw new Error('not booked');
    return visit;
  };
  /** Routes, then claims everything due to every target. */
  const routeAndClaim = async (nowMs = T0) => {
    await outbox.route(routing, NOW);
    return outbox.claim(ALL, nowMs, 60_000, 100);
  };

  it('writes one event with each booking, move and cancellation, and none for a refusal or a move to the same slot', async () => {
    const visit = await book();
    expect((await store.book(request, undefined, render)).kind).toBe('slot-full');
    const later = { ...slot, start: '2026-09-02T10:00:00+08:00', end: '2026-09-02T10:30:00+08:00' };
    expect((await store.reschedule(visit.reference, visit.manageToken, slot, request.now)).kind).toBe('ok'); // the same slot: no change
    expect((await store.reschedule(visit.reference, visit.manageToken, later, request.now)).kind).toBe('ok');
    expect((await store.cancel(visit.reference, visit.manageToken, request.now)).kind).toBe('ok');
    expect((await store.cancel(visit.reference, visit.manageToken, request.now)).kind).toBe('appointment-cancelled');
    const written = await events();
    expect(written.map((e) => e.type)).toEqual(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']);
    expect(JSON.parse(written[1]?.body ?? '')).toMatchObject({
      type: 'appointment.rescheduled', created: request.now,
      data: { appointment: { reference: visit.reference, status: 'booked', center: 'sc-370800', slot: { start: later.start } }, previousSlot: { start: slot.start } },
    });
    for (const { body } of written) {
      for (const personal of ['王小明', '13812345678', visit.manageToken]) expect(body).not.toContain(personal);
    }
  });

  it('writes no event when the booking\'s transaction rolls back after the change', async () => {
    const failing = () => { throw new Error('the reply could not be made'); };
    await expect(store.book(request, undefined, failing)).rejects.toThrow('could not be made');
    expect(await storage.sql('SELECT reference FROM appointments')).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('routes each event once: one delivery per subscribed endpoint, and the resident\'s text message to the gateway', async () => {
    const visit = await book();
    expect(await outbox.route(routing, NOW)).toBe(1);
    expect(await outbox.route(routing, NOW)).toBe(0);
    const rows = await storage.sql<{ message_id: string; target: string; state: string }>('SELECT message_id, target, state FROM deliveries ORDER BY id');
    expect(rows.map((r) => [r.message_id.slice(0, 4), r.target, r.state])).toEqual([
      ['evt_', ENDPOINT_A, 'pending'], ['evt_', ENDPOINT_B, 'pending'], ['ntf_', GATEWAY, 'pending'],
    ]);
    // kept sealed until it is sent: the row holds no number; the claim opens it
    const kept = JSON.stringify(await storage.sql('SELECT * FROM notifications'));
    expect(kept).not.toContain('13812345678');
    expect(kept).not.toContain(visit.reference);
    const sms = (await outbox.claim([GATEWAY], T0, 60_000, 10))[0] as ClaimedDelivery;
    expect(JSON.parse(sms.body)).toMatchObject({ channel: 'sms', to: '13812345678', template: 'appointment-booked' });
    expect(sms.body).toContain(visit.reference);
    expect(sms.body).not.toContain('王小明');
  });

  it('sends no text message to a resident who agreed to the notice before it named the SMS provider, nor about a visit that has begun', async () => {
    await book({ ...request, privacyNotice: '2026-11' });
    await outbox.route(routing, NOW);
    const later = { ...slot, start: '2026-09-03T09:00:00+08:00', end: '2026-09-03T09:30:00+08:00' };
    await book({ ...request, slot: later });
    await outbox.route(routing, new Date('2026-09-03T09:05:00+08:00'));
    expect(await storage.sql('SELECT id FROM notifications')).toEqual([]);
    expect((await storage.sql('SELECT id FROM deliveries')).length).toBe(4);
  });

  it('leases a claim: no one else takes it until the lease runs out, and a lost lease cannot settle', async () => {
    await book();
    const first = await routeAndClaim(T0);
    expect(first).toHaveLength(3);
    expect(first.find((d) => d.target === ENDPOINT_A)?.body).toContain('"type":"appointment.booked"');
    expect(await outbox.claim(ALL, T0 + 59_999, 60_000, 100)).toEqual([]);
    // the first claimer died: after its lease, the delivery is another's
    const second = await outbox.claim(ALL, T0 + 60_000, 60_000, 100);
    expect(second.map((d) => d.id).sort()).toEqual(first.map((d) => d.id).sort());
    expect(await outbox.settle(first[0] as ClaimedDelivery, { kind: 'acknowledged', status: 200 }, POLICY, T0 + 60_001)).toBeUndefined();
    const mine = second.find((d) => d.id === first[0]?.id) as ClaimedDelivery;
    expect(await outbox.settle(mine, { kind: 'acknowledged', status: 200 }, POLICY, T0 + 60_001)).toEqual({ state: 'delivered' });
  });

  it('never gives one delivery to two claimers at once', async () => {
    for (const start of ['09:00', '10:00', '11:00', '14:00', '15:00']) {
      await book({ ...request, slot: { ...slot, start: `2026-09-02T${start}:00+08:00`, end: `2026-09-02T${start.replace(':00', ':30')}:00+08:00` } });
    }
    await outbox.route(routing, NOW);
    const claims = await Promise.all([1, 2, 3, 4].map(() => outbox.claim(ALL, T0, 60_000, 6)));
    const ids = claims.flat().map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(15);
  });

  it('settles attempts: retried after the back-off, given up after the last attempt, and the text message\'s number erased either way', async () => {
    await book();
    const claimed = await routeAndClaim();
    const endpoint = claimed.find((d) => d.target === ENDPOINT_A) as ClaimedDelivery;
    const message = claimed.find((d) => d.target === GATEWAY) as ClaimedDelivery;

    const retry = await outbox.settle(endpoint, { kind: 'refused', status: 500 }, POLICY, T0);
    expect(retry?.state).toBe('pending');
    const due = (retry as { nextAttemptAt: number }).nextAttemptAt - T0;
    expect(due).toBeGreaterThanOrEqual(800);
    expect(due).toBeLessThanOrEqual(1200);
    expect(await outbox.nextDue([ENDPOINT_A])).toBe(T0 + due);

    let attempt = (await outbox.claim([ENDPOINT_A], T0 + due, 60_000, 10))[0] as ClaimedDelivery;
    expect(attempt.attempts).toBe(1);
    await outbox.settle(attempt, { kind: 'timeout' }, POLICY, T0 + due);
    attempt = (await outbox.claim([ENDPOINT_A], T0 + 10_000, 60_000, 10))[0] as ClaimedDelivery;
    expect(await outbox.settle(attempt, { kind: 'unreachable' }, POLICY, T0 + 10_000)).toEqual({ state: 'failed' });
    expect(await outbox.deliveries({ state: 'failed', limit: 10 })).toEqual([expect.objectContaining({
      messageId: endpoint.messageId, target: ENDPOINT_A, attempts: 3, lastStatus: null, lastError: 'unreachable', nextAttemptAt: null,
    })]);

    const [kept] = await storage.sql<{ data_key: string }>('SELECT data_key FROM notifications');
    expect(await storage.sql('SELECT id FROM data_keys WHERE id = ?', [kept?.data_key])).toHaveLength(1);
    await outbox.settle(message, { kind: 'acknowledged', status: 202 }, POLICY, T0);
    // the message and its data key both: a copy of the row left anywhere cannot be opened
    expect(await storage.sql('SELECT * FROM notifications')).toEqual([]);
    expect(await storage.sql('SELECT id FROM data_keys WHERE id = ?', [kept?.data_key])).toEqual([]);
    for (const table of ['deliveries', 'events']) {
      expect(JSON.stringify(await storage.sql(`SELECT * FROM ${table}`))).not.toContain('13812345678');
    }
  });

  it('gives claims back unattempted, and counts a lease as not yet due', async () => {
    await book();
    await outbox.route(routing, NOW);
    // two claims, two leases: each given back under its own
    const claimed = [...await outbox.claim(ALL, T0, 60_000, 2), ...await outbox.claim(ALL, T0, 60_000, 2)];
    expect(new Set(claimed.map((d) => d.lease)).size).toBe(2);
    expect(await outbox.nextDue(ALL)).toBe(T0 + 60_000);
    await outbox.release(claimed);
    expect(await outbox.nextDue(ALL)).toBe(0);
    expect((await outbox.claim(ALL, T0, 60_000, 10)).map((d) => d.attempts)).toEqual([0, 0, 0]);
  });

  it('replays one event to the endpoints named, or every failed delivery since a time; a text message is not kept to be sent again', async () => {
    await book();
    for (const delivery of await routeAndClaim()) {
      await outbox.settle(delivery, { kind: 'refused', status: 503 }, { ...POLICY, maxAttempts: 1 }, T0);
    }
    expect((await outbox.deliveries({ state: 'failed', limit: 10 })).map((d) => d.target).sort()).toEqual([...ALL].sort());
    expect(await outbox.replayFailed('2026-09-01T10:00:00+08:00')).toBe(0);
    expect(await outbox.replayFailed('2026-09-01T01:00:00Z', ENDPOINT_B)).toBe(1);
    expect(await outbox.replayFailed('2026-09-01T00:00:00+08:00')).toBe(1);
    expect((await outbox.deliveries({ state: 'failed', limit: 10 })).map((d) => d.target)).toEqual([GATEWAY]);
    const replayed = await outbox.claim(ALL, T0, 60_000, 10);
    expect(replayed.map((d) => [d.target, d.attempts]).sort()).toEqual([[ENDPOINT_A, 0], [ENDPOINT_B, 0]]);
    await outbox.settle(replayed[0] as ClaimedDelivery, { kind: 'acknowledged', status: 200 }, POLICY, T0);

    const [delivered] = await outbox.deliveries({ state: 'delivered', limit: 1 });
    expect(await outbox.replayEvent(delivered?.eventId ?? '', () => [ENDPOINT_A, 'https://new.example.gov.cn/'])).toBe(2);
    expect((await outbox.deliveries({ state: 'pending', target: 'https://new.example.gov.cn/', limit: 10 }))).toHaveLength(1);
    expect(await outbox.replayEvent('evt_000000000000000000000000', () => [ENDPOINT_A])).toBeUndefined();
  });

  it('erases events, text messages and their deliveries once the contact-retention period has run out', async () => {
    await book();
    await outbox.route(routing, NOW);
    expect(await outbox.eraseExpired(new Date('2026-10-01T08:59:00+08:00'), 30)).toBe(0);
    expect(await outbox.eraseExpired(new Date('2026-10-01T09:01:00+08:00'), 30)).toBe(2);
    for (const table of ['events', 'notifications', 'deliveries']) expect(await storage.sql(`SELECT * FROM ${table}`)).toEqual([]);
  });

  it('takes over a killed process\'s claims at once on SQLite (one process per file), and waits for the lease on PostgreSQL', async () => {
    await book();
    await routeAndClaim();
    await outbox.takeOver();
    expect(await outbox.claim(ALL, T0 + 1, 60_000, 10)).toHaveLength(engineName === 'sqlite' ? 3 : 0);
  });
});
