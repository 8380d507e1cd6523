// A resident books a visit, a partner's server retries, a resident changes and
// cancels it: over HTTP, on the fixed clock of 1 September 2026, 09:00.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

let sandbox: RunningSandbox;
beforeAll(async () => { sandbox = await apiSandbox(); });
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
});

interface Slot { start: string; end: string; capacity: number; remaining: number }
interface Day { date: string; status: string; holiday?: { 'zh-CN': string; en: string }; slots: Slot[] }

const center = 'sc-370811';
const service = 'legal-consultation';
let keyCounter = 0;

async function availability(from: string, to: string, c = center, s = service): Promise<Day[]> {
  const response = await fetch(`${sandbox.url}/v1/appointments/availability?center=${c}&service=${s}&from=${from}&to=${to}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { days: Day[] }).days;
}

function book(body: Record<string, unknown>, key = `test-key-${++keyCounter}-${Date.now()}`, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * A number of the slot's own (139, then its month, day, hour and minute): one
 * number may hold only 2 future visits (PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE),
 * and these tests book many; a retry of the same booking keeps its number.
 */
const phoneFor = (slotStart: string) => `139${slotStart.slice(5, 7)}${slotStart.slice(8, 10)}${slotStart.slice(11, 13)}${slotStart.slice(14, 16)}`;

const booking = (slotStart: string, extra: Record<string, unknown> = {}) => ({
  center, service, slotStart,
  contact: { name: '王小明', phone: phoneFor(slotStart) },
  consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
  ...extra,
});

function manage(reference: string, action: '' | '/cancel' | '/reschedule', token: string, body?: unknown) {
  return fetch(`${sandbox.url}/v1/appointments/${reference}${action}`, {
    method: action ? 'POST' : 'GET',
    headers: { 'x-manage-token': token, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

async function firstOpenSlot(date: string): Promise<Slot> {
  const [day] = await availability(date, date);
  const slot = day?.slots.find((s) => s.remaining > 0);
  if (!slot) throw new Error(`no open slot on ${date}`);
  return slot;
}

describe('appointments over HTTP', () => {
  it('follows the holiday calendar: weekends, make-up working days, Mid-Autumn and National Day', async () => {
    const days = await availability('2026-09-18', '2026-10-10');
    const status = Object.fromEntries(days.map((d) => [d.date, d.status]));
    expect(status['2026-09-18']).toBe('open');
    expect(status['2026-09-19']).toBe('closed-weekend');
    expect(status['2026-09-20']).toBe('open'); // Sunday, a make-up working day
    expect(status['2026-09-25']).toBe('closed-holiday');
    for (const date of ['2026-10-01', '2026-10-04', '2026-10-07']) expect(status[date]).toBe('closed-holiday');
    expect(status['2026-10-10']).toBe('open'); // Saturday, a make-up working day
    const nationalDay = days.find((d) => d.date === '2026-10-01');
    expect(nationalDay?.holiday?.['zh-CN']).toBeTruthy();
    expect(nationalDay?.slots).toEqual([]);
  });

  it('changes the afternoon from summer (14:00) to winter (13:30) hours', async () => {
    const [september] = await availability('2026-09-21', '2026-09-21');
    const [october] = await availability('2026-10-12', '2026-10-12');
    expect(september?.slots.some((s) => s.start === '2026-09-21T14:00:00+08:00')).toBe(true);
    expect(october?.slots.some((s) => s.start === '2026-10-12T13:30:00+08:00')).toBe(true);
  });

  it('on the fixed clock, offers nothing before 09:00 today and everything tomorrow', async () => {
    const [today] = await availability('2026-09-01', '2026-09-01');
    for (const slot of today?.slots ?? []) {
      if (slot.start <= '2026-09-01T09:00:00+08:00') expect(slot.remaining).toBe(0);
    }
    const [tomorrow] = await availability('2026-09-02', '2026-09-02');
    expect(tomorrow?.slots.every((s) => s.remaining === s.capacity)).toBe(true);
  });

  it('books a slot: 201, a reference, the manage token once, the contact masked', async () => {
    const slot = await firstOpenSlot('2026-09-03');
    const response = await book(booking(slot.start));
    expect(response.status).toBe(201);
    const appointment = await response.json();
    expect(appointment.reference).toMatch(/^JN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(appointment.manageToken.length).toBeGreaterThanOrEqual(32);
    expect(appointment.contact.phone).not.toContain(phoneFor(slot.start));
    expect(appointment.privacyNotice).toBe(APPOINTMENT_PRIVACY_NOTICE_VERSION);
    const [day] = await availability('2026-09-03', '2026-09-03');
    expect(day?.slots.find((s) => s.start === slot.start)?.remaining).toBe(slot.remaining - 1);

    const fetched = await manage(appointment.reference, '', appointment.manageToken);
    expect(fetched.status).toBe(200);
    const body = await fetched.json();
    expect(body).not.toHaveProperty('manageToken');
    expect(body.status).toBe('booked');
  });

  it('replays the first reply for a retried Idempotency-Key, and refuses the key with another body', async () => {
    const slot = await firstOpenSlot('2026-09-04');
    const first = await book(booking(slot.start), 'partner-retry-0001');
    const again = await book(booking(slot.start), 'partner-retry-0001');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const [day] = await availability('2026-09-04', '2026-09-04');
    expect(day?.slots.find((s) => s.start === slot.start)?.remaining).toBe(slot.remaining - 1);
    const reused = await book(booking(slot.start, { note: 'different' }), 'partner-retry-0001');
    expect(reused.status).toBe(422);
    expect((await reused.json()).code).toBe('idempotency-key-reused');
  });

  it('cancels (the place returns) and reschedules with the manage token only', async () => {
    const slot = await firstOpenSlot('2026-09-07');
    const appointment = await (await book(booking(slot.start))).json();
    const wrong = await manage(appointment.reference, '', 'not-the-token-not-the-token-not-the-token');
    expect([wrong.status, (await wrong.json()).code]).toEqual([403, 'manage-token-invalid']);
    // an unknown reference answers exactly like a wrong token: which references exist cannot be probed
    const unknown = await manage('JN-2222-2222', '', appointment.manageToken);
    expect([unknown.status, (await unknown.json()).code]).toEqual([403, 'manage-token-invalid']);

    const target = await firstOpenSlot('2026-09-08');
    const moved = await manage(appointment.reference, '/reschedule', appointment.manageToken, { slotStart: target.start });
    expect(moved.status).toBe(200);
    expect((await moved.json()).slot.start).toBe(target.start);
    const [before] = await availability('2026-09-07', '2026-09-07');
    expect(before?.slots.find((s) => s.start === slot.start)?.remaining).toBe(slot.remaining);

    const closed = await manage(appointment.reference, '/reschedule', appointment.manageToken, { slotStart: '2026-10-01T09:00:00+08:00' });
    expect([closed.status, (await closed.json()).code]).toEqual([409, 'slot-unavailable']);

    const cancelled = await manage(appointment.reference, '/cancel', appointment.manageToken);
    expect((await cancelled.json()).status).toBe('cancelled');
    const [after] = await availability('2026-09-08', '2026-09-08');
    expect(after?.slots.find((s) => s.start === target.start)?.remaining).toBe(target.remaining);
  });

  it('refuses bad bookings with a problem naming the field, never a 500', async () => {
    const slot = await firstOpenSlot('2026-09-09');
    const cases: [Record<string, unknown>, string][] = [
      [booking(slot.start, { contact: { name: '王小明', phone: '12345' } }), '/contact/phone'],
      // no ID number is asked at booking (PIPL Art 6): the field does not exist
      [booking(slot.start, { contact: { name: '王小明', phone: '13800138000', idNumber: '11010519491231002X' } }), '/contact/idNumber'],
      [booking(slot.start, { contact: { name: 42, phone: '13800138000' } }), '/contact/name'],
      [booking(slot.start, { admin: true }), '/admin'],
      [booking(slot.start, { consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: false } }), '/consent/agreed'],
      [booking(slot.start, { center: 'sc-nowhere' }), '/center'],
      [booking(slot.start, { slotStart: 'tomorrow' }), '/slotStart'],
      [booking(slot.start, { note: 'x'.repeat(2000) }), '/note'],
    ];
    for (const [body, field] of cases) {
      const response = await book(body);
      const text = await response.text();
      expect(response.status, field).toBe(400);
      expect(JSON.parse(text).errors.map((e: { field: string }) => e.field), field).toContain(field);
      expect(text).not.toContain('13800138000'); // the input is never echoed
      expect(text).not.toContain('11010519491231002X');
    }
    const noKey = await fetch(`${sandbox.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(booking(slot.start)),
    });
    expect(noKey.status).toBe(400);
    const malformed = await fetch(`${sandbox.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'malformed-body-attempt-001' }, body: '{"center":',
    });
    expect([malformed.status, (await malformed.json()).code]).toEqual([400, 'malformed-json']);
    const oversize = await book({ ...booking(slot.start), note: 'x'.repeat(100_000) });
    expect(oversize.status).toBe(413);
    const past = await book(booking('2026-09-01T08:30:00+08:00'));
    expect([past.status, (await past.json()).code]).toEqual([409, 'slot-unavailable']);
  });

  it('lets exactly as many of 200 simultaneous bookings succeed as the slot has places', async () => {
    const slot = await firstOpenSlot('2026-09-10');
    // 200 residents, each with a number of their own
    const resident = (i: number) => ({ contact: { name: '王小明', phone: `137${String(i).padStart(8, '0')}` } });
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => book(booking(slot.start, resident(i)), `crowd-${i}-attempt-key`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(slot.capacity);
    expect(statuses.filter((s) => s === 409)).toHaveLength(200 - slot.capacity);
    const codes = await Promise.all(responses.filter((r) => r.status === 409).map(async (r) => (await r.json()).code));
    expect(new Set(codes)).toEqual(new Set(['slot-full']));
  });
});
