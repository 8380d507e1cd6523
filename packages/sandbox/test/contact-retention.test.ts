// PIPL Art 19 and 47: a booking's contact data goes once its purpose is
// served (the visit, or the cancellation, plus the retention days), and it goes
// from the database file's bytes, not only from query results.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import type { LogEntry } from '../src/logger.js';
import { optionsFromEnv } from '../src/options.js';
import { startSandbox } from '../src/sandbox.js';
import { appointmentStore, type BookingRequest } from '../src/store/appointment-store.js';
import { openDatabase } from '../src/store/database.js';
import { seedDataset } from '../src/store/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const render = (a: { reference: string }, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });
const slot = (day: string) => ({ centerId: 'sc-370800', service: 'legal-consultation', start: `${day}T09:00:00+08:00`, end: `${day}T09:30:00+08:00`, capacity: 4 });
const request = (day: string, now: string): BookingRequest => ({
  slot: slot(day), contact: { name: '王小明', phone: '13800138000' }, privacyNotice: '2026-01', now,
});

describe('contact data retention', () => {
  it('erases a booking 30 days after its visit day and a cancellation 30 days after it was cancelled, keeping center, service, day, status', async () => {
    const db = openDatabase(':memory:');
    seedDataset(db, generateJiningDataset(), 'now');
    const store = appointmentStore(db);
    await store.book(request('2026-09-02', '2026-09-01T09:00:00+08:00'), undefined, render);
    const cancelled = await store.book(request('2026-11-20', '2026-09-01T09:00:00+08:00'), undefined, render) as
      { reply: { body: { reference: string; manageToken: string } } };
    await store.cancel(cancelled.reply.body.reference, cancelled.reply.body.manageToken, '2026-09-05T12:00:00+08:00');
    await store.book(request('2026-10-20', '2026-09-01T09:00:00+08:00'), undefined, render);

    // the visit ended 2026-09-02 09:30: 30 days later, a minute short, it is still kept
    expect(await store.eraseExpiredContacts(new Date('2026-10-02T09:29:00+08:00'), 30)).toBe(0);
    expect(await store.eraseExpiredContacts(new Date('2026-10-02T09:31:00+08:00'), 30)).toBe(1);
    // the cancellation of a future booking counts from the day it was cancelled
    expect(await store.eraseExpiredContacts(new Date('2026-10-05T12:01:00+08:00'), 30)).toBe(1);
    expect(db.prepare('SELECT center_id, service, day, status FROM appointment_history ORDER BY day').all()).toEqual([
      { center_id: 'sc-370800', service: 'legal-consultation', day: '2026-09-02', status: 'booked' },
      { center_id: 'sc-370800', service: 'legal-consultation', day: '2026-11-20', status: 'cancelled' },
    ]);
    // the booking still ahead keeps its contact
    expect(db.prepare('SELECT slot_start, contact_name FROM appointments').all())
      .toEqual([{ slot_start: '2026-10-20T09:00:00+08:00', contact_name: '王小明' }]);
    expect((await store.get(cancelled.reply.body.reference, cancelled.reply.body.manageToken)).kind).toBe('manage-token-invalid');
  });

  it('sweeps at start-up, and the erased name, phone and note are gone from the file\'s bytes, WAL included', async () => {
    const db = join(dir, 'sandbox.db');
    const resident = { name: '欧阳保密', phone: '13912345678' };
    const note = 'retention-probe-需要轮椅通道';
    const options = { port: 0, db, logger: false as const, rateLimit: false as const, demoDir: false as const, cdnDir: false as const };
    const first = await startSandbox({ ...options, now: '2026-09-01T09:00:00+08:00' });
    const response = await fetch(`${first.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'retention-test-0001' },
      body: JSON.stringify({ center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T09:00:00+08:00',
        contact: resident, note, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect(response.status).toBe(201);
    await first.close();

    const fileBytes = () => Buffer.concat([db, `${db}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    const secrets = [resident.name, resident.phone, note].map((s) => Buffer.from(s));
    // the check can fail: before the sweep, the file holds them
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([true, true, true]);

    const logs: LogEntry[] = [];
    // 31 days after the visit: the start-up sweep erases the booking
    const later = await startSandbox({ ...options, now: '2026-10-03T10:00:00+08:00', logger: (e) => logs.push(e) });
    expect(logs).toContainEqual(expect.objectContaining({ event: 'contact-data-erased', count: 1 }));
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([false, false, false]);
    await later.close();
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([false, false, false]);
  });

  it('reads PLSKIT_RETAIN_CONTACT_DAYS and refuses what is not a whole number of days', () => {
    expect(optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: '7' })).toEqual({ retainContactDays: 7 });
    expect(() => optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: '-1' })).toThrow(/PLSKIT_RETAIN_CONTACT_DAYS/);
    expect(() => optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: 'forever' })).toThrow(/PLSKIT_RETAIN_CONTACT_DAYS/);
  });
});
