// 200 residents press "book" for the same slot with 3 places at the same
// moment, over real HTTP on loopback, into a real SQLite file.
import { APPOINTMENT_PRIVACY_NOTICE } from '@plskit/core';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { silentLogger } from '../src/logger.js';
import { appointmentOperations } from '../src/operations/appointment-operations.js';
import { createHttpShell } from '../src/server.js';
import Database from 'better-sqlite3';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_KEY_RING, testPseudonymKey } from './test-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function post(url: string, agent: Agent, key: string, body: unknown): Promise<readonly [number, string]> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'idempotency-key': key } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      res.on('end', () => resolve([res.statusCode ?? 0, (JSON.parse(text) as { code?: string }).code ?? 'booked']));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('booking the last places of a slot', () => {
  it('lets exactly 3 of 200 simultaneous requests book a 3-place slot; the rest get 409 slot-full', async () => {
    const file = join(dir, 'sandbox.db');
    const storage = await openStorage(file, { keys: TEST_KEY_RING });
    await storage.seed(generateJiningDataset(), 'now');
    const now = new Date('2026-09-01T09:00:00+08:00');
    const operations = appointmentOperations({
      directory: storage.directory, appointments: storage.appointments, clock: () => now,
      calendar: { day: (_c, _s, date) => ({ date, status: 'open', provisional: false, slots: [{ start: `${date}T10:00:00+08:00`, end: `${date}T10:30:00+08:00`, capacity: 3 }] }) },
      contactRules: { isValidPhone: () => true, maskName: () => '*', maskPhone: () => '*' },
      privacyNotice: APPOINTMENT_PRIVACY_NOTICE, closures: (center, from, to) => storage.staff.closures(center, from, to),
      bookingRules: { phoneVerification: false, maxActivePerPhone: undefined, hotlineNumber: '12348' }, vault: storage.vault,
    });
    const server = createHttpShell({
      contract: loadContract(fileURLToPath(new URL('./fixtures/booking-contract.yaml', import.meta.url))),
      operations, clock: () => now, logger: silentLogger, bodyLimit: 16384, faultHeader: false,
      staticRoots: [], checkResponses: false, violations: [], pseudonymKey: testPseudonymKey,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/appointments`;
    // 200 sockets at once, not a small pool taking turns
    const agent = new Agent({ maxSockets: 200 });
    try {
      const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => post(url, agent, `resident-${i}-attempt-key`, {
        center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T10:00:00+08:00',
        contact: { name: `居民${i}`, phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE.version, agreed: true },
      })));
      expect(statuses.filter(([s]) => s === 201)).toHaveLength(3);
      expect(statuses.filter(([s, code]) => s === 409 && code === 'slot-full')).toHaveLength(197);
      // counted from the file itself, on a connection of its own
      const db = new Database(file, { readonly: true });
      expect(db.prepare("SELECT COUNT(*) AS n FROM appointments WHERE status = 'booked'").pluck().get()).toBe(3);
      db.close();
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
    }
  });
});
