// PIPL Arts 19 and 47 for work orders: the question, the contact, the
// answers and a center's reason for returning one are never in the file in
// clear (sealed under the work order's own data key), and the sealed value
// and its key go once the retention after closing has run out, from the database file's bytes (secure_delete and a
// WAL checkpoint), not only from query results. (Which work orders go, on both engines: test/store/work-order-store.test.ts.)
// And the operator's time limits, read from the environment.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/logger.js';
import { optionsFromEnv } from '../src/options.js';
import { startSandbox } from '../src/sandbox.js';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_DATA_KEY, TEST_KEY_RING } from './test-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-work-order-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('work-order retention', () => {
  it('erases a closed work order\'s question, contact and answer from the file\'s bytes, WAL included, once the retention has run out', async () => {
    const db = join(dir, 'sandbox.db');
    const resident = { name: '欧阳保密', phone: '13912345678' };
    const question = 'retention-probe 邻居占用了我家的宅基地怎么办';
    const answer = 'answer-probe 可以先申请村委会调解';
    const reason = 'reason-probe 来访人住在邻县';
    const options = { port: 0, db, dataKey: TEST_DATA_KEY, logger: false as const, rateLimit: false as const, demoDir: false as const, cdnDir: false as const };
    const first = await startSandbox({ ...options, now: '2026-09-01T09:00:00+08:00' });
    const response = await fetch(`${first.url}/v1/work-orders`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ kind: 'question', topic: 'real-estate', region: '370830', text: question, contact: resident,
        consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    await first.close();
    const staff = await openStorage(db, { keys: TEST_KEY_RING });
    // passed to a center that sends it back to the hotline with a reason, then to the right one
    await staff.workOrders.assign(reference, 'sc-370811', '2026-09-02T08:00:00+08:00');
    await staff.workOrders.returnToHotline(reference, reason, '2026-09-02T08:30:00+08:00');
    await staff.workOrders.assign(reference, 'sc-370812', '2026-09-02T09:00:00+08:00');
    await staff.workOrders.reply(reference, answer, '2026-09-02T10:00:00+08:00');
    await staff.workOrders.close(reference, 'answered', '2026-09-02T11:00:00+08:00');
    await staff.close();

    const fileBytes = () => Buffer.concat([db, `${db}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    const clear = [resident.name, resident.phone, question, answer, reason].map((s) => Buffer.from(s));
    expect(clear.map((s) => fileBytes().includes(s))).toEqual([false, false, false, false, false]);
    const raw = new Database(db, { readonly: true });
    const { sealed_contact: sealedText, wrapped } = raw.prepare(`SELECT w.sealed_contact, k.wrapped FROM work_orders w
      JOIN data_keys k ON k.id = w.data_key WHERE w.reference = ?`).get(reference) as { sealed_contact: string; wrapped: string };
    raw.close();
    const secrets = [sealedText, wrapped].map((s) => Buffer.from(s));
    // the check can fail: before the sweep, the file holds the sealed question and its data key
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([true, true]);

    const logs: LogEntry[] = [];
    // 29 days after the closing: kept; 31 days after: erased by the start-up sweep
    const early = await startSandbox({ ...options, now: '2026-10-01T10:00:00+08:00' });
    await early.close();
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([true, true]);
    const later = await startSandbox({ ...options, now: '2026-10-03T12:00:00+08:00', logger: (e) => logs.push(e) });
    expect(logs).toContainEqual(expect.objectContaining({ event: 'work-orders-erased', count: 1 }));
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([false, false]);
    await later.close();
    expect(secrets.map((s) => fileBytes().includes(s))).toEqual([false, false]);
  });

  it('reads PLSKIT_WORK_ORDER_DUE_DAYS per kind and refuses what is not 1 to 60 working days of a known kind', () => {
    expect(optionsFromEnv({ PLSKIT_WORK_ORDER_DUE_DAYS: 'question=5' })).toEqual({ workOrderDueDays: { question: 5, callback: 2 } });
    expect(optionsFromEnv({ PLSKIT_WORK_ORDER_DUE_DAYS: ' question = 2 , callback=1 ' })).toEqual({ workOrderDueDays: { question: 2, callback: 1 } });
    for (const bad of ['question=0', 'question=61', 'complaint=15', 'question=three', 'question', '3']) {
      expect(() => optionsFromEnv({ PLSKIT_WORK_ORDER_DUE_DAYS: bad }), bad).toThrow(/PLSKIT_WORK_ORDER_DUE_DAYS/);
    }
  });
});
