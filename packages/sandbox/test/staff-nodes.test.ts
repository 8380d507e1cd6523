// Two API nodes on one PostgreSQL keep the centers' side's promises: a
// check-in sent to both at once is one change, one event and one audit
// event; a closure made on one node while residents book the same afternoon
// on the other leaves no booking in the closed time (each was refused, or
// booked and then cancelled by the center with its event), and no place
// counted for it; a hotline booking retried on both nodes at once while residents
// race for the same slot is one booking, and the slot's places are never exceeded.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { bookVisit, openSlots } from './resident.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshPostgresUrl } from './test-postgres.js';

let keys: TestStaffKeys;
let nodes: RunningSandbox[];
let pool: pg.Pool;

beforeAll(async () => {
  keys = await testStaffKeys();
  const url = await freshPostgresUrl();
  nodes = await Promise.all([apiSandbox({ db: url, staff: keys.options }), apiSandbox({ db: url, staff: keys.options })]);
  pool = new pg.Pool({ connectionString: url, max: 2 });
});
afterAll(async () => {
  await pool.end();
  for (const node of nodes) {
    expect(node.responseViolations()).toEqual([]);
    await node.close();
  }
});

const count = async (sql: string, values: unknown[] = []) => Number((await pool.query(sql, values)).rows[0].n);

describe('the staff API on two nodes and one PostgreSQL', () => {
  it('makes a check-in sent to both nodes at once one change, one event and one audit event', async () => {
    const visit = await bookVisit(nodes[0]!.url, '2026-09-01T11:00:00+08:00', { center: 'sc-370812' });
    const token = await keys.token({ sub: 'staff-yanzhou-1', roles: ['center-staff'], centers: ['sc-370812'] });
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => fetch(`${nodes[i % 2]!.url}/v1/staff/appointments/${visit.reference}/check-in`, {
      method: 'POST', headers: { authorization: `Bearer ${token}` },
    }).then(async (r) => [r.status, ((await r.json()) as { status: string }).status])));
    expect(replies).toEqual(Array.from({ length: 8 }, () => [200, 'checked-in']));
    expect(await count(`SELECT COUNT(*) AS n FROM events WHERE type = 'appointment.checked-in' AND body LIKE $1`, [`%${visit.reference}%`])).toBe(1);
    expect(await count(`SELECT COUNT(*) AS n FROM audit_events WHERE action = 'appointment-checked-in' AND reference = $1`, [visit.reference])).toBe(1);
  });

  it('leaves no booking in an afternoon one node closes while residents book it on the other', async () => {
    const date = '2026-09-08';
    const afternoon = (await openSlots(nodes[1]!.url, date, 'sc-370811', 'mediation')).filter((start) => start.slice(11, 16) >= '14:00');
    expect(afternoon.length).toBeGreaterThan(4);
    const token = await keys.token({ sub: 'staff-rencheng-1', roles: ['center-staff'], centers: ['sc-370811'] });
    const bookings = afternoon.flatMap((start) => [0, 1].map((n) => bookVisit(nodes[1]!.url, start, {
      center: 'sc-370811', service: 'mediation', contact: { name: '居民', phone: `1390000${String(afternoon.indexOf(start)).padStart(2, '0')}${n}0` },
    })));
    const closing = fetch(`${nodes[0]!.url}/v1/staff/centers/sc-370811/closures`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ date, from: '14:00', reason: { 'zh-CN': '停电', en: 'Power cut' } }),
    });
    const [visits, closed] = await Promise.all([Promise.all(bookings), closing]);
    expect(closed.status).toBe(201);
    const { cancelled, id } = (await closed.json()) as { cancelled: number; id: string };
    const booked = visits.filter((v) => v.status === 201);
    expect(visits.every((v) => v.status === 201 || v.status === 409)).toBe(true);
    // what booked before the closure is cancelled by it; what came after was refused
    expect(cancelled).toBe(booked.length);
    expect(await count(`SELECT COUNT(*) AS n FROM appointments WHERE center_id = 'sc-370811' AND status = 'booked'
      AND slot_start >= $1 AND slot_start < $2`, [`${date}T14:00:00+08:00`, `${date}T24:00:00+08:00`])).toBe(0);
    expect(await count(`SELECT COALESCE(SUM(taken), 0) AS n FROM slot_places WHERE center_id = 'sc-370811' AND slot_start >= $1 AND slot_start < $2`,
      [`${date}T14:00:00+08:00`, `${date}T24:00:00+08:00`])).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM events WHERE type = 'appointment.cancelled-by-center' AND body LIKE $1`, [`%${id}%`])).toBe(booked.length);
  });

  it('books a caller once for a hotline booking retried on both nodes, and never past the slot\'s places while residents race for it', async () => {
    const date = '2026-09-09';
    const [slot] = await openSlots(nodes[0]!.url, date);
    const availability = await (await fetch(`${nodes[0]!.url}/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=${date}&to=${date}`)).json();
    const places = availability.days[0].slots.find((s: { start: string }) => s.start === slot).remaining as number;
    const token = await keys.token({ sub: 'hotline-9', roles: ['hotline-operator'] });
    const call = JSON.stringify({
      center: 'sc-370811', service: 'legal-consultation', slotStart: slot, contact: { name: '李秀兰', phone: '13900139000' },
      consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true, form: 'oral' },
    });
    const hotline = Array.from({ length: 4 }, (_, i) => fetch(`${nodes[i % 2]!.url}/v1/staff/appointments`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'hotline-retry-across-nodes-1' }, body: call,
    }).then(async (r) => ({ status: r.status, reference: ((await r.json()) as { reference?: string }).reference })));
    const residents = Array.from({ length: places + 2 }, (_, i) => bookVisit(nodes[i % 2]!.url, slot!, { contact: { name: '居民', phone: `1370000${String(i).padStart(4, '0')}` } }));
    const [calls, visits] = await Promise.all([Promise.all(hotline), Promise.all(residents)]);
    const callStatuses = new Set(calls.map((c) => c.status));
    // the call got its place (every retry answers the same booking), or the slot was full for it first
    expect(callStatuses.size).toBe(1);
    if (callStatuses.has(201)) expect(new Set(calls.map((c) => c.reference)).size).toBe(1);
    const booked = visits.filter((v) => v.status === 201).length + (callStatuses.has(201) ? 1 : 0);
    expect(booked).toBe(places);
    expect(await count(`SELECT COUNT(*) AS n FROM appointments WHERE slot_start = $1 AND center_id = 'sc-370811' AND service = 'legal-consultation' AND status = 'booked'`,
      [slot])).toBe(places);
    expect(await count(`SELECT COUNT(*) AS n FROM appointments WHERE channel = 'hotline' AND slot_start = $1`, [slot])).toBe(callStatuses.has(201) ? 1 : 0);
  });
});
