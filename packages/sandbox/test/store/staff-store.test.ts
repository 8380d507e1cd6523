// The staff store's promises, on SQLite and on PostgreSQL alike: a roster is
// the day's bookings in time order and its reading is recorded; a visit is
// marked once, on its day or after its slot, never when cancelled; a
// closure cancels what is booked in its time and has not begun, frees the
// places, refuses bookings and moves into it, and can be withdrawn until it
// begins; the audit log pages newest first, records its own reading, names
// no resident, and outlives contact data; contact data still goes on time.
import { addDays } from '@plskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppointmentStore, BookingOutcome, BookingRequest, StoredAppointment } from '../../src/store/appointment-store.js';
import type { StaffAction, StaffStore } from '../../src/store/staff-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const CENTER = 'sc-370811';
const at = (instant: string): StaffAction => ({ actor: 'staff-1', client: 'client-a', at: instant });
const NOW = '2026-09-01T09:00:00+08:00';
const slotOn = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const end = `${String(h + (m === 30 ? 1 : 0)).padStart(2, '0')}:${m === 30 ? '00' : '30'}`;
  return { centerId: CENTER, service: 'legal-consultation', start: `${day}T${time}:00+08:00`, end: `${day}T${end}:00+08:00`, capacity: 3 };
};
const request = (day: string, time: string, name = '王小明'): BookingRequest => ({
  slot: slotOn(day, time), contact: { name, phone: '13800138000' }, privacyNotice: '2026-12', locale: 'zh-CN', now: NOW,
});
const render = (a: StoredAppointment, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });
const reference = (outcome: BookingOutcome): { reference: string; manageToken: string } => {
  if (outcome.kind !== 'booked') throw new Error(`expected a booking, got ${outcome.kind}`);
  return outcome.reply.body as { reference: string; manageToken: string };
};
const reason = { 'zh-CN': '停电', en: 'Power cut' };

describe.each(STORE_ENGINES)('the staff store on %s', (engineName) => {
  let storage: TestStorage;
  let staff: StaffStore;
  let appointments: AppointmentStore;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    ({ staff, appointments } = storage.engine);
  });
  afterEach(() => storage.close());

  const book = async (day: string, time: string, name?: string) => reference(await appointments.book(request(day, time, name), undefined, render));
  const events = async (type: string) => (await storage.sql<{ body: string }>('SELECT body FROM events WHERE type = ? ORDER BY seq', [type])).map((e) => JSON.parse(e.body));
  const taken = async (day: string, time: string) => (await appointments.takenPlaces(CENTER, 'legal-consultation', day, addDays(day, 1))).get(slotOn(day, time).start) ?? 0;

  it('reads a day\'s roster in time order, whatever the status, with every web booking\'s channel, and records who read which references', async () => {
    const late = await book('2026-09-02', '15:00', '赵六');
    const early = await book('2026-09-02', '08:30', '张三');
    await book('2026-09-03', '08:30');
    const { appointments: day, erased } = await staff.roster(CENTER, '2026-09-02', at(NOW));
    expect(day.map((a) => [a.reference, a.contact.name, a.channel])).toEqual([[early.reference, '张三', 'web'], [late.reference, '赵六', 'web']]);
    expect(erased).toBe(0);
    const [audit] = await storage.sql<Record<string, unknown>>('SELECT actor, action, center_id, day, refs, client FROM audit_events');
    expect(audit).toEqual({ actor: 'staff-1', action: 'roster-read', center_id: CENTER, day: '2026-09-02', refs: JSON.stringify([early.reference, late.reference]), client: 'client-a' });
    expect(JSON.stringify(await storage.sql('SELECT * FROM audit_events'))).not.toMatch(/张三|赵六|13800138000/);
  });

  it('checks a visit in on its day only, marks a no-show only once its slot began, each once, and never a cancelled visit', async () => {
    const visit = await book('2026-09-01', '10:00');
    const may = () => true;
    expect((await staff.mark('JN-2222-2222', 'checked-in', at(NOW), may)).kind).toBe('not-found');
    expect((await staff.mark(visit.reference, 'checked-in', at(NOW), () => false)).kind).toBe('forbidden');
    expect((await staff.mark(visit.reference, 'checked-in', at('2026-08-31T17:00:00+08:00'), may)).kind).toBe('not-visit-day');
    expect((await staff.mark(visit.reference, 'no-show', at(NOW), may)).kind).toBe('slot-not-started');
    expect(await staff.mark(visit.reference, 'checked-in', at(NOW), may)).toMatchObject({ kind: 'ok', appointment: { status: 'checked-in', updatedAt: NOW } });
    expect(await staff.mark(visit.reference, 'checked-in', at('2026-09-01T09:05:00+08:00'), may)).toMatchObject({ kind: 'ok', appointment: { updatedAt: NOW } });
    expect(await events('appointment.checked-in')).toHaveLength(1);
    // a mistaken check-in is put right by the other mark
    expect(await staff.mark(visit.reference, 'no-show', at('2026-09-01T10:20:00+08:00'), may)).toMatchObject({ kind: 'ok', appointment: { status: 'no-show' } });
    expect((await storage.sql<{ action: string }>('SELECT action FROM audit_events ORDER BY seq')).map((a) => a.action))
      .toEqual(['appointment-checked-in', 'appointment-no-show']);
    const cancelled = await book('2026-09-01', '11:00');
    await appointments.cancel(cancelled.reference, cancelled.manageToken, NOW);
    expect((await staff.mark(cancelled.reference, 'checked-in', at(NOW), may)).kind).toBe('appointment-cancelled');
    // the resident cannot cancel a visit that is over
    expect((await appointments.cancel(visit.reference, visit.manageToken, NOW)).kind).toBe('appointment-settled');
  });

  it('closes an afternoon: cancels what is booked in it and not begun, frees its places, writes the events, and refuses bookings and moves into it', async () => {
    const morning = await book('2026-09-02', '09:00');
    const two = await book('2026-09-02', '14:00');
    const half = await book('2026-09-02', '13:30'); // 13:30-14:00 ends as the closure begins: not closed
    const closure = await staff.close({ centerId: CENTER, date: '2026-09-02', from: '14:00', reason }, at(NOW));
    expect(closure).toMatchObject({ centerId: CENTER, date: '2026-09-02', from: '14:00', to: null, cancelled: 1, reopenedAt: null });
    expect(closure.id).toMatch(/^cl_[0-9A-Za-z]{16}$/);
    const status = async (ref: string) => (await storage.sql<{ status: string }>('SELECT status FROM appointments WHERE reference = ?', [ref]))[0]?.status;
    expect([await status(morning.reference), await status(two.reference), await status(half.reference)]).toEqual(['booked', 'cancelled-by-center', 'booked']);
    expect(await taken('2026-09-02', '14:00')).toBe(0);
    const [closed] = await events('center.closed');
    expect(closed.data.closure).toMatchObject({ id: closure.id, cancelled: 1, reason });
    const byCenter = await events('appointment.cancelled-by-center');
    expect(byCenter.map((e) => [e.data.appointment.reference, e.data.appointment.status, e.data.closure.id])).toEqual([[two.reference, 'cancelled-by-center', closure.id]]);
    expect((await appointments.book(request('2026-09-02', '15:00'), undefined, render)).kind).toBe('slot-closed');
    expect((await appointments.reschedule(morning.reference, morning.manageToken, slotOn('2026-09-02', '16:00'), NOW)).kind).toBe('slot-closed');
    expect((await appointments.book(request('2026-09-02', '10:00'), undefined, render)).kind).toBe('booked');
    expect((await staff.closures(CENTER, '2026-09-01', '2026-09-30')).map((c) => c.id)).toEqual([closure.id]);
  });

  it('leaves a visit already under way or checked in as it is when the rest of the day closes', async () => {
    const underWay = await book('2026-09-01', '09:30');
    const checkedIn = await book('2026-09-01', '10:00');
    await staff.mark(checkedIn.reference, 'checked-in', at(NOW), () => true);
    const closure = await staff.close({ centerId: CENTER, date: '2026-09-01', reason }, at('2026-09-01T09:40:00+08:00'));
    expect(closure.cancelled).toBe(0);
    const rows = await storage.sql<{ reference: string; status: string }>('SELECT reference, status FROM appointments ORDER BY slot_start');
    expect(rows).toEqual([{ reference: underWay.reference, status: 'booked' }, { reference: checkedIn.reference, status: 'checked-in' }]);
  });

  it('withdraws a closure before it begins, never after; the time is bookable again and the bookings stay cancelled', async () => {
    const visit = await book('2026-09-03', '09:00');
    const closure = await staff.close({ centerId: CENTER, date: '2026-09-03', from: '08:00', to: '12:00', reason }, at(NOW));
    expect(await staff.reopen('sc-370812', closure.id, at(NOW))).toEqual({ kind: 'not-found' });
    expect(await staff.reopen(CENTER, closure.id, at('2026-09-03T08:00:00+08:00'))).toEqual({ kind: 'closure-started' });
    const reopened = await staff.reopen(CENTER, closure.id, at('2026-09-02T18:00:00+08:00'));
    expect(reopened).toMatchObject({ kind: 'ok', closure: { id: closure.id, reopenedAt: '2026-09-02T18:00:00+08:00' } });
    expect(await staff.reopen(CENTER, closure.id, at('2026-09-02T18:01:00+08:00'))).toEqual({ kind: 'not-found' });
    expect(await staff.closures(CENTER, '2026-09-01', '2026-09-30')).toEqual([]);
    expect((await storage.sql<{ status: string }>('SELECT status FROM appointments WHERE reference = ?', [visit.reference]))[0]?.status).toBe('cancelled-by-center');
    expect((await appointments.book(request('2026-09-03', '09:00'), undefined, render)).kind).toBe('booked');
    expect(await events('center.reopened')).toHaveLength(1);
  });

  it('pages the audit log newest first by actor and days, records its own reading, and erases it only after its own period', async () => {
    for (const [actor, instant] of [['a', '2026-09-01T08:00:00+08:00'], ['b', '2026-09-02T08:00:00+08:00'], ['a', '2026-09-03T08:00:00+08:00'], ['a', '2026-09-04T08:00:00+08:00']] as const) {
      await staff.roster(CENTER, instant.slice(0, 10), { actor, client: 'c', at: instant });
    }
    const reader = at('2026-09-05T08:00:00+08:00');
    const first = await staff.auditEvents({ from: '2026-09-01', to: '2026-09-04', actor: 'a', limit: 2 }, reader);
    expect([first.total, first.events.map((e) => e.date)]).toEqual([3, ['2026-09-04', '2026-09-03']]);
    const rest = await staff.auditEvents({ from: '2026-09-01', to: '2026-09-04', actor: 'a', before: first.events.at(-1)!.seq, limit: 2 }, reader);
    expect(rest.events.map((e) => e.date)).toEqual(['2026-09-01']);
    const days = await staff.auditEvents({ from: '2026-09-02', to: '2026-09-02', limit: 10 }, reader);
    expect(days.events.map((e) => e.actor)).toEqual(['b']);
    expect((await storage.sql<{ n: number | string }>("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'audit-read'"))[0]?.n).toEqual(engineName === 'sqlite' ? 3 : '3');
    expect(await staff.eraseExpiredAudit(new Date('2027-09-01T09:00:00+08:00'), 365)).toBe(1);
  });

  it('erases the contact data of checked-in, no-show and center-cancelled visits on the schedule, keeping status and channel in the history', async () => {
    const seen = await book('2026-09-01', '10:00');
    await staff.mark(seen.reference, 'checked-in', at(NOW), () => true);
    await book('2026-09-04', '09:00');
    await staff.close({ centerId: CENTER, date: '2026-09-04', reason }, at(NOW));
    expect(await appointments.eraseExpiredContacts(new Date('2026-10-02T09:00:00+08:00'), 30)).toBe(2);
    expect(await storage.sql('SELECT day, status, channel FROM appointment_history ORDER BY day')).toEqual([
      { day: '2026-09-01', status: 'checked-in', channel: 'web' }, { day: '2026-09-04', status: 'cancelled-by-center', channel: 'web' },
    ]);
    expect(await staff.roster(CENTER, '2026-09-01', at('2026-10-02T09:00:00+08:00'))).toEqual({ appointments: [], erased: 1 });
  });
});
