// The appointment store's promises, on SQLite and on PostgreSQL alike: places
// never exceed capacity and availability counts what booking counts, tokens
// are kept only hashed, an Idempotency-Key replays or refuses, a visit moves
// only into room and never once cancelled, contact data is kept sealed under
// a data key of its own and goes, key and all, once its retention has run
// out, and one number holds at most its limit of future visits.
import { addDays } from '@plskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_RETENTION_MS } from '../../src/store/appointment-decisions.js';
import type { AppointmentStore, BookingOutcome, BookingRequest } from '../../src/store/appointment-store.js';
import { REFERENCE_PATTERN, sha256 } from '../../src/store/secrets.js';
import { StorageUnavailableError } from '../../src/store/storage-status.js';
import { TEST_KEY_RING } from '../test-keys.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const slot = { centerId: 'sc-370800', service: 'legal-consultation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 3 };
const request: BookingRequest = {
  slot, contact: { name: '王小明', phone: '13800138000' }, privacyNotice: '2026-01', locale: 'zh-CN', now: '2026-09-01T09:00:00+08:00',
};
const render = (a: { reference: string }, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });
const slotAt = (day: string, time = '09:00', capacity = 3) =>
  ({ ...slot, start: `${day}T${time}:00+08:00`, end: `${day}T${time.replace(':00', ':30')}:00+08:00`, capacity });

/** The reference and manage token of a booking that went through. */
function booked(outcome: BookingOutcome): { reference: string; manageToken: string } {
  if (outcome.kind !== 'booked') throw new Error(`expected a booking, got ${outcome.kind}`);
  return outcome.reply.body as { reference: string; manageToken: string };
}

describe.each(STORE_ENGINES)('the appointment store on %s', (engineName) => {
  let storage: TestStorage;
  let store: AppointmentStore;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    store = storage.engine.appointments;
  });
  afterEach(() => storage.close());

  /** The places availability reads for the slot's day. */
  const taken = async (s = slot) => (await store.takenPlaces(s.centerId, s.service, s.start.slice(0, 10), addDays(s.start.slice(0, 10), 1))).get(s.start);

  it('books up to capacity, then refuses; availability counts the same places, and a cancellation returns one', async () => {
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.book(request, undefined, render)));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['booked', 'booked', 'booked', 'slot-full', 'slot-full']);
    const first = booked(outcomes.find((o) => o.kind === 'booked') as BookingOutcome);
    expect(first.reference).toMatch(REFERENCE_PATTERN);
    expect(await taken()).toBe(3);
    expect((await store.cancel(first.reference, first.manageToken, request.now)).kind).toBe('ok');
    expect(await taken()).toBe(2);
    expect((await store.book(request, undefined, render)).kind).toBe('booked');
    expect(await taken()).toBe(3);
  });

  it('stores the manage token only as its sha256 and refuses a wrong token', async () => {
    const { reference, manageToken } = booked(await store.book(request, undefined, render));
    const [row] = await storage.sql<Record<string, unknown>>('SELECT * FROM appointments WHERE reference = ?', [reference]);
    expect(Object.values(row ?? {})).not.toContain(manageToken);
    expect(row?.manage_token_hash).toBe(sha256(manageToken));
    expect((await store.get(reference, `${manageToken}x`)).kind).toBe('manage-token-invalid');
    // an unknown reference answers exactly like a wrong token: references cannot be probed
    expect((await store.get('JN-2222-2222', manageToken)).kind).toBe('manage-token-invalid');
    // a resident's read opens nothing: the contact is the masked copy
    expect(await store.get(reference, manageToken)).toMatchObject({
      kind: 'ok', appointment: { reference, status: 'booked', slot: { start: slot.start }, contact: { name: '王**', phone: '138****8000' }, createdAt: request.now },
    });
  });

  it('keeps the contact sealed under the booking\'s own data key: no column holds it, only the staff\'s read opens it', async () => {
    const note = '需要轮椅通道';
    const { reference } = booked(await store.book({ ...request, note }, undefined, render));
    const [row] = await storage.sql<Record<string, unknown>>('SELECT * FROM appointments WHERE reference = ?', [reference]);
    const stored = JSON.stringify(row);
    for (const clear of ['王小明', '13800138000', '8001380', note]) expect(stored).not.toContain(clear);
    const keys = await storage.sql<{ id: string; kek_id: string }>('SELECT id, kek_id FROM data_keys WHERE id = ?', [row?.data_key]);
    expect(keys).toEqual([{ id: row?.data_key, kek_id: TEST_KEY_RING.current.id }]);
    expect(await store.contactOf(reference)).toEqual({ ...request.contact, note });
    // a sealed contact moved to another booking's row does not open there
    const other = booked(await store.book(request, undefined, render));
    await storage.sql('UPDATE appointments SET sealed_contact = ?, data_key = ? WHERE reference = ?', [row?.sealed_contact, row?.data_key, other.reference]);
    await expect(store.contactOf(other.reference)).rejects.toThrow();
  });

  it('holds at most the limit of future visits per number, counting past and cancelled ones out', async () => {
    const limited = (day: string, phone = '+86 138 0013 8000') => ({ ...request, slot: slotAt(day), contact: { name: '王小明', phone }, maxActivePerPhone: 2 });
    const first = booked(await store.book(limited('2026-09-02'), undefined, render));
    expect((await store.book(limited('2026-09-03'), undefined, render)).kind).toBe('booked');
    // however the number is written, it is the same number
    expect(await store.book(limited('2026-09-04', '13800138000'), undefined, render)).toEqual({ kind: 'booking-limit-reached', max: 2 });
    expect((await store.book(limited('2026-09-04', '13800138001'), undefined, render)).kind).toBe('booked');
    await store.cancel(first.reference, first.manageToken, request.now);
    expect((await store.book(limited('2026-09-04'), undefined, render)).kind).toBe('booked');
    // a visit already begun no longer counts: on 3 September at 10:00 only the 4th is ahead
    expect((await store.book({ ...limited('2026-09-07'), now: '2026-09-03T10:00:00+08:00' }, undefined, render)).kind).toBe('booked');
    // five at once for one number, on any number of connections: the limit holds
    const crowd = await Promise.all(['2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-14']
      .map((day) => store.book(limited(day, '13900139000'), undefined, render)));
    expect(crowd.filter((o) => o.kind === 'booked')).toHaveLength(2);
  });

  it('replays the first reply for the same idempotency key, and refuses the key with another body', async () => {
    const claim = { client: 'partner-a', key: 'key-1', requestHash: 'h1' };
    const first = await store.book(request, claim, render);
    const again = await store.book(request, claim, render);
    expect(first.kind).toBe('booked');
    expect(again).toEqual({ kind: 'replayed', reply: (first as { reply: unknown }).reply });
    expect((await store.book(request, { ...claim, requestHash: 'h2' }, render)).kind).toBe('idempotency-key-reused');
    // another client's identical key is another request
    expect((await store.book(request, { ...claim, client: 'partner-b' }, render)).kind).toBe('booked');
    expect(await taken()).toBe(2);
    const sealed = await storage.sql('SELECT * FROM idempotency_records');
    expect(sealed).toHaveLength(2);
    expect(JSON.stringify(sealed)).not.toContain(booked(first).manageToken);
    expect(JSON.stringify(sealed)).not.toContain('key-1');
  });

  it('keeps an idempotency record 24 hours from its +08:00 creation time, then forgets it', async () => {
    const claim = { client: 'partner-a', key: 'key-1', requestHash: 'h1' };
    await store.book(request, claim, render); // created 2026-09-01T09:00:00+08:00
    const created = Date.parse(request.now);
    // a UTC cut-off compared as text with +08:00 times kept records 8 hours too long
    expect(await store.forgetExpiredIdempotency(new Date(created + IDEMPOTENCY_RETENTION_MS - 60_000))).toBe(0);
    expect((await store.book(request, claim, render)).kind).toBe('replayed');
    expect(await store.forgetExpiredIdempotency(new Date(created + IDEMPOTENCY_RETENTION_MS + 60_000))).toBe(1);
    expect((await store.book(request, claim, render)).kind).toBe('booked');
  });

  it('reschedules atomically into a slot with room, never into a full one, and moves the place with the visit', async () => {
    const full = slotAt('2026-09-02', '10:00', 1);
    await store.book({ ...request, slot: full }, undefined, render);
    const { reference, manageToken } = booked(await store.book(request, undefined, render));
    expect((await store.reschedule(reference, manageToken, full, request.now)).kind).toBe('slot-full');
    expect([await taken(), await taken(full)]).toEqual([1, 1]);
    const later = slotAt('2026-09-02', '11:00', 1);
    const moved = await store.reschedule(reference, manageToken, later, '2026-09-01T10:00:00+08:00');
    expect(moved).toMatchObject({ kind: 'ok', appointment: { slot: { start: later.start, end: later.end }, updatedAt: '2026-09-01T10:00:00+08:00' } });
    expect([await taken(), await taken(later)]).toEqual([undefined, 1]);
    expect(await store.get(reference, manageToken)).toMatchObject({ appointment: { slot: { start: later.start } } });
  });

  it('treats a reschedule to the slot the visit holds as no move: nothing written, no place counted twice', async () => {
    const { reference, manageToken } = booked(await store.book({ ...request, slot: { ...slot, capacity: 1 } }, undefined, render));
    const same = await store.reschedule(reference, manageToken, { ...slot, capacity: 1 }, '2026-09-01T11:00:00+08:00');
    expect(same).toMatchObject({ kind: 'ok', appointment: { slot: { start: slot.start }, updatedAt: request.now } });
    expect(await taken()).toBe(1);
  });

  it('never moves a cancelled visit, nor cancels it twice', async () => {
    const { reference, manageToken } = booked(await store.book(request, undefined, render));
    expect(await store.cancel(reference, manageToken, '2026-09-01T12:00:00+08:00'))
      .toMatchObject({ kind: 'ok', appointment: { status: 'cancelled', updatedAt: '2026-09-01T12:00:00+08:00' } });
    expect((await store.cancel(reference, manageToken, request.now)).kind).toBe('appointment-cancelled');
    expect((await store.reschedule(reference, manageToken, slotAt('2026-09-03'), request.now)).kind).toBe('appointment-cancelled');
    expect(await taken(slotAt('2026-09-03'))).toBeUndefined();
    expect(await taken()).toBeUndefined();
  });

  it('erases a booking 30 days after its visit and a cancellation 30 days after it, keeping center, service, day, status', async () => {
    const at = (day: string) => ({ ...request, slot: { ...slotAt(day), capacity: 4 } });
    await store.book(at('2026-09-02'), undefined, render);
    const cancelled = booked(await store.book(at('2026-11-20'), undefined, render));
    await store.cancel(cancelled.reference, cancelled.manageToken, '2026-09-05T12:00:00+08:00');
    await store.book(at('2026-10-20'), undefined, render);

    // the visit ended 2026-09-02 09:30: 30 days later, a minute short, it is still kept
    expect(await store.eraseExpiredContacts(new Date('2026-10-02T09:29:00+08:00'), 30)).toBe(0);
    expect(await store.eraseExpiredContacts(new Date('2026-10-02T09:31:00+08:00'), 30)).toBe(1);
    // the cancellation of a future booking counts from the day it was cancelled
    expect(await store.eraseExpiredContacts(new Date('2026-10-05T12:01:00+08:00'), 30)).toBe(1);
    expect(await storage.sql('SELECT center_id, service, day, status FROM appointment_history ORDER BY day')).toEqual([
      { center_id: 'sc-370800', service: 'legal-consultation', day: '2026-09-02', status: 'booked' },
      { center_id: 'sc-370800', service: 'legal-consultation', day: '2026-11-20', status: 'cancelled' },
    ]);
    // the booking still ahead keeps its contact; the erased ones' data keys are gone with them (crypto-shredding)
    const [ahead] = await storage.sql<{ reference: string; slot_start: string; data_key: string }>('SELECT reference, slot_start, data_key FROM appointments');
    expect(ahead?.slot_start).toBe('2026-10-20T09:00:00+08:00');
    expect(await store.contactOf(ahead!.reference)).toEqual({ ...request.contact, note: null });
    expect((await storage.sql<{ id: string }>("SELECT id FROM data_keys WHERE id LIKE 'dk_%'")).map((k) => k.id)).toEqual([ahead?.data_key]);
    expect((await store.get(cancelled.reference, cancelled.manageToken)).kind).toBe('manage-token-invalid');
  });

  it('reports a write it cannot make as storage unavailable, keeps nothing of it, and health hears of it', async () => {
    // SQLite: another connection holds the write lock past the back-off; PostgreSQL: the server reports a full disk
    const refuse = engineName === 'sqlite' ? ['BEGIN IMMEDIATE'] : [
      "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no space' USING ERRCODE = '53100'; END $$ LANGUAGE plpgsql",
      'CREATE TRIGGER refuse BEFORE INSERT ON idempotency_records FOR EACH ROW EXECUTE FUNCTION refuse()',
    ];
    for (const statement of refuse) await storage.sql(statement);
    const failure = await store.book(request, { client: 'a', key: 'k', requestHash: 'h' }, render).catch((error: unknown) => error);
    if (engineName === 'sqlite') await storage.sql('ROLLBACK');
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect(failure).toMatchObject(engineName === 'sqlite' ? { code: 'SQLITE_BUSY', reason: 'locked' } : { code: '53100', reason: 'disk-full' });
    expect(storage.engine.storage.writesUnavailable()).toBe((failure as StorageUnavailableError).reason);
    // all or nothing: the booking's row and its place went with the failed transaction
    expect([await taken(), await storage.sql('SELECT reference FROM appointments')]).toEqual([undefined, []]);
    expect((await store.book(request, undefined, render)).kind).toBe('booked');
    expect(storage.engine.storage.writesUnavailable()).toBeUndefined();
  });
});
