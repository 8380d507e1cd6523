// Two API nodes on one PostgreSQL keep every promise one node keeps: one seed,
// an idempotent retry racing itself across nodes, one sweep at a time, and the
// roster import all or nothing. (Two processes racing for the last places of a
// slot: e2e/two-nodes.test.mjs.)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { importDirectory } from '../src/directory-import/import-directory.js';
import type { RunningSandbox } from '../src/index.js';
import { IDEMPOTENCY_RETENTION_MS } from '../src/store/appointment-decisions.js';
import { ADVISORY_LOCK, openPostgres, type PostgresPool } from '../src/store/postgres/postgres-database.js';
import { postgresAppointmentStore } from '../src/store/postgres/postgres-appointment-store.js';
import { postgresLookupKey } from '../src/store/postgres/postgres-data-keys.js';
import { postgresDirectoryWriter } from '../src/store/postgres/postgres-directory-writer.js';
import { postgresTransactions } from '../src/store/postgres/postgres-transactions.js';
import { contactVault } from '../src/store/sealed-contact.js';
import { storageStatus } from '../src/store/storage-status.js';
import { apiSandbox, FIXED_NOW } from './api-sandbox.js';
import { lawyerRows, writeRosters } from './roster-files.js';
import { TEST_KEY_RING } from './test-keys.js';
import { freshPostgresUrl } from './test-postgres.js';

let url: string;
let nodes: RunningSandbox[];
let pool: PostgresPool;
beforeAll(async () => {
  url = await freshPostgresUrl();
  // both start at once: one migrates and seeds, the other waits and finds it done
  nodes = await Promise.all([apiSandbox({ db: url }), apiSandbox({ db: url })]);
  pool = await openPostgres(url);
});
afterAll(async () => {
  await pool.end();
  for (const node of nodes) {
    expect(node.responseViolations()).toEqual([]);
    await node.close();
  }
});

const count = async (sql: string, values: unknown[] = []) => Number((await pool.query(sql, values)).rows[0].n);

const booking = (slotStart: string) => ({
  center: 'sc-370811', service: 'mediation', slotStart,
  contact: { name: '王小明', phone: '13800138000' },
  consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
});

const book = (node: RunningSandbox, body: unknown, key: string) => fetch(`${node.url}/v1/appointments`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': key },
  body: JSON.stringify(body),
});

async function slotOn(date: string, index: number): Promise<{ start: string; capacity: number }> {
  const response = await fetch(`${nodes[0]!.url}/v1/appointments/availability?center=sc-370811&service=mediation&from=${date}&to=${date}`);
  const { days } = (await response.json()) as { days: { slots: { start: string; capacity: number }[] }[] };
  return days[0]!.slots[index]!;
}

describe('two sandbox nodes on one PostgreSQL', () => {
  it('seeded the city once', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM lawyers')).toBe(1604);
    expect(await count("SELECT COUNT(*) AS n FROM dataset_meta WHERE key = 'seed'")).toBe(1);
  });

  it('replays an idempotent booking whichever node the retry reaches, even while the first attempt still runs', async () => {
    const slot = await slotOn('2026-09-02', 1);
    const first = await book(nodes[0]!, booking(slot.start), 'retry-across-nodes-1');
    const retry = await book(nodes[1]!, booking(slot.start), 'retry-across-nodes-1');
    expect([first.status, retry.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 201, 'true']);
    expect(await retry.json()).toEqual(await first.json());

    const racing = await Promise.all([0, 1, 0, 1].map((n) => book(nodes[n]!, booking(slot.start), 'retry-across-nodes-2')));
    const references = await Promise.all(racing.map(async (r) => ((await r.json()) as { reference: string }).reference));
    expect(racing.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(references).size).toBe(1);
    expect(racing.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE slot_start = $1', [slot.start])).toBe(2);
  });

  it('runs a sweep on one node at a time: a node that finds the lock taken skips it', async () => {
    const vault = contactVault(TEST_KEY_RING, await postgresLookupKey(pool, TEST_KEY_RING));
    const store = postgresAppointmentStore(postgresTransactions(pool, storageStatus(false)), vault);
    const later = new Date(Date.parse(FIXED_NOW) + IDEMPOTENCY_RETENTION_MS + 3600_000);
    const records = await count('SELECT COUNT(*) AS n FROM idempotency_records');
    expect(records).toBeGreaterThan(0);
    const otherNode = new pg.Client({ connectionString: url });
    await otherNode.connect();
    try {
      await otherNode.query('BEGIN');
      await otherNode.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK.sweep]);
      expect(await store.forgetExpiredIdempotency(later)).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM idempotency_records')).toBe(records);
      await otherNode.query('COMMIT');
    } finally {
      await otherNode.end();
    }
    expect(await store.forgetExpiredIdempotency(later)).toBe(records);
  });
});

describe('plskit-sandbox import on PostgreSQL', () => {
  const dataset = generateJiningDataset();
  const work = mkdtempSync(join(tmpdir(), 'plskit-pg-import-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reports the five bad rows of the 1,604-row roster and changes nothing; fixed, it imports', async () => {
    const db = await freshPostgresUrl();
    const writerPool = await openPostgres(db);
    try {
      const rows = lawyerRows(dataset);
      (rows[8] as string[])[2] = '1370820071101234';
      (rows[198] as string[])[6] = '婚姻家庭、风水';
      (rows[498] as string[])[10] = '0537-55';
      (rows[1198] as string[])[4] = '山东不存在律师事务所';
      (rows[1500] as string[])[5] = '370999';
      const bad = join(work, 'bad');
      mkdirSync(bad);
      writeRosters(bad, dataset, rows);
      const writer = postgresDirectoryWriter(postgresTransactions(writerPool, storageStatus(false)));
      const now = new Date(FIXED_NOW);
      const report = await importDirectory(writer, [bad], { now });
      expect(report.problems.map((p) => [p.row, p.code])).toEqual([
        [10, 'invalid-licence-number'], [200, 'unknown-practice-area'], [500, 'invalid-phone'], [1200, 'unknown-firm'], [1502, 'invalid-region'],
      ]);
      expect(await writerPool.query('SELECT COUNT(*)::int AS n FROM lawyers').then((r) => r.rows[0].n)).toBe(0);

      const fixed = join(work, 'fixed');
      mkdirSync(fixed);
      writeRosters(fixed, dataset);
      const imported = await importDirectory(writer, [fixed], { now });
      expect([imported.imported, imported.counts.lawyers]).toEqual([true, { added: 1604, updated: 0, removed: 0 }]);
      const again = await importDirectory(writer, [fixed], { now });
      expect(again.counts.lawyers).toEqual({ added: 0, updated: 1604, removed: 0 });
      const sample = dataset.lawyers[20]!;
      const found = await writerPool.query('SELECT name, practice_areas FROM lawyers WHERE id = $1', [`lw-${sample.licenceNumber}`]);
      expect(found.rows).toEqual([{ name: sample.name, practice_areas: sample.practiceAreas }]);
    } finally {
      await writerPool.end();
    }
  });
});
