// The erasure promise on SQLite: erased contact data is overwritten
// (secure_delete) and gone from the write-ahead log once a checkpoint has
// copied the zeroed pages back. A reader holding an older snapshot stops that
// checkpoint; the sweep then retries, says so in the log and in health until
// one succeeds, and a later sweep finishes the job.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateJiningDataset, startSandbox, type LogEntry } from '../../src/index.js';
import { openStorage } from '../../src/store/open-storage.js';
import { openDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { truncateWal } from '../../src/store/sqlite/sqlite-wal-checkpoint.js';
import { booking, FIXED_NOW, RESIDENT, send } from './attacker.js';
import { TEST_DATA_KEY, TEST_KEY_RING } from '../test-keys.js';

const work = mkdtempSync(join(tmpdir(), 'plskit-erasure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The database's bytes, its WAL included, hold `text`. */
const holds = (file: string, text: string): boolean =>
  Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f))).includes(Buffer.from(text));

/** The booking's sealed contact and its wrapped data key: what erasure must leave nowhere (the contact is never in clear). */
function sealedBooking(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT a.sealed_contact, k.wrapped FROM appointments a JOIN data_keys k ON k.id = a.data_key').get() as
    { sealed_contact: string; wrapped: string };
  db.close();
  return [row.sealed_contact, row.wrapped];
}

/** Another process's reader on an older snapshot: a backup tool, a `sqlite3` shell left in a transaction. */
function snapshotReader(file: string): { release(): void } {
  const reader = new Database(file);
  reader.exec('BEGIN');
  reader.prepare('SELECT COUNT(*) FROM appointments').get();
  return { release: () => { reader.exec('COMMIT'); reader.close(); } };
}

const LATER = '2026-10-03T10:00:00+08:00'; // 31 days after the visit: erased at start-up

describe('erasure on SQLite', () => {
  it('says in the log and in health when a checkpoint could not overwrite what it erased', async () => {
    const file = join(work, 'reported.db');
    const options = { port: 0, db: file, dataKey: TEST_DATA_KEY, demoDir: false as const, cdnDir: false as const, rateLimit: false as const };
    const first = await startSandbox({ ...options, now: FIXED_NOW, logger: false });
    expect((await send(`${first.url}/v1/appointments`, { method: 'POST', body: booking(), headers: { 'idempotency-key': 'erasure-report-attempt-1' } })).status).toBe(201);
    await first.close();
    const sealed = sealedBooking(file);
    expect(holds(file, RESIDENT.phone)).toBe(false);

    const reader = snapshotReader(file);
    const logs: LogEntry[] = [];
    const later = await startSandbox({ ...options, now: LATER, logger: (entry) => logs.push(entry) });
    try {
      expect(logs).toContainEqual(expect.objectContaining({ event: 'contact-data-erased', count: 1 }));
      expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', event: 'erasure-pending' }));
      expect((await send(`${later.url}/v1/health`)).json()).toMatchObject({ status: 'degraded', erasure: 'pending', capabilities: { reads: true, writes: true } });
      // what the report is about: the bytes are still in the file
      expect(sealed.map((text) => holds(file, text))).toEqual([true, true]);
    } finally {
      reader.release();
      await later.close();
    }
    expect(sealed.map((text) => holds(file, text))).toEqual([false, false]);
  });

  it('finishes an erasure whose checkpoint could not run at the next sweep, with nothing left in the file or the WAL', async () => {
    const file = join(work, 'retried.db');
    const engine = await openStorage(file, { keys: TEST_KEY_RING });
    await engine.seed(generateJiningDataset(), FIXED_NOW);
    const slot = { centerId: 'sc-370811', service: 'legal-consultation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 3 };
    await engine.appointments.book({ slot, contact: { name: RESIDENT.name, phone: RESIDENT.phone }, privacyNotice: 'x', locale: 'zh-CN', now: FIXED_NOW },
      undefined, () => ({ status: 201, body: {} }));
    const sealed = sealedBooking(file);
    const reader = snapshotReader(file);
    try {
      expect(await engine.appointments.eraseExpiredContacts(new Date(LATER), 30)).toBe(1);
      expect(engine.storage.erasurePending()).toBe(true);
    } finally {
      reader.release();
    }
    // the next sweep has nothing new to erase, and checkpoints what the last one owed
    expect(await engine.appointments.eraseExpiredContacts(new Date(LATER), 30)).toBe(0);
    expect(engine.storage.erasurePending()).toBe(false);
    expect(sealed.map((text) => holds(file, text))).toEqual([false, false]);
    await engine.close();
  });

  it('retries a checkpoint a reader holds up, and succeeds once the reader lets go', async () => {
    const file = join(work, 'checkpoint.db');
    const db = openDatabase(file);
    db.exec("INSERT INTO dataset_meta (key, value) VALUES ('probe', 'x')");
    const reader = snapshotReader(file);
    db.exec("UPDATE dataset_meta SET value = 'y' WHERE key = 'probe'");
    setTimeout(() => reader.release(), 30);
    expect(await truncateWal(db, [200])).toBe(true);
    expect(await truncateWal(db, [])).toBe(true);
    db.close();
  });
});
