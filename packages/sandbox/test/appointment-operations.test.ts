// The booking operations on a real in-memory SQLite store, with a two-slot
// test calendar standing in for @plskit/core's (the HTTP tests use the real one).
import { APPOINTMENT_PRIVACY_NOTICE } from '@plskit/core';
import { describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { appointmentOperations, type ContactRules, type SlotCalendar } from '../src/operations/appointment-operations.js';
import { ProblemError, type ShellRequest } from '../src/operations/operation.js';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_KEY_RING } from './test-keys.js';

const now = new Date('2026-09-01T09:00:00+08:00');
const calendar: SlotCalendar = {
  day: (_center, _service, date) => date === '2026-09-05'
    ? { date, status: 'closed-weekend', provisional: false, slots: [] }
    : {
        date, status: 'open', provisional: false, slots: [
          { start: `${date}T08:30:00+08:00`, end: `${date}T09:00:00+08:00`, capacity: 3 },
          { start: `${date}T09:00:00+08:00`, end: `${date}T09:30:00+08:00`, capacity: 1 },
        ],
      },
};
const contactRules: ContactRules = {
  isValidPhone: (p) => /^1[3-9]\d{9}$/.test(p),
  maskName: (n) => `${n.slice(0, 1)}**`,
  maskPhone: (p) => `${p.slice(0, 3)}****${p.slice(-4)}`,
};

async function operations() {
  const storage = await openStorage(':memory:', { keys: TEST_KEY_RING });
  await storage.seed(generateJiningDataset(), 'now');
  return appointmentOperations({
    directory: storage.directory, appointments: storage.appointments, clock: () => now, calendar, contactRules,
    privacyNotice: APPOINTMENT_PRIVACY_NOTICE, closures: (center, from, to) => storage.staff.closures(center, from, to),
    bookingRules: { phoneVerification: false, maxActivePerPhone: undefined, hotlineNumber: '12348' }, vault: storage.vault,
  });
}

// one builder for every operation's request: the pipeline's shape, cast to whichever handler it is passed to
const request = (body: unknown, extra: Partial<ShellRequest> = {}): never => ({
  operationId: 'x', params: {}, query: {}, body, headers: {}, locale: 'en', client: 'ip:127.0.0.1', now, ...extra,
}) as never;

const booking = {
  center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T09:00:00+08:00',
  contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE.version, agreed: true },
};

async function problemOf(fn: () => unknown): Promise<ProblemError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('appointment operations', () => {
  it('shows availability per day: places left, no places in the past, closed days without slots', async () => {
    const ops = await operations();
    await ops.bookAppointment!(request(booking));
    const reply = await ops.getAvailability!(request(undefined, {
      query: { center: 'sc-370811', service: 'legal-consultation', from: '2026-09-01', to: '2026-09-05' },
    }));
    const days = (reply.body as { days: { date: string; status: string; slots: { start: string; remaining: number }[] }[] }).days;
    expect(days.map((d) => d.date)).toEqual(['2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05']);
    expect(days[0]?.slots.map((s) => s.remaining)).toEqual([0, 0]); // 08:30 and 09:00 today are not after now
    expect(days[1]?.slots.map((s) => s.remaining)).toEqual([3, 0]); // the 09:00 slot had 1 place, now taken
    expect(days[4]).toMatchObject({ status: 'closed-weekend', slots: [] });
  });

  it('refuses a range that ends before it starts or is longer than 31 days', async () => {
    const ops = await operations();
    const query = { center: 'sc-370811', service: 'legal-consultation' };
    expect((await problemOf(() => ops.getAvailability!(request(undefined, { query: { ...query, from: '2026-09-05', to: '2026-09-01' } })))).errors)
      .toEqual([expect.objectContaining({ field: 'to', code: 'range' })]);
    expect((await problemOf(() => ops.getAvailability!(request(undefined, { query: { ...query, from: '2026-09-01', to: '2026-10-05' } })))).status).toBe(400);
  });

  it('books with a masked contact and returns the manage token once', async () => {
    const ops = await operations();
    const reply = await ops.bookAppointment!(request(booking));
    expect(reply.status).toBe(201);
    const body = reply.body as { reference: string; manageToken: string; contact: unknown; status: string };
    expect(body.contact).toEqual({ name: '王**', phone: '138****8000' });
    expect(body.status).toBe('booked');
    const fetched = await ops.getAppointment!(request(undefined, { params: { reference: body.reference }, headers: { 'x-manage-token': body.manageToken } }));
    expect(fetched.body).not.toHaveProperty('manageToken');
    expect(JSON.stringify(fetched.body)).not.toContain('13800138000');
  });

  it('refuses invalid contacts, unknown centers, services not offered, and slots that do not exist or have passed', async () => {
    const ops = await operations();
    const field = async (body: unknown) => (await problemOf(() => ops.bookAppointment!(request(body)))).errors?.[0]?.field;
    expect(await field({ ...booking, contact: { name: '王', phone: '12345' } })).toBe('/contact/phone');
    expect(await field({ ...booking, center: 'sc-nowhere' })).toBe('/center');
    expect(await field({ ...booking, center: 'sc-370811-01', service: 'notarization' })).toBe('/service');
    const code = async (body: unknown) => (await problemOf(() => ops.bookAppointment!(request(body)))).code;
    expect(await code({ ...booking, slotStart: '2026-09-02T09:10:00+08:00' })).toBe('slot-unavailable');
    expect(await code({ ...booking, slotStart: '2026-09-01T08:30:00+08:00' })).toBe('slot-unavailable');
    expect(await code({ ...booking, slotStart: '2026-12-30T08:30:00+08:00' })).toBe('slot-unavailable'); // beyond 60 days
  });

  it('replays an idempotent booking and refuses the key with another body', async () => {
    const ops = await operations();
    const headers = { 'idempotency-key': 'operations-retry-1234' };
    const first = await ops.bookAppointment!(request(booking, { headers }));
    const again = await ops.bookAppointment!(request({ ...booking, contact: { phone: '13800138000', name: '王小明' } }, { headers }));
    expect(again.body).toEqual(first.body);
    expect(again.headers).toEqual({ 'Idempotent-Replayed': 'true' });
    const reused = await problemOf(() => ops.bookAppointment!(request({ ...booking, note: 'other' }, { headers })));
    expect([reused.status, reused.code]).toEqual([422, 'idempotency-key-reused']);
  });

  it('cancels (the place returns) and reschedules only into an open slot, with the right token', async () => {
    const ops = await operations();
    const { reference, manageToken } = (await ops.bookAppointment!(request(booking))).body as { reference: string; manageToken: string };
    const other = (await ops.bookAppointment!(request({ ...booking, slotStart: '2026-09-03T09:00:00+08:00' }))).body as { reference: string };
    expect(other.reference).not.toBe(reference);
    const manage = (extra: Partial<ShellRequest>) => request(undefined, { params: { reference }, headers: { 'x-manage-token': manageToken }, ...extra });
    expect((await problemOf(() => ops.getAppointment!(manage({ headers: { 'x-manage-token': 'wrong' } })))).code).toBe('manage-token-invalid');
    // an unknown reference answers like a wrong token: references cannot be probed
    expect((await problemOf(() => ops.getAppointment!(manage({ params: { reference: 'JN-2222-2222' } })))).code).toBe('manage-token-invalid');
    expect((await problemOf(() => ops.rescheduleAppointment!(manage({ body: { slotStart: '2026-09-03T09:00:00+08:00' } })))).code).toBe('slot-full');
    const moved = await ops.rescheduleAppointment!(manage({ body: { slotStart: '2026-09-03T08:30:00+08:00' } }));
    expect((moved.body as { slot: { start: string } }).slot.start).toBe('2026-09-03T08:30:00+08:00');
    const cancelled = await ops.cancelAppointment!(manage({}));
    expect((cancelled.body as { status: string }).status).toBe('cancelled');
    expect((await problemOf(() => ops.rescheduleAppointment!(manage({ body: { slotStart: '2026-09-04T08:30:00+08:00' } })))).code).toBe('appointment-cancelled');
    // the 09:00 slot of 2 Sept (1 place) was freed by the reschedule: it can be booked again
    expect((await ops.bookAppointment!(request(booking))).status).toBe(201);
  });
});
