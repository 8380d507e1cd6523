// PIPL Art 19 and 47: a booking's contact data goes once its purpose is
// served (the visit, or the cancellation, plus the retention days), and it goes
// from the database file's bytes, not only from query results: the sealed
// contact and its data key both. (When each
// booking is erased, on both engines: test/store/appointment-store.test.ts.)
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/logger.js';
import { optionsFromEnv } from '../src/options.js';
import { startSandbox } from '../src/sandbox.js';
import { TEST_DATA_KEY } from './test-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contact data retention', () => {
  it('sweeps at start-up, and the erased name, phone and note are gone from the file\'s bytes, WAL included', async () => {
    const db = join(dir, 'sandbox.db');
    const resident = { name: '欧阳保密', phone: '13912345678' };
    const note = 'retention-probe-需要轮椅通道';
    const options = { port: 0, db, dataKey: TEST_DATA_KEY, logger: false as const, rateLimit: false as const, demoDir: false as const, cdnDir: false as const };
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
    // kept sealed: the file never holds them in clear, only the sealed contact and its wrapped data key
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([false, false, false]);
    const file = new Database(db, { readonly: true });
    const kept = file.prepare(`SELECT a.sealed_contact, k.wrapped FROM appointments a JOIN data_keys k ON k.id = a.data_key`).get() as
      { sealed_contact: string; wrapped: string };
    file.close();
    const sealed = [kept.sealed_contact, kept.wrapped].map((s) => Buffer.from(s));
    // the check can fail: before the sweep, the file holds them
    expect(sealed.map((s) => fileBytes().includes(s))).toEqual([true, true]);

    const logs: LogEntry[] = [];
    // 31 days after the visit: the start-up sweep erases the booking
    const later = await startSandbox({ ...options, now: '2026-10-03T10:00:00+08:00', logger: (e) => logs.push(e) });
    expect(logs).toContainEqual(expect.objectContaining({ event: 'contact-data-erased', count: 1 }));
    expect(sealed.map((s) => fileBytes().includes(s))).toEqual([false, false]);
    await later.close();
    expect(sealed.map((s) => fileBytes().includes(s))).toEqual([false, false]);
  });

  it('reads PLSKIT_RETAIN_CONTACT_DAYS and refuses what is not a whole number of days', () => {
    expect(optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: '7' })).toEqual({ retainContactDays: 7 });
    expect(() => optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: '-1' })).toThrow(/PLSKIT_RETAIN_CONTACT_DAYS/);
    expect(() => optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: 'forever' })).toThrow(/PLSKIT_RETAIN_CONTACT_DAYS/);
  });
});
