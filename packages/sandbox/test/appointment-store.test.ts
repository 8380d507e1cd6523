import { describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { appointmentStore, type BookingRequest } from '../src/store/appointment-store.js';
import { openDatabase } from '../src/store/database.js';
import { REFERENCE_PATTERN, sha256 } from '../src/store/secrets.js';
import { seedDataset } from '../src/store/seed.js';

function freshStore() {
  const db = openDatabase(':memory:');
  seedDataset(db, generateJiningDataset(), 'now');
  return { db, store: appointmentStore(db) };
}

const slot = { centerId: 'sc-370800', service: 'legal-consultation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 3 };
const request: BookingRequest = {
  slot, contact: { name: '王小明', phone: '13800138000' }, privacyNotice: '2026-01', now: '2026-09-01T09:00:00+08:00',
};
const render = (a: { reference: string }, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });

describe('the appointment store', () => {
  it('books up to capacity, then refuses, and a cancellation returns the place', async () => {
    const { store } = freshStore();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.book(request, undefined, render)));
    expect(outcomes.map((o) => o.kind)).toEqual(['booked', 'booked', 'booked', 'slot-full', 'slot-full']);
    const first = outcomes[0] as { reply: { body: { reference: string; manageToken: string } } };
    expect(first.reply.body.reference).toMatch(REFERENCE_PATTERN);
    expect((await store.takenPlaces(slot.centerId, slot.service, '2026-09-02', '2026-09-03')).get(slot.start)).toBe(3);
    expect((await store.cancel(first.reply.body.reference, first.reply.body.manageToken, request.now)).kind).toBe('ok');
    expect((await store.book(request, undefined, render)).kind).toBe('booked');
  });

  it('stores the manage token only as its sha256 and refuses a wrong token', async () => {
    const { db, store } = freshStore();
    const outcome = (await store.book(request, undefined, render)) as { reply: { body: { reference: string; manageToken: string } } };
    const { reference, manageToken } = outcome.reply.body;
    const row = db.prepare('SELECT * FROM appointments WHERE reference = ?').get(reference) as Record<string, unknown>;
    expect(Object.values(row)).not.toContain(manageToken);
    expect(row.manage_token_hash).toBe(sha256(manageToken));
    expect((await store.get(reference, `${manageToken}x`)).kind).toBe('manage-token-invalid');
    // an unknown reference answers exactly like a wrong token: references cannot be probed
    expect((await store.get('JN-2222-2222', manageToken)).kind).toBe('manage-token-invalid');
    expect((await store.get(reference, manageToken)).kind).toBe('ok');
  });

  it('replays the first reply for the same idempotency key, and refuses the key with another body', async () => {
    const { db, store } = freshStore();
    const claim = { client: 'partner-a', key: 'key-1', requestHash: 'h1' };
    const first = await store.book(request, claim, render);
    const again = await store.book(request, claim, render);
    expect(first.kind).toBe('booked');
    expect(again).toEqual({ kind: 'replayed', reply: (first as { reply: unknown }).reply });
    expect((await store.book(request, { ...claim, requestHash: 'h2' }, render)).kind).toBe('idempotency-key-reused');
    // another client's identical key is another request
    expect((await store.book(request, { ...claim, client: 'partner-b' }, render)).kind).toBe('booked');
    const sealed = db.prepare('SELECT * FROM idempotency_records').all() as Record<string, unknown>[];
    const token = ((first as { reply: { body: { manageToken: string } } }).reply.body.manageToken);
    expect(JSON.stringify(sealed)).not.toContain(token);
    expect(JSON.stringify(sealed)).not.toContain('key-1');
  });

  it('keeps an idempotency record 24 hours from its +08:00 creation time, then forgets it', async () => {
    const { store } = freshStore();
    const claim = { client: 'partner-a', key: 'key-1', requestHash: 'h1' };
    await store.book(request, claim, render); // created 2026-09-01T09:00:00+08:00
    // a UTC cut-off compared as text with +08:00 times kept records 8 hours too long
    expect(await store.forgetExpiredIdempotency(new Date('2026-09-02T08:59:00+08:00'))).toBe(0);
    expect((await store.book(request, claim, render)).kind).toBe('replayed');
    expect(await store.forgetExpiredIdempotency(new Date('2026-09-02T09:01:00+08:00'))).toBe(1);
    expect((await store.book(request, claim, render)).kind).toBe('booked');
  });

  it('reschedules atomically into a slot with room, never into a full one', async () => {
    const { store } = freshStore();
    const other = { ...slot, start: '2026-09-02T10:00:00+08:00', end: '2026-09-02T10:30:00+08:00', capacity: 1 };
    await store.book({ ...request, slot: other }, undefined, render);
    const mine = (await store.book(request, undefined, render)) as { reply: { body: { reference: string; manageToken: string } } };
    const { reference, manageToken } = mine.reply.body;
    expect((await store.reschedule(reference, manageToken, other, request.now)).kind).toBe('slot-full');
    const later = { ...other, start: '2026-09-02T11:00:00+08:00', end: '2026-09-02T11:30:00+08:00' };
    const moved = await store.reschedule(reference, manageToken, later, request.now);
    expect(moved.kind === 'ok' && moved.appointment.slot.start).toBe(later.start);
    expect((await store.takenPlaces(slot.centerId, slot.service, '2026-09-02', '2026-09-03')).get(slot.start)).toBeUndefined();
    await store.cancel(reference, manageToken, request.now);
    expect((await store.reschedule(reference, manageToken, slot, request.now)).kind).toBe('appointment-cancelled');
  });
});
